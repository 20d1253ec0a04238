//! `/danh-gia`: "Đánh giá của tôi" — the person's own evaluation of a period, every task with
//! how it counted, the self-assessment form — and `/danh-gia/{id}`, one evaluation with the
//! form of the step the viewer may take (self-assessment, review, decision, lock, reopen).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use chrono::Datelike;
use domain::evaluation::workflow::allowed_actions;
use domain::evaluation::{Action, CriterionScore, Level, Points, Role, Stage};
use serde::Deserialize;
use store::evaluation::EvaluationRecord;
use store::evaluation::records::EvaluationFilter;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::evaluation::api::DEFAULT_FAMILY;
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

/// Points kept in hundredths, as the page writes them ("61,3").
pub fn points(h: Option<i64>) -> String {
    match h {
        None => "—".into(),
        Some(h) => match Lang::current() {
            Lang::Vi => Points::from_hundredths(h).vi(),
            Lang::En => Points::from_hundredths(h).en(),
        },
    }
}

pub fn stage_label(code: &str) -> &'static str {
    Stage::parse(code).map_or("", |s| label(s.label_vi(), s.label_en()))
}

pub fn level_label(code: Option<&str>) -> &'static str {
    code.and_then(Level::parse)
        .map_or("—", |l| label(l.label_vi(), l.label_en()))
}

pub fn level_class(code: Option<&str>) -> &'static str {
    match code.and_then(Level::parse) {
        Some(Level::Excellent) => "badge green",
        Some(Level::Good) => "badge blue",
        Some(Level::Satisfactory) => "badge amber",
        Some(Level::Unsatisfactory) => "badge red",
        None => "badge grey",
    }
}

fn dmy(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The twelve months of a year as period options, the chosen one selected.
/// A period as people read it: "Tháng 10/2023", "Quý IV/2023" (the code in English).
pub fn period_label(p: &domain::period::Period) -> String {
    match Lang::current() {
        Lang::Vi => p.label_vi(),
        Lang::En => p.to_string(),
    }
}

/// [`period_label`] of a stored period code (the code itself if it does not parse).
pub fn period_code_label(code: &str) -> String {
    domain::period::Period::parse(code).map_or_else(|_| code.to_string(), |p| period_label(&p))
}

pub fn month_options(year: i32, chosen: &str) -> Vec<(String, String, bool)> {
    (1..=12)
        .map(|m| {
            let code = format!("{year}-{m:02}");
            let text = match Lang::current() {
                Lang::Vi => format!("Tháng {m}/{year}"),
                Lang::En => format!("{year}-{m:02}"),
            };
            let sel = code == chosen;
            (code, text, sel)
        })
        .collect()
}

#[derive(Deserialize, Default)]
pub struct MineQuery {
    #[serde(default)]
    ky: String,
}

/// "Đánh giá của tôi": the chosen month's evaluation (computed on opening) and the past ones.
pub async fn mine(State(st): State<AppState>, auth: Auth, Query(q): Query<MineQuery>) -> Result<Response, PageError> {
    let today = st.app.clock.clock().today;
    let default = domain::period::Period::last_full_month(today).to_string();
    let period = if q.ky.is_empty() { default } else { q.ky.clone() };
    if auth.principal.person_id.is_none() {
        // An account without a staff record (a leader's or an office's) has no evaluation of
        // its own: it reads its unit's.
        return Ok(Redirect::to(crate::paths::UNIT_EVALUATION).into_response());
    }
    let rec = app::evaluation::own(&st.app, &auth, &period, DEFAULT_FAMILY).await?;
    Ok(Redirect::to(&crate::paths::evaluation(rec.id)).into_response())
}

pub struct TaskRow {
    pub task_id: i64,
    pub title: String,
    pub counted: bool,
    pub points: String,
    pub line: String,
}

pub struct CriterionRow {
    pub code: String,
    pub label: String,
    pub max: String,
    pub value: String,
}

pub struct StepRow {
    pub date: String,
    pub action: &'static str,
    pub role: &'static str,
    pub late: bool,
    pub note: String,
}

pub struct HistoryRow {
    pub id: i64,
    pub period: String,
    pub total: String,
    pub level: &'static str,
    pub level_class: &'static str,
    pub stage: &'static str,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "evaluation/detail.html")]
struct DetailPage {
    l: Layout,
    e: EvaluationRecord,
    /// The period as the reader reads it ("Tháng 10/2023").
    period_label: String,
    own: bool,
    rule_set: String,
    stage: &'static str,
    level: &'static str,
    level_class: &'static str,
    decided: &'static str,
    task_points: String,
    general: String,
    bonus: String,
    total: String,
    general_max: String,
    task_max: String,
    summary: Vec<String>,
    notes: Vec<String>,
    tasks: Vec<TaskRow>,
    criteria: Vec<CriterionRow>,
    bonus_criteria: Vec<CriterionRow>,
    /// Task-results points are entered by hand (no tracked task this period).
    manual_points: bool,
    deadline_self: String,
    deadline_review: String,
    deadline_decision: String,
    self_late: bool,
    review_late: bool,
    decision_late: bool,
    /// The actions the viewer may take now, as (code, label).
    actions: Vec<(&'static str, &'static str)>,
    /// Scores may be entered with the step.
    editable: bool,
    /// The viewer may decide (the level choice is shown).
    can_decide: bool,
    steps: Vec<StepRow>,
    satisfaction: String,
    history: Vec<HistoryRow>,
    months: Vec<(String, String, bool)>,
    error: String,
    error_field: String,
}

/// The viewer's part on this evaluation, if any.
fn viewer_role(auth: &Auth, may_review: bool, may_decide: bool, e: &EvaluationRecord) -> Vec<Role> {
    if auth.principal.person_id == Some(e.person_id) {
        return vec![Role::Person];
    }
    let mut roles = Vec::new();
    if may_review {
        roles.push(Role::Reviewer);
    }
    if may_decide {
        roles.push(Role::Approver);
    }
    roles
}

pub async fn detail(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    show(&st, &auth, &user, &uri, id, None, &[]).await
}

async fn show(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    error: Option<&ApiError>,
    typed: &[(String, String)],
) -> Result<Response, PageError> {
    use domain::access::Operation;
    use store::access::Subject;
    let lang = Lang::current();
    let mut rd = st.app.read(auth).await?;
    let d = rd.evaluation(id).await?;
    let may_review = rd.may(Operation::ReviewEvaluation, Subject::Evaluation(id)).await?;
    let may_decide = rd.may(Operation::DecideEvaluation, Subject::Evaluation(id)).await?;
    let history = rd
        .evaluations(
            EvaluationFilter {
                person_id: Some(d.record.person_id),
                family: Some(d.record.family.clone()),
                ..Default::default()
            },
            24,
            0,
        )
        .await?;
    drop(rd);
    let e = d.record.clone();
    let stage = e.stage();
    let roles = viewer_role(auth, may_review, may_decide, &e);
    let mut actions: Vec<(&'static str, &'static str)> = Vec::new();
    for r in &roles {
        for a in allowed_actions(stage, *r) {
            if !actions.iter().any(|(c, _)| *c == a.as_str()) {
                actions.push((a.as_str(), label(a.label_vi(), a.label_en())));
            }
        }
    }
    let editable = roles
        .iter()
        .any(|r| domain::evaluation::workflow::ensure_editable(stage, *r).is_ok());
    let typed_value = |key: &str| typed.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let current = e.assessment();
    let entered = |list: &[CriterionScore], code: &str| {
        list.iter()
            .find(|c| c.code == code)
            .map(|c| match lang {
                Lang::Vi => c.points.vi(),
                Lang::En => c.points.en(),
            })
            .unwrap_or_default()
    };
    let crit_rows =
        |items: &[domain::evaluation::ruleset::Criterion], prefix: &str, bonus: bool| -> Vec<CriterionRow> {
            items
                .iter()
                .map(|c| {
                    let key = format!("{prefix}{}", c.code);
                    let have = current.as_ref().map_or_else(String::new, |a| {
                        entered(if bonus { &a.bonus } else { &a.criteria }, &c.code)
                    });
                    CriterionRow {
                        value: typed_value(&key).unwrap_or(have),
                        code: key,
                        label: label_of(lang, &c.label_vi, &c.label_en),
                        max: match lang {
                            Lang::Vi => c.max.vi(),
                            Lang::En => c.max.en(),
                        },
                    }
                })
                .collect()
        };
    let criteria = crit_rows(&d.criteria, "c_", false);
    let bonus_criteria = crit_rows(&d.bonus_criteria, "b_", true);
    let sat = &d.satisfaction;
    let satisfaction = match (sat.mean, sat.satisfied) {
        (Some(m), Some(s)) => format!(
            "{} {} · {} {} · {} % {}",
            sat.responses,
            i18n::t(lang, "ev_responses"),
            points(Some(m)),
            i18n::t(lang, "ev_mean_rating"),
            points(Some(s)),
            i18n::t(lang, "ev_satisfied")
        ),
        _ => i18n::t(lang, "ev_no_feedback").to_string(),
    };
    let page = DetailPage {
        l: Layout::new(
            Some(user),
            uri,
            format!("{} — {}", e.person_name, period_code_label(&e.period)),
            "evaluation",
        ),
        own: auth.principal.person_id == Some(e.person_id),
        period_label: period_code_label(&e.period),
        rule_set: format!("{} (v{})", d.rule_set.name, d.rule_set.version),
        stage: stage_label(&e.stage),
        level: level_label(e.level.as_deref()),
        level_class: level_class(e.decided_level.as_deref().or(e.level.as_deref())),
        decided: level_label(e.decided_level.as_deref()),
        task_points: points(e.task_points),
        general: points(e.general_points),
        bonus: points(e.bonus_points),
        total: points(e.total),
        general_max: points(Some(d.general_max)),
        task_max: points(Some(d.task_max)),
        summary: d.summary.iter().map(|s| label_of(lang, &s.vi, &s.en)).collect(),
        notes: d.notes.iter().map(|n| label_of(lang, &n.vi, &n.en)).collect(),
        tasks: d
            .lines
            .iter()
            .map(|t| TaskRow {
                task_id: t.task_id,
                title: t.title.clone(),
                counted: t.counted,
                points: if t.counted {
                    format!("{}/{}", points(Some(t.earned)), points(Some(t.possible)))
                } else {
                    "—".into()
                },
                line: label_of(lang, &t.vi, &t.en),
            })
            .collect(),
        manual_points: e.tally().tasks == 0,
        criteria,
        bonus_criteria,
        deadline_self: dmy(d.deadlines.self_assessment),
        deadline_review: dmy(d.deadlines.review),
        deadline_decision: dmy(d.deadlines.decision),
        self_late: e.self_late,
        review_late: e.review_late,
        decision_late: e.decision_late,
        can_decide: actions.iter().any(|a| a.0 == "decide"),
        actions,
        editable,
        steps: d
            .steps
            .iter()
            .map(|s| StepRow {
                date: dmy(s.on_date),
                action: Action::parse(&s.action).map_or("", |a| label(a.label_vi(), a.label_en())),
                role: Role::parse(&s.role).map_or("", |r| label(r.label_vi(), r.label_en())),
                late: s.late,
                note: s.note.clone().unwrap_or_default(),
            })
            .collect(),
        satisfaction,
        history: history
            .iter()
            .map(|h| HistoryRow {
                id: h.id,
                period: period_code_label(&h.period),
                total: points(h.total),
                level: level_label(h.decided_level.as_deref().or(h.level.as_deref())),
                level_class: level_class(h.decided_level.as_deref().or(h.level.as_deref())),
                stage: stage_label(&h.stage),
                current: h.id == e.id,
            })
            .collect(),
        months: month_options(e.period_start.year(), &e.period),
        error: error.map(|x| x.message().to_string()).unwrap_or_default(),
        error_field: error.and_then(|x| x.0.field.clone()).unwrap_or_default(),
        e,
    };
    let status = match error {
        Some(x) => x.status(),
        None => axum::http::StatusCode::OK,
    };
    Ok((status, render(&page)).into_response())
}

fn label_of(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

fn number(field: &str, v: &str) -> Result<f64, app::Error> {
    let t = v.trim().replace(',', ".");
    t.parse::<f64>().map_err(|_| {
        app::Error::from(domain::FieldError::invalid(
            field,
            format!("“{v}” không phải là số điểm; ghi như 18 hoặc 17,5."),
            format!("“{v}” is not a number of points; write 18 or 17.5."),
        ))
    })
}

/// The step form: `action`, `version`, `c_<code>` and `b_<code>` points, `task_points`,
/// `comment`, `reason`, `level`.
pub fn step_input(form: &[(String, String)]) -> Result<app::evaluation::StepInput, app::Error> {
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_string());
    let mut input = app::evaluation::StepInput {
        action: get("action").unwrap_or_default(),
        version: get("version").and_then(|v| v.parse().ok()).unwrap_or(0),
        comment: get("comment").filter(|c| !c.is_empty()),
        reason: get("reason").filter(|c| !c.is_empty()),
        level: get("level").filter(|c| !c.is_empty()),
        ..Default::default()
    };
    let mut criteria = Vec::new();
    let mut bonus = Vec::new();
    for (k, v) in form {
        let (list, code) = if let Some(c) = k.strip_prefix("c_") {
            (&mut criteria, c)
        } else if let Some(c) = k.strip_prefix("b_") {
            (&mut bonus, c)
        } else {
            continue;
        };
        if v.trim().is_empty() {
            continue;
        }
        let field = format!("{}[{}]", if k.starts_with("c_") { "criteria" } else { "bonus" }, code);
        let p = Points::from_f64(number(&field, v)?).ok_or_else(|| {
            app::Error::from(domain::FieldError::invalid(
                &field,
                format!("“{v}”: điểm ghi tối đa hai chữ số thập phân."),
                format!("“{v}”: points take at most two decimals."),
            ))
        })?;
        list.push(CriterionScore {
            code: code.to_string(),
            points: p,
        });
    }
    if !criteria.is_empty() {
        input.criteria = Some(criteria);
    }
    if !bonus.is_empty() {
        input.bonus = Some(bonus);
    }
    if let Some(tp) = get("task_points").filter(|t| !t.is_empty()) {
        input.task_points = Some(number("task_points", &tp)?);
    }
    Ok(input)
}

/// Takes a step from the page; an error re-renders the page with what was typed.
pub async fn step(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let result = match step_input(&form) {
        Ok(input) => app::evaluation::take_step(&st.app, &auth, id, input).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => Ok(Redirect::to(&crate::paths::evaluation(id)).into_response()),
        Err(e) => show(&st, &auth, &user, &uri, id, Some(&ApiError(e)), &form).await,
    }
}
