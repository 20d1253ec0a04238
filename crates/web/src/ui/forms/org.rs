//! `/don-vi/moi?cap_tren=…`, `/don-vi/{id}/sua`, `/can-bo/moi?don_vi=…`, `/can-bo/{id}/sua`:
//! the organisation (ManageOrganisation, as `api::units` and `api::people`).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::Action;
use domain::person::{PersonInput, StaffCategory};
use domain::unit::{UnitInput, UnitKind};
use serde::Deserialize;
use store::access::Subject;

use super::{Fields, Opt, finish, opt, opt_id};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, Lang};
use crate::ui::{Layout, PageError, PageUser, i18n, label, render};

#[derive(Template)]
#[template(path = "forms/unit.html")]
pub struct UnitForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    parent: String,
    back_href: String,
    kinds: Vec<Opt>,
}

#[derive(Template)]
#[template(path = "forms/person.html")]
pub struct PersonForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    unit: String,
    back_href: String,
    categories: Vec<Opt>,
}

#[derive(Deserialize)]
pub struct UnitQuery {
    #[serde(default)]
    cap_tren: String,
    #[serde(default)]
    don_vi: String,
}

fn query_id(s: &str, subject: fn(i64) -> Subject) -> Result<Option<i64>, ApiError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|_| guard::not_visible(subject(0)))
}

/// As the API: a parent the user may manage, or no parent for administrators of everything.
async fn check_parent(tx: &mut store::Tx, auth: &Auth, parent: Option<i64>) -> Result<(), ApiError> {
    match parent {
        Some(p) => {
            guard::check_ref(tx, auth, Action::ManageOrganisation, Subject::Unit(p), "parent_id").await?;
            Ok(())
        }
        None if !auth.principal.is_admin_everywhere() => Err(crate::auth::forbidden()),
        None => Ok(()),
    }
}

async fn unit_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    unit: Option<i64>,
    f: Fields,
) -> Result<UnitForm, ApiError> {
    let lang = Lang::current();
    let mut tx = st.db.read().await?;
    if let Some(id) = unit {
        guard::check(&mut tx, auth, Action::ManageOrganisation, Subject::Unit(id)).await?;
    }
    let parent_id = opt_id("parent_id", f.val("parent_id"))?;
    let parent = match parent_id {
        Some(p) => store::units::get(&mut tx, p).await?.name,
        None => String::new(),
    };
    let heading = i18n::t(lang, if unit.is_some() { "edit_unit" } else { "new_unit" }).to_string();
    Ok(UnitForm {
        l: Layout::new(Some(user), uri, heading.clone(), "overview"),
        heading,
        action: match unit {
            Some(id) => format!("/don-vi/{id}/sua"),
            None => "/don-vi/moi".into(),
        },
        editing: unit.is_some(),
        parent,
        back_href: match (unit, parent_id) {
            (Some(id), _) | (None, Some(id)) => format!("/don-vi/{id}"),
            _ => "/".into(),
        },
        kinds: UnitKind::ALL
            .iter()
            .map(|k| Opt {
                value: k.as_str().into(),
                label: label(k.label_vi(), k.label_en()).into(),
            })
            .collect(),
        f,
    })
}

pub async fn new_unit(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<UnitQuery>,
) -> Result<Response, PageError> {
    let parent = query_id(&q.cap_tren, Subject::Unit)?;
    {
        let mut tx = st.db.read().await?;
        match parent {
            Some(p) => drop(guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Unit(p)).await?),
            None => check_parent(&mut tx, &auth, None).await?,
        }
    }
    let f = Fields::from(&[("parent_id", parent.map(|p| p.to_string()).unwrap_or_default())]);
    Ok(render(&unit_page(&st, &auth, &user, &uri, None, f).await?))
}

fn unit_input(f: &Fields) -> Result<UnitInput, ApiError> {
    super::need(f, "name", "Hãy nhập tên đơn vị.", "Enter the unit's name.")?;
    let kind = UnitKind::parse(f.val("kind"))
        .ok_or_else(|| super::required("kind", "Hãy chọn loại đơn vị.", "Choose the kind of unit."))?;
    Ok(UnitInput {
        parent_id: opt_id("parent_id", f.val("parent_id"))?,
        kind,
        name: f.val("name").to_string(),
        short_name: opt(f.val("short_name")),
    })
}

const UNIT_NAMES: &[&str] = &["kind", "name", "short_name", "parent_id"];

pub async fn create_unit(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let input = unit_input(&f)?.validate()?;
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        check_parent(&mut tx, &auth, input.parent_id).await?;
        let u = store::units::create(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(format!("/don-vi/{}", u.id))
    }
    .await;
    finish(result, f, UNIT_NAMES, |f| unit_page(&st, &auth, &user, &uri, None, f)).await
}

pub async fn edit_unit(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let u = {
        let mut tx = st.db.read().await?;
        guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Unit(id)).await?;
        store::units::get(&mut tx, id).await?
    };
    let f = Fields::from(&[
        ("parent_id", u.parent_id.map(|p| p.to_string()).unwrap_or_default()),
        ("version", u.version.to_string()),
        ("kind", u.kind.as_str().to_string()),
        ("name", u.name),
        ("short_name", u.short_name.unwrap_or_default()),
    ]);
    Ok(render(&unit_page(&st, &auth, &user, &uri, Some(id), f).await?))
}

pub async fn update_unit(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let version = super::version(f.val("version"))?;
        let input = unit_input(&f)?.validate()?;
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Unit(id)).await?;
        check_parent(&mut tx, &auth, input.parent_id).await?;
        store::units::update(&mut tx, id, version, &input).await?;
        tx.commit().await?;
        Ok(format!("/don-vi/{id}"))
    }
    .await;
    finish(result, f, UNIT_NAMES, |f| {
        unit_page(&st, &auth, &user, &uri, Some(id), f)
    })
    .await
}

// ---- People -----------------------------------------------------------------------------

async fn person_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    person: Option<i64>,
    f: Fields,
) -> Result<PersonForm, ApiError> {
    let lang = Lang::current();
    let mut tx = st.db.read().await?;
    if let Some(id) = person {
        guard::check(&mut tx, auth, Action::ManageOrganisation, Subject::Person(id)).await?;
    }
    let unit_id = super::id("unit_id", f.val("unit_id"))?;
    guard::check(&mut tx, auth, Action::ManageOrganisation, Subject::Unit(unit_id)).await?;
    let unit = store::units::get(&mut tx, unit_id).await?.name;
    let heading = i18n::t(lang, if person.is_some() { "edit_person" } else { "new_person" }).to_string();
    Ok(PersonForm {
        l: Layout::new(Some(user), uri, heading.clone(), "overview"),
        heading,
        action: match person {
            Some(id) => format!("/can-bo/{id}/sua"),
            None => "/can-bo/moi".into(),
        },
        editing: person.is_some(),
        unit,
        back_href: format!("/don-vi/{unit_id}#can-bo"),
        categories: StaffCategory::ALL
            .iter()
            .map(|k| Opt {
                value: k.as_str().into(),
                label: label(k.label_vi(), k.label_en()).into(),
            })
            .collect(),
        f,
    })
}

pub async fn new_person(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<UnitQuery>,
) -> Result<Response, PageError> {
    let unit = query_id(&q.don_vi, Subject::Unit)?.ok_or_else(|| guard::not_visible(Subject::Unit(0)))?;
    let f = Fields::from(&[("unit_id", unit.to_string())]);
    Ok(render(&person_page(&st, &auth, &user, &uri, None, f).await?))
}

fn person_input(f: &Fields) -> Result<PersonInput, ApiError> {
    super::need(f, "name", "Hãy nhập họ và tên.", "Enter the person's name.")?;
    let category = StaffCategory::parse(f.val("category"))
        .ok_or_else(|| super::required("category", "Hãy chọn ngạch, loại cán bộ.", "Choose the staff category."))?;
    Ok(PersonInput {
        unit_id: super::id("unit_id", f.val("unit_id"))?,
        name: f.val("name").to_string(),
        position: opt(f.val("position")),
        category,
        party_member: f.has("party_member", "1"),
        is_head: f.has("is_head", "1"),
    })
}

const PERSON_NAMES: &[&str] = &["name", "position", "category"];

pub async fn create_person(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let input = person_input(&f)?.validate()?;
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check_ref(
            &mut tx,
            &auth,
            Action::ManageOrganisation,
            Subject::Unit(input.unit_id),
            "unit_id",
        )
        .await?;
        store::people::create(&mut tx, &input).await?;
        tx.commit().await?;
        Ok(format!("/don-vi/{}#can-bo", input.unit_id))
    }
    .await;
    finish(result, f, PERSON_NAMES, |f| {
        person_page(&st, &auth, &user, &uri, None, f)
    })
    .await
}

pub async fn edit_person(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let p = {
        let mut tx = st.db.read().await?;
        guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Person(id)).await?;
        store::people::get(&mut tx, id).await?
    };
    let mut pairs = vec![
        ("unit_id", p.unit_id.to_string()),
        ("version", p.version.to_string()),
        ("name", p.name),
        ("position", p.position.unwrap_or_default()),
        ("category", p.category.as_str().to_string()),
    ];
    if p.party_member {
        pairs.push(("party_member", "1".into()));
    }
    if p.is_head {
        pairs.push(("is_head", "1".into()));
    }
    Ok(render(
        &person_page(&st, &auth, &user, &uri, Some(id), Fields::from(&pairs)).await?,
    ))
}

pub async fn update_person(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let f = Fields::new(pairs);
    let result = async {
        let version = super::version(f.val("version"))?;
        let input = person_input(&f)?.validate()?;
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ManageOrganisation, Subject::Person(id)).await?;
        guard::check_ref(
            &mut tx,
            &auth,
            Action::ManageOrganisation,
            Subject::Unit(input.unit_id),
            "unit_id",
        )
        .await?;
        store::people::update(&mut tx, id, version, &input).await?;
        tx.commit().await?;
        Ok(format!("/don-vi/{}#can-bo", input.unit_id))
    }
    .await;
    finish(result, f, PERSON_NAMES, |f| {
        person_page(&st, &auth, &user, &uri, Some(id), f)
    })
    .await
}
