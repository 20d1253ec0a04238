//! `/don-vi/moi?cap_tren=…`, `/don-vi/{id}/sua`, `/can-bo/moi?don_vi=…`, `/can-bo/{id}/sua`:
//! the organisation (ManageOrganisation, as `api::units` and `api::people`). The unit form
//! chooses the parent unit, so saving it with another parent moves the unit and its subtree.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use axum::{Extension, Form};
use domain::access::{Action, Operation};
use domain::person::{PersonInput, StaffCategory};
use domain::unit::{UnitInput, UnitKind};
use serde::Deserialize;
use store::access::Subject;

use crate::AppState;
use crate::auth::Auth;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Fields, Opt, finish, opt, opt_id};
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

#[derive(Template)]
#[template(path = "units/unit_form.html")]
pub struct UnitForm {
    l: Layout,
    f: Fields,
    heading: String,
    action: String,
    editing: bool,
    back_href: String,
    kinds: Vec<Opt>,
    /// The units the unit may sit under, in tree order, indented by depth.
    parents: Vec<Opt>,
    /// "No parent" is offered: for administrators of everything, or a unit that has none.
    root_choice: bool,
}

#[derive(Template)]
#[template(path = "units/person_form.html")]
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
    s.parse()
        .map(Some)
        .map_err(|_| app::authz::not_visible(subject(0)).into())
}

/// Most units offered as parents (the shallowest first, so the tree stays whole).
const MAX_PARENTS: i64 = 500;

/// The units `unit` may be put under: those the user may manage, outside the unit's own
/// subtree; plus `keep` (its current parent, a value typed) when missing. In tree order
/// (children under their parent, alphabetical), indented by depth.
async fn parent_options(
    rd: &mut app::read::Reader<'_>,
    unit: Option<&store::model::Unit>,
    keep: &[i64],
) -> Result<Vec<Opt>, ApiError> {
    let mut units = rd.units_for(Action::ManageOrganisation, MAX_PARENTS).await?;
    if let Some(me) = unit {
        units.retain(|u| !u.path.starts_with(&me.path));
    }
    for &id in keep {
        if !units.iter().any(|u| u.id == id)
            && let Ok(u) = rd.unit(id).await
        {
            units.push(u);
        }
    }
    Ok(tree_order(units)
        .into_iter()
        .map(|(depth, u)| Opt {
            value: u.id.to_string(),
            label: format!("{}{}", "\u{a0}\u{a0}\u{a0}".repeat(depth), u.name),
        })
        .collect())
}

/// Units with their depth in the tree they form (a unit whose parent is not among them is
/// a root), parents first, siblings in Vietnamese alphabetical order.
fn tree_order(mut units: Vec<store::model::Unit>) -> Vec<(usize, store::model::Unit)> {
    units.sort_by_cached_key(|u| (u.depth, vntext::collation_key(&u.name), u.id));
    let at: HashMap<i64, usize> = units.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    let mut roots = Vec::new();
    for (i, u) in units.iter().enumerate() {
        match u.parent_id.and_then(|p| at.get(&p)) {
            Some(&p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    let mut order = Vec::with_capacity(units.len());
    let mut stack: Vec<(usize, usize)> = roots.into_iter().rev().map(|i| (i, 0)).collect();
    while let Some((i, depth)) = stack.pop() {
        order.push((i, depth));
        stack.extend(children[i].iter().rev().map(|&c| (c, depth + 1)));
    }
    let mut slots: Vec<Option<store::model::Unit>> = units.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(i, depth)| slots[i].take().map(|u| (depth, u)))
        .collect()
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
    let mut rd = st.app.read(auth).await?;
    let current = match unit {
        Some(id) => {
            crate::kit::forms::require(&mut rd, Operation::UpdateUnit, Subject::Unit(id)).await?;
            Some(rd.unit(id).await?)
        }
        None => None,
    };
    // The current parent always; a parent typed only when the user may see it.
    let mut keep: Vec<i64> = current.iter().filter_map(|u| u.parent_id).collect();
    let parent_id = f.val("parent_id").trim().parse::<i64>().ok();
    if let Some(p) = parent_id
        && rd.may_read(Subject::Unit(p)).await?
    {
        keep.push(p);
    }
    let parents = parent_options(&mut rd, current.as_ref(), &keep).await?;
    let root_choice = auth.principal.is_admin_everywhere() || current.as_ref().is_some_and(|u| u.parent_id.is_none());
    let heading = i18n::t(lang, if unit.is_some() { "edit_unit" } else { "new_unit" }).to_string();
    Ok(UnitForm {
        l: Layout::new(Some(user), uri, heading.clone(), "overview"),
        heading,
        action: match unit {
            Some(id) => crate::paths::unit_edit(id),
            None => crate::paths::UNIT_NEW.into(),
        },
        editing: unit.is_some(),
        back_href: match (unit, parent_id) {
            (Some(id), _) | (None, Some(id)) => crate::paths::unit(id),
            _ => crate::paths::HOME.into(),
        },
        parents,
        root_choice,
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
        let mut rd = st.app.read(&auth).await?;
        match parent {
            Some(p) => crate::kit::forms::require(&mut rd, Operation::CreateUnit, Subject::Unit(p)).await?,
            // A new top-level unit: administrators of everything only (as the API).
            None if !auth.principal.is_admin_everywhere() => return Err(crate::auth::forbidden().into()),
            None => {}
        }
    }
    let f = Fields::from(&[("parent_id", parent.map(|p| p.to_string()).unwrap_or_default())]);
    Ok(render(&unit_page(&st, &auth, &user, &uri, None, f).await?))
}

fn unit_input(f: &Fields) -> Result<UnitInput, ApiError> {
    crate::kit::forms::need(f, "name", "Hãy nhập tên đơn vị.", "Enter the unit's name.")?;
    let kind = UnitKind::parse(f.val("kind"))
        .ok_or_else(|| crate::kit::forms::required("kind", "Hãy chọn loại đơn vị.", "Choose the kind of unit."))?;
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
        let u = app::org::create_unit(&st.app, &auth, unit_input(&f)?).await?;
        Ok(crate::paths::unit(u.id))
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
        let mut rd = st.app.read(&auth).await?;
        crate::kit::forms::require(&mut rd, Operation::UpdateUnit, Subject::Unit(id)).await?;
        rd.unit(id).await?
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
        let version = crate::kit::forms::version(f.val("version"))?;
        app::org::update_unit(&st.app, &auth, id, version, unit_input(&f)?).await?;
        Ok(crate::paths::unit(id))
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
    let mut rd = st.app.read(auth).await?;
    if let Some(id) = person {
        crate::kit::forms::require(&mut rd, Operation::UpdatePerson, Subject::Person(id)).await?;
    }
    let unit_id = crate::kit::forms::id("unit_id", f.val("unit_id"))?;
    crate::kit::forms::require(&mut rd, Operation::CreatePerson, Subject::Unit(unit_id)).await?;
    let unit = rd.unit(unit_id).await?.name;
    let heading = i18n::t(lang, if person.is_some() { "edit_person" } else { "new_person" }).to_string();
    Ok(PersonForm {
        l: Layout::new(Some(user), uri, heading.clone(), "overview"),
        heading,
        action: match person {
            Some(id) => crate::paths::person_edit(id),
            None => crate::paths::PERSON_NEW.into(),
        },
        editing: person.is_some(),
        unit,
        back_href: format!("{}#can-bo", crate::paths::unit(unit_id)),
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
    let unit = query_id(&q.don_vi, Subject::Unit)?.ok_or_else(|| app::authz::not_visible(Subject::Unit(0)))?;
    let f = Fields::from(&[("unit_id", unit.to_string())]);
    Ok(render(&person_page(&st, &auth, &user, &uri, None, f).await?))
}

fn person_input(f: &Fields) -> Result<PersonInput, ApiError> {
    crate::kit::forms::need(f, "name", "Hãy nhập họ và tên.", "Enter the person's name.")?;
    let category = StaffCategory::parse(f.val("category")).ok_or_else(|| {
        crate::kit::forms::required("category", "Hãy chọn ngạch, loại cán bộ.", "Choose the staff category.")
    })?;
    Ok(PersonInput {
        unit_id: crate::kit::forms::id("unit_id", f.val("unit_id"))?,
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
        let p = app::org::create_person(&st.app, &auth, person_input(&f)?).await?;
        Ok(format!("{}#can-bo", crate::paths::unit(p.unit_id)))
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
        let mut rd = st.app.read(&auth).await?;
        crate::kit::forms::require(&mut rd, Operation::UpdatePerson, Subject::Person(id)).await?;
        rd.person(id).await?
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
        let version = crate::kit::forms::version(f.val("version"))?;
        let p = app::org::update_person(&st.app, &auth, id, version, person_input(&f)?).await?;
        Ok(format!("{}#can-bo", crate::paths::unit(p.unit_id)))
    }
    .await;
    finish(result, f, PERSON_NAMES, |f| {
        person_page(&st, &auth, &user, &uri, Some(id), f)
    })
    .await
}
