//! `dondoc audit verify`, `dondoc backup` and `dondoc restore`, run as the real binary on a
//! demo database in a temporary data directory.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

use sqlx::Connection;

mod common;
use common::{BIN, command, temp_dir};

/// `dondoc <args>` on the data directory, with no configuration leaking in from outside.
fn dondoc(data_dir: &Path, args: &[&str]) -> Output {
    command(data_dir, args).output().expect("dondoc runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Edits one audit entry by hand, as someone with the database file could: entry `seq` of
/// the chain of the demo's province (the tenant with the most entries).
async fn tamper(db: &Path, seq: i64) {
    let mut c = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open the file");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after = replace(after, '\"version\":1', '\"version\":2')
         WHERE seq = {seq} AND tenant_id = (SELECT tenant_id FROM audit_log GROUP BY tenant_id ORDER BY COUNT(*) DESC LIMIT 1)"
    )))
    .execute(&mut c)
    .await
    .expect("edit the entry");
    c.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_detects_an_edit_and_restore_brings_back_a_sound_database() {
    let dir = temp_dir("ops");
    let out = dondoc(&dir, &["demo", "--load-only"]);
    assert!(out.status.success(), "{}", text(&out));

    let out = dondoc(&dir, &["audit", "verify", "--demo"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("toàn vẹn"), "{}", text(&out));

    // A backup while nothing else runs; it never overwrites.
    let backup = dir.join("sao-luu.db");
    let b = backup.to_string_lossy().into_owned();
    let out = dondoc(&dir, &["backup", &b, "--demo"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = dondoc(&dir, &["backup", &b, "--demo"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("đã tồn tại"), "{}", text(&out));

    // An entry altered by hand: verify fails and names it.
    tamper(&dir.join("demo.db"), 42).await;
    let out = dondoc(&dir, &["audit", "verify", "--demo"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("KHÔNG toàn vẹn tại bản ghi số 42"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("nội dung đã bị sửa"), "{}", text(&out));
    // Only that chain is broken; the installation's own still holds.
    assert!(text(&out).contains("KHÔNG toàn vẹn: 1/"), "{}", text(&out));
    assert!(text(&out).contains("Chuỗi chung của hệ thống"), "{}", text(&out));

    // Restore refuses to replace data without --force, then brings the backup back.
    let out = dondoc(&dir, &["restore", &b, "--demo"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("--force"), "{}", text(&out));
    let out = dondoc(&dir, &["restore", &b, "--demo", "--force"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = dondoc(&dir, &["audit", "verify", "--demo"]);
    assert!(out.status.success(), "{}", text(&out));

    // A tampered backup is refused, naming the entry.
    tamper(&backup, 7).await;
    let out = dondoc(&dir, &["restore", &b, "--demo", "--force"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("bản ghi số 7"), "{}", text(&out));

    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn postgres_backups_point_to_pg_dump() {
    let dir = temp_dir("pg");
    for cmd in [&["backup", "x.dump"][..], &["restore", "x.dump"][..]] {
        let out = Command::new(BIN)
            .args(cmd)
            .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
            .env("DONDOC_DATA_DIR", &dir)
            .env_remove("DONDOC_CONFIG")
            .output()
            .expect("dondoc runs");
        assert!(!out.status.success());
        let t = text(&out);
        assert!(t.contains("pg_dump -Fc \"$DATABASE_URL\" -f dondoc.dump"), "{t}");
        assert!(
            t.contains("pg_restore --clean --if-exists -d \"$DATABASE_URL\" dondoc.dump"),
            "{t}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn verify_of_a_missing_database_fails() {
    let dir = temp_dir("missing");
    let out = dondoc(&dir, &["audit", "verify"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("Không tìm thấy"), "{}", text(&out));
    let _ = std::fs::remove_dir_all(&dir);
}
