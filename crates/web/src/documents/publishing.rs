//! Publishing to citizens. `/don-vi/{id}/cong-khai`: the office managing a unit's work
//! chooses what is public (signed in, audited). `/cong-khai/{id}`: the public page, for
//! anyone, read-only and printable, cached by browsers and proxies for five minutes;
//! `/sitemap.xml` lists every published page.

use crate::paths::route;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use chrono::Datelike;
use domain::publication::PublicationInput;
use domain::target::TargetOutcome;
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, escape, fmt, i18n, render};

/// The settings page (signed in).
pub fn routes() -> Router<AppState> {
    Router::new().route(route::UNIT_PUBLISHING, get(settings_form).post(save))
}

/// The public pages (no sign-in).
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route(route::PUBLIC_UNIT, get(public_page))
        .route(route::SITEMAP, get(sitemap))
}

/// How long browsers and proxies may keep a public page.
const PUBLIC_MAX_AGE: u32 = 300;

pub struct PlanOpt {
    pub id: i64,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "documents/publishing.html")]
struct SettingsPage {
    l: Layout,
    unit_id: i64,
    unit_name: String,
    published: bool,
    intro: String,
    plans: Vec<PlanOpt>,
    show_targets: bool,
    targets_year: String,
    show_key_tasks: bool,
    saved: bool,
    error: String,
}

/// The settings form as posted (`ke_hoach` repeats, once per chosen plan).
#[derive(Default)]
pub struct SettingsForm {
    cong_khai: String,
    gioi_thieu: String,
    ke_hoach: Vec<String>,
    chi_tieu: String,
    nam_chi_tieu: String,
    nhiem_vu_trong_tam: String,
}

impl SettingsForm {
    fn parse(body: &str) -> Result<SettingsForm, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(body).map_err(|_| {
            ApiError::bad_request(
                None,
                "Biểu mẫu gửi lên không hợp lệ.".into(),
                "The form is invalid.".into(),
            )
        })?;
        let mut f = SettingsForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "cong_khai" => f.cong_khai = v,
                "gioi_thieu" => f.gioi_thieu = v,
                "ke_hoach" => f.ke_hoach.push(v),
                "chi_tieu" => f.chi_tieu = v,
                "nam_chi_tieu" => f.nam_chi_tieu = v,
                "nhiem_vu_trong_tam" => f.nhiem_vu_trong_tam = v,
                _ => {}
            }
        }
        Ok(f)
    }
}

#[derive(Deserialize, Default)]
pub struct SavedQuery {
    #[serde(default)]
    da_luu: String,
}

pub async fn settings_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<SavedQuery>,
) -> Result<Response, PageError> {
    let current = app::publications::settings(&st.app, &auth, id).await?;
    let today = st.app.clock.clock().today;
    let form = match current {
        Some(p) => Filled {
            published: p.published,
            intro: p.intro,
            plan_ids: p.plan_ids,
            show_targets: p.show_targets,
            targets_year: p.targets_year.map(|y| y.to_string()).unwrap_or_default(),
            show_key_tasks: p.show_key_tasks,
        },
        None => Filled {
            published: false,
            intro: String::new(),
            plan_ids: vec![],
            show_targets: true,
            targets_year: today.year().to_string(),
            show_key_tasks: true,
        },
    };
    settings_page(&st, &auth, &user, &uri, id, form, q.da_luu == "1", None).await
}

struct Filled {
    published: bool,
    intro: String,
    plan_ids: Vec<i64>,
    show_targets: bool,
    targets_year: String,
    show_key_tasks: bool,
}

#[allow(clippy::too_many_arguments)]
async fn settings_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Filled,
    saved: bool,
    error: Option<ApiError>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let unit = {
        let mut rd = st.app.read(auth).await?;
        rd.unit(id).await?
    };
    // Plans with tasks in the unit's subtree, and those already chosen.
    let candidates = app::reports::plans_of(&st.app, auth, id).await?;
    let mut plans: Vec<PlanOpt> = candidates
        .into_iter()
        .map(|(pid, label)| PlanOpt {
            checked: f.plan_ids.contains(&pid),
            id: pid,
            label,
        })
        .collect();
    plans.sort_by_key(|p| !p.checked);
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = SettingsPage {
        l: Layout::new(
            Some(user),
            uri,
            format!("{} — {}", i18n::t(lang, "pub_title"), unit.name),
            "",
        ),
        unit_id: id,
        unit_name: unit.name,
        published: f.published,
        intro: f.intro,
        plans,
        show_targets: f.show_targets,
        targets_year: f.targets_year,
        show_key_tasks: f.show_key_tasks,
        saved,
        error: error.map(|e| e.message().to_string()).unwrap_or_default(),
    };
    let mut resp = render(&page);
    *resp.status_mut() = status;
    Ok(resp)
}

pub async fn save(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    body: String,
) -> Result<Response, PageError> {
    let form = SettingsForm::parse(&body)?;
    let plan_ids: Result<Vec<i64>, _> = form.ke_hoach.iter().map(|s| s.trim().parse::<i64>()).collect();
    let filled = Filled {
        published: form.cong_khai == "1",
        intro: form.gioi_thieu.clone(),
        plan_ids: plan_ids.clone().unwrap_or_default(),
        show_targets: form.chi_tieu == "1",
        targets_year: form.nam_chi_tieu.clone(),
        show_key_tasks: form.nhiem_vu_trong_tam == "1",
    };
    let year = match form.nam_chi_tieu.trim() {
        "" => None,
        s => match s.parse::<i32>() {
            Ok(y) => Some(y),
            Err(_) => {
                let e = ApiError::from(domain::FieldError::invalid(
                    "targets_year",
                    format!("“Năm công khai chỉ tiêu”: “{s}” không phải một năm."),
                    format!("“Year of the published targets”: “{s}” is not a year."),
                ));
                return settings_page(&st, &auth, &user, &uri, id, filled, false, Some(e)).await;
            }
        },
    };
    let Ok(plan_ids) = plan_ids else {
        let e = ApiError::bad_request(
            Some("plan_ids".into()),
            "Danh sách kế hoạch gửi lên không hợp lệ.".into(),
            "The list of plans is invalid.".into(),
        );
        return settings_page(&st, &auth, &user, &uri, id, filled, false, Some(e)).await;
    };
    let input = PublicationInput {
        published: filled.published,
        intro: filled.intro.clone(),
        plan_ids,
        show_targets: filled.show_targets,
        targets_year: year,
        show_key_tasks: filled.show_key_tasks,
    };
    match app::publications::publish(&st.app, &auth, id, input).await {
        Ok(_) => Ok(Redirect::to(&format!("{}?da_luu=1", crate::paths::unit_publishing(id))).into_response()),
        Err(e) if e.field.is_some() => settings_page(&st, &auth, &user, &uri, id, filled, false, Some(e.into())).await,
        Err(e) => Err(e.into()),
    }
}

pub struct PlanLine {
    pub symbol: String,
    pub title: String,
    pub issued_on: String,
    pub tasks: String,
    pub completed: String,
    pub percent: String,
    pub value: i64,
}

pub struct TargetLine {
    pub indicator: String,
    pub uom: String,
    pub planned: String,
    pub actual: String,
    pub outcome: &'static str,
    pub outcome_class: &'static str,
}

pub struct TaskLine {
    pub title: String,
    pub unit: String,
    pub completed_on: String,
}

#[derive(Template)]
#[template(path = "documents/public.html")]
struct PublicView {
    lang: Lang,
    code: &'static str,
    unit_name: String,
    intro: String,
    updated: String,
    plans: Vec<PlanLine>,
    targets_year: String,
    targets_headline: String,
    targets: Vec<TargetLine>,
    show_key_tasks: bool,
    key_tasks: Vec<TaskLine>,
}

impl PublicView {
    pub fn t(&self, key: &str) -> &'static str {
        i18n::t(self.lang, key)
    }
}

/// `/cong-khai/{id}`: what the unit publishes, for anyone. A unit that publishes nothing is
/// "not found", like one that does not exist.
pub async fn public_page(State(st): State<AppState>, Path(id): Path<i64>) -> Result<Response, PageError> {
    let lang = Lang::current();
    let p = app::publications::public_page(&st.app, id).await?;
    let outcome = |o: TargetOutcome| match o {
        TargetOutcome::Exceeded => ("t_exceeded", "badge green"),
        TargetOutcome::Met => ("t_met", "badge blue"),
        TargetOutcome::Missed => ("t_missed", "badge red"),
        TargetOutcome::Pending => ("t_pending", "badge grey"),
    };
    let number = |x: f64| office::numfmt::decimal(x, 2).trim_end_matches(",00").to_string();
    let view = PublicView {
        lang,
        code: match lang {
            Lang::Vi => "vi",
            Lang::En => "en",
        },
        unit_name: p.unit_name.clone(),
        intro: p.intro.clone(),
        updated: fmt::date((p.updated_at + chrono::Duration::hours(7)).date_naive()),
        plans: p
            .plans
            .iter()
            .map(|pl| {
                let pct = if pl.tasks > 0 {
                    pl.completed as f64 * 100.0 / pl.tasks as f64
                } else {
                    0.0
                };
                PlanLine {
                    symbol: pl.symbol.clone(),
                    title: pl.title.clone(),
                    issued_on: fmt::date(pl.issued_on),
                    tasks: fmt::int(pl.tasks),
                    completed: fmt::int(pl.completed),
                    percent: fmt::percent(Some(pct)),
                    value: pct.round() as i64,
                }
            })
            .collect(),
        targets_year: p.targets_year.map(|y| y.to_string()).unwrap_or_default(),
        targets_headline: match lang {
            Lang::Vi => p.targets_summary.headline_vi(),
            Lang::En => p.targets_summary.headline_en(),
        },
        targets: p
            .targets
            .iter()
            .map(|t| {
                let (key, class) = outcome(t.outcome);
                TargetLine {
                    indicator: t.indicator.clone(),
                    uom: t.uom.clone(),
                    planned: number(t.planned),
                    actual: t.actual.map(number).unwrap_or_else(|| "—".into()),
                    outcome: i18n::t(lang, key),
                    outcome_class: class,
                }
            })
            .collect(),
        show_key_tasks: p.key_tasks.is_some(),
        key_tasks: p
            .key_tasks
            .unwrap_or_default()
            .into_iter()
            .map(|t| TaskLine {
                title: t.title,
                unit: t.unit,
                completed_on: fmt::opt_date(t.completed_on),
            })
            .collect(),
    };
    let mut resp = render(&view);
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_str(&format!("public, max-age={PUBLIC_MAX_AGE}"))
            .unwrap_or(header::HeaderValue::from_static("public")),
    );
    Ok(resp)
}

/// `/sitemap.xml`: every published page, with the date its settings last changed.
pub async fn sitemap(State(st): State<AppState>, headers: HeaderMap) -> Result<Response, PageError> {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c)))
        .unwrap_or("localhost");
    let scheme = match headers.get("x-forwarded-proto").and_then(|h| h.to_str().ok()) {
        Some("https") => "https",
        _ => "http",
    };
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (id, at) in app::publications::published(&st.app).await? {
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n",
            escape(&format!("{scheme}://{host}{}", crate::paths::public_unit(id))),
            at.date_naive()
        ));
    }
    xml.push_str("</urlset>\n");
    Ok((
        [
            (header::CONTENT_TYPE, "application/xml; charset=utf-8".to_string()),
            (header::CACHE_CONTROL, format!("public, max-age={PUBLIC_MAX_AGE}")),
        ],
        xml,
    )
        .into_response())
}

/// The publishing pages' words.
pub fn strings(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "pub_title" => ("Công khai thông tin cho người dân", "Publish to citizens"),
        "pub_link" => ("Công khai", "Public page"),
        "pub_published" => ("Công khai trang thông tin của đơn vị", "Publish the unit's page"),
        "pub_intro" => ("Lời giới thiệu", "Introduction"),
        "pub_plans" => (
            "Kế hoạch công khai (kèm tiến độ thực hiện)",
            "Plans shown, with their progress",
        ),
        "pub_no_plans" => (
            "Chưa có kế hoạch nào có nhiệm vụ của đơn vị.",
            "No plan has tasks of this unit.",
        ),
        "pub_show_targets" => (
            "Công khai kết quả thực hiện chỉ tiêu của năm",
            "Show the targets of the year",
        ),
        "pub_targets_year" => ("Năm", "Year"),
        "pub_show_key" => (
            "Công khai các nhiệm vụ trọng tâm đã hoàn thành",
            "Show completed key tasks",
        ),
        "pub_never" => (
            "Trang công khai không bao giờ hiển thị họ tên cán bộ, ý kiến chỉ đạo, nội dung giải trình hay bất cứ thông tin nào không được chọn ở đây.",
            "The public page never shows people's names, directive notes, explanations or anything not chosen here.",
        ),
        "pub_save" => ("Lưu", "Save"),
        "pub_saved" => ("Đã lưu.", "Saved."),
        "pub_view" => ("Xem trang công khai", "View the public page"),
        "pub_updated" => ("Cập nhật ngày", "Updated on"),
        "pub_plan_progress" => ("Tiến độ thực hiện kế hoạch", "Progress of the plans"),
        "pub_tasks" => ("Số nhiệm vụ", "Tasks"),
        "pub_completed" => ("Đã hoàn thành", "Completed"),
        "pub_targets" => ("Kết quả thực hiện chỉ tiêu năm", "Targets of the year"),
        "pub_key_done" => ("Nhiệm vụ trọng tâm đã hoàn thành", "Completed key tasks"),
        "pub_none" => ("Chưa có.", "None yet."),
        "pub_plan" => ("Kế hoạch", "Plan"),
        _ => return None,
    })
}
