//! The referenced-record matrix's cases for compliance requirements: a requirement set with an
//! issuing unit, a scope, a task or a document outside the caller's reach; a report naming
//! another unit's meeting; a meeting recorded for a unit outside.

use serde_json::{Value, json};
use store::access::Subject;

use super::Case;
use super::scene::Scene;

fn case(route: &'static str, path: String, body: Value, field: &str, subject: Subject) -> Case {
    Case {
        method: "POST",
        route,
        path,
        body,
        field: field.to_string(),
        covers: field.to_string(),
        subject,
    }
}

pub(super) fn cases(sc: &Scene) -> Vec<Case> {
    let u = Subject::Unit(sc.unit);
    let requirement = |k: &str, v: i64| {
        let mut b = json!({"issuer_unit_id": sc.unit, "scope_unit_id": sc.unit, "unit_kind": "peoples_committee",
            "title": "Thử", "due_on": "2099-12-31"});
        b[k] = json!(v);
        b
    };
    let mut out: Vec<Case> = [
        ("issuer_unit_id", sc.out_unit),
        ("scope_unit_id", sc.out_unit),
        ("task_id", sc.out_task),
        ("document_id", sc.out_document),
    ]
    .into_iter()
    .map(|(f, v)| {
        case(
            "/api/v1/requirements",
            "/api/v1/requirements".into(),
            requirement(f, v),
            f,
            u,
        )
    })
    .collect();
    out.push(case(
        "/api/v1/requirement-items/{id}/done",
        format!("/api/v1/requirement-items/{}/done", sc.item),
        json!({"done_on": "2023-10-05", "meeting_id": sc.out_meeting}),
        "meeting_id",
        Subject::RequirementItem(sc.item),
    ));
    out.push(case(
        "/api/v1/meetings",
        "/api/v1/meetings".into(),
        json!({"unit_id": sc.out_unit, "held_on": "2023-10-05", "topic": "Thử", "attendance": {"present": 1, "expected": 2}}),
        "unit_id",
        u,
    ));
    out
}
