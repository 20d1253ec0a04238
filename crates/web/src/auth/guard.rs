//! Record-level checks in handlers: is this record visible to the user, and may they do this
//! to it? Invisible records answer 404 — the same as missing ones, so nothing leaks.

use domain::access::Action;
use store::Tx;
use store::access::{Belonging, Subject, TaskVisibility};

use super::{Auth, forbidden};
use crate::error::ApiError;

/// Checks `action` on `subject`: 404 when the user cannot see it, 403 when they can see it
/// but may not do this.
pub async fn check(tx: &mut Tx, auth: &Auth, action: Action, subject: Subject) -> Result<Belonging, ApiError> {
    let b = store::access::belonging(tx, subject).await?;
    if !auth.principal.can(Action::Read, &b.target()) {
        return Err(not_visible(subject));
    }
    if action != Action::Read && !auth.principal.can(action, &b.target()) {
        return Err(forbidden());
    }
    Ok(b)
}

/// The same answer as for a record that does not exist.
pub fn not_visible(subject: Subject) -> ApiError {
    let (entity, id) = match subject {
        Subject::Unit(id) => ("unit", id),
        Subject::Person(id) => ("person", id),
        Subject::Document(id) => ("document", id),
        Subject::Theme(id) => ("theme", id),
        Subject::Task(id) => ("task", id),
        Subject::Target(id) => ("target", id),
    };
    store::StoreError::not_found(entity, id).into()
}

/// Which tasks the user may see in lists and roll-ups.
pub fn task_visibility(auth: &Auth) -> TaskVisibility {
    let p = &auth.principal;
    let is_staff = p.bindings.iter().any(|b| b.role == domain::access::Role::Staff);
    TaskVisibility {
        scope: p.scope(Action::Read),
        person_id: if is_staff { p.person_id } else { None },
    }
}

/// Like [`check`], for a record named in the request body by `field`: one that does not
/// exist or is not visible is the client's mistake in that field (422), not a missing URL.
pub async fn check_ref(
    tx: &mut Tx,
    auth: &Auth,
    action: Action,
    subject: Subject,
    field: &str,
) -> Result<Belonging, ApiError> {
    match check(tx, auth, action, subject).await {
        Err(e) if e.code == "not_found" => {
            let (entity_vi, id) = match subject {
                Subject::Unit(id) => ("đơn vị", id),
                Subject::Person(id) => ("cán bộ", id),
                Subject::Document(id) => ("văn bản", id),
                Subject::Theme(id) => ("chủ đề", id),
                Subject::Task(id) => ("nhiệm vụ", id),
                Subject::Target(id) => ("chỉ tiêu", id),
            };
            Err(store::StoreError::unknown_ref(field, entity_vi, id).into())
        }
        other => other,
    }
}

/// The parent a unit is created or moved under must be one the user may manage; no parent
/// makes a new tenant, which only administrators of everything may do. Editing a unit without
/// moving it (`current` = its parent today, unchanged) needs no right on the parent. A refusal
/// (403) names `parent_id`, so forms show it beside that field.
pub async fn unit_parent(
    tx: &mut Tx,
    auth: &Auth,
    parent: Option<i64>,
    current: Option<Option<i64>>,
) -> Result<(), ApiError> {
    if current == Some(parent) {
        return Ok(());
    }
    let refused = |vi: &str, en: &str| {
        ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            "forbidden",
            vi,
            en,
            Some("parent_id".into()),
        )
    };
    match parent {
        Some(p) => match check_ref(tx, auth, Action::ManageOrganisation, Subject::Unit(p), "parent_id").await {
            Err(e) if e.status == axum::http::StatusCode::FORBIDDEN => Err(refused(
                "Tài khoản không có quyền quản lý đơn vị này nên không thể chọn làm đơn vị cấp trên.",
                "Your account may not manage this unit, so it cannot be the parent.",
            )),
            Err(e) => Err(e),
            Ok(_) => Ok(()),
        },
        None if !auth.principal.is_admin_everywhere() => Err(refused(
            "Chỉ quản trị viên của toàn hệ thống mới được đặt đơn vị ở cấp cao nhất.",
            "Only an administrator of the whole system may make a unit top-level.",
        )),
        None => Ok(()),
    }
}
