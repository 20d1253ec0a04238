//! `/danh-gia/don-vi?don_vi=<id>&ky=2023-10`: "Đánh giá đơn vị" — everyone in a unit's subtree
//! with the state of each step, late steps flagged, the level mix and the quota use; a head
//! reviews in bulk (accepting the self-assessed scores), and the period is computed from here.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use chrono::Datelike;
use domain::access::Operation;
use domain::evaluation::Level;
use serde::Deserialize;
use store::access::Subject;
use store::evaluation::records::EvaluationFilter;

use crate::AppState;
use crate::auth::Auth;
use crate::evaluation::api::DEFAULT_FAMILY;
use crate::evaluation::pages::{level_class, level_label, month_options, points, stage_label};
use crate::kit::{Layout, PageError, PageUser, label, render};

/// A unit's page shows at most this many people (a district office has a few hundred).
const MAX_PEOPLE: i64 = 2000;

#[derive(Deserialize, Default)]
pub struct UnitQuery {
    #[serde(default)]
    don_vi: Option<i64>,
    #[serde(default)]
    ky: String,
}

pub struct PersonRow {
    pub id: i64,
    pub version: i64,
    pub name: String,
    pub unit: String,
    pub stage: &'static str,
    pub task_points: String,
    pub total: String,
    pub level: &'static str,
    pub level_class: &'static str,
    pub late: bool,
    pub reviewable: bool,
}

pub struct MixRow {
    pub unit: String,
    pub counts: Vec<usize>,
    pub excellent_share: String,
}

#[derive(Template)]
#[template(path = "evaluation/unit.html")]
struct UnitPage {
    l: Layout,
    unit_id: i64,
    unit_name: String,
    period: String,
    months: Vec<(String, String, bool)>,
    rows: Vec<PersonRow>,
    can_compute: bool,
    can_review: bool,
    levels: Vec<&'static str>,
    mix: Vec<MixRow>,
    stages: Vec<(&'static str, usize)>,
    late: usize,
    notice: String,
    /// The citizen feedback desks of the unit's subtree, each with its printable QR sheet.
    desks: Vec<store::evaluation::feedback::FeedbackPoint>,
}

pub async fn page(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<UnitQuery>,
) -> Result<Response, PageError> {
    let today = st.app.clock.clock().today;
    let period = if q.ky.is_empty() {
        domain::period::Period::last_full_month(today).to_string()
    } else {
        domain::period::Period::parse(&q.ky)
            .map_err(app::Error::from)?
            .to_string()
    };
    let mut rd = st.app.read(&auth).await?;
    let unit_id = match q.don_vi {
        Some(u) => u,
        // The caller's home unit, as every other page picks it (a system-wide administrator
        // has the tree's root).
        None => rd.own_unit().await?,
    };
    let unit = rd.unit(unit_id).await?;
    let can_compute = rd.may(Operation::ComputeEvaluations, Subject::Unit(unit_id)).await?;
    let list = rd
        .evaluations(
            EvaluationFilter {
                within: Some(unit_id),
                period: Some(period.clone()),
                family: Some(DEFAULT_FAMILY.into()),
                ..Default::default()
            },
            MAX_PEOPLE,
            0,
        )
        .await?;
    let mut rows = Vec::with_capacity(list.len());
    let mut can_review = false;
    let mut by_unit: BTreeMap<String, Vec<Option<Level>>> = BTreeMap::new();
    let mut stages: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut late = 0;
    for e in &list {
        let reviewable = e.stage == "self_assessed"
            && auth.principal.person_id != Some(e.person_id)
            && rd.may(Operation::ReviewEvaluation, Subject::Evaluation(e.id)).await?;
        can_review |= reviewable;
        let lvl = e.decided_level.as_deref().or(e.level.as_deref());
        by_unit
            .entry(e.unit_name.clone())
            .or_default()
            .push(lvl.and_then(Level::parse));
        *stages.entry(stage_label(&e.stage)).or_default() += 1;
        let is_late = e.self_late || e.review_late || e.decision_late;
        late += usize::from(is_late);
        rows.push(PersonRow {
            id: e.id,
            version: e.version,
            name: e.person_name.clone(),
            unit: e.unit_name.clone(),
            stage: stage_label(&e.stage),
            task_points: points(e.task_points),
            total: points(e.total),
            level: level_label(lvl),
            level_class: level_class(lvl),
            late: is_late,
            reviewable,
        });
    }
    let order = [
        Level::Excellent,
        Level::Good,
        Level::Satisfactory,
        Level::Unsatisfactory,
    ];
    let mix = by_unit
        .into_iter()
        .map(|(unit, levels)| {
            let counts: Vec<usize> = order
                .iter()
                .map(|l| levels.iter().filter(|x| **x == Some(*l)).count())
                .collect();
            let rated = levels.iter().filter(|x| x.is_some()).count();
            let share = (counts[0] * 10_000).checked_div(rated).map_or_else(
                || "—".to_string(),
                |x| points(Some(i64::try_from(x).unwrap_or(0))) + " %",
            );
            MixRow {
                unit,
                counts,
                excellent_share: share,
            }
        })
        .collect();
    let desks = rd.feedback_points(unit_id).await?;
    let page = UnitPage {
        desks,
        l: Layout::new(
            Some(&user),
            &uri,
            format!("{} — {}", unit.name, super::pages::period_code_label(&period)),
            "evaluation_unit",
        ),
        unit_id,
        unit_name: unit.name,
        months: month_options(
            domain::period::Period::parse(&period)
                .map(|p| p.year)
                .unwrap_or(today.year()),
            &period,
        ),
        period,
        rows,
        can_compute,
        can_review,
        levels: order.iter().map(|l| label(l.label_vi(), l.label_en())).collect(),
        mix,
        stages: stages.into_iter().collect(),
        late,
        notice: String::new(),
    };
    Ok(render(&page))
}

/// 303 back to the unit's evaluation page of the form's unit and period, the form's values
/// encoded: a value with a line break or another control character (which no header may hold)
/// must not turn a write already committed into an error.
fn back_to_unit(unit: &str, period: &str) -> Response {
    let query = serde_urlencoded::to_string([("don_vi", unit), ("ky", period)]).unwrap_or_default();
    Redirect::to(&format!("{}?{query}", crate::paths::UNIT_EVALUATION)).into_response()
}

#[derive(Deserialize)]
pub struct ComputeForm {
    don_vi: i64,
    ky: String,
}

pub async fn compute(
    State(st): State<AppState>,
    auth: Auth,
    Form(f): Form<ComputeForm>,
) -> Result<Response, PageError> {
    app::evaluation::compute_unit(&st.app, &auth, f.don_vi, &f.ky, DEFAULT_FAMILY).await?;
    Ok(back_to_unit(&f.don_vi.to_string(), &f.ky))
}

/// Reviews every chosen self-assessed evaluation, accepting the person's scores; stops at the
/// first refusal (nothing after it is reviewed, what came before stays).
pub async fn bulk_review(
    State(st): State<AppState>,
    auth: Auth,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    for (k, v) in &form {
        if k != "chon" {
            continue;
        }
        let Some((id, version)) = v.split_once(':') else {
            continue;
        };
        let (Ok(id), Ok(version)) = (id.parse::<i64>(), version.parse::<i64>()) else {
            continue;
        };
        let input = app::evaluation::StepInput {
            action: "review".into(),
            version,
            comment: Some(get("comment")).filter(|c| !c.trim().is_empty()),
            ..Default::default()
        };
        app::evaluation::take_step(&st.app, &auth, id, input).await?;
    }
    Ok(back_to_unit(&get("don_vi"), &get("ky")))
}
