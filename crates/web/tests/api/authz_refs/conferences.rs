//! The referenced-record matrix's cases for conferences: a conference (added or edited) naming a
//! host unit, a document, a series or a bridge point outside the caller's reach; attendance for
//! a unit that is not one of its bridge points; a person of another district added to the
//! invitation list or marked at its roll-call; a conclusion notice naming records outside; a
//! series started for a unit outside.

use serde_json::{Value, json};
use store::access::Subject;

use super::Case;
use super::scene::Scene;

fn case(
    method: &'static str,
    route: &'static str,
    path: String,
    body: Value,
    field: &str,
    covers: &str,
    subject: Subject,
) -> Case {
    Case {
        method,
        route,
        path,
        body,
        field: field.to_string(),
        covers: covers.to_string(),
        subject,
    }
}

pub(super) fn cases(sc: &Scene) -> Vec<Case> {
    let u = Subject::Unit(sc.unit);
    let conf = Subject::Conference(sc.conference);
    let at = format!("/api/v1/conferences/{}", sc.conference);
    let conference = |k: &str, v: Value| {
        let mut b = json!({"host_unit_id": sc.unit, "kind": "dissemination", "title": "Thử", "starts_on": "2023-01-12",
            "format": "online", "bridge_points": [{"unit_id": sc.unit}]});
        b[k] = v;
        b
    };
    let names = [
        ("host_unit_id", json!(sc.out_unit), "host_unit_id", "host_unit_id"),
        ("document_ids", json!([sc.out_document]), "document_ids", "document_ids"),
        ("series_id", json!(sc.out_series), "series_id", "series_id"),
        (
            "bridge_points",
            json!([{"unit_id": sc.out_unit}]),
            "bridge_points[0].unit_id",
            "bridge_points[].unit_id",
        ),
    ];
    let mut out = Vec::new();
    for (k, v, field, covers) in &names {
        out.push(case(
            "POST",
            "/api/v1/conferences",
            "/api/v1/conferences".into(),
            conference(k, v.clone()),
            field,
            covers,
            u,
        ));
        let mut edited = conference(k, v.clone());
        edited["version"] = json!(0);
        out.push(case(
            "PUT",
            "/api/v1/conferences/{id}",
            at.clone(),
            edited,
            field,
            covers,
            conf,
        ));
    }
    out.push(case(
        "POST",
        "/api/v1/conferences/{id}/attendance",
        format!("{at}/attendance"),
        json!({"points": [{"unit_id": sc.out_unit, "present": 1}]}),
        "points[0].unit_id",
        "points[].unit_id",
        conf,
    ));
    out.push(case(
        "POST",
        "/api/v1/conferences/{id}/invitees",
        format!("{at}/invitees"),
        json!({"person_id": sc.out_person}),
        "person_id",
        "person_id",
        conf,
    ));
    out.push(case(
        "POST",
        "/api/v1/conferences/{id}/roll-call",
        format!("{at}/roll-call"),
        json!({"marks": [{"person_id": sc.out_person, "mark": "invited"}]}),
        "marks[0].person_id",
        "marks[].person_id",
        conf,
    ));
    let doc = |issuer: i64| json!({"symbol": "9-TB/ĐU", "title": "Thông báo kết luận hội nghị", "issuer_unit_id": issuer, "issued_on": "2023-01-20"});
    let conclusion = format!("{at}/conclusion");
    let route = "/api/v1/conferences/{id}/conclusion";
    out.push(case(
        "POST",
        route,
        conclusion.clone(),
        json!({"document": doc(sc.out_unit), "tasks": []}),
        "document.issuer_unit_id",
        "document.issuer_unit_id",
        conf,
    ));
    out.push(case(
        "POST",
        route,
        conclusion.clone(),
        json!({"document": doc(sc.unit), "implements": [sc.out_document], "tasks": []}),
        "implements[0]",
        "implements",
        conf,
    ));
    for (f, v) in [
        ("lead_unit_id", json!(sc.out_unit)),
        ("cooperating_unit_ids", json!([sc.out_unit])),
        ("responsible_id", json!(sc.out_person)),
    ] {
        let mut t = json!({"code": "1", "title": "Thử", "lead_unit_id": sc.unit, "deadline_text": "Quý IV/2099"});
        t[f] = v;
        out.push(case(
            "POST",
            route,
            conclusion.clone(),
            json!({"document": doc(sc.unit), "tasks": [t]}),
            &format!("tasks[0].{f}"),
            &format!("tasks[].{f}"),
            conf,
        ));
    }
    out.push(case(
        "POST",
        "/api/v1/conference-series",
        "/api/v1/conference-series".into(),
        json!({"host_unit_id": sc.out_unit, "title": "Thử"}),
        "host_unit_id",
        "host_unit_id",
        u,
    ));
    out
}
