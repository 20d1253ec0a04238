//! `/thi-dua?don_vi=<id>&ky=2023-10`: "Xếp hạng thi đua" — the units under a unit ranked for a
//! month, quarter, half or year by the rule set's weights, each with its head and its points
//! explained part by part, the places of the five periods before beside it, and the same table as an Excel file
//! (`/thi-dua/xuat-excel`). The evaluation pages' routes are gathered here too.

use crate::paths::route;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Extension, Router};
use chrono::{Datelike, Months};
use domain::period::{Period, Span};
use office::xlsx::{CellValue, ColumnKind, ColumnSpec, SheetSpec};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::evaluation::api::DEFAULT_FAMILY;
use crate::evaluation::{pages, rules, unit};
use crate::kit::{Layout, PageError, PageUser, render};

/// The evaluation pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(route::MY_EVALUATION, get(pages::mine))
        .route(route::UNIT_EVALUATION, get(unit::page))
        .route(route::UNIT_EVALUATION_COMPUTE, post(unit::compute))
        .route(route::UNIT_EVALUATION_REVIEW, post(unit::bulk_review))
        .route(route::RULE_SETS, get(rules::list))
        .route(route::RULE_SET, get(rules::detail))
        .route(route::RULE_SET_CLONE, post(rules::clone))
        .route(route::RULE_SET_SAVE, post(rules::save))
        .route(route::RULE_SET_ACTIVATE, post(rules::activate))
        .route(route::EVALUATION, get(pages::detail))
        .route(route::EVALUATION_STEP, post(pages::step))
        .route(route::RANKING, get(page))
        .route(route::RANKING_EXPORT, get(export))
}

/// How many earlier months the history shows.
const HISTORY: u32 = 5;

#[derive(Deserialize, Default)]
pub struct RankingQuery {
    #[serde(default)]
    don_vi: Option<i64>,
    #[serde(default)]
    ky: String,
}

pub struct Row {
    pub rank: u32,
    pub unit_id: i64,
    pub unit: String,
    pub head: String,
    pub total: String,
    pub parts: Vec<String>,
    /// The unit's place in each earlier month ("—" where it was not ranked).
    pub history: Vec<String>,
}

#[derive(Template)]
#[template(path = "evaluation/ranking.html")]
struct Page {
    l: Layout,
    unit_id: i64,
    unit_name: String,
    period: String,
    period_label: String,
    months: Vec<(String, String, bool)>,
    rule_set: String,
    /// The earlier months, oldest first, as column headings.
    history_labels: Vec<String>,
    rows: Vec<Row>,
}

/// The span of the same length that starts on `day`.
fn shifted(span: Span, day: chrono::NaiveDate) -> Span {
    let m = u8::try_from(day.month()).unwrap_or(1);
    match span {
        Span::Year => Span::Year,
        Span::Half(_) => Span::Half(if m <= 6 { 1 } else { 2 }),
        Span::Quarter(_) => Span::Quarter((m - 1) / 3 + 1),
        Span::Month(_) => Span::Month(m),
    }
}

/// The periods offered: the year, its halves, quarters and months.
fn period_options(year: i32, chosen: &str) -> Vec<(String, String, bool)> {
    let mut spans = vec![Span::Year, Span::Half(1), Span::Half(2)];
    spans.extend((1..=4).map(Span::Quarter));
    spans.extend((1..=12).map(Span::Month));
    spans
        .into_iter()
        .map(|span| {
            let p = Period { year, span };
            let code = p.to_string();
            let sel = code == chosen;
            (code, pages::period_label(&p), sel)
        })
        .collect()
}

/// The month asked for, or the last full month before today.
fn month_of(st: &AppState, ky: &str) -> Result<Period, ApiError> {
    if ky.trim().is_empty() {
        return Ok(Period::last_full_month(st.app.clock.clock().today));
    }
    Ok(Period::parse(ky)?)
}

/// The unit asked for (the reader's own by default) and the period.
async fn asked(st: &AppState, rd: &mut app::read::Reader<'_>, q: &RankingQuery) -> Result<(i64, Period), ApiError> {
    let period = month_of(st, &q.ky)?;
    let unit_id = match q.don_vi {
        Some(u) => u,
        None => rd.own_unit().await?,
    };
    Ok((unit_id, period))
}

async fn ranking(
    st: &AppState,
    rd: &mut app::read::Reader<'_>,
    q: &RankingQuery,
) -> Result<(app::ranking::Ranking, Period), ApiError> {
    let (unit_id, period) = asked(st, rd, q).await?;
    Ok((rd.ranking(unit_id, &period, DEFAULT_FAMILY).await?, period))
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<RankingQuery>,
) -> Result<Response, PageError> {
    // One snapshot, one read for the period and the earlier ones.
    let mut rd = st.app.read(&auth).await?;
    let (unit_id, period) = asked(&st, &mut rd, &q).await?;
    // The same units' places in the periods before (the same span, the rule set then in force).
    let (from, _) = period.bounds();
    let step = match period.span {
        Span::Year => 12,
        Span::Half(_) => 6,
        Span::Quarter(_) => 3,
        Span::Month(_) => 1,
    };
    let mut periods = Vec::new();
    for back in (1..=HISTORY).rev() {
        let Some(day) = from.checked_sub_months(Months::new(back * step)) else {
            continue;
        };
        periods.push(Period {
            year: day.year(),
            span: shifted(period.span, day),
        });
    }
    periods.push(period);
    let mut places = rd.rankings(unit_id, &periods, DEFAULT_FAMILY).await?;
    let r = places
        .pop()
        .ok_or_else(|| ApiError::from(app::Error::not_found("unit", unit_id)))??;
    periods.pop();
    // A period before any rule set was in force has no ranking: shown as "—".
    let earlier: Vec<_> = periods
        .iter()
        .zip(places)
        .map(|(p, places)| (pages::period_label(p), places.ok()))
        .collect();
    let en = Lang::current() == Lang::En;
    let rows = r
        .rows
        .iter()
        .map(|row| Row {
            rank: row.rank,
            unit_id: row.unit_id,
            unit: row.unit_name.clone(),
            head: row.head.clone().unwrap_or_default(),
            total: row.total.clone(),
            parts: if en { row.parts_en.clone() } else { row.parts_vi.clone() },
            history: earlier
                .iter()
                .map(|(_, places)| {
                    places
                        .as_ref()
                        .and_then(|p| p.rows.iter().find(|x| x.unit_id == row.unit_id))
                        .map_or_else(|| "—".to_string(), |x| x.rank.to_string())
                })
                .collect(),
        })
        .collect();
    let page = Page {
        l: Layout::new(
            Some(&user),
            &uri,
            format!("{} — {}", r.unit_name, pages::period_label(&period)),
            "ranking",
        ),
        unit_id: r.unit_id,
        unit_name: r.unit_name.clone(),
        period: r.period.clone(),
        period_label: pages::period_label(&period),
        months: period_options(period.year, &r.period),
        rule_set: r.rule_set.clone(),
        history_labels: earlier.iter().map(|(l, _)| l.clone()).collect(),
        rows,
    };
    Ok(render(&page))
}

fn spec() -> SheetSpec {
    SheetSpec {
        sheet_name: "Xếp hạng thi đua".to_string(),
        key_column: None,
        columns: vec![
            ColumnSpec::new("rank", "Hạng", ColumnKind::Integer).width(8.0),
            ColumnSpec::new("unit", "Đơn vị", ColumnKind::Text).width(40.0),
            ColumnSpec::new("head", "Người đứng đầu", ColumnKind::Text).width(30.0),
            ColumnSpec::new("total", "Tổng điểm", ColumnKind::Number).width(12.0),
            ColumnSpec::new("parts", "Cách tính", ColumnKind::Text).width(90.0),
        ],
    }
}

/// `/thi-dua/xuat-excel?…`: the ranking shown, as a workbook.
pub async fn export(
    State(st): State<AppState>,
    auth: Auth,
    Query(q): Query<RankingQuery>,
) -> Result<Response, PageError> {
    let mut rd = st.app.read(&auth).await?;
    let (r, _) = ranking(&st, &mut rd, &q).await?;
    let rows: Vec<Vec<CellValue>> = r
        .rows
        .iter()
        .map(|row| {
            vec![
                CellValue::Number(f64::from(row.rank)),
                CellValue::text(&row.unit_name),
                row.head.as_deref().map(CellValue::text).unwrap_or(CellValue::Empty),
                CellValue::Number(row.total_value),
                CellValue::text(row.parts_vi.join("; ")),
            ]
        })
        .collect();
    let spec = spec();
    let bytes = tokio::task::spawn_blocking(move || office::xlsx::xlsx_bytes(&spec, rows))
        .await
        .map_err(|_| ApiError(app::Error::internal()))?
        .map_err(|_| ApiError(app::Error::internal()))?;
    Ok(crate::reports::exports::xlsx_response(
        &format!("xep-hang-thi-dua-{}-{}.xlsx", r.unit_id, r.period),
        bytes,
    ))
}
