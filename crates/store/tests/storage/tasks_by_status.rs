//! The work page's lists side by side (`tasks::lists_by_status`): each status's first lines and
//! count are those of the full list it links to (`tasks::list` with that status, by deadline),
//! whoever reads them — a district, a ward, a staff member's own tasks.

use domain::access::Scope;
use domain::status::TaskStatus;
use domain::unit::UnitPath;
use store::access::TaskVisibility;
use store::tasks::{self, TaskFilter, TaskSort};

use crate::common::*;

both!(lists_by_status_agree_with_each_full_list, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let mut tx = db.write().await?;
    // A second overdue task and one in progress in Bồ Đề, so lists hold more than their limit.
    let late = through_app::create_task(
        &mut tx,
        task_in(fx.kh152.id, fx.bo_de.id, "Rà soát hồ sơ đảng viên", Some("2023-10-05")),
        &c,
    )
    .await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let path = |u: &store::model::Unit| UnitPath::parse(&u.path).expect("a path");
    let seen = |units: Vec<&store::model::Unit>, person_id: Option<i64>| TaskFilter {
        visibility: Some(TaskVisibility {
            scope: Scope::subtrees(units.into_iter().map(path).collect()),
            person_id,
        }),
        ..Default::default()
    };
    let readers = [
        ("the district", seen(vec![&fx.long_bien], None)),
        ("a ward", seen(vec![&fx.bo_de], None)),
        ("a staff member's own", seen(vec![], Some(fx.hong.id))),
        ("everything", TaskFilter::default()),
    ];
    let mut nonempty = 0;
    for (who, f) in &readers {
        for limit in [0, 1, 20] {
            let got = tasks::lists_by_status(&mut tx, f, &c, TaskStatus::ALL, limit).await?;
            assert_eq!(got.len(), TaskStatus::ALL.len());
            for (&status, page) in TaskStatus::ALL.iter().zip(&got) {
                let one = TaskFilter {
                    status: Some(status),
                    sort: TaskSort::Due,
                    ..f.clone()
                };
                let want = tasks::list(&mut tx, &one, &c, limit, 0).await?;
                assert_eq!(page.total, want.total, "{who}, {status:?}: count");
                assert_eq!(ids!(page.items), ids!(want.items), "{who}, {status:?}, {limit}: lines");
                for (a, b) in page.items.iter().zip(&want.items) {
                    assert_eq!(a.status, Some(status), "{who}: a line's status");
                    assert_eq!(a.cooperating_unit_ids, b.cooperating_unit_ids, "{who}: cooperators");
                }
                nonempty += usize::from(!page.items.is_empty());
            }
        }
    }
    assert!(nonempty > 0, "the fixture gave every list nothing");
    // Bồ Đề's overdue list holds both its overdue tasks, its count both.
    let ward = tasks::lists_by_status(&mut tx, &readers[1].1, &c, &[TaskStatus::Overdue], 20).await?;
    assert!(ids!(ward[0].items).contains(&late.id), "{:?}", ids!(ward[0].items));
    assert_eq!(ward[0].total, ward[0].items.len() as i64);
    assert!(ward[0].total >= 2);
    Ok(())
});
