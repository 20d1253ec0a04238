//! The `/api/v1` routes. Every route is registered through `utoipa_axum::routes!`, so it
//! cannot exist without its OpenAPI description.

mod audit;
pub(crate) mod auth;
mod compliance;
mod conference_invitees;
mod conferences;
pub mod contract;
mod documents;
pub(crate) mod evaluation;
mod files;
mod imports;
mod inspections;
mod people;
pub(crate) mod plans;
mod reports;
mod rollup;
mod search;
pub(crate) mod targets;
mod tasks;
mod units;
mod users;
mod work;

use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

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
        .routes(routes!(units::list, units::create))
        .routes(routes!(units::get, units::update, units::delete))
        .routes(routes!(units::children))
        .routes(routes!(units::ancestors))
        .routes(routes!(people::list, people::create))
        .routes(routes!(people::get, people::update))
        .routes(routes!(documents::parse_symbol))
        .routes(routes!(documents::list, documents::create))
        .routes(routes!(documents::get, documents::update))
        .routes(routes!(documents::links, documents::link))
        .routes(routes!(documents::unlink))
        .routes(routes!(documents::descendants))
        .routes(routes!(documents::list_themes, documents::create_theme))
        .routes(routes!(documents::get_theme, documents::update_theme))
        .routes(routes!(tasks::list, tasks::create))
        .routes(routes!(tasks::create_batch))
        .routes(routes!(tasks::get, tasks::update))
        .routes(routes!(tasks::create_subtask))
        .routes(routes!(tasks::set_responsible))
        .routes(routes!(work::comment))
        .routes(routes!(work::urge))
        .routes(routes!(work::history))
        .routes(routes!(audit::task))
        .routes(routes!(audit::document))
        .routes(routes!(work::report_progress))
        .routes(routes!(work::complete))
        .routes(routes!(work::cancel))
        .routes(routes!(work::request_extension))
        .routes(routes!(work::decide_extension))
        .routes(routes!(work::request_explanation))
        .routes(routes!(work::answer_explanation))
        // Uploads are bounded while streamed (`crate::files::read_multipart`), not buffered.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(files::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(compliance::list, compliance::create))
        .routes(routes!(compliance::get))
        .routes(routes!(compliance::items))
        .routes(routes!(compliance::remind))
        .routes(routes!(compliance::item))
        .routes(routes!(compliance::review))
        .routes(routes!(compliance::meetings))
        // Reports and meetings take files too: streamed and bounded as uploads are.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(compliance::done))
                .routes(routes!(compliance::record_meeting))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(conferences::list, conferences::create))
        .routes(routes!(conferences::get, conferences::update))
        .routes(routes!(conferences::attendance))
        .routes(routes!(conferences::conclusion))
        .routes(routes!(conferences::create_series))
        .routes(routes!(conference_invitees::list, conference_invitees::add))
        .routes(routes!(conference_invitees::generate))
        .routes(routes!(conference_invitees::remove))
        .routes(routes!(conference_invitees::roll_call))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(conferences::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(inspections::plans, inspections::create_plan))
        .routes(routes!(inspections::plan))
        .routes(routes!(inspections::list))
        .routes(routes!(inspections::get))
        .routes(routes!(inspections::decide))
        .routes(routes!(inspections::self_report))
        .routes(routes!(inspections::verification))
        .routes(routes!(inspections::draft))
        .routes(routes!(inspections::conclude))
        .routes(routes!(inspections::close_recommendation))
        .routes(routes!(inspections::close))
        .routes(routes!(inspections::record))
        .routes(routes!(inspections::overdue))
        .merge(
            OpenApiRouter::new()
                .routes(routes!(inspections::upload))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(files::of_task))
        .routes(routes!(files::download))
        .routes(routes!(targets::list, targets::create))
        .routes(routes!(targets::get, targets::update))
        .routes(routes!(targets::actuals, targets::record_actual))
        .routes(routes!(rollup::rollup))
        .routes(routes!(rollup::rollup_all))
        .routes(routes!(reports::implementation))
        .routes(routes!(search::search))
        .routes(routes!(plans::extract))
        .routes(routes!(plans::import))
        // Sheets are read whole (at most `imports::MAX_SHEET_BYTES`, counted while received).
        .merge(
            OpenApiRouter::new()
                .routes(routes!(imports::preview_units))
                .routes(routes!(imports::import_units))
                .routes(routes!(imports::preview_people))
                .routes(routes!(imports::import_people))
                .routes(routes!(imports::preview_targets))
                .routes(routes!(imports::import_targets))
                .routes(routes!(imports::preview_tasks))
                .routes(routes!(imports::import_tasks))
                .layer(axum::extract::DefaultBodyLimit::disable()),
        )
        .routes(routes!(auth::login))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::me))
        .routes(routes!(auth::change_password))
        .routes(routes!(auth::list_tokens, auth::create_token))
        .routes(routes!(auth::revoke_token))
        .routes(routes!(users::list, users::create))
        .routes(routes!(users::get))
        .routes(routes!(users::set_roles))
        .routes(routes!(users::reset_password))
        .routes(routes!(evaluation::list))
        .routes(routes!(evaluation::mine))
        .routes(routes!(evaluation::rankings))
        .routes(routes!(evaluation::compute))
        .routes(routes!(evaluation::get))
        .routes(routes!(evaluation::step))
        .routes(routes!(evaluation::mark_task))
        .routes(routes!(evaluation::rule_sets))
        .routes(routes!(evaluation::rule_set, evaluation::update_rule_set))
        .routes(routes!(evaluation::clone_rule_set))
        .routes(routes!(evaluation::activate_rule_set))
        .routes(routes!(evaluation::classify_year))
        .routes(routes!(evaluation::override_year))
        .routes(routes!(evaluation::feedback_points, evaluation::create_feedback_point))
        .routes(routes!(evaluation::feedback_form, evaluation::send_feedback))
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
