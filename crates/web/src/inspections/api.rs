//! Inspection and supervision (`/inspection-plans`, `/inspections`, `/inspection-records`,
//! `/inspection-follow-ups`): a commission's annual plan, each inspection's steps (decision with
//! team, self-reports, verification notes, drafts, conclusion with findings and recommendations
//! that become tasks, closing), the papers with their files, and the overdue follow-ups.
//! Working papers answer 404 to anyone outside the team and the commission.

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::Response;
use domain::inspection::{
    CloseInput, ConclusionInput, InspectionDecisionInput, InspectionStep, PlanInput, RecordInput, RecordKind,
};
use serde::{Deserialize, Serialize};
use store::files::StoredFile;
use store::inspection_lists::ListedInspection;
use store::inspections::{Finding, Inspection, Plan, Recommendation, Record, SubjectUnit, TeamMember};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WithinQuery {
    /// Only those by a body in, or about a subject in, this unit's subtree.
    pub within: Option<i64>,
}

/// The annual plans of the commissions the caller reads.
#[utoipa::path(get, path = "/inspection-plans", tag = "inspections", params(WithinQuery),
    responses((status = 200, body = Vec<Plan>), (status = 404, body = ErrorBody)))]
pub async fn plans(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<WithinQuery>,
) -> Result<Json<Vec<Plan>>, ApiError> {
    Ok(Json(app::inspections_read::plans(&st.app, &auth, q.within).await?))
}

/// A plan just recorded, with its inspections.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanAnswer {
    pub plan: Plan,
    pub inspections: Vec<ListedInspection>,
}

/// Record a commission's annual inspection and supervision plan: per item its content,
/// subjects (units the commission may inspect), time and method.
#[utoipa::path(post, path = "/inspection-plans", tag = "inspections", request_body = PlanInput,
    responses((status = 201, body = PlanAnswer), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_plan(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PlanInput>,
) -> Result<Response, ApiError> {
    let made = app::inspections::create_plan(&st.app, &auth, input).await?;
    let id = made.plan.id;
    let (plan, inspections) = app::inspections_read::plan(&st.app, &auth, id).await?;
    Ok(created(
        format!("/api/v1/inspection-plans/{id}"),
        PlanAnswer { plan, inspections },
    ))
}

/// A plan and its inspections.
#[utoipa::path(get, path = "/inspection-plans/{id}", tag = "inspections", params(("id" = i64, Path)),
    responses((status = 200, body = PlanAnswer), (status = 404, body = ErrorBody)))]
pub async fn plan(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<PlanAnswer>, ApiError> {
    let (plan, inspections) = app::inspections_read::plan(&st.app, &auth, id).await?;
    Ok(Json(PlanAnswer { plan, inspections }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InspectionQuery {
    pub within: Option<i64>,
    /// Only at these steps, comma-separated (`decided,verifying,drafted`); `in_progress` for
    /// the steps of the conduct phase.
    pub step: Option<String>,
    /// At most 500; default 100.
    pub limit: Option<i64>,
}

fn steps(q: Option<&str>) -> Result<Vec<InspectionStep>, ApiError> {
    let mut out = Vec::new();
    for s in q.unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if s == "in_progress" {
            out.extend(InspectionStep::ALL.iter().copied().filter(|s| s.in_progress()));
            continue;
        }
        let step = InspectionStep::parse(s).ok_or_else(|| {
            domain::FieldError::invalid(
                "step",
                format!("Không có bước kiểm tra “{s}”."),
                format!("There is no inspection step “{s}”."),
            )
        })?;
        out.push(step);
    }
    Ok(out)
}

/// The inspections the caller sees, latest first.
#[utoipa::path(get, path = "/inspections", tag = "inspections", params(InspectionQuery),
    responses((status = 200, body = Vec<ListedInspection>), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<InspectionQuery>,
) -> Result<Json<Vec<ListedInspection>>, ApiError> {
    let steps = steps(q.step.as_deref())?;
    let limit = q.limit.unwrap_or(100).clamp(1, 500);
    Ok(Json(
        app::inspections_read::list(&st.app, &auth, q.within, steps, limit).await?,
    ))
}

/// A paper with its files.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordAnswer {
    pub record: Record,
    pub files: Vec<StoredFile>,
}

/// An inspection as the caller may see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InspectionAnswer {
    pub inspection: Inspection,
    pub body_name: String,
    pub subjects: Vec<SubjectUnit>,
    pub team: Vec<TeamMember>,
    /// The papers the caller reads (working papers for the team and the commission only).
    pub records: Vec<RecordAnswer>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<Recommendation>,
    /// The steps the caller may take (operation codes).
    pub may: Vec<String>,
}

/// An inspection: its step, team, papers, findings and recommendations with their follow-up
/// tasks' status.
#[utoipa::path(get, path = "/inspections/{id}", tag = "inspections", params(("id" = i64, Path)),
    responses((status = 200, body = InspectionAnswer), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<InspectionAnswer>, ApiError> {
    let v = app::inspections_read::get(&st.app, &auth, id).await?;
    Ok(Json(InspectionAnswer {
        inspection: v.inspection,
        body_name: v.body_name,
        subjects: v.subjects,
        team: v.team,
        records: v
            .records
            .into_iter()
            .map(|r| RecordAnswer {
                record: r.record,
                files: r.files,
            })
            .collect(),
        findings: v.findings,
        recommendations: v.recommendations,
        may: v.may.iter().map(|o| o.as_str().to_string()).collect(),
    }))
}

/// Issue the inspection decision: its number, date, team and schedule.
#[utoipa::path(post, path = "/inspections/{id}/decision", tag = "inspections", params(("id" = i64, Path)),
    request_body = InspectionDecisionInput,
    responses((status = 200, body = Inspection), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn decide(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<InspectionDecisionInput>,
) -> Result<Json<Inspection>, ApiError> {
    Ok(Json(app::inspections::decide(&st.app, &auth, id, input).await?))
}

async fn add(st: &AppState, auth: &Auth, id: i64, kind: RecordKind, input: RecordInput) -> Result<Response, ApiError> {
    let made = app::inspections::add_record(&st.app, auth, id, kind, input, Vec::new()).await?;
    Ok(created(
        format!("/api/v1/inspection-records/{}", made.record.id),
        RecordAnswer {
            record: made.record,
            files: made.files,
        },
    ))
}

/// Submit a subject's written self-report (its officers, or the inspecting side for them).
/// Files are attached with `POST /inspection-records/{id}/files`.
#[utoipa::path(post, path = "/inspections/{id}/self-reports", tag = "inspections", params(("id" = i64, Path)),
    request_body = RecordInput,
    responses((status = 201, body = RecordAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn self_report(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<Response, ApiError> {
    add(&st, &auth, id, RecordKind::SelfReport, input).await
}

/// Record a verification note (confidential: the team and the commission only).
#[utoipa::path(post, path = "/inspections/{id}/verifications", tag = "inspections", params(("id" = i64, Path)),
    request_body = RecordInput,
    responses((status = 201, body = RecordAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn verification(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<Response, ApiError> {
    add(&st, &auth, id, RecordKind::Verification, input).await
}

/// Record the draft results report as discussed with the subject (`dated_on`: the day of the
/// discussion). Confidential: the team and the commission only.
#[utoipa::path(post, path = "/inspections/{id}/drafts", tag = "inspections", params(("id" = i64, Path)),
    request_body = RecordInput,
    responses((status = 201, body = RecordAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn draft(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<RecordInput>,
) -> Result<Response, ApiError> {
    add(&st, &auth, id, RecordKind::Draft, input).await
}

/// The conclusion recorded and the follow-up tasks made of its recommendations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConclusionAnswer {
    pub inspection: Inspection,
    pub task_ids: Vec<i64>,
}

/// Issue the conclusion (thông báo kết luận): findings about every subject; each
/// recommendation becomes a task led by the unit named, due on or after the conclusion.
#[utoipa::path(post, path = "/inspections/{id}/conclusion", tag = "inspections", params(("id" = i64, Path)),
    request_body = ConclusionInput,
    responses((status = 201, body = ConclusionAnswer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn conclude(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ConclusionInput>,
) -> Result<Response, ApiError> {
    let c = app::inspections::conclude(&st.app, &auth, id, input).await?;
    Ok(created(
        format!("/api/v1/inspections/{id}"),
        ConclusionAnswer {
            inspection: c.inspection,
            task_ids: c.task_ids,
        },
    ))
}

/// Formally close a recommendation, with the reason.
#[utoipa::path(post, path = "/inspections/{id}/recommendations/{recommendation_id}/close", tag = "inspections",
    params(("id" = i64, Path), ("recommendation_id" = i64, Path)), request_body = CloseInput,
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn close_recommendation(
    State(st): State<AppState>,
    auth: Auth,
    Path((id, recommendation_id)): Path<(i64, i64)>,
    ApiJson(input): ApiJson<CloseInput>,
) -> Result<axum::http::StatusCode, ApiError> {
    app::inspections::close_recommendation(&st.app, &auth, id, recommendation_id, input).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Close the inspection: every recommendation done or formally closed.
#[utoipa::path(post, path = "/inspections/{id}/close", tag = "inspections", params(("id" = i64, Path)),
    responses((status = 200, body = Inspection), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody)))]
pub async fn close(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Json<Inspection>, ApiError> {
    Ok(Json(app::inspections::close(&st.app, &auth, id).await?))
}

/// A paper of an inspection with its files (a working paper: 404 outside the team and the
/// commission).
#[utoipa::path(get, path = "/inspection-records/{id}", tag = "inspections", params(("id" = i64, Path)),
    responses((status = 200, body = RecordAnswer), (status = 404, body = ErrorBody)))]
pub async fn record(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<RecordAnswer>, ApiError> {
    let r = app::inspections_read::record(&st.app, &auth, id).await?;
    Ok(Json(RecordAnswer {
        record: r.record,
        files: r.files,
    }))
}

/// Attach files to a paper (PDF, .docx, .xlsx, JPEG, PNG — told by content): whoever may make
/// such a paper on the inspection. All are recorded, or none.
#[utoipa::path(post, path = "/inspection-records/{id}/files", tag = "inspections", params(("id" = i64, Path)),
    request_body(content = crate::documents::api_files::FileUpload, content_type = "multipart/form-data"),
    responses((status = 201, body = Vec<StoredFile>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn upload(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    req: Request,
) -> Result<Response, ApiError> {
    // Who may attach is decided before anything is received.
    app::inspections::may_attach(&st.app, &auth, id).await?;
    let mp = Multipart::from_request(req, &st).await.map_err(|e| {
        ApiError::new(
            domain::ErrorCode::UnsupportedMediaType,
            format!("Hãy gửi tệp dạng multipart/form-data, trường “file” ({e})."),
            format!("Send the files as multipart/form-data, field “file” ({e})."),
        )
    })?;
    let posted = crate::files::read_multipart(&st, mp, "file").await?;
    if posted.files.is_empty() {
        return Err(domain::FieldError::required("file").into());
    }
    let stored = app::inspections::attach_to_record(&st.app, &auth, id, posted.files).await?;
    Ok(created(format!("/api/v1/inspection-records/{id}"), stored))
}

/// Recommendations whose follow-up task is overdue today, most overdue first.
#[utoipa::path(get, path = "/inspection-follow-ups/overdue", tag = "inspections", params(WithinQuery),
    responses((status = 200, body = Vec<Recommendation>), (status = 404, body = ErrorBody)))]
pub async fn overdue(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<WithinQuery>,
) -> Result<Json<Vec<Recommendation>>, ApiError> {
    Ok(Json(app::inspections_read::overdue(&st.app, &auth, q.within).await?))
}
