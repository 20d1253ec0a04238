//! An inspection at its draft, for the authorization matrices: by the commission of the
//! district of a unit, of that unit (a ward) or of a ward of it (a district), walked through the
//! use-case layer as the installation up to a confidential draft.

use serde_json::{Value, json};

use crate::common::*;

/// The ids the matrices address.
#[derive(Clone, Copy, Debug)]
pub struct Inspected {
    /// The inspecting body (the district's commission).
    pub body: i64,
    /// The unit inspected.
    pub subject: i64,
    pub plan: i64,
    pub inspection: i64,
    /// Its draft results report (a confidential paper).
    pub draft: i64,
}

fn input<T: serde::de::DeserializeOwned>(v: Value) -> T {
    serde_json::from_value(v).expect("input parses")
}

/// An inspection of `unit` (or of a ward under it) at the "drafted" step.
pub async fn drafted(app: &TestApp, unit: i64) -> Inspected {
    let u = app.get(&format!("/api/v1/units/{unit}")).await;
    let (district, subject) = if u["kind"] == "district" {
        let wards = app.get(&format!("/api/v1/units/{unit}/children")).await;
        let ward = wards
            .as_array()
            .or(wards["items"].as_array())
            .and_then(|a| a.iter().find(|w| w["kind"] == "ward"))
            .and_then(|w| w["id"].as_i64())
            .expect("a ward");
        (unit, ward)
    } else {
        (u["parent_id"].as_i64().expect("the ward's district"), unit)
    };
    let found = app
        .get(&format!("/api/v1/units?within={district}&q=uy%20ban%20kiem%20tra"))
        .await;
    let body = found["items"][0]["id"].as_i64().expect("the district's commission");
    let head = app.get(&format!("/api/v1/people?within={body}")).await["items"][0]["id"]
        .as_i64()
        .expect("a commission member");
    let (a, me) = (&app.app, app::Caller::system());
    let made = app::inspections::create_plan(
        a,
        &me,
        input(json!({"body_unit_id": body, "year": 2023, "title": "Thử", "items": [
            {"content": "Thử", "subject_unit_ids": [subject], "time_text": "Quý IV/2023", "method": "inspection"}]})),
    )
    .await
    .expect("a plan");
    let id = made.inspections[0].id;
    app::inspections::decide(
        a,
        &me,
        id,
        input(json!({"symbol": "1-QĐ/UBKTQU", "decided_on": "2023-10-02", "starts_on": "2023-10-02", "ends_on": "2023-10-30",
            "team": [{"person_id": head, "role": "head"}]})),
    )
    .await
    .expect("a decision");
    let paper =
        |subject: Option<i64>| input(json!({"subject_unit_id": subject, "dated_on": "2023-10-10", "text": "Thử"}));
    use domain::inspection::RecordKind as K;
    app::inspections::add_record(a, &me, id, K::SelfReport, paper(Some(subject)), vec![])
        .await
        .expect("a self-report");
    app::inspections::add_record(a, &me, id, K::Verification, paper(None), vec![])
        .await
        .expect("a verification note");
    let draft = app::inspections::add_record(a, &me, id, K::Draft, paper(None), vec![])
        .await
        .expect("a draft");
    Inspected {
        body,
        subject,
        plan: made.plan.id,
        inspection: id,
        draft: draft.record.id,
    }
}
