//! Backup and restore (SQLite): a restored backup equals the original, table by table and
//! row by row; restore refuses files that are not sound dondoc databases.

use std::path::{Path, PathBuf};

use fixtures::testing::{TestDb, unique_name};
use store::backup::{self, BackupError};
use store::{Backend, Db};

const DEMO: &str = include_str!("../../../cli/demo/hanoi.toml");

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("{}_{name}", unique_name()))
}

fn remove(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Every row of every table, each rendered with SQLite's `quote()`, sorted.
async fn dump(db: &Db) -> Vec<(String, Vec<String>)> {
    let Db::Sqlite { read, .. } = db else {
        panic!("SQLite only")
    };
    let mut out = Vec::new();
    for table in backup::tables(db).await.expect("tables") {
        let q = table.replace('"', "\"\"");
        let cols: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{}')",
            table.replace('\'', "''")
        )))
        .fetch_all(read)
        .await
        .expect("columns");
        let row = cols
            .iter()
            .map(|c| format!("quote(\"{}\")", c.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let mut rows: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT {row} FROM \"{q}\"")))
            .fetch_all(read)
            .await
            .expect("rows");
        rows.sort();
        out.push((table, rows));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restored_backup_equals_the_original() {
    let t = TestDb::sqlite().await;
    let set = fixtures::seed::SeedSet::from_toml(DEMO).expect("demo parses");
    fixtures::seed::load(&t.db, &set, 7).await.expect("demo loads");
    let original = dump(&t.db).await;
    assert!(
        original
            .iter()
            .any(|(name, rows)| name == "audit_log" && rows.len() > 500)
    );
    assert!(
        original.iter().filter(|(_, rows)| !rows.is_empty()).count() >= 15,
        "most tables hold rows"
    );

    let file = temp("backup.db");
    let size = backup::backup(&t.db, &file).await.expect("backup");
    assert!(size > 0);
    assert!(
        matches!(backup::backup(&t.db, &file).await, Err(BackupError::Exists(_))),
        "never overwrites"
    );

    // Restore into a fresh data directory, then compare everything.
    let target = temp("restored.db");
    let checked = backup::restore(&file, &target, false).await.expect("restore");
    assert_eq!(checked.tables, original.len());
    let restored = Db::connect(&target.to_string_lossy()).await.expect("open restored");
    assert_eq!(dump(&restored).await, original);
    assert!(store::audit::verify(&restored).await.expect("verify").ok());
    restored.close().await;

    // The target now holds data: a second restore needs --force.
    assert!(matches!(
        backup::restore(&file, &target, false).await,
        Err(BackupError::NotEmpty(_))
    ));
    backup::restore(&file, &target, true).await.expect("forced restore");

    // A file that is not a dondoc database, and one whose audit chain was edited, are refused.
    let junk = temp("junk.db");
    std::fs::write(&junk, b"not a database at all, just some text").expect("write");
    let fresh = temp("fresh.db");
    assert!(matches!(
        backup::restore(&junk, &fresh, false).await,
        Err(BackupError::NotDondoc(..))
    ));
    assert!(!fresh.exists(), "nothing is left behind");
    let edited = Db::connect(&file.to_string_lossy()).await.expect("open backup");
    let Db::Sqlite { write, .. } = &edited else {
        unreachable!()
    };
    sqlx::raw_sql("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE seq = 3")
        .execute(write)
        .await
        .expect("edit");
    edited.close().await;
    match backup::restore(&file, &fresh, false).await {
        Err(BackupError::Chain(_, p)) => assert_eq!(p.seq, 3),
        other => panic!("expected a broken chain, got {other:?}"),
    }
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .expect("temp dir")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name().to_string_lossy().starts_with(&format!(
                ".{}",
                fresh
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ))
        })
        .count();
    assert_eq!(leftovers, 0, "the temporary copy is removed");

    for p in [&file, &target, &junk, &fresh] {
        remove(p);
    }
    t.finish().await;
}

#[tokio::test]
async fn postgres_backups_are_pg_dump() {
    let Some(t) = TestDb::open(Backend::Postgres).await else {
        return;
    };
    let file = temp("pg.db");
    assert!(matches!(backup::backup(&t.db, &file).await, Err(BackupError::Postgres)));
    assert!(!file.exists());
    t.finish().await;
}
