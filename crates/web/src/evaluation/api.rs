//! `/evaluations`, `/evaluation-rule-sets`, `/evaluation-years`, `/feedback-points` and the
//! public `/feedback/{code}`: staff evaluation and citizen feedback (`app::evaluation*`,
//! `app::feedback`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::NaiveDate;
use domain::evaluation::RuleSet;
use serde::{Deserialize, Serialize};
use store::evaluation::compute::ComputeSummary;
use store::evaluation::feedback::FeedbackPoint;
use store::evaluation::marks::{MarkInput, TaskMarks};
use store::evaluation::records::EvaluationFilter;
use store::evaluation::years::YearRecord;
use store::evaluation::{EvaluationRecord, RuleSetRecord};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::api::created;
use crate::auth::Auth;
use crate::error::{ApiError, ApiJson, ApiQuery, ErrorBody};

/// The family evaluated when none is named: Hà Nội's monthly rating.
pub const DEFAULT_FAMILY: &str = "qd3814_hanoi";

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EvaluationQuery {
    /// Evaluations of people in this unit's subtree.
    pub within: Option<i64>,
    pub person_id: Option<i64>,
    /// `2023-03`, `2023-Q1`…
    pub period: Option<String>,
    /// Rule-set family, e.g. `qd3814_hanoi`.
    pub family: Option<String>,
    /// `open`, `returned`, `self_assessed`, `reviewed`, `decided`, `locked`.
    pub stage: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// Evaluations the caller may see (staff: their own).
#[utoipa::path(get, path = "/evaluations", tag = "evaluation", params(EvaluationQuery),
    responses((status = 200, body = Vec<EvaluationRecord>), (status = 400, body = ErrorBody)))]
pub async fn list(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<EvaluationQuery>,
) -> Result<Json<Vec<EvaluationRecord>>, ApiError> {
    let (limit, offset) = store::sql::clamp_page(q.limit, q.offset);
    let period = q.period.as_deref().map(domain::period::Period::parse).transpose()?;
    let f = EvaluationFilter {
        within: q.within,
        person_id: q.person_id,
        period: period.map(|p| p.to_string()),
        family: q.family,
        stage: q.stage,
        ..Default::default()
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.evaluations(f, limit, offset).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MineQuery {
    /// `2023-03`…
    pub period: String,
    pub family: Option<String>,
}

/// The caller's own evaluation of a period (computed first); `null` for an account not linked
/// to a staff record.
#[utoipa::path(get, path = "/evaluations/mine", tag = "evaluation", params(MineQuery),
    responses((status = 200, body = Option<EvaluationRecord>, description = "The evaluation, or `null` for an account without a staff record"), (status = 422, body = ErrorBody)))]
pub async fn mine(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<MineQuery>,
) -> Result<Json<Option<EvaluationRecord>>, ApiError> {
    if auth.principal.person_id.is_none() {
        return Ok(Json(None));
    }
    let family = q.family.as_deref().unwrap_or(DEFAULT_FAMILY);
    Ok(Json(Some(
        app::evaluation::own(&st.app, &auth, &q.period, family).await?,
    )))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ComputeInput {
    pub unit_id: i64,
    pub period: String,
    pub family: Option<String>,
}

/// Compute (or refresh) a period's facts and scores for everyone in a unit's subtree.
#[utoipa::path(post, path = "/evaluations/compute", tag = "evaluation", request_body = ComputeInput,
    responses((status = 200, body = ComputeSummary), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn compute(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<ComputeInput>,
) -> Result<Json<ComputeSummary>, ApiError> {
    let family = input.family.as_deref().unwrap_or(DEFAULT_FAMILY);
    Ok(Json(
        app::evaluation::compute_unit(&st.app, &auth, input.unit_id, &input.period, family).await?,
    ))
}

/// One evaluation: every task with how it counted, the computation in sentences, the steps.
#[utoipa::path(get, path = "/evaluations/{id}", tag = "evaluation", params(("id" = i64, Path)),
    responses((status = 200, body = app::evaluation_read::EvaluationDetail), (status = 404, body = ErrorBody)))]
pub async fn get(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<app::evaluation_read::EvaluationDetail>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.evaluation(id).await?))
}

/// Take a step: `submit_self` (with `criteria`), `review`, `return_to_person`, `decide` (quota
/// checked), `return_to_reviewer`, `lock`, `reopen` (with `reason`).
#[utoipa::path(post, path = "/evaluations/{id}/steps", tag = "evaluation", params(("id" = i64, Path)),
    request_body = app::evaluation::StepInput,
    responses((status = 200, body = EvaluationRecord), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn step(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<app::evaluation::StepInput>,
) -> Result<Json<EvaluationRecord>, ApiError> {
    Ok(Json(app::evaluation::take_step(&st.app, &auth, id, input).await?))
}

/// Record a task's failed quality check (with its reason), "vượt mức", objective cause or
/// conversion factor (the assigning unit).
#[utoipa::path(post, path = "/tasks/{id}/evaluation-marks", tag = "evaluation", params(("id" = i64, Path)),
    request_body = MarkInput,
    responses((status = 200, body = TaskMarks), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn mark_task(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<MarkInput>,
) -> Result<Json<TaskMarks>, ApiError> {
    Ok(Json(app::evaluation::mark_task(&st.app, &auth, id, input).await?))
}

/// Every stored rule-set version.
#[utoipa::path(get, path = "/evaluation-rule-sets", tag = "evaluation",
    responses((status = 200, body = Vec<RuleSetRecord>)))]
pub async fn rule_sets(State(st): State<AppState>, auth: Auth) -> Result<Json<Vec<RuleSetRecord>>, ApiError> {
    Ok(Json(app::evaluation_admin::list(&st.app, &auth).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RuleSetDetail {
    pub record: RuleSetRecord,
    /// The rule set itself (`domain::evaluation::RuleSet`).
    #[schema(value_type = Object)]
    pub body: RuleSet,
}

/// One version with its rules.
#[utoipa::path(get, path = "/evaluation-rule-sets/{id}", tag = "evaluation", params(("id" = i64, Path)),
    responses((status = 200, body = RuleSetDetail), (status = 404, body = ErrorBody)))]
pub async fn rule_set(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
) -> Result<Json<RuleSetDetail>, ApiError> {
    let (record, body) = app::evaluation_admin::get(&st.app, &auth, id).await?;
    Ok(Json(RuleSetDetail { record, body }))
}

/// A rule set as JSON (`domain::evaluation::RuleSet`, as `GET /evaluation-rule-sets/{id}` gives
/// it under `body`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(transparent)]
#[schema(value_type = Object)]
pub struct RuleSetBody(pub RuleSet);

/// Replace a draft's rules (validated: levels that overlap or leave gaps, weights, quotas…).
#[utoipa::path(put, path = "/evaluation-rule-sets/{id}", tag = "evaluation", params(("id" = i64, Path)),
    request_body = RuleSetBody,
    responses((status = 200, body = RuleSetRecord), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_rule_set(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<RuleSetBody>,
) -> Result<Json<RuleSetRecord>, ApiError> {
    Ok(Json(app::evaluation_admin::update(&st.app, &auth, id, body.0).await?))
}

/// Copy a version into a new draft of its family.
#[utoipa::path(post, path = "/evaluation-rule-sets/{id}/clone", tag = "evaluation", params(("id" = i64, Path)),
    responses((status = 201, body = RuleSetRecord), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn clone_rule_set(State(st): State<AppState>, auth: Auth, Path(id): Path<i64>) -> Result<Response, ApiError> {
    let r = app::evaluation_admin::clone(&st.app, &auth, id).await?;
    Ok(created(format!("/api/v1/evaluation-rule-sets/{}", r.id), r))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ActivateInput {
    pub effective_from: NaiveDate,
}

/// Activate a draft from a date.
#[utoipa::path(post, path = "/evaluation-rule-sets/{id}/activate", tag = "evaluation", params(("id" = i64, Path)),
    request_body = ActivateInput,
    responses((status = 200, body = RuleSetRecord), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn activate_rule_set(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<ActivateInput>,
) -> Result<Json<RuleSetRecord>, ApiError> {
    Ok(Json(
        app::evaluation_admin::activate(&st.app, &auth, id, input.effective_from).await?,
    ))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ClassifyInput {
    pub person_id: i64,
    pub year: i32,
    pub family: Option<String>,
}

/// Derive a person's yearly level (and proposed titles) from the decided periods.
#[utoipa::path(post, path = "/evaluation-years/classify", tag = "evaluation", request_body = ClassifyInput,
    responses((status = 200, body = YearRecord), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn classify_year(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<ClassifyInput>,
) -> Result<Json<YearRecord>, ApiError> {
    let family = input.family.as_deref().unwrap_or(DEFAULT_FAMILY);
    Ok(Json(
        app::evaluation_admin::classify_year(&st.app, &auth, input.person_id, input.year, family).await?,
    ))
}

/// Override a yearly level, with a reason (audited).
#[utoipa::path(post, path = "/evaluation-years/override", tag = "evaluation",
    request_body = app::evaluation_admin::YearOverride,
    responses((status = 200, body = YearRecord), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn override_year(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<app::evaluation_admin::YearOverride>,
) -> Result<Json<YearRecord>, ApiError> {
    Ok(Json(
        app::evaluation_admin::override_year(&st.app, &auth, &input).await?,
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WithinQuery {
    pub within: i64,
}

/// Citizen feedback desks in a unit's subtree.
#[utoipa::path(get, path = "/feedback-points", tag = "evaluation", params(WithinQuery),
    responses((status = 200, body = Vec<FeedbackPoint>), (status = 404, body = ErrorBody)))]
pub async fn feedback_points(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<WithinQuery>,
) -> Result<Json<Vec<FeedbackPoint>>, ApiError> {
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.feedback_points(q.within).await?))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct PointInput {
    pub unit_id: i64,
    pub person_id: Option<i64>,
    pub name: String,
    /// The short public address: `/y-kien/{code}`.
    pub code: String,
}

/// Open a citizen feedback desk.
#[utoipa::path(post, path = "/feedback-points", tag = "evaluation", request_body = PointInput,
    responses((status = 201, body = FeedbackPoint), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_feedback_point(
    State(st): State<AppState>,
    auth: Auth,
    ApiJson(input): ApiJson<PointInput>,
) -> Result<Response, ApiError> {
    let p =
        app::feedback::create_point(&st.app, &auth, input.unit_id, input.person_id, &input.name, &input.code).await?;
    Ok(created(crate::paths::feedback(&p.code), p))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedbackForm {
    pub point: FeedbackPoint,
    /// Send it back with the answers, not sooner than a few seconds after.
    pub form_token: String,
    /// (code, Vietnamese, English).
    #[schema(value_type = Vec<Object>)]
    pub questions: Vec<(String, String, String)>,
}

/// A fresh public feedback form for a desk (no sign-in).
#[utoipa::path(get, path = "/feedback/{code}", tag = "evaluation", params(("code" = String, Path)),
    responses((status = 200, body = FeedbackForm), (status = 404, body = ErrorBody)))]
pub async fn feedback_form(
    State(st): State<AppState>,
    Path(code): Path<String>,
) -> Result<Json<FeedbackForm>, ApiError> {
    let point = app::feedback::point(&st.app, &code).await?;
    let form_token = app::feedback::issue_token(&st.app, point.id, chrono::Utc::now()).await?;
    Ok(Json(FeedbackForm {
        point,
        form_token,
        questions: app::feedback::QUESTIONS
            .iter()
            .map(|(c, vi, en)| ((*c).into(), (*vi).into(), (*en).into()))
            .collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Sent {
    pub id: i64,
}

/// Send a citizen's feedback (no sign-in; one per desk, device and day; a signed form token
/// used once).
#[utoipa::path(post, path = "/feedback/{code}", tag = "evaluation", params(("code" = String, Path)),
    request_body = app::feedback::FeedbackInput,
    responses((status = 201, body = Sent), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
              (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn send_feedback(
    State(st): State<AppState>,
    headers: HeaderMap,
    addr: crate::auth::address::ClientAddress,
    Path(code): Path<String>,
    ApiJson(input): ApiJson<app::feedback::FeedbackInput>,
) -> Result<Response, ApiError> {
    let address = addr.0.clone();
    let device = crate::feedback::pages::device_of(&headers).unwrap_or_else(|| format!("addr:{address}"));
    let id = app::feedback::submit(&st.app, &code, &input, &device, &address, chrono::Utc::now()).await?;
    Ok(created(crate::paths::feedback(&code), Sent { id }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RankingQuery {
    /// The unit whose direct sub-units are ranked.
    pub within: i64,
    /// A month, `2023-10` (default: the last full month).
    pub period: Option<String>,
    pub family: Option<String>,
}

/// The units directly under a unit ranked for emulation in a month, by the weights of the rule
/// set in force, each with its head and its points explained.
#[utoipa::path(get, path = "/rankings", tag = "evaluation", params(RankingQuery),
    responses((status = 200, body = app::ranking::Ranking), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn rankings(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(q): ApiQuery<RankingQuery>,
) -> Result<Json<app::ranking::Ranking>, ApiError> {
    let period = match q.period.as_deref().filter(|p| !p.trim().is_empty()) {
        Some(p) => domain::period::Period::parse(p)?,
        None => domain::period::Period::last_full_month(st.app.clock.clock().today),
    };
    let family = q.family.as_deref().unwrap_or(DEFAULT_FAMILY);
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.ranking(q.within, &period, family).await?))
}
