//! Backup and restore of the embedded SQLite database.
//!
//! A backup is `VACUUM INTO` a new file: it reads one snapshot through a reader connection,
//! so it is consistent and runs while the server keeps serving. A restore checks that the
//! file is a dondoc database (migrations, `PRAGMA integrity_check`, the audit chain), then
//! replaces the database file atomically: copy into the same directory, fsync, rename.
//! PostgreSQL has its own tools (`pg_dump`/`pg_restore`; see `docs/operations.md`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};

use crate::audit::{self, Problem};
use crate::{Db, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Backups of PostgreSQL are made with `pg_dump`.
    #[error("the database is PostgreSQL: use pg_dump / pg_restore")]
    Postgres,
    #[error("{0} already exists")]
    Exists(PathBuf),
    #[error("{0} does not exist")]
    NotFound(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0} is not a dondoc database: {1}")]
    NotDondoc(PathBuf, String),
    #[error("{0} fails the integrity check: {1}")]
    Integrity(PathBuf, String),
    #[error("the audit trail of {0} is broken at entry {seq} of the chain of tenant {tenant}: {detail}",
        seq = .1.seq, tenant = .1.tenant_id, detail = .1.detail)]
    Chain(PathBuf, Problem),
    #[error("{0} already holds data")]
    NotEmpty(PathBuf),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes a consistent copy of the (SQLite) database to `file`, which must not exist.
/// Returns the size of the copy in bytes.
pub async fn backup(db: &Db, file: &Path) -> Result<u64, BackupError> {
    let Db::Sqlite { read, .. } = db else {
        return Err(BackupError::Postgres);
    };
    if file.exists() {
        return Err(BackupError::Exists(file.to_path_buf()));
    }
    let target = file.to_string_lossy().replace('\'', "''");
    // A file name cannot be a bound parameter of VACUUM INTO; it is quoted above.
    let sql = format!("VACUUM INTO '{target}'");
    sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .execute(read)
        .await
        .map_err(StoreError::from)?;
    Ok(std::fs::metadata(file).map_err(io(file))?.len())
}

/// One connection to a SQLite file (used for the file being restored and for checks).
async fn open_one(path: &Path, read_only: bool) -> Result<Db, StoreError> {
    let opts = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .read_only(read_only)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(opts).await?;
    Ok(Db::Sqlite {
        write: pool.clone(),
        read: pool,
    })
}

fn pool(db: &Db) -> Result<&sqlx::SqlitePool, BackupError> {
    match db {
        Db::Sqlite { write, .. } => Ok(write),
        Db::Postgres { .. } => Err(BackupError::Postgres),
    }
}

/// The user tables of a SQLite database, by name.
pub async fn tables(db: &Db) -> Result<Vec<String>, BackupError> {
    Ok(sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool(db)?)
    .await
    .map_err(StoreError::from)?)
}

/// What a checked file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    pub tables: usize,
    pub audit_entries: u64,
}

async fn check_open(db: &Db, path: &Path) -> Result<FileCheck, BackupError> {
    let not_dondoc = |e: sqlx::Error| BackupError::NotDondoc(path.to_path_buf(), e.to_string());
    let names = match tables(db).await {
        Ok(n) => n,
        Err(BackupError::Store(StoreError::Db(e))) => return Err(not_dondoc(e)),
        Err(e) => return Err(e),
    };
    for required in ["_sqlx_migrations", "units", "tasks", "audit_log", "audit_head"] {
        if !names.iter().any(|n| n == required) {
            return Err(BackupError::NotDondoc(
                path.to_path_buf(),
                format!("no table {required}"),
            ));
        }
    }
    let result: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(pool(db)?)
        .await
        .map_err(not_dondoc)?;
    if result != ["ok"] {
        return Err(BackupError::Integrity(path.to_path_buf(), result.join("; ")));
    }
    let report = audit::verify(db).await?;
    if let Some(p) = report.problems().next() {
        return Err(BackupError::Chain(path.to_path_buf(), p.clone()));
    }
    Ok(FileCheck {
        tables: names.len(),
        audit_entries: report.entries(),
    })
}

/// Checks that `path` is a sound dondoc database: its migrations table, `PRAGMA
/// integrity_check` and its audit chain. Opens it read-only.
pub async fn check_file(path: &Path) -> Result<FileCheck, BackupError> {
    if !path.is_file() {
        return Err(BackupError::NotFound(path.to_path_buf()));
    }
    let db = open_one(path, true)
        .await
        .map_err(|e| BackupError::NotDondoc(path.to_path_buf(), e.to_string()))?;
    let res = check_open(&db, path).await;
    db.close().await;
    res
}

/// True when `path` is missing, empty, or a database whose tables hold no rows (the schema
/// and the audit head alone do not count).
pub async fn is_empty_database(path: &Path) -> Result<bool, BackupError> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(io(path)(e)),
        Ok(m) if m.len() == 0 => return Ok(true),
        Ok(_) => {}
    }
    // Anything we cannot read as a database counts as data: never overwrite it silently.
    let Ok(db) = open_one(path, true).await else {
        return Ok(false);
    };
    let mut empty = true;
    match tables(&db).await {
        Err(_) => empty = false,
        Ok(names) => {
            for t in names
                .iter()
                .filter(|t| !matches!(t.as_str(), "_sqlx_migrations" | "audit_head"))
            {
                let sql = format!("SELECT EXISTS (SELECT 1 FROM \"{}\")", t.replace('"', "\"\""));
                let any: Result<bool, _> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
                    .fetch_one(pool(&db)?)
                    .await;
                if !matches!(any, Ok(false)) {
                    empty = false;
                    break;
                }
            }
        }
    }
    db.close().await;
    Ok(empty)
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

fn remove_if_exists(path: &Path) -> Result<(), BackupError> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(path)(e)),
        _ => Ok(()),
    }
}

/// Replaces the database at `target` with the backup `file`, after checking the backup.
/// Refuses a target that holds data unless `force`. The server must be stopped.
pub async fn restore(file: &Path, target: &Path, force: bool) -> Result<FileCheck, BackupError> {
    if !file.is_file() {
        return Err(BackupError::NotFound(file.to_path_buf()));
    }
    if !force && !is_empty_database(target).await? {
        return Err(BackupError::NotEmpty(target.to_path_buf()));
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "dondoc.db".into());
    let tmp = dir.join(format!(".{name}.restore-{}", std::process::id()));
    let res = async {
        std::fs::copy(file, &tmp).map_err(io(&tmp))?;
        // Check the copy (not the original, which stays untouched) and make it self-contained:
        // rollback-journal mode, so no -wal file belongs to it. The server turns WAL back on.
        let db = open_one(&tmp, false)
            .await
            .map_err(|e| BackupError::NotDondoc(file.to_path_buf(), e.to_string()))?;
        let checked = check_open(&db, file).await;
        let journal = sqlx::query("PRAGMA journal_mode = DELETE").execute(pool(&db)?).await;
        db.close().await;
        let checked = checked?;
        journal.map_err(StoreError::from)?;
        std::fs::File::open(&tmp).and_then(|f| f.sync_all()).map_err(io(&tmp))?;
        // A stale WAL next to the new file would be replayed into it: remove it first.
        for suffix in ["-wal", "-shm", "-journal"] {
            remove_if_exists(&sidecar(target, suffix))?;
        }
        std::fs::rename(&tmp, target).map_err(io(target))?;
        // Make the rename itself durable.
        std::fs::File::open(&dir).and_then(|d| d.sync_all()).map_err(io(&dir))?;
        Ok(checked)
    }
    .await;
    if res.is_err() {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let _ = std::fs::remove_file(sidecar(&tmp, suffix));
        }
    }
    res
}
