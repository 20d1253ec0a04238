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
    let q = query(&st, p.unit_id, p.period.as_deref(), (p.from, p.to), p.overdue_limit)?;
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.rollup(q).await?))
}

fn query(
    st: &AppState,
    unit_id: i64,
    period: Option<&str>,
    (from, to): (Option<NaiveDate>, Option<NaiveDate>),
    overdue_limit: Option<i64>,
) -> Result<RollupQuery, ApiError> {
    let (from, to) = match period {
        Some(s) => {
            let (a, b) = Period::parse(s)?.bounds();
            (Some(a), Some(b))
        }
        None => (from, to),
    };
    Ok(RollupQuery {
        unit_id,
        from,
        to,
        clock: st.app.clock.clock(),
        overdue_limit: overdue_limit.unwrap_or(20),
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RollupAllParams {
    /// `2023`, `2023-Q4`, `2023-09`…; or give `from`/`to`. Tasks count by due date.
    pub period: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// How many overdue tasks to list (default 20, at most 500).
    pub overdue_limit: Option<i64>,
}

/// The roll-up of everything the caller reads, for a central body: one line per top-level unit
/// (the whole country: a line per province), the overdue and key-task lists across them. A
/// caller who reads one subtree gets that subtree's roll-up.
#[utoipa::path(get, path = "/rollup/all", tag = "rollup", params(RollupAllParams),
    responses((status = 200, body = Rollup), (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn rollup_all(
    State(st): State<AppState>,
    auth: Auth,
    ApiQuery(p): ApiQuery<RollupAllParams>,
) -> Result<Json<Rollup>, ApiError> {
    let q = query(&st, 0, p.period.as_deref(), (p.from, p.to), p.overdue_limit)?;
    let mut r = st.app.read(&auth).await?;
    Ok(Json(r.rollup_of_scope(q).await?))
}
