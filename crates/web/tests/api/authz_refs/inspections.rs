//! The referenced-record matrix's cases for inspections: a plan of a commission, or of
//! subjects, outside the caller's reach; a team member, a paper's subject, a finding's or a
//! recommendation's subject, or a follow-up's lead unit in another district.

use serde_json::{Value, json};
use store::access::Subject;

use super::Case;
use super::scene::Scene;

fn case(route: &'static str, path: String, body: Value, field: &str, covers: &str, subject: Subject) -> Case {
    Case {
        method: "POST",
        route,
        path,
        body,
        field: field.to_string(),
        covers: covers.to_string(),
        subject,
    }
}

pub(super) fn cases(sc: &Scene) -> Vec<Case> {
    let (i, out) = (sc.insp, sc.out_unit);
    let plan = |body: i64, subject: i64| {
        json!({"body_unit_id": body, "year": 2024, "title": "Thử", "items": [
            {"content": "Thử", "subject_unit_ids": [subject], "time_text": "Quý I/2024", "method": "inspection"}]})
    };
    let at = |id: i64, step: &str| format!("/api/v1/inspections/{id}/{step}");
    let drafted = Subject::Inspection(i.inspection);
    let conclusion = |finding: i64, rec_subject: i64, lead: i64| {
        json!({"symbol": "99-TB/UBKTQU", "concluded_on": "2023-11-10", "summary": "Thử",
            "findings": [{"subject_unit_id": finding, "text": "Thử"}],
            "recommendations": [{"subject_unit_id": rec_subject, "lead_unit_id": lead, "text": "Thử", "due_on": "2023-12-31"}]})
    };
    let mut out_cases = vec![
        case(
            "/api/v1/inspection-plans",
            "/api/v1/inspection-plans".into(),
            plan(out, i.subject),
            "body_unit_id",
            "body_unit_id",
            Subject::Unit(i.body),
        ),
        case(
            "/api/v1/inspection-plans",
            "/api/v1/inspection-plans".into(),
            plan(i.body, out),
            "items[0].subject_unit_ids",
            "items[].subject_unit_ids",
            Subject::Unit(i.body),
        ),
        case(
            "/api/v1/inspections/{id}/decision",
            at(sc.planned, "decision"),
            json!({"symbol": "98-QĐ/UBKTQU", "decided_on": "2023-11-01", "starts_on": "2023-11-02", "ends_on": "2023-11-30",
                "team": [{"person_id": sc.out_person, "role": "head"}]}),
            "team[0].person_id",
            "team[].person_id",
            Subject::Inspection(sc.planned),
        ),
        case(
            "/api/v1/inspections/{id}/conclusion",
            at(i.inspection, "conclusion"),
            conclusion(out, i.subject, i.subject),
            "findings[0].subject_unit_id",
            "findings[].subject_unit_id",
            drafted,
        ),
        case(
            "/api/v1/inspections/{id}/conclusion",
            at(i.inspection, "conclusion"),
            conclusion(i.subject, out, i.subject),
            "recommendations[0].subject_unit_id",
            "recommendations[].subject_unit_id",
            drafted,
        ),
        case(
            "/api/v1/inspections/{id}/conclusion",
            at(i.inspection, "conclusion"),
            conclusion(i.subject, i.subject, out),
            "recommendations[0].lead_unit_id",
            "recommendations[].lead_unit_id",
            drafted,
        ),
    ];
    for (route, step) in [
        ("/api/v1/inspections/{id}/self-reports", "self-reports"),
        ("/api/v1/inspections/{id}/verifications", "verifications"),
        ("/api/v1/inspections/{id}/drafts", "drafts"),
    ] {
        out_cases.push(case(
            route,
            at(i.inspection, step),
            json!({"subject_unit_id": out, "dated_on": "2023-11-01", "text": "Thử"}),
            "subject_unit_id",
            "subject_unit_id",
            drafted,
        ));
    }
    out_cases
}
