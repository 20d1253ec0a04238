//! Where a person's own records are looked for: the tasks they are responsible for, the
//! inspections whose team they are on and the ratings of their desk lie in the person's tenant or in one joined to it by a
//! move (`access::person_tenants`), as a unit's cooperations lie in its tenant or one joined to
//! it. The lists read those tenants only (one shard on Citus) and still find every record, also
//! after the person's unit moved to another province.

use domain::access::Scope;
use domain::unit::{UnitInput, UnitKind};
use store::access::{self, TaskVisibility};
use store::evaluation::compute::{self, Selection};
use store::evaluation::feedback::{self, Response};
use store::inspection_lists::{self, InspectionFilter};
use store::tasks::{self, TaskFilter};
use store::{StoreError, Tx, units};

use crate::common::*;
use crate::tenant_moves::inspection;

/// The ids of the tasks `person` sees as their own (no unit in scope).
async fn own_tasks(tx: &mut Tx, person: i64) -> Result<Vec<i64>, StoreError> {
    let f = TaskFilter {
        visibility: Some(TaskVisibility {
            scope: Scope::default(),
            person_id: Some(person),
        }),
        ..Default::default()
    };
    let page = tasks::list(tx, &f, &clock(), 100, 0).await?;
    Ok(page.items.iter().map(|t| t.id).collect())
}

/// The ids of the tasks `unit` cooperates on, and their total.
async fn cooperations(tx: &mut Tx, unit: i64) -> Result<(Vec<i64>, i64), StoreError> {
    let f = TaskFilter {
        cooperating_unit_id: Some(unit),
        ..Default::default()
    };
    let page = tasks::list(tx, &f, &clock(), 100, 0).await?;
    // A count asked for alone (no rows) agrees.
    let counted = tasks::list(tx, &f, &clock(), 0, 0).await?;
    assert!(counted.items.is_empty());
    assert_eq!(counted.total, page.total);
    Ok((page.items.iter().map(|t| t.id).collect(), page.total))
}

/// The ids of the inspections `person` sees as a team member only.
async fn own_inspections(tx: &mut Tx, person: i64) -> Result<Vec<i64>, StoreError> {
    let f = InspectionFilter {
        person_id: Some(person),
        ..Default::default()
    };
    Ok(inspection_lists::list(tx, &f, 100)
        .await?
        .iter()
        .map(|i| i.id)
        .collect())
}

both!(a_persons_records_are_found_after_their_unit_moved, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    // Long Biên's key task and an inspection by Long Biên go to Đạt, of Ngọc Lâm (a ward under
    // Long Biên: within the district's reach, in its province).
    let task = tasks::get(&mut tx, fx.tasks[0].id, &fx.clock).await?;
    assert_eq!(task.lead_unit_id, fx.long_bien.id);
    tasks::set_responsible(&mut tx, &task, task.version, Some(fx.dat.id), &fx.clock).await?;
    let notice = doc(
        &mut tx,
        "05-TB/UBKTQU",
        "Thông báo kết luận kiểm tra tại Đảng ủy phường Ngọc Lâm",
        fx.long_bien.id,
        "2023-11-20",
    )
    .await?;
    let by_district = inspection(
        &mut tx,
        fx.long_bien.id,
        fx.ngoc_lam.id,
        fx.dat.id,
        notice.id,
        fx.tasks[1].id,
    )
    .await?;
    // Đạt receives citizens at Long Biên's desk, rated 5 and 3.
    let desk = feedback::create(
        &mut tx,
        fx.long_bien.id,
        Some(fx.dat.id),
        "Bộ phận một cửa quận",
        "long-bien-mot-cua",
    )
    .await?;
    for rating in [5, 3] {
        let response = Response {
            point: &desk,
            rating,
            answers: serde_json::json!({}),
            comment: None,
            device: "thiet-bi",
            address: "127.0.0.1",
            day: d("2023-10-10"),
        };
        feedback::insert(&mut tx, &response).await?;
    }
    tx.commit().await?;
    let rated = |s: feedback::Satisfaction| (s.responses, s.mean);

    let mut tx = db.read().await?;
    assert_eq!(access::person_tenants(&mut tx, fx.dat.id).await?, [fx.ha_noi.id]);
    assert_eq!(cooperations(&mut tx, fx.ngoc_lam.id).await?, (vec![fx.tasks[1].id], 1));
    assert!(own_tasks(&mut tx, fx.dat.id).await?.contains(&task.id));
    assert_eq!(own_inspections(&mut tx, fx.dat.id).await?, [by_district.id]);
    let october = (d("2023-10-01"), d("2023-10-31"));
    assert_eq!(
        rated(feedback::of_person(&mut tx, fx.dat.id, october.0, october.1).await?),
        (2, Some(400))
    );
    // Someone on no team and responsible for nothing has none, wherever they are.
    assert_eq!(own_inspections(&mut tx, fx.hong.id).await?, Vec::<i64>::new());
    assert_eq!(access::person_tenants(&mut tx, 987_654).await?, Vec::<i64>::new());
    drop(tx);

    // Ngọc Lâm becomes a top-level organisation: Đạt moves to its new tenant; the district's
    // task and inspection stay in Hà Nội.
    let mut tx = db.write().await?;
    let nl = units::get(&mut tx, fx.ngoc_lam.id).await?;
    let input = UnitInput {
        parent_id: None,
        kind: UnitKind::Ward,
        name: nl.name.clone(),
        short_name: None,
    };
    units::update(&mut tx, nl.id, nl.version, &input.validate()?).await?;
    tx.commit().await?;

    let mut tx = db.read().await?;
    let mut linked = access::person_tenants(&mut tx, fx.dat.id).await?;
    linked.sort_unstable();
    let mut expected = vec![fx.ha_noi.id, nl.id];
    expected.sort_unstable();
    assert_eq!(linked, expected);
    assert!(own_tasks(&mut tx, fx.dat.id).await?.contains(&task.id));
    assert_eq!(own_inspections(&mut tx, fx.dat.id).await?, [by_district.id]);
    assert_eq!(
        rated(feedback::of_person(&mut tx, fx.dat.id, october.0, october.1).await?),
        (2, Some(400))
    );
    // Bồ Đề's inspection of fire safety, with Ngọc Lâm cooperating, stayed in Hà Nội too.
    assert_eq!(cooperations(&mut tx, fx.ngoc_lam.id).await?, (vec![fx.tasks[1].id], 1));
    let records =
        compute::task_records(&mut tx, Selection::Person(fx.dat.id), d("2023-01-01"), d("2023-12-31")).await?;
    assert!(
        records
            .get(&fx.dat.id)
            .is_some_and(|r| r.iter().any(|t| t.task_id == task.id)),
        "{records:?}"
    );
    Ok(())
});
