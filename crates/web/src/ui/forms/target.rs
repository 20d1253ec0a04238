//! `/chi-tieu/moi?don_vi=…` (ManageWork on the unit) and `/chi-tieu/{id}/so-lieu`
//! (ReportWork on the target), as `api::targets`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Action;
use domain::period::Period;
use domain::target::{Direction, TargetInput};
use serde::Deserialize;
use store::access::Subject;
use store::targets::ActualInput;

use super::{Fields, Opt, finish, opt};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, Lang};
use crate::ui::{Layout, PageError, PageUser, fmt, i18n, label, render};

#[derive(Template)]
#[template(path = "forms/target.html")]
pub struct TargetForm {
    l: Layout,
    f: Fields,
    unit: String,
    action: String,
    back_href: String,
    directions: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "forms/actual.html")]
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

async fn target_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    unit_id: i64,
    f: Fields,
) -> Result<TargetForm, ApiError> {
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, auth, Action::ManageWork, Subject::Unit(unit_id)).await?;
    let unit = store::units::get(&mut tx, unit_id).await?.name;
    Ok(TargetForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "new_target"), "targets"),
        f,
        unit,
        action: format!("/chi-tieu/moi?don_vi={unit_id}"),
        back_href: format!("/chi-tieu?don_vi={unit_id}"),
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
        .map_err(|_| guard::not_visible(Subject::Unit(0)))
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
    Ok(render(&target_page(&st, &auth, &user, &uri, unit, f).await?))
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
        super::need(
            &f,
            "period",
            "Hãy nhập kỳ của chỉ tiêu, ví dụ 2023.",
            "Enter the period, e.g. 2023.",
        )?;
        let period = Period::parse(f.val("period").trim())?;
        super::need(&f, "indicator", "Hãy nhập tên chỉ tiêu.", "Enter the indicator.")?;
        super::need(&f, "uom", "Hãy nhập đơn vị tính.", "Enter the unit of measure.")?;
        let direction = Direction::parse(f.val("direction"))
            .ok_or_else(|| super::required("direction", "Hãy chọn chiều đánh giá.", "Choose a direction."))?;
        let input = TargetInput {
            unit_id: unit,
            period,
            indicator: f.val("indicator").to_string(),
            uom: f.val("uom").to_string(),
            direction,
            planned: super::number("planned", f.val("planned"))?,
        }
        .validate()?;
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check_ref(
            &mut tx,
            &auth,
            Action::ManageWork,
            Subject::Unit(input.unit_id),
            "unit_id",
        )
        .await?;
        let t = store::targets::create(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(format!("/chi-tieu?don_vi={unit}&ky={}", t.period))
    }
    .await;
    let names = ["period", "indicator", "uom", "direction", "planned"];
    finish(result, f, &names, |f| target_page(&st, &auth, &user, &uri, unit, f)).await
}

async fn actual_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    f: Option<Fields>,
) -> Result<ActualForm, ApiError> {
    let mut tx = st.db.read().await?;
    guard::check(&mut tx, auth, Action::ReportWork, Subject::Target(id)).await?;
    let t = store::targets::get(&mut tx, id).await?;
    let today = st.clock.clock().today;
    let f = f.unwrap_or_else(|| Fields::from(&[("measured_on", super::iso(Some(today)))]));
    Ok(ActualForm {
        l: Layout::new(Some(user), uri, i18n::t(Lang::current(), "record_actual"), "targets"),
        f,
        id,
        planned: format!("{} {}", fmt::number(t.planned, 2), t.uom),
        actual: t
            .actual
            .map(|a| format!("{} {}", fmt::number(a, 2), t.uom))
            .unwrap_or_default(),
        back_href: format!("/chi-tieu?don_vi={}&ky={}", t.unit_id, t.period),
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
            measured_on: super::date("measured_on", f.val("measured_on"))?,
            value: super::number("value", f.val("value"))?,
            note: opt(f.val("note")),
        };
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Target(id)).await?;
        let t = store::targets::record_actual(&mut tx, id, input).await?;
        tx.commit().await?;
        Ok(format!("/chi-tieu?don_vi={}&ky={}", t.unit_id, t.period))
    }
    .await;
    let names = ["measured_on", "value", "note"];
    finish(result, f, &names, |f| actual_page(&st, &auth, &user, &uri, id, Some(f))).await
}
