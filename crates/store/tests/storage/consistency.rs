//! What must hold across requests and backends: no lost update under concurrency, the same
//! order on both backends, every row in its unit's tenant.

use std::time::Duration;

use domain::status::TaskStatus;
use domain::task::{CompleteInput, MessageInput, ProgressInput};
use domain::unit::{UnitInput, UnitKind};
use store::tasks::{self, TaskFilter};
use store::{Db, StoreError, Tx, units};

use crate::common::*;

async fn scalar(tx: &mut Tx, sql: &'static str) -> Result<i64, StoreError> {
    Ok(store::on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sql).fetch_one(c).await?))
}

/// Waits until another session of this PostgreSQL database is blocked on a lock (the
/// second writer is then past its version check). SQLite serialises writers instead.
async fn until_someone_waits(db: &Db) -> Result<(), StoreError> {
    if matches!(db, Db::Sqlite { .. }) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        return Ok(());
    }
    // On Citus the row locks are taken on the workers, where the second writer's statement
    // waits: `citus_stat_activity` shows the backends of every node.
    let sql = if fixtures::testing::is_citus(db).await {
        "SELECT COUNT(*) FROM citus_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    } else {
        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
    };
    for _ in 0..500 {
        let mut tx = db.read().await?;
        let waiting = scalar(&mut tx, sql).await?;
        if waiting > 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the second writer never blocked");
}

// Two people edit the same unit from version 1; the one who saves second must get
// StaleVersion (HTTP 409), not silently overwrite the first edit.
both!(concurrent_edits_do_not_overwrite, |db| async move {
    let fx = fixture(&db).await?;
    let parent = fx.long_bien.id;
    let edit = move |name: &str| {
        UnitInput {
            parent_id: Some(parent),
            kind: UnitKind::Ward,
            name: name.into(),
            short_name: None,
        }
        .validate()
        .unwrap()
    };
    let mut first = db.write().await?;
    units::update(&mut first, fx.bo_de.id, 1, &edit("Phường Bồ Đề (mới)")).await?;
    let db2 = db.clone();
    let id = fx.bo_de.id;
    let second = tokio::spawn(async move {
        let mut tx = db2.write().await?;
        let r = units::update(&mut tx, id, 1, &edit("Phường Bồ Đề (sửa lần hai)")).await;
        if r.is_ok() {
            tx.commit().await?;
        }
        Ok::<_, StoreError>(r)
    });
    until_someone_waits(&db).await?;
    first.commit().await?;
    let r = second.await.expect("second writer")?;
    let mut tx = db.read().await?;
    let now = units::get(&mut tx, id).await?;
    assert!(
        matches!(r, Err(StoreError::StaleVersion { .. })),
        "the second save from version 1 was accepted: {r:?}; stored now: {:?} v{}",
        now.name,
        now.version
    );
    assert_eq!((now.name.as_str(), now.version), ("Phường Bồ Đề (mới)", 2));
    Ok(())
});

// Completing and cancelling the same task at the same time: one wins, the other gets
// StaleVersion, and the roll-up still counts the task once, under its real status.
both!(concurrent_complete_and_cancel, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let t = fx.tasks[2].clone();
    let mut first = db.write().await?;
    let done = CompleteInput {
        completed_on: Some(c.today),
        note: None,
        author_id: None,
        version: t.version,
    };
    through_app::complete(&mut first, t.id, done, &c).await?;
    let db2 = db.clone();
    let second = tokio::spawn(async move {
        let mut tx = db2.write().await?;
        let r = through_app::cancel(
            &mut tx,
            t.id,
            t.version,
            MessageInput {
                text: "Hủy".into(),
                person_id: None,
            },
            &c,
        )
        .await;
        if r.is_ok() {
            tx.commit().await?;
        }
        Ok::<_, StoreError>(r.map(|t| t.status))
    });
    until_someone_waits(&db).await?;
    first.commit().await?;
    let r = second.await.expect("second writer")?;
    let mut tx = db.read().await?;
    let now = tasks::get(&mut tx, t.id, &c).await?;
    drop(tx);
    let roll = rollup_of(&db, fx.ha_noi.id, c, None, None).await?;
    let by_rule: i64 = [TaskStatus::CompletedOnTime, TaskStatus::Cancelled]
        .iter()
        .map(|s| roll.totals.by_status[s.as_str()])
        .sum();
    assert!(
        matches!(r, Err(StoreError::StaleVersion { .. })),
        "cancel from a stale version was accepted: {r:?}; task now {:?}, completed_on {:?}; roll-up {:?}",
        now.status,
        now.completed_on,
        roll.totals.by_status
    );
    assert_eq!(now.status, Some(TaskStatus::CompletedOnTime));
    assert_eq!(
        (by_rule, roll.totals.by_status["not_started"]),
        (1, 1),
        "roll-up: {:?}",
        roll.totals.by_status
    );
    Ok(())
});

// Sorting by due date puts open-ended work ("thường xuyên", no due date) in the same place
// on both backends: after the dated tasks.
both!(tasks_without_due_date_sort_last_on_both_backends, |db| async move {
    let fx = fixture(&db).await?;
    let mut tx = db.write().await?;
    let ongoing = through_app::create_task(
        &mut tx,
        task_in(fx.kh152.id, fx.bo_de.id, "Thường xuyên kiểm tra", None),
        &fx.clock,
    )
    .await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    let page = tasks::list(
        &mut tx,
        &TaskFilter {
            plan_id: Some(fx.kh152.id),
            ..Default::default()
        },
        &fx.clock,
        100,
        0,
    )
    .await?;
    assert_eq!(
        page.items.last().map(|t| t.id),
        Some(ongoing.id),
        "order: {:?}",
        page.items.iter().map(|t| t.due_on).collect::<Vec<_>>()
    );
    Ok(())
});

// Every row carries the tenant (top-level unit) of the unit it belongs to, also after a
// unit moves to another tenant — the premise of distributing tables by tenant.
both!(rows_follow_their_tenant_when_a_unit_moves, |db| async move {
    let fx = fixture(&db).await?;
    let c = fx.clock;
    let mut tx = db.write().await?;
    let t = &fx.tasks[2]; // led by Ngọc Lâm
    let p = ProgressInput {
        confirm_drop: true,
        reported_on: None,
        percent: 20,
        text: "Đã họp tổ dân phố".into(),
        evidence: vec![],
        author_id: None,
    };
    through_app::report_progress(&mut tx, t.id, p, &c).await?;
    through_app::request_explanation(
        &mut tx,
        t.id,
        MessageInput {
            text: "Vì sao chậm?".into(),
            person_id: None,
        },
        &c,
    )
    .await?;
    let nl_plan = doc(
        &mut tx,
        "05-KH/ĐU",
        "Kế hoạch của Đảng ủy phường Ngọc Lâm",
        fx.ngoc_lam.id,
        "2023-10-01",
    )
    .await?;
    documents_link(&mut tx, nl_plan.id, fx.kh152.id).await?;
    let theme = domain::document::ThemeInput {
        unit_id: fx.ngoc_lam.id,
        year: 2023,
        title: "Năm dân vận chính quyền".into(),
        plan_ids: vec![nl_plan.id],
    };
    store::documents::create_theme(&mut tx, &theme.validate()?).await?;
    // Ngọc Lâm becomes a top-level organisation of its own.
    let input = UnitInput {
        parent_id: None,
        kind: UnitKind::Ward,
        name: fx.ngoc_lam.name.clone(),
        short_name: None,
    };
    units::update(&mut tx, fx.ngoc_lam.id, fx.ngoc_lam.version, &input.validate()?).await?;
    tx.commit().await?;
    let mut tx = db.read().await?;
    if fixtures::testing::is_citus(&db).await {
        // These checks join on the id alone on purpose (a row whose tenant differs from its
        // parent's is what they look for): on Citus that join needs repartitioning, which the
        // application never uses but this check may.
        scalar(
            &mut tx,
            "SELECT COUNT(*) FROM (SELECT set_config('citus.enable_repartition_joins', 'on', true)) s",
        )
        .await?;
    }
    let checks: [(&str, &'static str); 6] = [
        (
            "progress_reports",
            "SELECT COUNT(*) FROM progress_reports r JOIN tasks t ON t.id = r.task_id WHERE r.tenant_id <> t.tenant_id",
        ),
        (
            "explanation_requests",
            "SELECT COUNT(*) FROM explanation_requests r JOIN tasks t ON t.id = r.task_id WHERE r.tenant_id <> t.tenant_id",
        ),
        (
            "task_cooperators",
            "SELECT COUNT(*) FROM task_cooperators r JOIN tasks t ON t.id = r.task_id WHERE r.tenant_id <> t.tenant_id",
        ),
        (
            "themes",
            "SELECT COUNT(*) FROM themes r JOIN units u ON u.id = r.unit_id WHERE r.tenant_id <> u.tenant_id",
        ),
        (
            "theme_plans",
            "SELECT COUNT(*) FROM theme_plans r JOIN themes t ON t.id = r.theme_id WHERE r.tenant_id <> t.tenant_id",
        ),
        (
            "document_links",
            "SELECT COUNT(*) FROM document_links r JOIN documents d ON d.id = r.from_id WHERE r.tenant_id <> d.tenant_id",
        ),
    ];
    let mut wrong = Vec::new();
    for (table, sql) in checks {
        let n = scalar(&mut tx, sql).await?;
        if n > 0 {
            wrong.push(format!("{table}: {n}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "rows left in the old tenant after the move: {wrong:?}"
    );
    Ok(())
});

async fn documents_link(tx: &mut Tx, from: i64, to: i64) -> Result<(), StoreError> {
    let l = domain::document::LinkInput {
        to_id: to,
        kind: domain::document::LinkKind::Implements,
    };
    store::documents::link(tx, from, &l).await.map(|_| ())
}
