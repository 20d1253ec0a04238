//! The commission's annual inspection and supervision plan as a form (`/kiem-tra/ke-hoach/moi`):
//! the commission, the year, the title, and per line what is inspected, of whom, when and how.
//! It calls the same operation as the API (`app::inspections::create_plan`) and goes to the plan
//! (303); or shows the form again with each error beside its field — a line's mistake beside that
//! line's field — and everything typed kept. "Thêm dòng" and a change of commission show the
//! form again without saving.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Operation;
use domain::inspection::{Method, PlanInput, PlanItemInput};
use serde::Deserialize;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{self as kit, Cell, Check, Fields, Opt, finish};
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

const LIST: &str = "items";
const ROW_FIELDS: &[&str] = &["content", "subject_unit_ids", "time_text", "method"];
/// Lines shown on a new form.
const FIRST_ROWS: usize = 3;

/// A unit that may be chosen, and whether it is.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
}

/// One line of the plan as typed.
pub struct ItemRow {
    pub content: Cell,
    pub subjects: Cell,
    pub time_text: Cell,
    pub method: Cell,
    pub choices: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "inspections/plan_form.html")]
pub struct PlanForm {
    l: Layout,
    f: Fields,
    action: &'static str,
    back_href: &'static str,
    bodies: Vec<Opt>,
    methods: Vec<Opt>,
    rows: Vec<ItemRow>,
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    /// The commission chosen (when the user plans for several).
    #[serde(default)]
    don_vi: String,
}

/// A unit as the lists of the inspection forms name it: a Party cell with its committee, since
/// every ward has its "Chi bộ khu dân cư số 1".
pub(super) fn unit_label(u: &store::units::UnitBrief) -> String {
    match (&u.kind, &u.parent_name) {
        (domain::unit::UnitKind::PartyCell, Some(parent)) => format!("{} ({parent})", u.name),
        _ => u.name.clone(),
    }
}

/// The form's field names: its own and every line's (`items[2].content`).
fn names(rows: usize) -> Vec<String> {
    let mut out: Vec<String> = ["body_unit_id", "year", "title", LIST].map(String::from).to_vec();
    for i in 0..rows {
        out.extend(ROW_FIELDS.iter().map(|f| format!("{LIST}[{i}].{f}")));
    }
    out
}

/// The form for the commission typed (or the first the user plans for), `rows` lines.
async fn form_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    mut f: Fields,
    rows: usize,
) -> Result<PlanForm, ApiError> {
    let bodies = app::inspections_choices::bodies(&st.app, auth, Operation::PlanInspections).await?;
    let typed = f.val("body_unit_id").trim().parse::<i64>().ok();
    let Some(body) = typed
        .filter(|b| bodies.iter().any(|u| u.id == *b))
        .or(bodies.first().map(|u| u.id))
    else {
        return Err(crate::auth::forbidden());
    };
    if typed != Some(body) {
        f.set("body_unit_id", body.to_string());
    }
    let subjects = app::inspections_choices::subjects(&st.app, auth, body).await?;
    let rows = (0..rows)
        .map(|i| {
            let subjects_cell = f.cell(LIST, i, "subject_unit_ids");
            ItemRow {
                content: f.cell(LIST, i, "content"),
                time_text: f.cell(LIST, i, "time_text"),
                method: f.cell(LIST, i, "method"),
                choices: subjects
                    .iter()
                    .map(|u| Choice {
                        chosen: f.has(&subjects_cell.name, &u.id.to_string()),
                        value: u.id.to_string(),
                        label: unit_label(u),
                    })
                    .collect(),
                subjects: subjects_cell,
            }
        })
        .collect();
    let heading = i18n::t(Lang::current(), "insp_plan_new");
    Ok(PlanForm {
        l: Layout::new(Some(user), uri, heading, "inspections"),
        f,
        action: crate::paths::INSPECTION_PLAN_NEW,
        back_href: crate::paths::INSPECTIONS,
        bodies: bodies
            .into_iter()
            .map(|u| Opt {
                value: u.id.to_string(),
                label: u.name,
            })
            .collect(),
        methods: Method::ALL
            .iter()
            .map(|m| Opt {
                value: m.as_str().into(),
                label: label(m.label_vi(), m.label_en()).into(),
            })
            .collect(),
        rows,
    })
}

/// `GET /kiem-tra/ke-hoach/moi`: this year's plan of the commission, its title written out.
pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let bodies = app::inspections_choices::bodies(&st.app, &auth, Operation::PlanInspections).await?;
    let chosen = q.don_vi.trim().parse::<i64>().ok();
    let body = bodies
        .iter()
        .find(|u| Some(u.id) == chosen)
        .or(bodies.first())
        .ok_or_else(crate::auth::forbidden)?;
    let year = chrono::Datelike::year(&st.app.clock.clock().today);
    let mut pairs: Vec<(String, String)> = vec![
        ("body_unit_id".into(), body.id.to_string()),
        ("year".into(), year.to_string()),
        (
            "title".into(),
            format!("Chương trình kiểm tra, giám sát năm {year} của {}", body.name),
        ),
    ];
    for i in 0..FIRST_ROWS {
        pairs.push((format!("{LIST}[{i}].method"), Method::Inspection.as_str().into()));
    }
    let f = Fields::new(pairs);
    Ok(render(&form_page(&st, &auth, &user, &uri, f, FIRST_ROWS).await?))
}

/// The year as typed.
fn year(s: &str) -> Result<i32, ApiError> {
    s.trim().parse::<i32>().map_err(|_| {
        kit::invalid(
            "year",
            "Năm ghi bằng bốn chữ số, ví dụ 2024.",
            "Write the year with four digits, e.g. 2024.",
        )
    })
}

/// The plan as typed, with the form line each item came from; every mistake of the form's own
/// reading at once. Lines left empty are not items.
fn input(f: &Fields, rows: usize) -> Result<(PlanInput, Vec<usize>), Vec<ApiError>> {
    let mut c = Check::default();
    let body = c.take(kit::id("body_unit_id", f.val("body_unit_id")));
    let year = c.take(year(f.val("year")));
    let (mut items, mut from) = (Vec::new(), Vec::new());
    for i in 0..rows {
        let cell = |field: &str| f.cell(LIST, i, field);
        let (content, time_text, method, subjects) = (
            cell("content"),
            cell("time_text"),
            cell("method"),
            cell("subject_unit_ids"),
        );
        let chosen = f.all(&subjects.name);
        if content.value.trim().is_empty() && time_text.value.trim().is_empty() && chosen.is_empty() {
            continue;
        }
        let method = c.take(Method::parse(method.value.trim()).ok_or_else(|| {
            kit::required(
                &method.name,
                "Hãy chọn hình thức: kiểm tra hoặc giám sát chuyên đề.",
                "Choose the method: inspection or thematic supervision.",
            )
        }));
        let mut subject_unit_ids = Vec::new();
        for s in chosen {
            if let Some(id) = c.take(kit::id(&subjects.name, s)) {
                subject_unit_ids.push(id);
            }
        }
        if let Some(method) = method {
            items.push(PlanItemInput {
                content: content.value,
                subject_unit_ids,
                time_text: time_text.value,
                method,
            });
            from.push(i);
        }
    }
    match (body, year) {
        (Some(body_unit_id), Some(year)) if c.is_empty() => Ok((
            PlanInput {
                body_unit_id,
                year,
                title: f.val("title").to_string(),
                items,
            },
            from,
        )),
        _ => Err(c.into_errors()),
    }
}

/// `POST /kiem-tra/ke-hoach/moi`.
pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs);
    let sent = f.rows(LIST).max(1);
    // "Thêm dòng", or another commission chosen: the form again, nothing saved.
    match f.val("redraw") {
        "row" => return Ok(render(&form_page(&st, &auth, &user, &uri, f, sent + 1).await?)),
        "body" => return Ok(render(&form_page(&st, &auth, &user, &uri, f, sent).await?)),
        _ => {}
    }
    let names = names(sent);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let result = match input(&f, sent) {
        Ok((i, from)) => app::inspections::create_plan(&st.app, &auth, i)
            .await
            .map(|made| crate::paths::inspection_plan(made.plan.id))
            .map_err(|e| kit::in_row(ApiError::from(e), LIST, &from)),
        Err(mut errors) => {
            // All but the first beside their fields; the first through `finish`.
            let first = errors.remove(0);
            for e in &errors {
                f.add(e, &names);
            }
            Err(first)
        }
    };
    finish(result, f, &names, |f| form_page(&st, &auth, &user, &uri, f, sent)).await
}
