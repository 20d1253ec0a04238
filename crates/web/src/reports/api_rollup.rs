//! `/rollup`: everything a leader reads about a subtree and period, in one request.

use axum::Json;
use axum::extract::State;
use chrono::NaiveDate;
use domain::period::Period;
use serde::Deserialize;
use store::rollup::{Rollup, RollupQuery};
use utoipa::IntoParams;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, ApiQuery, ErrorBody};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RollupParams {
    /// The subtree's root unit.
    pub unit_id: i64,
    /// `2023`, `2023-Q4`, `2023-09`…; or give `from`/`to`. Tasks count by due date.
    pub period: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// How many overdue tasks to list (default 20, at most 500).
    pub overdue_limit: Option<i64>,
}

/// Task counts by status per child unit, completion and on-time rates, the overdue list by
/// days late, key tasks, and the targets summary ("16/16 đạt, 09/16 vượt").
#[utoipa::path(get, path = "/rollup", tag = "rollup", params(RollupParams),
    responses((status = 200, body = Rollup), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn rollup(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(p): ApiQuery<RollupParams>,
) -> Result<Json<Rollup>, ApiError> {
    let (from, to) = match p.period.as_deref() {
        Some(s) => {
            let (a, b) = Period::parse(s)?.bounds();
            (Some(a), Some(b))
        }
        None => (p.from, p.to),
    };
    let q = RollupQuery {
        unit_id: p.unit_id,
        from,
        to,
        clock: st.app.clock.clock(),
        overdue_limit: p.overdue_limit.unwrap_or(20),
    };
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.rollup(q).await?))
}
