//! The `/api/v1` routes of every capability, assembled (the handlers live in each capability's
//! `api*.rs`). Every route is registered through `utoipa_axum::routes!`, so it
//! cannot exist without its OpenAPI description.

pub mod contract;

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::{
    accounts, audit, compliance, conferences, documents, evaluation, inspections, plans, reports, targets, tasks, units,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "dondoc API",
        description = "Theo dõi, đôn đốc thực hiện nhiệm vụ: đơn vị, văn bản, kế hoạch, nhiệm vụ, tiến độ, chỉ tiêu và tổng hợp.\n\n\
                       Tracking the implementation of directives: units, documents, plans, tasks, progress, targets and roll-ups.\n\n\
                       Errors: `{\"error\": {\"code\", \"message\", \"field\"}}`; messages in Vietnamese, or English with `Accept-Language: en`. \
                       Edits carry the record's `version`; a stale version gets 409 `stale_version`.",
        version = "1"
    ),
    tags(
        (name = "units", description = "Đơn vị — the organisation tree"),
        (name = "people", description = "Cán bộ — staff"),
        (name = "documents", description = "Văn bản, liên kết và chủ đề công tác năm"),
        (name = "tasks", description = "Nhiệm vụ"),
        (name = "work", description = "Tiến độ, hoàn thành, gia hạn, giải trình"),
        (name = "targets", description = "Chỉ tiêu"),
        (name = "rollup", description = "Tổng hợp theo đơn vị và kỳ"),
        (name = "search", description = "Tìm kiếm văn bản, nhiệm vụ, đơn vị, cán bộ"),
        (name = "plans", description = "Nhập kế hoạch từ văn bản hoặc tệp .docx"),
        (name = "imports", description = "Nhập từ Excel: đơn vị, cán bộ, chỉ tiêu, nhiệm vụ"),
        (name = "auth", description = "Đăng nhập, tài khoản, vai trò, mã truy cập API"),
        (name = "evaluation", description = "Đánh giá, xếp loại cán bộ; bộ tiêu chí; ý kiến người dân"),
        (name = "conferences", description = "Hội nghị quán triệt, triển khai, sơ kết, tổng kết, giao ban: điểm cầu, số người dự, danh sách mời và điểm danh, tài liệu, kết luận"),
        (name = "compliance", description = "Yêu cầu thực hiện đối với các đơn vị (100 % chi bộ…), báo cáo, xác nhận, sinh hoạt định kỳ"),
        (name = "inspections", description = "Kiểm tra, giám sát của Ủy ban Kiểm tra: chương trình năm, quyết định, báo cáo tự kiểm tra, thẩm tra, kết luận, kiến nghị"),
    )
)]
struct ApiDoc;

/// All API routes under `/api/v1`, with their OpenAPI document.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi()).nest("/api/v1", routes())
}

fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health))
        .routes(routes!(units::api::list, units::api::create))
        .routes(routes!(units::api::get, units::api::update, units::api::delete))
        .routes(routes!(units::api::children))
        .routes(routes!(units::api::ancestors))
        .routes(routes!(units::api_people::list, units::api_people::create))
        .routes(routes!(units::api_people::get, units::api_people::update))
        .routes(routes!(documents::api::parse_symbol))
        .routes(routes!(documents::api::list, documents::api::create))
        .routes(routes!(documents::api::get, documents::api::update))
        .routes(routes!(documents::api::links, documents::api::link))
        .routes(routes!(documents::api::unlink))
        .routes(routes!(documents::api::descendants))
        .routes(routes!(documents::api::list_themes, documents::api::create_theme))
        .routes(routes!(documents::api::get_theme, documents::api::update_theme))
        .routes(routes!(tasks::api::list, tasks::api::create))
        .routes(routes!(tasks::api::create_batch))
        .routes(routes!(tasks::api::get, tasks::api::update))
        .routes(routes!(tasks::api::create_subtask))
        .routes(routes!(tasks::api::set_responsible))
        .routes(routes!(tasks::api_work::comment))
        .routes(routes!(tasks::api_work::urge))
        .routes(routes!(tasks::api_work::history))
        .routes(routes!(audit::api::task))
        .routes(routes!(audit::api::document))
        .routes(routes!(tasks::api_work::report_progress))
        .routes(routes!(tasks::api_work::complete))
        .routes(routes!(tasks::api_work::cancel))
        .routes(routes!(tasks::api_work::request_extension))
        .routes(routes!(tasks::api_work::decide_extension))
        .routes(routes!(tasks::api_work::request_explanation))
        .routes(routes!(tasks::api_work::answer_explanation))
        // Uploads are bounded while streamed (`crate::files::read_multipart`), not buffered.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(documents::api_files::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(compliance::api::list, compliance::api::create))
        .routes(routes!(compliance::api::get))
        .routes(routes!(compliance::api::items))
        .routes(routes!(compliance::api::remind))
        .routes(routes!(compliance::api::item))
        .routes(routes!(compliance::api::review))
        .routes(routes!(compliance::api::meetings))
        // Reports and meetings take files too: streamed and bounded as uploads are.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(compliance::api::done))
                .routes(routes!(compliance::api::record_meeting))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(conferences::api::list, conferences::api::create))
        .routes(routes!(conferences::api::get, conferences::api::update))
        .routes(routes!(conferences::api::attendance))
        .routes(routes!(conferences::api::conclusion))
        .routes(routes!(conferences::api::create_series))
        .routes(routes!(conferences::api_invitees::list, conferences::api_invitees::add))
        .routes(routes!(conferences::api_invitees::generate))
        .routes(routes!(conferences::api_invitees::remove))
        .routes(routes!(conferences::api_invitees::roll_call))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(conferences::api::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(inspections::api::plans, inspections::api::create_plan))
        .routes(routes!(inspections::api::plan))
        .routes(routes!(inspections::api::list))
        .routes(routes!(inspections::api::get))
        .routes(routes!(inspections::api::decide))
        .routes(routes!(inspections::api::self_report))
        .routes(routes!(inspections::api::verification))
        .routes(routes!(inspections::api::draft))
        .routes(routes!(inspections::api::conclude))
        .routes(routes!(inspections::api::close_recommendation))
        .routes(routes!(inspections::api::close))
        .routes(routes!(inspections::api::record))
        .routes(routes!(inspections::api::overdue))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(inspections::api::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(documents::api_files::of_task))
        .routes(routes!(documents::api_files::download))
        .routes(routes!(targets::api::list, targets::api::create))
        .routes(routes!(targets::api::get, targets::api::update))
        .routes(routes!(targets::api::actuals, targets::api::record_actual))
        .routes(routes!(reports::api_rollup::rollup))
        .routes(routes!(reports::api_rollup::rollup_all))
        .routes(routes!(reports::api::implementation))
        .routes(routes!(tasks::api_search::search))
        .routes(routes!(plans::api::extract))
        .routes(routes!(plans::api::import))
        // Sheets are read whole (at most `plans::sheet_upload::MAX_SHEET_BYTES`, counted while received).
        .merge(
            OpenApiRouter::new()
                .routes(routes!(plans::api_imports::preview_units))
                .routes(routes!(plans::api_imports::import_units))
                .routes(routes!(plans::api_imports::preview_people))
                .routes(routes!(plans::api_imports::import_people))
                .routes(routes!(plans::api_imports::preview_targets))
                .routes(routes!(plans::api_imports::import_targets))
                .routes(routes!(plans::api_imports::preview_tasks))
                .routes(routes!(plans::api_imports::import_tasks))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(accounts::api::login))
        .routes(routes!(accounts::api::logout))
        .routes(routes!(accounts::api::me))
        .routes(routes!(accounts::api::change_password))
        .routes(routes!(accounts::api::list_tokens, accounts::api::create_token))
        .routes(routes!(accounts::api::revoke_token))
        .routes(routes!(accounts::api_users::list, accounts::api_users::create))
        .routes(routes!(accounts::api_users::get))
        .routes(routes!(accounts::api_users::set_roles))
        .routes(routes!(accounts::api_users::reset_password))
        .routes(routes!(evaluation::api::list))
        .routes(routes!(evaluation::api::mine))
        .routes(routes!(evaluation::api::rankings))
        .routes(routes!(evaluation::api::compute))
        .routes(routes!(evaluation::api::get))
        .routes(routes!(evaluation::api::step))
        .routes(routes!(evaluation::api::mark_task))
        .routes(routes!(evaluation::api::rule_sets))
        .routes(routes!(evaluation::api::rule_set, evaluation::api::update_rule_set))
        .routes(routes!(evaluation::api::clone_rule_set))
        .routes(routes!(evaluation::api::activate_rule_set))
        .routes(routes!(evaluation::api::classify_year))
        .routes(routes!(evaluation::api::override_year))
        .routes(routes!(
            evaluation::api::feedback_points,
            evaluation::api::create_feedback_point
        ))
        .routes(routes!(evaluation::api::feedback_form, evaluation::api::send_feedback))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    pub status: &'static str,
    pub database: &'static str,
    /// The day statuses are computed for.
    pub today: chrono::NaiveDate,
}

/// Liveness and the day the server counts statuses from.
#[utoipa::path(get, path = "/health", tag = "rollup", responses((status = 200, body = Health)))]
async fn health(axum::extract::State(st): axum::extract::State<AppState>) -> axum::Json<Health> {
    axum::Json(Health {
        status: "ok",
        database: match st.app.db.backend() {
            store::Backend::Sqlite => "sqlite",
            store::Backend::Postgres => "postgres",
        },
        today: st.app.clock.clock().today,
    })
}

/// A body with the version of the record being edited.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Versioned<T> {
    /// The `version` the client last read; a stale one gets 409.
    pub version: i64,
    #[serde(flatten)]
    pub data: T,
}

/// 201 Created with a `Location` header.
pub fn created<T: Serialize>(location: String, body: T) -> Response {
    (StatusCode::CREATED, [(LOCATION, location)], axum::Json(body)).into_response()
}
