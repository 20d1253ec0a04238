//! Compliance requirements (`/requirements`, `/requirement-items`, `/meetings`): set a
//! requirement for every unit of a kind under a unit, read its live counts and items, report an
//! item done (with photos or minutes), accept or return a report, remind the units not done,
//! record a unit's regular meeting.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::Response;
use domain::compliance::{DoneInput, MeetingInput, RequirementInput, ReviewInput, Shown, progress_text};
use serde::{Deserialize, Serialize};
use store::compliance::{Counts, Item, Meeting, Requirement};
use store::compliance_lists::{ItemRow, Listed};
use store::files::StoredFile;
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::compliance::posted::{self as posted, is_form};
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};
use crate::files::Posted;

pub use app::compliance_read::Reminded;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RequirementQuery {
    /// Those concerning this unit: issued in its subtree, or owed by units in it.
    pub within: Option<i64>,
    /// Those set from this document.
    pub document_id: Option<i64>,
    /// At most 500; default 50.
    pub limit: Option<i64>,
}

/// The requirements the caller sees, latest due first, with how many units are done.
#[utoipa::path(get, path = "/requirements", tag = "compliance", params(RequirementQuery),
    responses((status = 200, body = Vec<Listed>), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<RequirementQuery>,
) -> Result<Json<Vec<Listed>>, ApiError> {
    let query = app::compliance_read::ListQuery {
        within: q.within,
        document_id: q.document_id,
    };
    Ok(Json(
        app::compliance_read::list(&st.app, &auth, query, q.limit.unwrap_or(50)).await?,
    ))
}

/// A requirement just set, with how many units must meet it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedRequirement {
    pub requirement: Requirement,
    pub items: u64,
}

/// Set a requirement: every unit of `unit_kind` under `scope_unit_id` must do it by `due_on`
/// (in the meeting of `meeting_month` when given). The issuing unit must be one whose work the
/// caller manages and must reach the scope; an empty set of units is refused.
#[utoipa::path(post, path = "/requirements", tag = "compliance", request_body = RequirementInput,
    responses((status = 201, body = CreatedRequirement), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<RequirementInput>,
) -> Result<Response, ApiError> {
    let c = app::compliance::create(&st.app, &auth, input).await?;
    let id = c.requirement.id;
    Ok(created(
        format!("/api/v1/requirements/{id}"),
        CreatedRequirement {
            requirement: c.requirement,
            items: c.items,
        },
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LiveQuery {
    /// Counts under this unit (default: the requirement's scope, or the caller's own unit in it).
    pub unit_id: Option<i64>,
}

/// Counts of one unit below.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChildCounts {
    pub unit_id: i64,
    pub counts: Counts,
}

/// A requirement and how far it is done under a unit, today.
#[derive(Debug, Serialize, ToSchema)]
pub struct RequirementLive {
    pub requirement: Requirement,
    /// The unit counted under (none when the caller reads the requirement but no unit in it).
    pub unit_id: Option<i64>,
    /// "98/104 chi bộ, 94,2 %".
    pub progress: Option<String>,
    pub total: Option<Counts>,
    /// Per unit directly below (the drill-down).
    pub by_child: Vec<ChildCounts>,
}

/// A requirement with its live counts: done / pending / late / returned, in all and per unit
/// directly below `unit_id`.
#[utoipa::path(get, path = "/requirements/{id}", tag = "compliance", params(("id" = i64, Path), LiveQuery),
    responses((status = 200, body = RequirementLive), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiQuery(q): ApiQuery<LiveQuery>,
) -> Result<Json<RequirementLive>, ApiError> {
    let requirement = app::compliance_read::get(&st.app, &auth, id).await?;
    let unit = match q.unit_id {
        Some(u) => Some(u),
        None => app::compliance::scope_of(&st.app, &auth, id).await.ok(),
    };
    let Some(unit) = unit else {
        return Ok(Json(RequirementLive {
            requirement,
            unit_id: None,
            progress: None,
            total: None,
            by_child: Vec::new(),
        }));
    };
    let live = app::compliance::live(&st.app, &auth, id, unit).await?;
    let t = &live.total;
    Ok(Json(RequirementLive {
        progress: Some(progress_text(t.done, t.total(), live.requirement.unit_kind)),
        total: Some(t.clone()),
        unit_id: Some(unit),
        by_child: live
            .by_child
            .into_iter()
            .map(|(unit_id, counts)| ChildCounts { unit_id, counts })
            .collect(),
        requirement: live.requirement,
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ItemsQuery {
    /// Items of units under this one (default: the requirement's scope, or the caller's unit).
    pub unit_id: Option<i64>,
    /// Only those reading so today: `done`, `pending`, `late`, `returned`.
    pub shown: Option<String>,
    /// At most 500; default 100.
    pub limit: Option<i64>,
}

/// The items of a requirement under a unit, in tree order, with how each reads today.
#[utoipa::path(get, path = "/requirements/{id}/items", tag = "compliance", params(("id" = i64, Path), ItemsQuery),
    responses((status = 200, body = Vec<ItemRow>), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn items(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiQuery(q): ApiQuery<ItemsQuery>,
) -> Result<Json<Vec<ItemRow>>, ApiError> {
    let shown = match q.shown.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(Shown::parse(s).ok_or_else(|| {
            ApiError::bad_request(
                Some("shown".into()),
                format!("Không có tình trạng “{s}”; hãy dùng done, pending, late hoặc returned."),
                format!("There is no state “{s}”; use done, pending, late or returned."),
            )
        })?),
    };
    let unit = match q.unit_id {
        Some(u) => u,
        None => match app::compliance::scope_of(&st.app, &auth, id).await {
            Ok(u) => u,
            // Read, but no unit in it that the caller reads (staff): no items to show.
            Err(_) => {
                app::compliance_read::get(&st.app, &auth, id).await?;
                return Ok(Json(Vec::new()));
            }
        },
    };
    let shown: Vec<Shown> = shown.into_iter().collect();
    Ok(Json(
        app::compliance_read::items(&st.app, &auth, id, unit, &shown, q.limit.unwrap_or(100)).await?,
    ))
}

/// Remind every unit not done (not reported, or returned): their officers are notified in the
/// application, and by mail as each prefers. The issuing office only.
#[utoipa::path(post, path = "/requirements/{id}/reminders", tag = "compliance", params(("id" = i64, Path)),
    responses((status = 200, body = Reminded), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn remind(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Reminded>, ApiError> {
    Ok(Json(app::compliance_read::remind(&st.app, &auth, id).await?))
}

/// One unit's item: how it reads, the report, its files and meeting.
#[derive(Debug, Serialize, ToSchema)]
pub struct ItemAnswer {
    pub item: ItemRow,
    pub requirement: Requirement,
    pub files: Vec<StoredFile>,
    pub meeting: Option<Meeting>,
}

/// One unit's item of a requirement, with the files reported.
#[utoipa::path(get, path = "/requirement-items/{id}", tag = "compliance", params(("id" = i64, Path)),
    responses((status = 200, body = ItemAnswer), (status = 404, body = ErrorBody)))]
pub async fn item(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<ItemAnswer>, ApiError> {
    let d = app::compliance_read::item(&st.app, &auth, id).await?;
    Ok(Json(ItemAnswer {
        item: d.item,
        requirement: d.requirement,
        files: d.files,
        meeting: d.meeting,
    }))
}

/// A report as a form with files: `done_on` (dd/mm/yyyy or ISO), `note`, `present`,
/// `expected`, `meeting_id`, and `file` parts (photos, minutes).
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct DoneForm {
    done_on: String,
    note: Option<String>,
    present: Option<i32>,
    expected: Option<i32>,
    meeting_id: Option<i64>,
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<u8>,
}

/// A report and the files recorded with it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DoneAnswer {
    pub item: Item,
    pub files: Vec<StoredFile>,
}

/// Reads a form body (with its files streamed to the file store).
async fn read_form(st: &AppState, req: Request) -> Result<Posted, ApiError> {
    let multipart = req
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/"));
    if multipart {
        let mp = Multipart::from_request(req, st).await.map_err(|e| {
            ApiError::new(
                domain::ErrorCode::UnsupportedMediaType,
                format!("Hãy gửi tệp dạng multipart/form-data, trường “file” ({e})."),
                format!("Send the files as multipart/form-data, field “file” ({e})."),
            )
        })?;
        crate::files::read_multipart(st, mp, "file").await
    } else {
        crate::files::read_form(st, req, "file").await
    }
}

/// The largest JSON body of the routes that also take files (they are not under the
/// router's default limit, so that files stream).
const JSON_LIMIT: usize = 1024 * 1024;

/// Reads a JSON body of a route that also takes files, bounded.
async fn json_body<T: serde::de::DeserializeOwned>(st: &AppState, req: Request) -> Result<T, ApiError> {
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, JSON_LIMIT).await.map_err(|_| {
        ApiError::new(
            domain::ErrorCode::TooLarge,
            "Nội dung JSON gửi lên quá lớn (tối đa 1 MB).",
            "The JSON body is too large (at most 1 MB).",
        )
    })?;
    let req = Request::from_parts(parts, axum::body::Body::from(bytes));
    let ApiJson(v) = ApiJson::<T>::from_request(req, st).await?;
    Ok(v)
}

/// Report the item done: the unit itself (its officers). JSON, or a form with photos or
/// minutes as evidence — all recorded, or none. A requirement of a month's meeting needs the
/// meeting (`meeting_id`, held that month by the unit). A returned item may be reported again.
#[utoipa::path(post, path = "/requirement-items/{id}/done", tag = "compliance", params(("id" = i64, Path)),
    request_body(content((DoneInput = "application/json"), (DoneForm = "multipart/form-data"))),
    responses((status = 201, body = DoneAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn done(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    req: Request,
) -> Result<Response, ApiError> {
    // Who may report is decided before any file is received.
    let d = app::compliance_read::item(&st.app, &auth, id).await?;
    if !d.may_report {
        return Err(crate::auth::forbidden());
    }
    let (input, files) = if is_form(req.headers()) {
        let p = read_form(&st, req).await?;
        (posted::done_input(&p)?, p.files)
    } else {
        (json_body::<DoneInput>(&st, req).await?, Vec::new())
    };
    let (item, files) = app::compliance::report_done(&st.app, &auth, id, input, files).await?;
    Ok(created(
        format!("/api/v1/requirement-items/{id}"),
        DoneAnswer { item, files },
    ))
}

/// Accept the report, or return it with a reason: the issuing unit's office only.
#[utoipa::path(post, path = "/requirement-items/{id}/review", tag = "compliance", params(("id" = i64, Path)),
    request_body = ReviewInput,
    responses((status = 200, body = Item), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn review(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ReviewInput>,
) -> Result<Json<Item>, ApiError> {
    Ok(Json(app::compliance::review(&st.app, &auth, id, input).await?))
}

/// A meeting as a form with its minutes: `unit_id`, `held_on`, `topic`, `present`,
/// `expected`, and `file` parts.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct MeetingForm {
    unit_id: i64,
    held_on: String,
    topic: String,
    present: i32,
    expected: i32,
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<u8>,
}

/// A meeting and the files recorded with it.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingAnswer {
    pub meeting: Meeting,
    pub files: Vec<StoredFile>,
}

/// Record a unit's regular meeting (sinh hoạt chi bộ): date, topic, attendance, and its minutes
/// or photos. Someone who reports for the unit.
#[utoipa::path(post, path = "/meetings", tag = "compliance",
    request_body(content((MeetingInput = "application/json"), (MeetingForm = "multipart/form-data"))),
    responses((status = 201, body = MeetingAnswer), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn record_meeting(State(st): State<AppState>, auth: Auth, req: Request) -> Result<Response, ApiError> {
    let (input, files): (MeetingInput, _) = if is_form(req.headers()) {
        let p = read_form(&st, req).await?;
        let unit = posted::opt_id(&p, "unit_id")?.ok_or_else(|| domain::FieldError::required("unit_id"))?;
        (posted::meeting_input(&p, unit)?, p.files)
    } else {
        (json_body::<MeetingInput>(&st, req).await?, Vec::new())
    };
    let (meeting, files) = app::compliance::record_meeting(&st.app, &auth, input, files).await?;
    Ok(created(
        format!("/api/v1/units/{}/meetings", meeting.unit_id),
        MeetingAnswer { meeting, files },
    ))
}

/// A unit's recorded meetings, latest first.
#[utoipa::path(get, path = "/units/{id}/meetings", tag = "compliance", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<Meeting>), (status = 404, body = ErrorBody)))]
pub async fn meetings(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<Vec<Meeting>>, ApiError> {
    Ok(Json(app::compliance_read::meetings(&st.app, &auth, id, 100).await?))
}
