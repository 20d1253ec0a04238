//! `/chi-tieu?don_vi=<id>&ky=2020`: targets of a subtree in a period — plan vs actual, percent
//! achieved, exceeded/met/missed, the headline ("16/16 đạt, 09/16 vượt") and a chart.

use std::collections::HashMap;

use askama::Template;
use axum::Extension;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use chrono::Datelike;
use domain::ErrorCode;
use domain::access::Operation;
use domain::period::Period;
use domain::target::{Direction, TargetOutcome, TargetSummary};
use serde::Deserialize;
use store::access::Subject;
use store::targets::TargetFilter;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};
use crate::reports::chart::{self, Pair};
use crate::reports::overview::{PeriodOption, period_label, period_options};

/// Most targets on one page (a district has a few dozen a year).
const MAX_TARGETS: i64 = 500;

#[derive(Deserialize, Default)]
pub struct TargetsQuery {
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    ky: String,
}

pub struct Line {
    pub indicator: String,
    pub unit: String,
    pub unit_href: String,
    pub period: String,
    pub uom: String,
    pub direction: &'static str,
    pub planned: String,
    pub actual: String,
    pub actual_on: String,
    pub percent: String,
    pub outcome: &'static str,
    pub outcome_class: &'static str,
    /// The actual-value form, when the user may record one (ReportWork on the target).
    pub actual_href: String,
    /// The edit form, when the user may edit the target (ManageWork on the target).
    pub edit_href: String,
}

#[derive(Template)]
#[template(path = "targets/list.html")]
struct TargetsPage {
    l: Layout,
    /// The user may add targets for the unit (a link to the form).
    can_manage: bool,
    /// Some row has a link to a form (the actions column is shown).
    row_actions: bool,
    unit_id: i64,
    unit_name: String,
    period_code: String,
    period_label: String,
    periods: Vec<PeriodOption>,
    lines: Vec<Line>,
    headline: String,
    exceeded: String,
    met: String,
    missed: String,
    pending: String,
    chart: String,
}

/// A measured value as Vietnamese write it: up to two decimals, no trailing zeros.
fn value(x: f64) -> String {
    let s = fmt::number(x, 2);
    match s.split_once(',') {
        Some((w, f)) => {
            let f = f.trim_end_matches('0');
            if f.is_empty() {
                w.to_string()
            } else {
                format!("{w},{f}")
            }
        }
        None => s,
    }
}

pub fn outcome_class(o: TargetOutcome) -> &'static str {
    match o {
        TargetOutcome::Exceeded => "badge green",
        TargetOutcome::Met => "badge blue",
        TargetOutcome::Missed => "badge red",
        TargetOutcome::Pending => "badge grey",
    }
}

fn outcome_fill(o: TargetOutcome) -> &'static str {
    match o {
        TargetOutcome::Exceeded => "#1e7b34",
        TargetOutcome::Met => "#0b5cad",
        TargetOutcome::Missed => "#b3261e",
        TargetOutcome::Pending => "#6b7280",
    }
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<TargetsQuery>,
) -> Result<Response, PageError> {
    let lang = Lang::current();
    let clock = st.app.clock.clock();
    let mut rd = st.app.read(&auth).await?;
    let unit_id = match q.don_vi.trim() {
        "" => rd.own_unit().await?,
        s => s.parse::<i64>().map_err(|_| not_found(s))?,
    };
    let period_code = match q.ky.trim() {
        "" => clock.today.year().to_string(),
        s => s.to_string(),
    };
    let period = Period::parse(&period_code).map_err(ApiError::from)?;
    let (from, to) = period.bounds();
    let b = rd.belonging(Subject::Unit(unit_id)).await?;
    let can_manage = rd.may_on(&b, Operation::CreateTarget);
    let unit = rd.unit(unit_id).await?;
    let found = rd
        .targets(
            TargetFilter {
                within: Some(unit_id),
                from: Some(from),
                to: Some(to),
                ..Default::default()
            },
            MAX_TARGETS,
            0,
        )
        .await?;
    let ids: Vec<i64> = found.items.iter().map(|t| t.unit_id).collect();
    let names: HashMap<i64, String> = rd.unit_names(&ids).await?;
    let rights = row_rights(&mut rd, &b, &ids).await?;
    drop(rd);

    let mut summary = TargetSummary::default();
    let mut lines = Vec::new();
    let mut pairs = Vec::new();
    for t in &found.items {
        let o = t.outcome.unwrap_or(TargetOutcome::Pending);
        summary.add(o);
        let percent = fmt::percent(t.percent);
        let (may_report, may_manage) = rights.get(&t.unit_id).copied().unwrap_or_default();
        lines.push(Line {
            indicator: t.indicator.clone(),
            unit: names.get(&t.unit_id).cloned().unwrap_or_default(),
            unit_href: crate::paths::unit(t.unit_id),
            period: Period::parse(&t.period)
                .map(|p| period_label(&p, lang))
                .unwrap_or_else(|_| t.period.clone()),
            uom: t.uom.clone(),
            direction: match t.direction {
                Direction::Higher => "↑",
                Direction::Lower => "↓",
            },
            planned: value(t.planned),
            actual: t.actual.map(value).unwrap_or_else(|| "—".into()),
            actual_on: t.actual_on.map(fmt::date).unwrap_or_default(),
            percent: percent.clone(),
            outcome: label(o.label_vi(), o.label_en()),
            outcome_class: outcome_class(o),
            actual_href: if may_report {
                crate::paths::target_actual(t.id)
            } else {
                String::new()
            },
            edit_href: if may_manage {
                crate::paths::target_edit(t.id)
            } else {
                String::new()
            },
        });
        pairs.push(Pair {
            label: t.indicator.clone(),
            actual: t.percent,
            text: percent,
            fill: outcome_fill(o),
        });
    }
    let chart = if pairs.is_empty() {
        String::new()
    } else {
        chart::plan_actual(
            i18n::t(lang, "chart_targets"),
            i18n::t(lang, "planned"),
            i18n::t(lang, "actual"),
            &pairs,
        )
    };
    let view = TargetsPage {
        can_manage,
        row_actions: lines
            .iter()
            .any(|l| !l.actual_href.is_empty() || !l.edit_href.is_empty()),
        l: Layout::new(
            Some(&user),
            &uri,
            format!("{} — {}", i18n::t(lang, "targets"), unit.name),
            "targets",
        ),
        unit_id,
        unit_name: unit.name,
        period_label: period_label(&period, lang),
        periods: period_options(clock.today.year(), &period_code, lang),
        period_code,
        lines,
        headline: match lang {
            Lang::Vi => summary.headline_vi(),
            Lang::En => summary.headline_en(),
        },
        exceeded: fmt::int(summary.exceeded),
        met: fmt::int(summary.met),
        missed: fmt::int(summary.missed),
        pending: fmt::int(summary.pending),
        chart,
    };
    Ok(render(&view))
}

/// For each unit of the rows: may the user record actual values and edit targets there? A
/// target belongs to its unit, so this is the operation's check for every target of that unit;
/// when the page's unit (`page`) grants a right, its whole subtree does.
async fn row_rights(
    rd: &mut app::read::Reader<'_>,
    page: &store::access::Belonging,
    units: &[i64],
) -> Result<HashMap<i64, (bool, bool)>, ApiError> {
    let whole = (
        rd.may_on(page, Operation::RecordActual),
        rd.may_on(page, Operation::UpdateTarget),
    );
    let mut out = HashMap::new();
    for &u in units {
        if out.contains_key(&u) {
            continue;
        }
        let rights = if whole == (true, true) {
            whole
        } else {
            let b = rd.belonging(Subject::Unit(u)).await?;
            (
                rd.may_on(&b, Operation::RecordActual),
                rd.may_on(&b, Operation::UpdateTarget),
            )
        };
        out.insert(u, rights);
    }
    Ok(out)
}

fn not_found(what: &str) -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        format!("Không tìm thấy đơn vị “{what}”."),
        format!("No unit “{what}”."),
    )
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn values_drop_trailing_zeros() {
        assert_eq!(value(5540.0), "5.540");
        assert_eq!(value(12.5), "12,5");
        assert_eq!(value(0.126), "0,13");
    }
}
