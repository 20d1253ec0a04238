//! Notifications: the notices each change sends (written in the change's own transaction), the
//! user's notification centre and preferences, and the reminder rules of assigning units.

use domain::FieldError;
use domain::access::Operation;
use domain::notify::{NotificationKind, Preferences, PreferencesInput};
use domain::reminder::{ReminderRules, ReminderRulesInput};
use store::Tx;
use store::access::Subject;
use store::model::{ExtensionRequest, Task};
use store::notify::{Audience, Event, Notification};

use crate::{App, Caller, Ctx, Result, authz};

/// Writes notifications of `kind` about `task_ids` to `audience`, in the caller's transaction.
pub(crate) async fn send(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    kind: NotificationKind,
    audience: Audience,
    task_ids: &[i64],
    detail: &str,
) -> Result<()> {
    store::notify::fan_out(tx, &event(caller, cx, kind, audience, task_ids, detail)).await?;
    Ok(())
}

/// A change's notice: for today, not to the caller themself, mailed at once to those who want it.
fn event<'a>(
    caller: &Caller,
    cx: &Ctx<'_>,
    kind: NotificationKind,
    audience: Audience,
    task_ids: &'a [i64],
    detail: &'a str,
) -> Event<'a> {
    Event {
        kind,
        audience,
        task_ids,
        known: &[],
        detail,
        day: cx.clock.today,
        actor: caller.user_id(),
        mail_each: true,
    }
}

/// New work: the lead unit and the person responsible are told. The tasks were just written,
/// so their leads are handed over rather than read again.
pub(crate) async fn assigned(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, tasks: &[Task]) -> Result<()> {
    let ids: Vec<i64> = tasks.iter().filter(|t| !t.is_group).map(|t| t.id).collect();
    let known: Vec<store::notify::TaskLead> = tasks.iter().map(|t| (t.id, t.lead_unit_id, t.responsible_id)).collect();
    let ev = Event {
        known: &known,
        ..event(caller, cx, NotificationKind::Assigned, Audience::LeadSide, &ids, "")
    };
    store::notify::fan_out(tx, &ev).await?;
    Ok(())
}

/// A person newly named responsible is told the work is theirs.
pub(crate) async fn responsible_named(tx: &mut Tx, caller: &Caller, cx: &Ctx<'_>, task: &Task) -> Result<()> {
    send(
        tx,
        caller,
        cx,
        NotificationKind::Assigned,
        Audience::Responsible,
        &[task.id],
        "",
    )
    .await
}

/// An extension decided: whoever asked, and the lead side.
pub(crate) async fn extension_decided(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    req: &ExtensionRequest,
) -> Result<()> {
    let detail = domain::notify::decision_detail(
        req.decision == domain::task::Decision::Approved,
        req.granted_due_on,
        req.decision_note.as_deref(),
    );
    send(
        tx,
        caller,
        cx,
        NotificationKind::ExtensionDecided,
        Audience::UserAndLeadSide(req.requested_by_user),
        &[req.task_id],
        &detail,
    )
    .await
}

/// The caller's notifications, newest first.
pub async fn list(app: &App, caller: &Caller, unread_only: bool, limit: i64, offset: i64) -> Result<Vec<Notification>> {
    let Some(user) = caller.user_id() else {
        return Ok(Vec::new());
    };
    let mut tx = app.read_tx(caller).await?;
    Ok(store::notify::list(&mut tx, user, unread_only, limit.clamp(1, 200), offset.max(0)).await?)
}

/// (unread, all) notifications of the caller.
pub async fn counts(app: &App, caller: &Caller) -> Result<(i64, i64)> {
    let Some(user) = caller.user_id() else {
        return Ok((0, 0));
    };
    let mut tx = app.read_tx(caller).await?;
    let unread = store::notify::unread_count(&mut tx, user).await?;
    let all = store::notify::count(&mut tx, user).await?;
    Ok((unread, all))
}

/// Marks one of the caller's notifications read, or all of them. Another user's notification
/// is not found (nothing changes).
pub async fn mark_read(app: &App, caller: &Caller, id: Option<i64>) -> Result<u64> {
    let Some(user) = caller.user_id() else {
        return Ok(0);
    };
    let mut tx = app.write(caller).await?;
    let n = store::notify::mark_read(&mut tx, user, id).await?;
    tx.commit().await?;
    Ok(n)
}

/// The caller's delivery preferences.
pub async fn preferences(app: &App, caller: &Caller) -> Result<Preferences> {
    let Some(user) = caller.user_id() else {
        return Ok(Preferences::default());
    };
    let mut tx = app.read_tx(caller).await?;
    Ok(store::notify::preferences(&mut tx, user).await?)
}

/// Sets the caller's own delivery preferences.
pub async fn set_preferences(app: &App, caller: &Caller, input: PreferencesInput) -> Result<Preferences> {
    let Some(user) = caller.user_id() else {
        return Err(crate::Error::forbidden());
    };
    let valid = input.validate()?;
    let mut tx = app.write(caller).await?;
    store::notify::set_preferences(&mut tx, user, &valid).await?;
    tx.commit().await?;
    Ok(valid.into_inner())
}

/// The rules in force for work `unit_id` assigns, and the unit that set them (none: the
/// installation's defaults).
pub async fn reminder_rules(app: &App, caller: &Caller, unit_id: i64) -> Result<(Option<i64>, ReminderRules)> {
    let mut tx = app.read_tx(caller).await?;
    authz::check(&mut tx, caller, Operation::Read, Subject::Unit(unit_id)).await?;
    Ok(store::reminders::rules_for(&mut tx, unit_id).await?)
}

/// Sets the rules for work a unit assigns: its managing office (or an administrator).
pub async fn set_reminder_rules(
    app: &App,
    caller: &Caller,
    unit_id: i64,
    input: ReminderRulesInput,
) -> Result<ReminderRules> {
    let mut tx = app.write(caller).await?;
    authz::check(&mut tx, caller, Operation::SetReminderRules, Subject::Unit(unit_id)).await?;
    let valid = input.validate()?;
    store::reminders::set_rules(&mut tx, unit_id, &valid).await?;
    tx.commit().await?;
    Ok(valid.into_inner())
}

/// Whether the caller may set reminder rules anywhere (the menu shows the page).
pub fn sets_rules(caller: &Caller) -> bool {
    caller.principal.may_at_all(Operation::SetReminderRules.rule().action)
}

/// The outbox and reminder runs, for administrators.
pub async fn outbox(
    app: &App,
    caller: &Caller,
    state: Option<&str>,
) -> Result<(store::outbox::OutboxStats, Vec<store::outbox::OutboxMessage>)> {
    if !caller.principal.may_at_all(Operation::ViewOutbox.rule().action) {
        return Err(crate::Error::forbidden());
    }
    let state = match state {
        Some(s @ ("pending" | "sending" | "sent" | "dead")) => Some(s),
        Some("") | None => None,
        Some(other) => {
            return Err(FieldError::invalid(
                "state",
                format!("Không có tình trạng gửi “{other}”."),
                format!("There is no delivery state “{other}”."),
            )
            .into());
        }
    };
    // An administrator of a subtree sees the messages of the accounts they administer.
    let scope = caller.principal.scope(Operation::ViewOutbox.rule().action);
    let mut tx = app.read_tx(caller).await?;
    let stats = store::outbox::stats(&mut tx, &scope).await?;
    let rows = store::outbox::list(&mut tx, &scope, state, 200).await?;
    Ok((stats, rows))
}

/// The units whose reminder rules the caller may set, as (id, name): the roots of their
/// right and the units directly under them (where plans are issued), in tree order. For
/// administrators, the top units and those under them.
pub async fn rule_units(app: &App, caller: &Caller) -> Result<Vec<(i64, String)>> {
    let scope = caller.principal.scope(Operation::SetReminderRules.rule().action);
    let mut tx = app.read_tx(caller).await?;
    let roots: Vec<i64> = if scope.all {
        store::units::top(&mut tx).await?.into_iter().map(|u| u.id).collect()
    } else {
        scope.roots.iter().filter_map(|p| p.ids().last().copied()).collect()
    };
    let mut out = Vec::new();
    for id in roots {
        let u = store::units::get(&mut tx, id).await?;
        out.push((u.id, u.name));
        for c in store::units::children(&mut tx, id).await? {
            out.push((c.id, format!("— {}", c.name)));
        }
    }
    Ok(out)
}

/// Puts a message that was set aside back in the queue (administrators).
pub async fn retry_mail(app: &App, caller: &Caller, id: i64) -> Result<bool> {
    if !caller.principal.may_at_all(Operation::ViewOutbox.rule().action) {
        return Err(crate::Error::forbidden());
    }
    let scope = caller.principal.scope(Operation::ViewOutbox.rule().action);
    let mut tx = app.write(caller).await?;
    let done = store::outbox::retry(&mut tx, &scope, id, chrono::Utc::now().timestamp_millis()).await?;
    tx.commit().await?;
    Ok(done)
}
