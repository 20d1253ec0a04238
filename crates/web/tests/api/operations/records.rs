//! The records the operation matrix acts on, one set per district: a ward, its parent, a
//! person, a plan, an open task with a pending extension request and an open explanation
//! request, a theme and a target when the demo has them, an account, a compliance item and an
//! evaluation.

use serde_json::json;

use crate::common::*;

pub(super) struct Records {
    pub(super) unit: i64,
    pub(super) unit_parent: i64,
    pub(super) person: i64,
    /// The person responsible for `task` (the staff caller is linked to it).
    pub(super) responsible: i64,
    pub(super) document: i64,
    pub(super) task: i64,
    pub(super) theme: Option<i64>,
    pub(super) target: Option<i64>,
    pub(super) extension: i64,
    pub(super) explanation: i64,
    pub(super) user: i64,
    pub(super) item: i64,
    pub(super) evaluation: i64,
    /// A conference held by the district (or the unit), with the unit as its bridge point.
    pub(super) conference: i64,
    /// An inspection of the ward at its draft.
    pub(super) insp: crate::inspection_scene::Inspected,
}

async fn first(app: &TestApp, path: &str) -> Option<i64> {
    app.get(path).await["items"][0]["id"].as_i64()
}

pub(super) async fn records(app: &TestApp, unit: i64) -> Records {
    let u = app.get(&format!("/api/v1/units/{unit}")).await;
    let tasks = app.get(&format!("/api/v1/tasks?within={unit}&limit=500")).await;
    let open = |t: &&serde_json::Value| {
        !matches!(
            t["status"].as_str(),
            Some("completed_on_time" | "completed_late" | "cancelled")
        ) && t["responsible_id"].is_i64()
    };
    let t = tasks["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(open)
        .expect("an open task with a responsible person")
        .clone();
    let task = t["id"].as_i64().unwrap();
    let (extension, explanation) = app.open_requests(task).await;
    let (_, acct) = app
        .post(
            "/api/v1/users",
            json!({"login": format!("ops.subject.{unit}"), "display_name": "Thử", "password": "mat-khau-thu-nghiem", "roles": [{"role": "leader", "unit_id": unit}]}),
        )
        .await;
    // A requirement over the district, and the item of one of its Party cells.
    let district = u["path"]
        .as_str()
        .unwrap()
        .split('.')
        .nth(2)
        .and_then(|s| s.parse::<i64>().ok());
    let scope = district.unwrap_or(unit);
    let created = app::compliance::create(
        &app.app,
        &app::Caller::system(),
        serde_json::from_value(json!({"issuer_unit_id": scope, "scope_unit_id": scope, "unit_kind": "party_cell", "title": "Thử", "due_on": "2099-12-31"}))
            .unwrap(),
    )
    .await
    .expect("a requirement");
    let mut db = app.db.db.read().await.unwrap();
    let path = domain::unit::UnitPath::parse(u["path"].as_str().unwrap()).unwrap();
    let within = store::compliance::items_within(&mut db, created.requirement.id, &path, 1)
        .await
        .unwrap();
    let scope_path = domain::unit::UnitPath::parse(&store::units::get(&mut db, scope).await.unwrap().path).unwrap();
    let all = store::compliance::items_within(&mut db, created.requirement.id, &scope_path, 1)
        .await
        .unwrap();
    let item = within
        .first()
        .or(all.first())
        .map(|i| i.id)
        .expect("a requirement item");
    drop(db);
    let conference = app::conferences::create(
        &app.app,
        &app::Caller::system(),
        serde_json::from_value(
            json!({"host_unit_id": scope, "kind": "dissemination", "title": "Quán triệt", "starts_on": "2023-01-12",
            "format": "online", "bridge_points": [{"unit_id": unit, "expected": 30}]}),
        )
        .unwrap(),
    )
    .await
    .expect("a conference")
    .conference
    .id;
    // An evaluation of the ward's people for a past month.
    let (_, _) = app
        .post(
            "/api/v1/evaluations/compute",
            json!({"unit_id": unit, "period": "2023-10"}),
        )
        .await;
    let evaluation = app
        .get(&format!("/api/v1/evaluations?within={unit}&period=2023-10"))
        .await[0]["id"]
        .as_i64()
        .expect("an evaluation");
    let themes = app.get(&format!("/api/v1/themes?within={unit}")).await;
    Records {
        unit,
        unit_parent: u["parent_id"].as_i64().expect("a parent"),
        person: first(app, &format!("/api/v1/people?within={unit}"))
            .await
            .expect("a person"),
        responsible: t["responsible_id"].as_i64().unwrap(),
        document: t["plan_id"].as_i64().expect("a plan"),
        task,
        theme: themes[0]["id"].as_i64(),
        target: first(app, &format!("/api/v1/targets?within={unit}")).await,
        extension,
        explanation,
        user: acct["user"]["id"].as_i64().expect("an account"),
        item,
        evaluation,
        conference,
        insp: crate::inspection_scene::drafted(app, unit).await,
    }
}
