//! `/nhap-ke-hoach`: a plan's text pasted (or a .docx uploaded) is read into drafts, shown
//! side by side with the text for review, and saved as a document with its tasks in one
//! transaction (`/nhap-ke-hoach/luu`): all or nothing, errors beside the field at fault.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::access::Action;
use domain::{ErrorCode, FieldError};

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, i18n, render};
use crate::plans::forms::{Draft, Row, shown};
use crate::tasks::pages::Opt;

/// Largest .docx and text accepted (as the API).
const MAX_DOCX: usize = 16 * 1024 * 1024;
const MAX_TEXT: usize = 2_000_000;
/// Body limit of the two posts (a .docx, or a reviewed plan with its text).
pub const BODY_LIMIT: usize = 24 * 1024 * 1024;

#[derive(Template)]
#[template(path = "plans/import.html")]
struct StartPage {
    l: Layout,
    /// The conference whose conclusion notice this is (its id, and its title), if any.
    conference_id: String,
    conference: String,
    issuers: Vec<Opt>,
    text: String,
    errors: HashMap<String, String>,
}

impl StartPage {
    fn err(&self, field: &str) -> &str {
        self.errors.get(field).map(String::as_str).unwrap_or("")
    }
}

#[derive(Template)]
#[template(path = "plans/import_review.html")]
struct ReviewPage {
    l: Layout,
    conference_id: String,
    d: Draft,
    issuer_name: String,
    units: Vec<crate::kit::picker::Group>,
    errors: HashMap<String, String>,
    general: String,
}

impl ReviewPage {
    fn err(&self, field: &str) -> &str {
        self.errors.get(field).map(String::as_str).unwrap_or("")
    }

    fn row_err(&self, i: &usize, field: &str) -> &str {
        self.err(&format!("tasks[{i}].{field}"))
    }

    fn unmatched_support(&self, r: &Row) -> String {
        self.d.unmatched_support(r).join("; ")
    }

    fn due_shown(&self, r: &Row) -> String {
        shown(&r.due_on)
    }
}

fn message(e: &ApiError) -> String {
    e.message().to_string()
}

/// Units the user may import plans for (ManageWork), alphabetical.
async fn issuers(rd: &mut app::read::Reader<'_>, chosen: &str) -> Result<Vec<Opt>, ApiError> {
    Ok(rd
        .units_for(Action::ManageWork, 500)
        .await?
        .into_iter()
        .map(|u| Opt {
            selected: u.id.to_string() == chosen,
            value: u.id.to_string(),
            label: u.name,
        })
        .collect())
}

#[allow(clippy::too_many_arguments)]
async fn start_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    issuer: &str,
    conference_id: &str,
    text: String,
    errors: HashMap<String, String>,
) -> Result<StartPage, ApiError> {
    let (conference, host) = match conference_id.trim().parse::<i64>() {
        Ok(c) => {
            let full = app::conferences_read::get(&st.app, auth, c).await?;
            (full.conference.title, full.conference.host_unit_id.to_string())
        }
        Err(_) => (String::new(), String::new()),
    };
    let issuer = if issuer.is_empty() { host.as_str() } else { issuer };
    let mut rd = st.app.read(auth).await?;
    let issuers = issuers(&mut rd, issuer).await?;
    Ok(StartPage {
        conference_id: conference_id.trim().to_string(),
        conference,
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "import_plan"), "import"),
        issuers,
        text,
        errors,
    })
}

/// `?hoi_nghi=<id>`: the plan read is a conference's conclusion notice.
#[derive(serde::Deserialize, Default)]
pub struct StartQuery {
    #[serde(default)]
    hoi_nghi: String,
}

pub async fn form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    axum::extract::Query(q): axum::extract::Query<StartQuery>,
) -> Result<Response, PageError> {
    Ok(render(
        &start_page(&st, &auth, &user, &uri, "", &q.hoi_nghi, String::new(), HashMap::new()).await?,
    ))
}

/// The units offered as lead units: those the issuer may assign work to, named with their parent
/// where the name alone is ambiguous.
async fn unit_options(rd: &mut app::read::Reader<'_>, issuer: i64) -> Result<Vec<crate::kit::picker::Group>, ApiError> {
    let (reach, units) = rd.assignable_units(issuer, 3000).await?;
    Ok(crate::kit::picker::lead_groups(&reach, &units))
}

/// Why a reviewed draft was refused: per field, and as a whole.
#[derive(Default)]
struct Refusal {
    errors: HashMap<String, String>,
    general: String,
}

#[allow(clippy::too_many_arguments)]
async fn review_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    issuer: i64,
    conference_id: &str,
    d: Draft,
    Refusal { errors, general }: Refusal,
) -> Result<ReviewPage, ApiError> {
    let mut rd = st.app.read(auth).await?;
    let units = unit_options(&mut rd, issuer).await?;
    let issuer_name = rd.unit(issuer).await?.name;
    Ok(ReviewPage {
        conference_id: conference_id.to_string(),
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "import_review"), "import"),
        d,
        issuer_name,
        units,
        errors,
        general,
    })
}

/// Reads the posted text or .docx into drafts and shows them for review.
pub async fn read(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    mut parts: Multipart,
) -> Result<Response, PageError> {
    let (mut issuer, mut text, mut docx) = (String::new(), String::new(), Vec::new());
    let mut conference_id = String::new();
    while let Some(field) = parts.next_field().await.map_err(bad_upload)? {
        match field.name().unwrap_or("") {
            "conference_id" => conference_id = field.text().await.map_err(bad_upload)?,
            "issuer_unit_id" => issuer = field.text().await.map_err(bad_upload)?,
            "text" => text = field.text().await.map_err(bad_upload)?,
            "file" => docx = field.bytes().await.map_err(bad_upload)?.to_vec(),
            _ => {}
        }
    }
    let result: Result<(i64, String), ApiError> = async {
        let id = issuer.trim().parse::<i64>().map_err(|_| {
            ApiError::from(FieldError::new(
                "issuer_unit_id",
                ErrorCode::Required,
                "Hãy chọn đơn vị ban hành.",
                "Choose the issuing unit.",
            ))
        })?;
        let body = if !docx.is_empty() {
            if docx.len() > MAX_DOCX {
                return Err(FieldError::invalid(
                    "file",
                    "Tệp .docx lớn quá 16 MB.",
                    "The .docx file is larger than 16 MB.",
                )
                .into());
            }
            crate::plans::api::docx_text(&docx).map_err(|e| {
                let mut e = e;
                e.0.field = Some("file".into());
                e
            })?
        } else {
            text.clone()
        };
        if body.trim().is_empty() {
            return Err(FieldError::new(
                "text",
                ErrorCode::Required,
                "Hãy dán nội dung kế hoạch hoặc chọn tệp .docx.",
                "Paste the plan's text or choose a .docx file.",
            )
            .into());
        }
        if body.chars().count() > MAX_TEXT {
            return Err(FieldError::invalid(
                "text",
                "Văn bản dài quá 2 triệu ký tự.",
                "The text is longer than 2 million characters.",
            )
            .into());
        }
        Ok((id, body))
    }
    .await;
    let outcome = match result {
        Ok((id, body)) => app::plans::extract(&st.app, &auth, &body, id)
            .await
            .map(|x| (id, Draft::from_extract(x, body)))
            .map_err(ApiError::from),
        Err(e) => Err(e),
    };
    match outcome {
        Ok((id, d)) => Ok(render(
            &review_page(&st, &auth, &user, &uri, id, &conference_id, d, Refusal::default()).await?,
        )),
        Err(e)
            if matches!(
                e.status(),
                StatusCode::UNPROCESSABLE_ENTITY | StatusCode::FORBIDDEN | StatusCode::PAYLOAD_TOO_LARGE
            ) && e.field.is_some() =>
        {
            let field = e.field.clone().unwrap_or_else(|| "text".into());
            let errors = HashMap::from([(field, message(&e))]);
            let page = start_page(&st, &auth, &user, &uri, &issuer, &conference_id, text, errors).await?;
            Ok((e.status(), render(&page)).into_response())
        }
        Err(e) => Err(PageError(e)),
    }
}

fn bad_upload(e: axum::extract::multipart::MultipartError) -> PageError {
    PageError(ApiError::bad_request(
        None,
        format!("Không đọc được nội dung gửi lên: {e}"),
        format!("Could not read the upload: {e}"),
    ))
}

/// Saves the reviewed plan: the document, its links and its tasks, all or nothing.
pub async fn save(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let conference_id = pairs
        .iter()
        .find(|(k, _)| k == "conference_id")
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    let d = Draft::from_pairs(pairs);
    let issuer = d.issuer_unit_id.trim().parse::<i64>().map_err(|_| {
        ApiError::bad_request(
            Some("issuer_unit_id".into()),
            "Thiếu đơn vị ban hành; hãy nhập lại kế hoạch.".into(),
            "The issuing unit is missing; read the plan again.".into(),
        )
    })?;
    let mut matcher = st.app.read(&auth).await?.unit_matcher(issuer).await?;
    // The form's own checks report every row at once; then the store's, named by form field.
    let (plan, rows) = match d.to_import(issuer, &mut matcher) {
        Ok(x) => x,
        Err(list) => {
            let status = list
                .first()
                .map(ApiError::status)
                .unwrap_or(axum::http::StatusCode::UNPROCESSABLE_ENTITY);
            let mut errors = HashMap::new();
            let mut general = Vec::new();
            for e in &list {
                match e.field.as_deref() {
                    Some(f) => {
                        errors.entry(f.to_string()).or_insert_with(|| message(e));
                    }
                    None => general.push(message(e)),
                }
            }
            let general = general.join(" ");
            let page = review_page(
                &st,
                &auth,
                &user,
                &uri,
                issuer,
                &conference_id,
                d,
                Refusal { errors, general },
            )
            .await?;
            return Ok((status, render(&page)).into_response());
        }
    };
    // A conference's conclusion notice is saved the same way, then linked to the conference.
    let saved = match conference_id.parse::<i64>() {
        Ok(c) => app::conferences::conclude(&st.app, &auth, c, plan)
            .await
            .map(|_| crate::paths::conference(c)),
        Err(_) => app::plans::import(&st.app, &auth, plan)
            .await
            .map(|saved| crate::paths::document(saved.document.id)),
    };
    let e = match saved {
        Ok(to) => return Ok(Redirect::to(&to).into_response()),
        Err(e) => ApiError::from(e),
    };
    if !crate::kit::forms::is_form_error(e.status()) {
        return Err(PageError(e));
    }
    let field = e.field.as_deref().and_then(|f| d.form_field(f, &rows));
    let (errors, general) = match field {
        Some(f) => (HashMap::from([(f, message(&e))]), String::new()),
        None => (HashMap::new(), message(&e)),
    };
    let page = review_page(
        &st,
        &auth,
        &user,
        &uri,
        issuer,
        &conference_id,
        d,
        Refusal { errors, general },
    )
    .await?;
    Ok((e.status(), render(&page)).into_response())
}
