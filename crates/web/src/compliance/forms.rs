//! The forms of compliance requirements: `/yeu-cau/moi?don_vi=|van_ban=` (the assigning
//! office sets one, from a unit's or a document's page), a unit's report with photos
//! (`/yeu-cau/muc/{id}/bao-cao`, from a phone), the office's acceptance or return
//! (`/yeu-cau/muc/{id}/xac-nhan`) and its one-click reminder (`/yeu-cau/{id}/nhac`). Each
//! calls the same use-case operation as the API, then goes back to the requirement (303); or
//! shows the form again with the error beside its field and what was typed kept.

use askama::Template;
use axum::extract::{Path, Query, Request, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::access::Operation;
use domain::compliance::{DoneInput, Month, RequirementInput, ReviewInput};
use domain::unit::UnitKind;
use serde::Deserialize;
use store::access::Subject;

use crate::AppState;
use crate::auth::Auth;
use crate::compliance::pages::{LiveQuery, build};
use crate::compliance::posted;
use crate::error::{ApiError, Lang};
use crate::kit::forms::{Check, Fields, FormState, Opt, finish, is_form_error};
use crate::kit::{Layout, PageError, PageUser, i18n, label, render};

const NAMES: &[&str] = &[
    "issuer_unit_id",
    "scope_unit_id",
    "unit_kind",
    "title",
    "due_on",
    "meeting_month",
    "document_id",
];

#[derive(Template)]
#[template(path = "compliance/new.html")]
pub struct NewPage {
    l: Layout,
    f: Fields,
    action: String,
    back_href: String,
    document: String,
    issuers: Vec<Opt>,
    scopes: Vec<Opt>,
    kinds: Vec<Opt>,
}

#[derive(Deserialize, Default)]
pub struct NewQuery {
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    van_ban: String,
}

fn id_param(s: &str) -> Option<i64> {
    s.trim().parse().ok()
}

/// The form, with the units the caller may set requirements from and the scopes they reach.
async fn new_page(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    q: &NewQuery,
    f: Fields,
) -> Result<NewPage, ApiError> {
    let lang = Lang::current();
    let mut rd = st.app.read(auth).await?;
    let (doc, doc_id) = match id_param(&q.van_ban) {
        Some(d) => (Some(rd.document(d).await?), Some(d)),
        None => (None, None),
    };
    let typed_issuer = id_param(f.val("issuer_unit_id"));
    let issuer = typed_issuer
        .or(doc.as_ref().map(|d| d.issuer_unit_id))
        .or(id_param(&q.don_vi))
        .ok_or_else(|| ApiError::from(app::authz::not_visible(Subject::Unit(0))))?;
    crate::kit::forms::require(&mut rd, Operation::CreateRequirement, Subject::Unit(issuer)).await?;
    let issuers = crate::kit::forms::issuing_units(&mut rd, issuer).await?;
    let (_, reach) = rd.assignable_units(issuer, 400).await?;
    let scopes = reach
        .into_iter()
        .filter(|u| u.kind.is_area() || u.kind == UnitKind::PartyCommittee)
        .take(120)
        .map(|u| Opt {
            value: u.id.to_string(),
            label: u.name,
        })
        .collect();
    let kinds = UnitKind::ALL
        .iter()
        .map(|k| Opt {
            value: k.as_str().into(),
            label: label(k.label_vi(), k.label_en()).into(),
        })
        .collect();
    let mut action = crate::paths::REQUIREMENT_NEW.to_string();
    let back_href = match (doc_id, id_param(&q.don_vi)) {
        (Some(d), _) => {
            action.push_str(&format!("?van_ban={d}"));
            crate::paths::document(d)
        }
        (None, Some(u)) => {
            action.push_str(&format!("?don_vi={u}"));
            crate::paths::unit(u)
        }
        _ => crate::paths::REQUIREMENTS.into(),
    };
    let heading = i18n::t(lang, "req_new");
    Ok(NewPage {
        l: Layout::new(Some(user), uri, heading, "overview"),
        f,
        action,
        back_href,
        document: doc.map(|d| format!("{} — {}", d.symbol, d.title)).unwrap_or_default(),
        issuers,
        scopes,
        kinds,
    })
}

/// The defaults: from a document, its issuer, the area the issuer reaches and all chi bộ in
/// it; from a unit, the unit itself.
async fn defaults(st: &AppState, auth: &Auth, q: &NewQuery) -> Result<Fields, ApiError> {
    let mut rd = st.app.read(auth).await?;
    let mut pairs = vec![("unit_kind", UnitKind::PartyCell.as_str().to_string())];
    if let Some(d) = id_param(&q.van_ban) {
        let doc = rd.document(d).await?;
        let (reach, _) = rd.assignable_units(doc.issuer_unit_id, 1).await?;
        let scope = store::units::id_of_path(&reach.root).unwrap_or(doc.issuer_unit_id);
        pairs.push(("issuer_unit_id", doc.issuer_unit_id.to_string()));
        pairs.push(("scope_unit_id", scope.to_string()));
        pairs.push(("document_id", d.to_string()));
    } else if let Some(u) = id_param(&q.don_vi).or(rd.home_unit().await?) {
        // Opened from the menu or a list: the caller's own unit, changeable on the form.
        pairs.push(("issuer_unit_id", u.to_string()));
        pairs.push(("scope_unit_id", u.to_string()));
    }
    Ok(Fields::from(&pairs))
}

pub async fn new_form(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
) -> Result<Response, PageError> {
    let f = defaults(&st, &auth, &q).await?;
    Ok(render(&new_page(&st, &auth, &user, &uri, &q, f).await?))
}

/// The requirement as typed; every mistake of the form's own reading at once.
fn input(f: &Fields) -> Result<RequirementInput, Vec<ApiError>> {
    let mut c = Check::default();
    let issuer = c.take(crate::kit::forms::id("issuer_unit_id", f.val("issuer_unit_id")));
    let scope = c.take(crate::kit::forms::id("scope_unit_id", f.val("scope_unit_id")));
    let kind = c.take(UnitKind::parse(f.val("unit_kind")).ok_or_else(|| {
        crate::kit::forms::required(
            "unit_kind",
            "Hãy chọn loại đơn vị phải thực hiện.",
            "Choose the kind of unit that must do it.",
        )
    }));
    let title = f.val("title").to_string();
    if title.trim().is_empty() {
        c.take::<()>(Err(domain::FieldError::required("title").into()));
    }
    let due = c.take(crate::kit::forms::date("due_on", f.val("due_on")));
    let month = match f.val("meeting_month").trim() {
        "" => Some(None),
        m => c.take(Month::parse("meeting_month", m).map(Some).map_err(ApiError::from)),
    };
    let document = c.take(crate::kit::forms::opt_id("document_id", f.val("document_id")));
    match (issuer, scope, kind, due, month, document) {
        (
            Some(issuer_unit_id),
            Some(scope_unit_id),
            Some(unit_kind),
            Some(due_on),
            Some(meeting_month),
            Some(document_id),
        ) if c.is_empty() => Ok(RequirementInput {
            issuer_unit_id,
            scope_unit_id,
            unit_kind,
            title,
            due_on,
            meeting_month,
            task_id: None,
            document_id,
        }),
        _ => Err(c.into_errors()),
    }
}

pub async fn create(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Query(q): Query<NewQuery>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut f = Fields::new(pairs);
    let result = match input(&f) {
        Ok(i) => app::compliance::create(&st.app, &auth, i)
            .await
            .map(|c| crate::paths::requirement(c.requirement.id))
            .map_err(ApiError::from),
        Err(mut errors) => {
            // All but the first beside their fields; the first through `finish`.
            let first = errors.remove(0);
            for e in &errors {
                f.add(e, NAMES);
            }
            Err(first)
        }
    };
    finish(result, f, NAMES, |f| new_page(&st, &auth, &user, &uri, &q, f)).await
}

#[derive(Deserialize, Default)]
pub struct BackForm {
    #[serde(default)]
    don_vi: String,
}

/// The requirement page a form came from.
fn back(id: i64, unit: &str, anchor: &str) -> String {
    match unit.trim().parse::<i64>() {
        Ok(u) => format!("{}?don_vi={u}{anchor}", crate::paths::requirement(id)),
        Err(_) => format!("{}{anchor}", crate::paths::requirement(id)),
    }
}

/// One click: every unit not done is reminded.
pub async fn remind(
    State(st): State<AppState>,
    auth: Auth,
    Path(id): Path<i64>,
    Form(b): Form<BackForm>,
) -> Result<Response, PageError> {
    let r = app::compliance_read::remind(&st.app, &auth, id).await?;
    let to = back(id, &b.don_vi, "");
    let sep = if to.contains('?') { '&' } else { '?' };
    Ok(Redirect::to(&format!("{to}{sep}nhac={}", r.units)).into_response())
}

/// After a form on an item: 303 back to its card; or the page again with the error beside the
/// field of that card's form (422, 409, 400), or the error page (404, 403).
#[allow(clippy::too_many_arguments)]
async fn after(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    item_id: i64,
    unit: &str,
    names: &[&str],
    pairs: Vec<(String, String)>,
    result: Result<i64, ApiError>,
) -> Result<Response, PageError> {
    let e = match result {
        Ok(rid) => return Ok(Redirect::to(&back(rid, unit, &format!("#muc-{item_id}"))).into_response()),
        Err(e) => e,
    };
    let status = e.status();
    if !is_form_error(status) {
        return Err(PageError(e));
    }
    let rid = app::compliance_read::item(&st.app, auth, item_id).await?.requirement.id;
    let mut fields = Fields::new(pairs);
    fields.add(&e, names);
    let q = LiveQuery {
        don_vi: unit.to_string(),
        ..Default::default()
    };
    let state = FormState::refused(&format!("m{item_id}"), fields);
    let page = build(st, auth, user, uri, rid, &q, state).await?;
    Ok((status, render(&page)).into_response())
}

/// A unit's report with photos: a plain date, or — when the requirement is of a month's
/// meeting — the meeting (date, topic, attendance) recorded with it in one step.
pub async fn report(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    req: Request,
) -> Result<Response, PageError> {
    // Whose item it is, and whether it is of a month's meeting, before anything is received.
    let d = app::compliance_read::item(&st.app, &auth, id).await?;
    if !d.may_report {
        return Err(PageError(crate::auth::forbidden()));
    }
    let received = crate::files::read_form(&st, req, "file").await;
    let (fields, files) = match received {
        Ok(p) => (p.fields.clone(), Ok(p)),
        Err(e) => (Vec::new(), Err(e)),
    };
    let unit = fields
        .iter()
        .find(|(k, _)| k == "don_vi")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let rid = d.requirement.id;
    let result = async {
        let p = files?;
        let note = p.get("note").trim().to_string();
        let note = (!note.is_empty()).then_some(note);
        if d.requirement.meeting_month.is_some() {
            let meeting = posted::meeting_input(&p, d.item.unit_id)?;
            let input = DoneInput {
                done_on: meeting.held_on,
                note,
                attendance: Some(meeting.attendance),
                meeting_id: None,
            };
            app::compliance::report_done_at_meeting(&st.app, &auth, id, meeting, input, p.files)
                .await
                .map_err(|mut e| {
                    // The meeting is the one typed in this form: its date is at fault.
                    if e.field.as_deref() == Some("meeting_id") {
                        e.field = Some("held_on".into());
                    }
                    ApiError::from(e)
                })?;
        } else {
            app::compliance::report_done(&st.app, &auth, id, posted::done_input(&p)?, p.files).await?;
        }
        Ok(rid)
    }
    .await;
    let names = [
        "done_on",
        "held_on",
        "topic",
        "present",
        "expected",
        "attendance",
        "note",
        "file",
    ];
    after(&st, &auth, &user, &uri, id, &unit, &names, fields, result).await
}

#[derive(Deserialize, Default)]
pub struct ReviewForm {
    #[serde(default)]
    don_vi: String,
    #[serde(default)]
    accept: String,
    #[serde(default)]
    reason: String,
}

/// The office accepts the report, or returns it with a reason.
pub async fn review(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ReviewForm>,
) -> Result<Response, PageError> {
    let input = ReviewInput {
        accept: f.accept == "1",
        reason: Some(f.reason.clone()),
    };
    let result = async {
        let item = app::compliance::review(&st.app, &auth, id, input).await?;
        Ok(item.requirement_id)
    }
    .await;
    let pairs = vec![("reason".to_string(), f.reason.clone())];
    after(&st, &auth, &user, &uri, id, &f.don_vi, &["reason"], pairs, result).await
}
