//! Tests of the generator on a tiny shape, on SQLite and PostgreSQL.

use super::*;
use crate::Tx;
use domain::status::Clock;
use domain::unit::UnitKind;
use plans::add_days;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 15).unwrap()
}

async fn count(tx: &mut Tx, sql: &str) -> i64 {
    on_tx!(tx, c => sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql)).fetch_one(&mut *c).await.unwrap())
}

/// Generates the tiny data set into `db` and checks it.
async fn check(db: &Db) {
    db.migrate().await.unwrap();
    let stats = generate(db, Scale::parse("tiny").unwrap(), 7, today(), &|_, _, _| {})
        .await
        .unwrap();
    assert_eq!(stats.tasks, Shape::tiny().tasks);
    assert!(
        stats.units > 50 && stats.people >= stats.units && stats.documents > 0,
        "{stats:?}"
    );
    assert!(stats.progress_reports > stats.tasks / 3, "{stats:?}");
    assert_eq!(stats.targets, 5 * 16);

    let mut tx = db.read().await.unwrap();
    for (table, n) in [
        ("units", stats.units),
        ("people", stats.people),
        ("documents", stats.documents),
        ("tasks", stats.tasks),
        ("progress_reports", stats.progress_reports),
        ("targets", stats.targets),
    ] {
        assert_eq!(
            count(&mut tx, &format!("SELECT COUNT(*) FROM {table}")).await as u64,
            n,
            "{table}"
        );
    }
    // Every task sits at its lead unit's path and in its tenant.
    assert_eq!(
        count(
            &mut tx,
            "SELECT COUNT(*) FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                               WHERE t.unit_path <> u.path OR t.tenant_id <> u.tenant_id"
        )
        .await,
        0
    );
    // Responsible people belong to the lead unit; people sit at their unit's path.
    assert_eq!(
        count(
            &mut tx,
            "SELECT COUNT(*) FROM tasks t JOIN people p ON p.id = t.responsible_id
                               WHERE p.unit_id <> t.lead_unit_id"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &mut tx,
            "SELECT COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE p.unit_path <> u.path"
        )
        .await,
        0
    );
    // History stays within the plan's life and today.
    let day = today().to_string();
    assert_eq!(
        count(
            &mut tx,
            &format!("SELECT COUNT(*) FROM tasks WHERE completed_on > '{day}' OR cancelled_on > '{day}'")
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &mut tx,
            &format!("SELECT COUNT(*) FROM progress_reports WHERE reported_on > '{day}'")
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &mut tx,
            "SELECT COUNT(*) FROM tasks t JOIN documents d ON d.id = t.plan_id
                               WHERE t.original_due_on < d.issued_on OR t.completed_on < d.issued_on"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &mut tx,
            &format!("SELECT COUNT(*) FROM documents WHERE issued_on > '{day}'")
        )
        .await,
        0
    );
    // The progress of an open task is its latest report's percent.
    assert_eq!(count(&mut tx, "SELECT COUNT(*) FROM tasks t WHERE t.completed_on IS NULL AND t.progress > 0 AND t.progress <>
                               (SELECT r.percent FROM progress_reports r WHERE r.task_id = t.id ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)").await, 0);
    // Each phase is present.
    assert_eq!(count(&mut tx, "SELECT COUNT(DISTINCT phase) FROM tasks").await, 6);
    // One ancestor row per (unit, level).
    assert_eq!(
        count(&mut tx, "SELECT COUNT(*) FROM unit_ancestors").await,
        count(&mut tx, "SELECT SUM(depth) FROM units").await
    );

    let root: i64 = count(&mut tx, "SELECT MIN(id) FROM units WHERE parent_id IS NULL").await;
    let clock = Clock::new(today(), 7);
    let q = crate::rollup::RollupQuery {
        unit_id: root,
        from: None,
        to: None,
        clock,
        overdue_limit: 20,
    };
    let r = crate::rollup::rollup(&mut tx, &q).await.unwrap();
    assert_eq!(r.totals.total as u64, stats.tasks);
    assert_eq!(r.children.iter().map(|c| c.counts.total).sum::<i64>(), r.totals.total);
    assert_eq!(r.targets.total as u64, stats.targets);
    assert!(r.overdue_total > 0 && !r.overdue.is_empty());

    // A ward counts only the tasks led by units below it (found through parent links,
    // not paths).
    let ward: i64 = count(&mut tx, "SELECT MIN(id) FROM units WHERE kind IN ('ward', 'commune')").await;
    let below = count(&mut tx, &format!(
        "WITH RECURSIVE sub(id) AS (SELECT CAST({ward} AS BIGINT) UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
         SELECT COUNT(*) FROM tasks WHERE lead_unit_id IN (SELECT id FROM sub)")).await;
    let r = crate::rollup::rollup(&mut tx, &crate::rollup::RollupQuery { unit_id: ward, ..q })
        .await
        .unwrap();
    assert!(below > 0);
    assert_eq!(r.totals.total, below);
    assert_eq!(r.targets.total, 16);
    drop(tx);

    // Later inserts get fresh ids (sequences moved past the loaded ids on PostgreSQL).
    let mut tx = db.write().await.unwrap();
    let input = domain::unit::UnitInput {
        parent_id: Some(ward),
        kind: UnitKind::PartyCell,
        name: "Chi bộ Tổ dân phố 99".into(),
        short_name: None,
    };
    let u = crate::units::create(&mut tx, &input.validate().unwrap()).await.unwrap();
    assert_eq!(u.id as u64, stats.units + 1);
    tx.commit().await.unwrap();

    // A second run refuses a database that already has data.
    assert!(
        generate(db, Scale::parse("tiny").unwrap(), 7, today(), &|_, _, _| {})
            .await
            .is_err()
    );
}

#[tokio::test]
async fn tiny_on_sqlite() {
    let dir = std::env::temp_dir().join(format!(
        "dondoc-synth-{}-{}",
        std::process::id(),
        chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("synth.db");
    let db = Db::connect(path.to_str().unwrap()).await.unwrap();
    check(&db).await;
    db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn tiny_on_postgres() {
    let Ok(url) = std::env::var("DONDOC_TEST_PG_URL") else {
        return;
    };
    let name = format!(
        "dondoc_synth_{}_{}",
        std::process::id(),
        chrono::Utc::now().timestamp_subsec_nanos()
    );
    let admin = sqlx::PgPool::connect(&url).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .unwrap();
    let (base, _) = url.rsplit_once('/').unwrap();
    let db_url = format!("{base}/{name}");
    // Run the checks in their own task so that the database is dropped even when they fail.
    let outcome = tokio::spawn(async move {
        let db = Db::connect(&db_url).await.unwrap();
        check(&db).await;
        db.close().await;
    })
    .await;
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)")))
        .execute(&admin)
        .await
        .unwrap();
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

#[test]
fn same_seed_same_plans() {
    let shape = Shape::tiny();
    let t1 = Tree::build(&shape, &mut Rng::fork(1, 1));
    let t2 = Tree::build(&shape, &mut Rng::fork(1, 1));
    let names = |t: &Tree| t.units.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&t1), names(&t2));
    let p1 = plans::make_plans(&t1, &mut Rng::fork(1, 3), 5000, 2025, today(), 1);
    let p2 = plans::make_plans(&t2, &mut Rng::fork(1, 3), 5000, 2025, today(), 1);
    assert_eq!(
        p1.iter().map(|p| p.symbol.clone()).collect::<Vec<_>>(),
        p2.iter().map(|p| p.symbol.clone()).collect::<Vec<_>>()
    );
    assert_eq!(p1.iter().map(|p| u64::from(p.ntasks)).sum::<u64>(), 5000);
}

#[test]
fn symbols_parse_and_are_unique_per_issuer_and_year() {
    for scale in [Scale::District, Scale::Custom(Shape::tiny())] {
        let shape = scale.shape();
        let tree = Tree::build(&shape, &mut Rng::fork(3, 1));
        let plans = plans::make_plans(&tree, &mut Rng::fork(3, 3), 20_000, 2025, today(), 1);
        let mut seen = std::collections::HashSet::new();
        for p in &plans {
            let parts = parse_symbol(&p.symbol).unwrap_or_else(|e| panic!("{}: {e:?}", p.symbol));
            assert_eq!(parts.symbol, p.symbol);
            assert_eq!(parts.doc_type.as_deref(), Some("KH"));
            assert!(seen.insert((p.issuer, parts.symbol, p.issued.year())), "{}", p.symbol);
            assert!(p.issued <= today());
        }
    }
}

#[test]
fn deadline_texts_read_back_as_their_due_dates() {
    let mut rng = Rng::new(11);
    for i in 0..5000 {
        let issued = add_days(NaiveDate::from_ymd_opt(2024, 12, 1).unwrap(), i % 400);
        let d = deadline(&mut rng, issued, 2025);
        let parsed = vntext::parse_deadline(&d.text, Some(issued)).unwrap_or_else(|e| panic!("{}: {e:?}", d.text));
        assert_eq!(parsed.due(), d.due, "{}", d.text);
        assert_eq!(
            parsed.recurrence().map(domain::task::Recurrence::from),
            d.recurrence,
            "{}",
            d.text
        );
        if let Some(due) = d.due {
            assert!(due >= add_days(issued, 10), "{} issued {issued}", d.text);
        }
    }
}

#[test]
fn scales_parse() {
    assert_eq!(Scale::parse("city"), Some(Scale::City));
    assert_eq!(Scale::parse("Nation"), Some(Scale::Nation));
    assert_eq!(Scale::parse("nation:5_000_000").unwrap().shape().tasks, 5_000_000);
    assert_eq!(Scale::parse("nation:5000000").unwrap().shape().provinces, 34);
    assert_eq!(Scale::parse("moon"), None);
    assert_eq!(Scale::parse("city:many"), None);
    let city = Tree::build(&Scale::City.shape(), &mut Rng::fork(1, 1));
    assert!((4_500..5_500).contains(&city.units.len()), "{}", city.units.len());
    let district = Tree::build(&Scale::District.shape(), &mut Rng::fork(1, 1));
    assert!((120..180).contains(&district.units.len()), "{}", district.units.len());
    assert_eq!(words::PROVINCES.len(), 34);
}
