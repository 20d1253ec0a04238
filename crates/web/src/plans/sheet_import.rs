//! `/nhap-excel?loai=don-vi|can-bo|chi-tieu|nhiem-vu`: "Nhập từ Excel". Choose the kind,
//! download its template, upload a sheet (`/nhap-excel/xem-truoc`), see every row with what
//! saving would do and its problems, map the unit names not recognised, and save
//! (`/nhap-excel/luu`) — all rows or none (`app::sheets`).
//!
//! Between the preview and the save the uploaded file waits in the file store's
//! `imports/` folder, named by its account and a digest unique to the upload, so the save reads
//! exactly what was previewed; it is removed once saved, and any left for a day is removed at
//! the next upload.

use crate::paths::route;
use std::path::PathBuf;

use app::sheets::{Committed, Context, Kind, PreviewRow, SheetPreview};
use askama::Template;
use axum::extract::{Query, Request, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Form, Router};
use domain::access::Action;
use domain::{ErrorCode, FieldError};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, i18n, render};
use crate::tasks::pages::Opt;

/// Rows shown on the preview page besides those with problems.
const SHOWN_ROWS: usize = 300;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::SHEET_IMPORT, get(start))
        .route(route::SHEET_IMPORT_TEMPLATE, get(template))
        .route(
            route::SHEET_IMPORT_PREVIEW,
            post(upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::plans::sheet_upload::MAX_SHEET_BYTES + 64 * 1024,
            )),
        )
        .route(route::SHEET_IMPORT_SAVE, post(save))
}

/// The right a kind needs, and the one whose units are offered for it.
fn action(kind: Kind) -> Action {
    match kind {
        Kind::Units | Kind::People => Action::ManageOrganisation,
        Kind::Targets => Action::ManageTargets,
        Kind::Tasks => Action::ManageWork,
    }
}

/// The kinds a user may import, for the menu and the tabs.
pub fn kinds_for(p: &domain::access::Principal) -> Vec<Kind> {
    Kind::ALL.into_iter().filter(|k| p.may_at_all(action(*k))).collect()
}

fn kind_of(s: &str) -> Result<Kind, ApiError> {
    Kind::from_slug(s.trim()).ok_or_else(|| {
        ApiError::from(FieldError::invalid(
            "loai",
            "Loại dữ liệu nhập không hợp lệ; chọn đơn vị, cán bộ, chỉ tiêu hoặc nhiệm vụ.",
            "Unknown kind of sheet; choose units, people, targets or tasks.",
        ))
    })
}

pub struct Tab {
    pub slug: &'static str,
    pub label: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "plans/sheet_import.html")]
struct Page {
    l: Layout,
    tabs: Vec<Tab>,
    kind: &'static str,
    kind_label: &'static str,
    tasks: bool,
    units: Vec<Opt>,
    plan_id: String,
    plan_label: String,
    error: String,
    saved: String,
    /// After an upload.
    preview: Option<Shown>,
}

/// The preview as the page shows it.
struct Shown {
    file: String,
    summary: String,
    columns: Vec<String>,
    rows: Vec<ShownRow>,
    hidden_rows: usize,
    unmatched: Vec<Mapping>,
    can_save: bool,
    has_errors: bool,
}

struct ShownRow {
    row: u32,
    action: &'static str,
    invalid: bool,
    cells: Vec<String>,
    errors: Vec<String>,
}

struct Mapping {
    name: String,
    options: Vec<Opt>,
}

#[derive(Deserialize, Default)]
pub struct StartQuery {
    #[serde(default)]
    loai: String,
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    ke_hoach: String,
    #[serde(default)]
    da_luu: String,
}

/// A checked upload: the waiting file's key, the preview, the user's unit mapping.
type Checked = (String, SheetPreview, Vec<(String, i64)>);

struct Choice {
    kind: Kind,
    unit: String,
    plan: String,
}

async fn page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    c: &Choice,
    error: String,
    preview: Option<Checked>,
) -> Result<Page, ApiError> {
    let lang = Lang::current();
    let tabs = kinds_for(&auth.principal)
        .into_iter()
        .map(|k| Tab {
            slug: k.slug(),
            label: if lang == Lang::En { k.label_en() } else { k.label_vi() },
            current: k == c.kind,
        })
        .collect();
    let mut rd = st.app.read(auth).await?;
    let offered = rd.units_for(action(c.kind), 2_000).await?;
    let units: Vec<Opt> = offered
        .iter()
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.name.clone(),
            selected: u.id.to_string() == c.unit,
        })
        .collect();
    let plan_label = match c.plan.parse::<i64>() {
        Ok(id) if c.kind == Kind::Tasks => match rd.document(id).await {
            Ok(d) => format!("{} — {}", d.symbol, d.title),
            Err(_) => String::new(),
        },
        _ => String::new(),
    };
    drop(rd);
    let shown = preview.map(|(file, p, map)| show(file, p, &map, &offered, lang));
    Ok(Page {
        l: Layout::new(Some(user), uri, i18n::t(lang, "xi_title"), "sheet_import"),
        tabs,
        kind: c.kind.slug(),
        kind_label: if lang == Lang::En {
            c.kind.label_en()
        } else {
            c.kind.label_vi()
        },
        tasks: c.kind == Kind::Tasks,
        units,
        plan_id: c.plan.clone(),
        plan_label,
        error,
        saved: String::new(),
        preview: shown,
    })
}

fn show(file: String, p: SheetPreview, map: &[(String, i64)], offered: &[store::model::Unit], lang: Lang) -> Shown {
    let en = lang == Lang::En;
    let c = p.counts;
    let summary = if en {
        format!(
            "{} rows: {} new, {} to update, {} unchanged, {} with errors ({} problems).",
            p.rows.len(),
            c.create,
            c.update,
            c.unchanged,
            c.invalid,
            p.error_count
        )
    } else {
        format!(
            "{} dòng: {} thêm mới, {} cập nhật, {} không thay đổi, {} có lỗi ({} lỗi).",
            p.rows.len(),
            c.create,
            c.update,
            c.unchanged,
            c.invalid,
            p.error_count
        )
    };
    let mut shown_ok = 0;
    let mut rows = Vec::new();
    for r in &p.rows {
        let invalid = !r.errors.is_empty();
        if !invalid {
            if shown_ok >= SHOWN_ROWS {
                continue;
            }
            shown_ok += 1;
        }
        rows.push(shown_row(r, en));
    }
    let hidden_rows = p.rows.len() - rows.len();
    let unmatched = p
        .unmatched
        .iter()
        .map(|name| {
            let chosen = map.iter().find(|(n, _)| n == name).map(|(_, id)| *id);
            Mapping {
                name: name.clone(),
                options: offered
                    .iter()
                    .map(|u| Opt {
                        value: format!("{name}={}", u.id),
                        label: u.name.clone(),
                        selected: chosen == Some(u.id),
                    })
                    .collect(),
            }
        })
        .collect();
    Shown {
        file,
        summary,
        columns: p.columns,
        rows,
        hidden_rows,
        unmatched,
        can_save: p.error_count == 0 && c.create + c.update > 0,
        has_errors: p.error_count > 0,
    }
}

fn shown_row(r: &PreviewRow, en: bool) -> ShownRow {
    ShownRow {
        row: r.row,
        action: if en { r.action.label_en() } else { r.action.label_vi() },
        invalid: !r.errors.is_empty(),
        cells: r.cells.clone(),
        errors: r
            .errors
            .iter()
            .map(|e| if en { e.message_en.clone() } else { e.message_vi.clone() })
            .collect(),
    }
}

fn first_kind(auth: &Auth, loai: &str) -> Result<Kind, ApiError> {
    match loai.trim() {
        "" => kinds_for(&auth.principal)
            .first()
            .copied()
            .ok_or_else(|| ApiError(app::Error::forbidden())),
        s => kind_of(s),
    }
}

pub async fn start(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<StartQuery>,
) -> Result<Response, PageError> {
    let kind = first_kind(&auth, &q.loai)?;
    let c = Choice {
        kind,
        unit: q.don_vi.clone(),
        plan: q.ke_hoach.clone(),
    };
    let mut p = page(&st, &auth, &user, &uri, &c, String::new(), None).await?;
    let counts: Vec<&str> = q.da_luu.split(',').collect();
    if let [create, update, unchanged] = counts.as_slice() {
        p.saved = i18n::t(Lang::current(), "xi_saved")
            .replace("{create}", create)
            .replace("{update}", update)
            .replace("{unchanged}", unchanged);
    }
    Ok(render(&p))
}

#[derive(Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    loai: String,
}

/// The template of a kind, as .xlsx.
pub async fn template(_auth: Auth, Query(q): Query<KindQuery>) -> Result<Response, PageError> {
    let kind = kind_of(&q.loai)?;
    let bytes = tokio::task::spawn_blocking(move || kind.template())
        .await
        .map_err(|_| ApiError(app::Error::internal()))??;
    Ok(crate::reports::exports::xlsx_response(
        &format!("mau-{}.xlsx", kind.slug()),
        bytes,
    ))
}

/// Where uploads wait between preview and save.
fn waiting_dir(st: &AppState) -> PathBuf {
    st.app.settings.files.blobs.dir().join("imports")
}

fn waiting_file(st: &AppState, auth: &Auth, key: &str) -> Result<PathBuf, ApiError> {
    if key.len() != 64 || !key.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(gone());
    }
    let user = auth.user_id().unwrap_or(0);
    Ok(waiting_dir(st).join(format!("{user}-{}.xlsx", key.to_ascii_lowercase())))
}

fn gone() -> ApiError {
    ApiError::from(FieldError::new(
        "file",
        ErrorCode::Required,
        "Tệp đã tải lên không còn; hãy chọn và tải lại tệp.",
        "The uploaded file is no longer here; choose and upload it again.",
    ))
}

fn store_failed(e: std::io::Error) -> ApiError {
    tracing::error!(error = %e, "keeping an uploaded sheet");
    ApiError(app::Error::internal())
}

/// Keeps the upload for the save, and removes uploads left for a day.
async fn keep(st: &AppState, auth: &Auth, bytes: &[u8]) -> Result<String, ApiError> {
    let dir = waiting_dir(st);
    tokio::fs::create_dir_all(&dir).await.map_err(store_failed)?;
    if let Ok(mut entries) = tokio::fs::read_dir(&dir).await {
        let day = std::time::Duration::from_secs(24 * 3600);
        while let Ok(Some(e)) = entries.next_entry().await {
            let old = e
                .metadata()
                .await
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > day);
            if old {
                let _ = tokio::fs::remove_file(e.path()).await;
            }
        }
    }
    // One name per upload — the content's digest salted with 16 random bytes — so two tabs,
    // or two servers sharing a file store, never overwrite or remove each other's file.
    let mut digest = Sha256::new();
    digest.update(bytes);
    digest.update(rand::random::<[u8; 16]>());
    let key = hex(&digest.finalize());
    let path = waiting_file(st, auth, &key)?;
    tokio::fs::write(&path, bytes).await.map_err(store_failed)?;
    Ok(key)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

async fn run_preview(
    st: &AppState,
    auth: &Auth,
    kind: Kind,
    bytes: Vec<u8>,
    cx: &Context,
) -> Result<SheetPreview, ApiError> {
    Ok(app::sheets::preview(&st.app, auth, kind, bytes, cx).await?)
}

fn choice_of(kind: Kind, cx: &Context) -> Choice {
    Choice {
        kind,
        unit: cx.unit_id.map(|u| u.to_string()).unwrap_or_default(),
        plan: cx.plan_id.map(|u| u.to_string()).unwrap_or_default(),
    }
}

/// `POST /nhap-excel/xem-truoc` (multipart): the uploaded sheet, checked.
pub async fn upload(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    req: Request,
) -> Result<Response, PageError> {
    let up = crate::plans::sheet_upload::read_upload(&st, req).await?;
    let kind = kind_of(up.get("loai"))?;
    let c = choice_of(kind, &up.context);
    let key = keep(&st, &auth, &up.bytes).await?;
    match run_preview(&st, &auth, kind, up.bytes, &up.context).await {
        Ok(p) => Ok(render(
            &page(&st, &auth, &user, &uri, &c, String::new(), Some((key, p, Vec::new()))).await?,
        )),
        Err(e) if e.status().is_client_error() => Ok(render(
            &page(&st, &auth, &user, &uri, &c, e.message().to_string(), None).await?,
        )),
        Err(e) => Err(e.into()),
    }
}

/// `POST /nhap-excel/luu`: check again with the mapping (`buoc=xem`) or save (`buoc=luu`).
pub async fn save(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let kind = kind_of(&get("loai"))?;
    let id = |k: &str| get(k).parse::<i64>().ok();
    let mut cx = Context {
        unit_id: id("unit_id"),
        plan_id: id("plan_id"),
        unit_map: Vec::new(),
    };
    for (n, v) in &fields {
        if n == "unit_map"
            && let Some((name, id)) = v.rsplit_once('=')
            && let Ok(id) = id.parse::<i64>()
        {
            cx.unit_map.push((name.to_string(), id));
        }
    }
    let key = get("tep");
    let path = waiting_file(&st, &auth, &key)?;
    let bytes = tokio::fs::read(&path).await.map_err(|_| gone())?;
    let c = choice_of(kind, &cx);
    let map = cx.unit_map.clone();
    if get("buoc") == "luu" {
        match app::sheets::commit(&st.app, &auth, kind, bytes, &cx)
            .await
            .map_err(ApiError::from)?
        {
            Committed::Saved { counts } => {
                let _ = tokio::fs::remove_file(&path).await;
                let mut to = format!(
                    "{}?loai={}&da_luu={},{},{}",
                    crate::paths::SHEET_IMPORT,
                    kind.slug(),
                    counts.create,
                    counts.update,
                    counts.unchanged
                );
                if let Some(u) = cx.unit_id {
                    to.push_str(&format!("&don_vi={u}"));
                }
                if let Some(p) = cx.plan_id {
                    to.push_str(&format!("&ke_hoach={p}"));
                }
                Ok(Redirect::to(&to).into_response())
            }
            Committed::Refused { preview } => {
                let msg = i18n::t(Lang::current(), "xi_not_saved").to_string();
                Ok(render(
                    &page(&st, &auth, &user, &uri, &c, msg, Some((key, preview, map))).await?,
                ))
            }
        }
    } else {
        let p = run_preview(&st, &auth, kind, bytes, &cx).await?;
        Ok(render(
            &page(&st, &auth, &user, &uri, &c, String::new(), Some((key, p, map))).await?,
        ))
    }
}

/// The import page's words.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "xi_title" => ("Nhập từ Excel", "Import from Excel"),
        "xi_intro" => (
            "Nhập danh sách đơn vị, cán bộ, chỉ tiêu hoặc nhiệm vụ của một kế hoạch từ tệp Excel theo mẫu (tệp xuất từ hệ thống cũng dùng được). Hệ thống kiểm tra từng dòng trước; chỉ khi không còn lỗi mới lưu, và lưu tất cả các dòng cùng lúc.",
            "Import units, people, targets or the tasks of a plan from an Excel file in the template's layout (a file exported by the system works too). Every row is checked first; nothing is saved until no row has an error, and then all rows are saved at once.",
        ),
        "xi_kind" => ("Loại dữ liệu", "Kind of data"),
        "xi_template" => ("Tải tệp mẫu", "Download the template"),
        "xi_unit" => ("Thuộc đơn vị", "Under unit"),
        "xi_unit_help" => (
            "Tên đơn vị trong tệp được đối chiếu với các đơn vị thuộc phạm vi của đơn vị này.",
            "Unit names in the file are matched among the units within this unit's reach.",
        ),
        "xi_plan" => ("Kế hoạch", "Plan"),
        "xi_no_plan" => (
            "Mở văn bản (kế hoạch) cần nhập nhiệm vụ rồi chọn “Nhập nhiệm vụ từ Excel”.",
            "Open the plan to import tasks into and choose “Import tasks from Excel”.",
        ),
        "xi_file" => ("Tệp Excel (.xlsx)", "Excel file (.xlsx)"),
        "xi_check" => ("Kiểm tra", "Check"),
        "xi_preview" => ("Kết quả kiểm tra", "Check result"),
        "xi_row" => ("Dòng", "Row"),
        "xi_action" => ("Xử lý", "Action"),
        "xi_hidden" => ("dòng hợp lệ khác không hiển thị.", "more valid rows not shown."),
        "xi_unmatched" => ("Tên đơn vị chưa nhận ra", "Unit names not recognised"),
        "xi_unmatched_help" => (
            "Chọn đơn vị tương ứng với từng tên rồi bấm “Kiểm tra lại”.",
            "Choose the unit each name stands for, then “Check again”.",
        ),
        "xi_choose" => ("— Chọn đơn vị —", "— Choose a unit —"),
        "xi_recheck" => ("Kiểm tra lại", "Check again"),
        "xi_save" => ("Lưu", "Save"),
        "xi_fix_first" => (
            "Chưa lưu được: hãy sửa các dòng có lỗi trong tệp rồi tải lại tệp.",
            "Not saved yet: fix the rows with errors in the file and upload it again.",
        ),
        "xi_nothing" => ("Tệp không có thay đổi nào cần lưu.", "The file changes nothing."),
        "xi_not_saved" => (
            "Chưa lưu dòng nào: có dòng bị từ chối khi lưu, xem lỗi bên dưới.",
            "Nothing was saved: a row was refused while saving; see the errors below.",
        ),
        "xi_saved" => (
            "Đã lưu: {create} thêm mới, {update} cập nhật, {unchanged} không thay đổi.",
            "Saved: {create} new, {update} updated, {unchanged} unchanged.",
        ),
        "xi_import_tasks" => ("Nhập nhiệm vụ từ Excel", "Import tasks from Excel"),
        "xi_link" => ("Nhập từ Excel", "Import from Excel"),
        _ => return None,
    })
}
