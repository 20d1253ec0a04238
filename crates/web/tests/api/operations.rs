//! The authorization matrix at the use-case layer (issue 11): every operation of
//! `Operation::ALL` × 6 signed-in callers × a subject in Long Biên and one in Hai Bà Trưng,
//! calling the `app` function itself — what the API, the pages, the CLI and the workers all
//! call — not the HTTP route. The expected outcome comes from the domain's rule
//! (`Principal::may` on the record's units, `can_read` to see it). `attempt` matches every
//! operation with no wildcard, so an operation added to the domain does not compile here until
//! it has its case.
//!
//! Inputs are chosen so that an allowed call stops after authorization where it can (a stale
//! version, a date refused by validation that runs after the check), so the cases do not change
//! what later cases see.

use domain::access::{Action, Binding, Operation, Principal, Role};
use domain::task::NoteKind;
use domain::unit::UnitPath;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use store::access::Subject;

use crate::common::*;

mod records;
use records::{Records, records};

fn input<T: DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("input parses")
}

/// An outcome without its value.
fn ok<T>(res: app::Result<T>) -> app::Result<()> {
    res.map(|_| ())
}

/// Who may do an operation, as the domain says.
enum Expect {
    /// `may(op)` on the record's units, and the record readable.
    On(Subject),
    /// `may(op)` on the record's units (a record created under it need not be readable yet).
    Under(Subject),
    /// Installation-wide right (rule sets).
    Everywhere,
    /// The operation's right held on any unit.
    AtAll,
    /// The caller's relation to the record decides (the evaluated person, the reviewer, the
    /// requester): only the refusal outside the caller's scope is checked here;
    /// `evaluation.rs` and `trust_work.rs` check the rest.
    OutsideRefused(Subject),
}

/// The operation tried on the records `r`, and what decides it.
async fn attempt(app: &TestApp, c: &app::Caller, op: Operation, r: &Records) -> (Expect, app::Result<()>) {
    let a = &app.app;
    let (u, t, d) = (r.unit, r.task, r.document);
    let task = |title: &str| {
        input::<domain::task::TaskInput>(
            json!({"plan_id": d, "title": title, "lead_unit_id": u, "deadline_text": "Quý IV/2099"}),
        )
    };
    let msg = |text: &str| input::<domain::task::MessageInput>(json!({"text": text}));
    use Operation as O;
    match op {
        O::Read => {
            let res = match a.read(c).await {
                Ok(mut rd) => ok(rd.task(t).await),
                Err(e) => Err(e),
            };
            (Expect::On(Subject::Task(t)), res)
        }
        O::CreateUnit => (
            Expect::Under(Subject::Unit(u)),
            ok(app::org::create_unit(a, c, input(json!({"parent_id": u, "kind": "party_cell", "name": "Chi bộ thử"}))).await),
        ),
        O::UpdateUnit => (
            Expect::On(Subject::Unit(u)),
            ok(app::org::update_unit(a, c, u, 0, input(json!({"parent_id": r.unit_parent, "kind": "ward", "name": "Thử"}))).await),
        ),
        O::DeleteUnit => (Expect::On(Subject::Unit(u)), ok(app::org::delete_unit(a, c, u, 0).await)),
        O::CreatePerson => (
            Expect::Under(Subject::Unit(u)),
            ok(app::org::create_person(a, c, input(json!({"unit_id": u, "name": "Nguyễn Văn Thử", "category": "civil_servant"}))).await),
        ),
        O::UpdatePerson => (
            Expect::On(Subject::Person(r.person)),
            ok(app::org::update_person(a, c, r.person, 0, input(json!({"unit_id": u, "name": "Thử", "category": "civil_servant"}))).await),
        ),
        O::CreateDocument => (
            Expect::Under(Subject::Unit(u)),
            ok(app::documents::create(a, c, input(json!({"symbol": format!("{}-KH/ĐU", 700 + u % 90), "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-11-01"}))).await),
        ),
        O::UpdateDocument => (
            Expect::On(Subject::Document(d)),
            ok(app::documents::update(a, c, d, 0, input(json!({"symbol": "152-KH/QU", "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-01-01"}))).await),
        ),
        O::LinkDocuments => (
            Expect::On(Subject::Document(d)),
            // A document linked to itself is refused by validation, after the check.
            ok(app::documents::link(a, c, d, input(json!({"to_id": d, "kind": "guides"}))).await),
        ),
        // The link's own existence is checked after the document's, with the same answer as
        // an invisible document; `documents.rs` covers an allowed removal.
        O::UnlinkDocuments => (
            Expect::OutsideRefused(Subject::Document(d)),
            ok(app::documents::unlink(a, c, d, 999_999).await),
        ),
        O::CreateTheme => (
            Expect::Under(Subject::Unit(u)),
            ok(app::documents::create_theme(a, c, input(json!({"unit_id": u, "year": 2031, "title": "Thử"}))).await),
        ),
        O::UpdateTheme => match r.theme {
            Some(th) => (
                Expect::On(Subject::Theme(th)),
                ok(app::documents::update_theme(a, c, th, 0, input(json!({"unit_id": u, "year": 2023, "title": "Thử"}))).await),
            ),
            None => (Expect::OutsideRefused(Subject::Unit(u)), Err(app::Error::forbidden())),
        },
        O::ImportPlan => (
            Expect::Under(Subject::Unit(u)),
            ok(app::plans::import(a, c, input(json!({"document": {"symbol": format!("{}-KH/ĐU", 800 + u % 90), "title": "Thử", "issuer_unit_id": u, "issued_on": "2023-12-01"}, "tasks": []}))).await),
        ),
        O::CreateTask => (Expect::Under(Subject::Document(d)), ok(app::tasks::create(a, c, task("Thử")).await)),
        O::CreateSubtask => (Expect::On(Subject::Task(t)), ok(app::tasks::create_subtask(a, c, t, task("Phần việc thử")).await)),
        O::UpdateTask => (Expect::On(Subject::Task(t)), ok(app::tasks::update(a, c, t, 0, task("Thử")).await)),
        O::SetResponsible => (Expect::On(Subject::Task(t)), ok(app::tasks::set_responsible(a, c, t, 0, None).await)),
        O::CancelTask => (Expect::On(Subject::Task(t)), ok(app::tasks::cancel(a, c, t, 0, msg("Thử")).await)),
        O::ReportProgress => (
            Expect::On(Subject::Task(t)),
            // A report dated before 1945 is refused by validation, after the check.
            ok(app::work::report_progress(a, c, t, input(json!({"percent": 10, "text": "Thử", "reported_on": "1900-01-01"}))).await),
        ),
        O::CompleteTask => (
            Expect::On(Subject::Task(t)),
            ok(app::work::complete(a, c, t, input(json!({"version": 0}))).await),
        ),
        O::RequestExtension => (
            Expect::On(Subject::Task(t)),
            ok(app::work::request_extension(a, c, t, input(json!({"new_due_on": "1900-01-01", "reason": "Thử"}))).await),
        ),
        O::DecideExtension => (
            Expect::OutsideRefused(Subject::Task(t)),
            ok(app::work::decide_extension(a, c, t, r.extension, input(json!({"approve": false}))).await),
        ),
        O::RequestExplanation => (
            Expect::On(Subject::Task(t)),
            ok(app::work::request_explanation(a, c, t, input(json!({"text": "", "answer_due_on": "1900-01-01"}))).await),
        ),
        O::AnswerExplanation => (
            Expect::OutsideRefused(Subject::Task(t)),
            ok(app::work::answer_explanation(a, c, t, r.explanation, msg("")).await),
        ),
        O::CommentTask => (Expect::On(Subject::Task(t)), ok(app::work::add_note(a, c, t, NoteKind::Comment, msg("")).await)),
        O::UrgeTask => (Expect::On(Subject::Task(t)), ok(app::work::add_note(a, c, t, NoteKind::Urge, msg("")).await)),
        O::CreateTarget => (
            Expect::Under(Subject::Unit(u)),
            ok(app::targets::save(a, c, None, input(json!({"unit_id": u, "period": "2031", "indicator": "Thử", "uom": "%", "direction": "higher", "planned": 1.0}))).await),
        ),
        O::UpdateTarget => match r.target {
            Some(tg) => (
                Expect::On(Subject::Target(tg)),
                ok(app::targets::save(a, c, Some((tg, 0)), input(json!({"unit_id": u, "period": "2031", "indicator": "Thử", "uom": "%", "direction": "higher", "planned": 1.0}))).await),
            ),
            None => (Expect::OutsideRefused(Subject::Unit(u)), Err(app::Error::forbidden())),
        },
        O::RecordActual => match r.target {
            Some(tg) => (
                Expect::On(Subject::Target(tg)),
                ok(app::targets::record_actual(a, c, tg, input(json!({"measured_on": "1900-01-01", "value": 1.0}))).await),
            ),
            None => (Expect::OutsideRefused(Subject::Unit(u)), Err(app::Error::forbidden())),
        },
        O::CreateUser | O::UpdateUserRoles | O::ResetPassword => {
            let res = match op {
                O::CreateUser => ok(app::accounts::create_user(a, c, store::accounts::NewUser {
                    login: format!("ops.{}.{}", c.principal.login, u),
                    display_name: "Thử".into(),
                    password: "mat-khau-thu-nghiem".into(),
                    person_id: None,
                    roles: vec![store::accounts::RoleBinding { role: Role::Leader, unit_id: Some(u) }],
                })
                .await),
                O::UpdateUserRoles => ok(app::accounts::set_roles(a, c, r.user, vec![store::accounts::RoleBinding { role: Role::Leader, unit_id: Some(u) }]).await),
                _ => ok(app::accounts::reset_password(a, c, r.user, "mat-khau-moi-thu-nghiem").await),
            };
            (Expect::Under(Subject::Unit(u)), res)
        }
        O::PublishUnit => (
            Expect::On(Subject::Unit(u)),
            ok(app::publications::publish(a, c, u, input(json!({"published": false}))).await),
        ),
        O::SetReminderRules => (
            Expect::On(Subject::Unit(u)),
            ok(app::notices::set_reminder_rules(a, c, u, input(json!({"before_days": "x", "after_days": "x"}))).await),
        ),
        // The outbox is the installation's, not a unit's: a right held anywhere.
        O::ViewOutbox => (Expect::AtAll, ok(app::notices::retry_mail(a, c, 999_999).await)),
        O::CreateRequirement => (
            Expect::Under(Subject::Unit(u)),
            ok(app::compliance::create(a, c, input(json!({"issuer_unit_id": u, "scope_unit_id": u, "unit_kind": "party_cell", "title": "Thử", "due_on": "2099-12-31"}))).await),
        ),
        O::ReportRequirement | O::ReviewRequirement | O::RecordMeeting => {
            // Rights on the unit that reports, meets or is reviewed; the item's own checks
            // (the unit's officer, the issuing office) are in `compliance.rs`.
            let res = match op {
                O::RecordMeeting => ok(app::compliance::record_meeting(a, c, input(json!({"unit_id": u, "held_on": "2023-10-15", "topic": "Thử", "attendance": {"present": 1, "expected": 1}})), vec![]).await),
                O::ReportRequirement => ok(app::compliance::report_done(a, c, r.item, input(json!({"done_on": "1900-01-01"})), vec![]).await),
                _ => ok(app::compliance::review(a, c, r.item, input(json!({"accept": false}))).await),
            };
            (Expect::OutsideRefused(Subject::Unit(u)), res)
        }
        O::CreateConference => (
            Expect::Under(Subject::Unit(u)),
            ok(app::conferences::create(a, c, input(json!({"host_unit_id": u, "kind": "briefing", "title": "Thử", "starts_on": "2023-01-12", "format": "online"}))).await),
        ),
        O::UpdateConference => {
            // The host as it is; a version never read stops an allowed edit after the checks.
            let host = {
                let mut db = a.db.read().await.expect("a snapshot");
                store::conferences::get(&mut db, r.conference).await.expect("the conference").host_unit_id
            };
            (
                Expect::On(Subject::Conference(r.conference)),
                ok(app::conferences::update(a, c, r.conference, 999_999, input(json!({"host_unit_id": host, "kind": "dissemination", "title": "Thử", "starts_on": "2023-01-12", "format": "online", "bridge_points": [{"unit_id": u, "expected": 30}]}))).await),
            )
        }
        // More present than expected is refused by validation, after the check.
        O::RecordAttendance => (
            Expect::On(Subject::Conference(r.conference)),
            ok(app::conferences::record_attendance(a, c, r.conference, input(json!({"points": [{"unit_id": u, "present": 31}]}))).await),
        ),
        // A notice without a title is refused by validation, after the check.
        O::ConcludeConference => {
            let host = {
                let mut db = a.db.read().await.expect("a snapshot");
                store::conferences::get(&mut db, r.conference).await.expect("the conference").host_unit_id
            };
            (
                Expect::On(Subject::Conference(r.conference)),
                ok(app::conferences::conclude(a, c, r.conference, input(json!({"document": {"symbol": "9-TB/QU", "title": "", "issuer_unit_id": host, "issued_on": "2023-01-20"}, "tasks": []}))).await),
            )
        }
        O::SelfAssess | O::ReviewEvaluation | O::DecideEvaluation => {
            let action = match op {
                O::SelfAssess => "submit_self",
                O::ReviewEvaluation => "review",
                _ => "decide",
            };
            (
                Expect::OutsideRefused(Subject::Evaluation(r.evaluation)),
                ok(app::evaluation::take_step(a, c, r.evaluation, input(json!({"action": action, "version": 0}))).await),
            )
        }
        O::ComputeEvaluations => (
            Expect::On(Subject::Unit(u)),
            ok(app::evaluation::compute_unit(a, c, u, "2019-01", "qd3814_hanoi").await),
        ),
        O::MarkTaskResult => (
            Expect::On(Subject::Task(t)),
            ok(app::evaluation::mark_task(a, c, t, input(json!({"weight": -1.0}))).await),
        ),
        O::ManageRuleSets => (Expect::Everywhere, ok(app::evaluation_admin::clone(a, c, 999_999).await)),
        O::ManageFeedback => (
            Expect::Under(Subject::Unit(u)),
            ok(app::feedback::create_point(a, c, u, None, "", "").await),
        ),
        // Inspections: the record is the inspection at its draft, so an allowed step stops at
        // validation (a date ahead of today, no findings, an empty reason) or out of turn.
        O::PlanInspections => (
            Expect::Under(Subject::Unit(r.insp.body)),
            ok(app::inspections::create_plan(a, c, input(json!({"body_unit_id": r.insp.body, "year": 2023, "title": "Thử",
                "items": [{"content": "Thử", "subject_unit_ids": [r.insp.subject], "time_text": "Quý IV/2023", "method": "inspection"}]}))).await),
        ),
        O::DecideInspection => (
            Expect::On(Subject::Inspection(r.insp.inspection)),
            ok(app::inspections::decide(a, c, r.insp.inspection, input(json!({"symbol": "1-QĐ/UBKTQU", "decided_on": "2023-10-02",
                "starts_on": "2023-10-02", "ends_on": "2023-10-30", "team": [{"person_id": r.person, "role": "head"}]}))).await),
        ),
        O::SubmitSelfReport | O::RecordVerification | O::DraftInspectionReport => {
            use domain::inspection::RecordKind as K;
            let kind = match op {
                O::SubmitSelfReport => K::SelfReport,
                O::RecordVerification => K::Verification,
                _ => K::Draft,
            };
            let paper = input(json!({"subject_unit_id": r.insp.subject, "dated_on": "2099-01-01", "text": "Thử"}));
            (
                Expect::On(Subject::Inspection(r.insp.inspection)),
                ok(app::inspections::add_record(a, c, r.insp.inspection, kind, paper, vec![]).await),
            )
        }
        O::ConcludeInspection => (
            Expect::On(Subject::Inspection(r.insp.inspection)),
            ok(app::inspections::conclude(a, c, r.insp.inspection, input(json!({"symbol": "1-TB/UBKTQU", "concluded_on": "2023-11-01",
                "summary": "Thử", "findings": []}))).await),
        ),
        O::CloseRecommendation => (
            Expect::On(Subject::Inspection(r.insp.inspection)),
            ok(app::inspections::close_recommendation(a, c, r.insp.inspection, 999_999, input(json!({"reason": ""}))).await),
        ),
        O::CloseInspection => (
            Expect::On(Subject::Inspection(r.insp.inspection)),
            ok(app::inspections::close(a, c, r.insp.inspection).await),
        ),
    }
}

/// Refusals of authorization (not validation, conflicts or missing sub-records).
fn is_refusal(e: &app::Error) -> bool {
    use domain::ErrorCode as E;
    [E::Forbidden, E::NotFound, E::UnknownReference, E::OutOfScope]
        .iter()
        .any(|c| e.is(*c))
}

both!(every_operation_for_every_role_in_and_out_of_scope, |app| async move {
    let lb = app.unit_id("quan long bien").await;
    let bo_de = app.unit_id("phuong bo de").await;
    let hbt = app.unit_id("quan hai ba trung").await;
    let inside = records(&app, bo_de).await;
    let outside = records(&app, hbt).await;
    let path_of = |id: i64| {
        let app = app.clone();
        async move { UnitPath::parse(app.get(&format!("/api/v1/units/{id}")).await["path"].as_str().unwrap()).unwrap() }
    };
    let callers = [
        ("admin", Role::Admin, lb),
        ("leader", Role::Leader, lb),
        ("specialist", Role::Specialist, lb),
        ("officer", Role::UnitOfficer, bo_de),
        ("inspector", Role::Inspector, lb),
        ("staff", Role::Staff, bo_de),
    ];
    let (mut cases, mut allowed_cases) = (0, 0);
    let mut failures = Vec::new();
    for (name, role, unit) in callers {
        let person = (role == Role::Staff).then_some(inside.responsible);
        let secret = app.token_for(&format!("ops.{name}"), role, Some(unit), person).await;
        let (caller, _) = app::accounts::caller_for(&app.app, &secret, None)
            .await
            .expect("token read")
            .expect("a caller");
        let principal = Principal {
            user_id: 0,
            login: name.into(),
            person_id: person,
            bindings: vec![Binding {
                role,
                unit_path: Some(path_of(unit).await),
            }],
        };
        for &op in Operation::ALL {
            for (which, r) in [("in", &inside), ("out", &outside)] {
                let (expect, result) = attempt(&app, &caller, op, r).await;
                let subject = match expect {
                    Expect::On(s) | Expect::Under(s) | Expect::OutsideRefused(s) => Some(s),
                    Expect::Everywhere | Expect::AtAll => None,
                };
                let belonging = match subject {
                    Some(s) => {
                        let mut db = app.db.db.read().await.unwrap();
                        Some(store::access::belonging(&mut db, s).await.unwrap())
                    }
                    None => None,
                };
                let target = belonging.as_ref().map(|b| b.target());
                let may = |read: bool| {
                    target
                        .as_ref()
                        .is_some_and(|t| (!read || principal.can_read(t)) && principal.may(op, t))
                };
                let want: Option<bool> = match expect {
                    Expect::On(_) => Some(may(true)),
                    Expect::Under(_) => Some(may(false)),
                    Expect::Everywhere => Some(principal.scope(Action::ManageRuleSets).all),
                    Expect::AtAll => Some(principal.may_at_all(op.rule().action)),
                    Expect::OutsideRefused(_) => (which == "out").then_some(false),
                };
                cases += 1;
                let refused = result.as_ref().is_err_and(is_refusal);
                let right = match want {
                    Some(true) => {
                        allowed_cases += 1;
                        !refused
                    }
                    Some(false) => refused,
                    None => true,
                };
                if !right {
                    failures.push(format!("{name} {which} {op:?}: want allowed={want:?}, got {result:?}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!(
        "operation matrix: {cases} cases ({} operations × 6 callers × in/out), {allowed_cases} allowed",
        Operation::ALL.len()
    );
    // Enough callers are allowed that the refusals are not all there is.
    assert!(
        allowed_cases * 6 >= cases,
        "only {allowed_cases} allowed cases of {cases}"
    );
});
