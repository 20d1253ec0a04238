//! `/chi-tieu/moi?don_vi=…`, `/chi-tieu/{id}/sua` (ManageWork on the unit / the target) and
//! `/chi-tieu/{id}/so-lieu` (ReportWork on the target), as `targets::api`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Operation;
use domain::period::Period;
use domain::target::{Direction, TargetInput};
use serde::Deserialize;
use store::access::Subject;
use store::targets::ActualInput;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Fields, Opt, finish, opt};
use crate::kit::{Layout, PageError, PageUser, fmt, i18n, label, render};

const NAMES: &[&str] = &["period", "indicator", "uom", "direction", "planned"];

#[derive(Template)]
#[template(path = "targets/form.html")]
pub struct TargetForm {
    l: Layout,
    f: Fields,
    heading: String,
    editing: bool,
    unit: String,
    action: String,
    back_href: String,
    directions: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "targets/actual_form.html")]
pub struct ActualForm {
    l: Layout,
    f: Fields,
    id: i64,
    indicator: String,
    planned: String,
    actual: String,
    back_href: String,
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    don_vi: String,
}

/// What the target form is for.
#[derive(Clone, Copy)]
enum Mode {
    /// A new target of this unit.
    New(i64),
    /// Editing this target.
    Edit(i64),
}

async fn target_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    mode: Mode,
    f: Fields,
) -> Result<TargetForm, ApiError> {
    let mut rd = st.app.read(auth).await?;
    let (unit_id, action, back_href, heading) = match mode {
        Mode::New(unit_id) => {
            crate::kit::forms::require(&mut rd, Operation::CreateTarget, Subject::Unit(unit_id)).await?;
            (
                unit_id,
                format!("{}?don_vi={unit_id}", crate::paths::TARGET_NEW),
                format!("{}?don_vi={unit_id}", crate::paths::TARGETS),
                "new_target",
            )
        }
        Mode::Edit(id) => {
            crate::kit::forms::require(&mut rd, Operation::UpdateTarget, Subject::Target(id)).await?;
            let t = rd.target(id).await?;
            (
                t.unit_id,
                crate::paths::target_edit(id),
                format!("{}?don_vi={}&ky={}", crate::paths::TARGETS, t.unit_id, t.period),
                "edit_target",
            )
        }
    };
    let unit = rd.unit(unit_id).await?.name;
    let heading = i18n::t(Lang::current(), heading).to_string();
    Ok(TargetForm {
        l: Layout::new(Some(user), uri, heading.clone(), "targets"),
        f,
        heading,
        editing: matches!(mode, Mode::Edit(_)),
        unit,
        action,
        back_href,
        directions: Direction::ALL
            .iter()
            .map(|d| Opt {
                value: d.as_str().into(),
                label: label(d.label_vi(), d.label_en()).into(),
            })
            .collect(),
    })
}

fn unit_of(q: &NewQuery) -> Result<i64, ApiError> {
    q.don_vi
        .trim()
        .parse()
        .map_err(|_| app::authz::not_visible(Subject::Unit(0)).into())
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let unit = unit_of(&q)?;
    let f = Fields::from(&[("direction", "higher".into())]);
    Ok(render(&target_page(&st, &auth, &user, &uri, Mode::New(unit), f).await?))
}

/// The target as typed, for unit `unit_id`.
fn input(f: &Fields, unit_id: i64) -> Result<TargetInput, ApiError> {
    crate::kit::forms::need(
        f,
        "period",
        "Hãy nhập kỳ của chỉ tiêu, ví dụ 2023.",
        "Enter the period, e.g. 2023.",
    )?;
    let period = Period::parse(f.val("period").trim())?;
    crate::kit::forms::need(f, "indicator", "Hãy nhập tên chỉ tiêu.", "Enter the indicator.")?;
    crate::kit::forms::need(f, "uom", "Hãy nhập đơn vị tính.", "Enter the unit of measure.")?;
    let direction = Direction::parse(f.val("direction"))
        .ok_or_else(|| crate::kit::forms::required("direction", "Hãy chọn chiều đánh giá.", "Choose a direction."))?;
    Ok(TargetInput {
        unit_id,
        period,
        indicator: f.val("indicator").to_string(),
        uom: f.val("uom").to_string(),
        direction,
        planned: crate::kit::forms::number("planned", f.val("planned"))?,
    })
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let unit = unit_of(&q)?;
    let f = Fields::new(pairs);
    let result = async {
        let t = app::targets::save(&st.app, &auth, None, input(&f, unit)?).await?;
        Ok(format!("{}?don_vi={unit}&ky={}", crate::paths::TARGETS, t.period))
    }
    .await;
    finish(result, f, NAMES, |f| {
        target_page(&st, &auth, &user, &uri, Mode::New(unit), f)
    })
    .await
}

/// A number as the form reads it back: decimal comma, no thousands separator (`5540,5`),
/// so that "5.540" is never read as five and a half.
fn typed_number(x: f64) -> String {
    x.to_string().replace('.', ",")
}

pub async fn edit_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let t = {
        let mut rd = st.app.read(&auth).await?;
        crate::kit::forms::require(&mut rd, Operation::UpdateTarget, Subject::Target(id)).await?;
        rd.target(id).await?
    };
    let f = Fields::from(&[
        ("version", t.version.to_string()),
        ("period", t.period),
        ("indicator", t.indicator),
        ("uom", t.uom),
        ("direction", t.direction.as_str().into()),
        ("planned", typed_number(t.planned)),
    ]);
    Ok(render(&target_page(&st, &auth, &user, &uri, Mode::Edit(id), f).await?))
}

/// Saves an edited target (its unit stays; as `targets::api::update`).
pub async fn update(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let unit = st.app.read(&auth).await?.target(id).await?.unit_id;
    let result = async {
        let version = crate::kit::forms::version(f.val("version"))?;
        let t = app::targets::save(&st.app, &auth, Some((id, version)), input(&f, unit)?).await?;
        Ok(format!(
            "{}?don_vi={}&ky={}",
            crate::paths::TARGETS,
            t.unit_id,
            t.period
        ))
    }
    .await;
    finish(result, f, NAMES, |f| {
        target_page(&st, &auth, &user, &uri, Mode::Edit(id), f)
    })
    .await
}

async fn actual_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Option<Fields>,
) -> Result<ActualForm, ApiError> {
    let mut rd = st.app.read(auth).await?;
    crate::kit::forms::require(&mut rd, Operation::RecordActual, Subject::Target(id)).await?;
    let t = rd.target(id).await?;
    let today = rd.clock().today;
    let f = f.unwrap_or_else(|| Fields::from(&[("measured_on", crate::kit::forms::dmy(Some(today)))]));
    Ok(ActualForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "record_actual"), "targets"),
        f,
        id,
        planned: format!("{} {}", fmt::number(t.planned, 2), t.uom),
        actual: t
            .actual
            .map(|a| format!("{} {}", fmt::number(a, 2), t.uom))
            .unwrap_or_default(),
        back_href: format!("{}?don_vi={}&ky={}", crate::paths::TARGETS, t.unit_id, t.period),
        indicator: format!("{} ({})", t.indicator, t.period),
    })
}

pub async fn actual_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    Ok(render(&actual_page(&st, &auth, &user, &uri, id, None).await?))
}

pub async fn record(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let input = ActualInput {
            measured_on: crate::kit::forms::date("measured_on", f.val("measured_on"))?,
            value: crate::kit::forms::number("value", f.val("value"))?,
            note: opt(f.val("note")),
        };
        let t = app::targets::record_actual(&st.app, &auth, id, input).await?;
        Ok(format!(
            "{}?don_vi={}&ky={}",
            crate::paths::TARGETS,
            t.unit_id,
            t.period
        ))
    }
    .await;
    let names = ["measured_on", "value", "note"];
    finish(result, f, &names, |f| actual_page(&st, &auth, &user, &uri, id, Some(f))).await
}
