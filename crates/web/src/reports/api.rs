//! `/reports/implementation`: the periodic report on implementation as .docx, in the layout
//! of the issuing body's system, with the dashboard's figures for the same scope and dates.

use axum::extract::State;
use axum::response::Response;
use domain::report::ReportWindow;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReportParams {
    /// The subtree reported on.
    pub unit_id: i64,
    /// `2023-10`, `2023-Q3`, `2023-H1`, `2023` (or `Quý III/2023`…); or give `from` and `to`.
    #[serde(default)]
    pub period: String,
    /// Start of a date range (`2023-10-01` or `01/10/2023`), when no period is given.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    /// `calendar` (default) or `mid_month`: from the 15th of the month before the period to the 14th of its last month.
    #[serde(default)]
    pub convention: String,
    /// The issuing body (the unit or one of its bodies); by default the unit, or an area's People's Committee.
    pub issuer_unit_id: Option<i64>,
    /// The report's number, if already given.
    pub number: Option<u32>,
}

/// "Báo cáo kết quả thực hiện …" as a Word document: header blocks, task figures by status and
/// unit with a chart, targets "N/M đạt, K/M vượt", overdue tasks with reasons, next period's
/// tasks, recipients and signature. The figures equal `/rollup` for the same unit and dates.
#[utoipa::path(get, path = "/reports/implementation", tag = "rollup", params(ReportParams),
    responses(
        (status = 200, description = "The report (.docx)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", body = Vec<u8>),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn implementation(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(p): ApiQuery<ReportParams>,
) -> Result<Response, ApiError> {
    let window = ReportWindow::parse(&p.period, &p.from, &p.to, &p.convention)?;
    let req = app::reports::ReportRequest {
        unit_id: p.unit_id,
        issuer_unit_id: p.issuer_unit_id,
        window,
        number: p.number.filter(|n| *n > 0),
    };
    let (built, bytes) = app::reports::docx(&st.app, &auth, &req).await?;
    Ok(crate::reports::pages::docx_response(&built.file_name, bytes))
}
