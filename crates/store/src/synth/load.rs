//! Bulk loading: rows are collected per table and written as multi-row `INSERT`s (every
//! value bound, so each full-size statement is prepared once and reused), inside large
//! transactions that are committed every [`COMMIT_EVERY`] rows.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

use crate::db::{Backend, Db, Tx};
use crate::{StoreError, on_tx};

/// Rows written per transaction before it is committed and a new one begun.
pub(crate) const COMMIT_EVERY: u64 = 50_000;

/// Most bound parameters in one statement (SQLite allows 32,766, PostgreSQL 65,535).
const MAX_PARAMS: usize = 30_000;
/// Most rows in one statement.
const MAX_ROWS: usize = 1_000;

/// One value of a row, typed so that NULLs carry the column's type on PostgreSQL.
#[derive(Debug, Clone)]
pub(crate) enum Val {
    I64(i64),
    OptI64(Option<i64>),
    I32(i32),
    OptI32(Option<i32>),
    F64(f64),
    OptF64(Option<f64>),
    Bool(bool),
    Str(&'static str),
    OptStr(Option<&'static str>),
    Text(String),
    OptText(Option<String>),
    Date(NaiveDate),
    OptDate(Option<NaiveDate>),
    Bytes(Vec<u8>),
    /// The load's timestamp (`created_at`, `updated_at`): written as `$1`, bound once.
    Now,
}

/// Rows waiting to be written to one table.
pub(crate) struct Batch {
    table: &'static str,
    cols: &'static [&'static str],
    vals: Vec<Val>,
    /// Rows per full statement.
    chunk: usize,
    /// Rows written so far.
    pub(crate) written: u64,
}

impl Batch {
    pub(crate) fn new(table: &'static str, cols: &'static [&'static str]) -> Self {
        let chunk = (MAX_PARAMS / cols.len()).clamp(1, MAX_ROWS);
        Batch {
            table,
            cols,
            vals: Vec::with_capacity(chunk * cols.len()),
            chunk,
            written: 0,
        }
    }

    pub(crate) fn push<const N: usize>(&mut self, row: [Val; N]) {
        debug_assert_eq!(N, self.cols.len(), "row width for {}", self.table);
        self.vals.extend(row);
    }

    /// Rows waiting.
    pub(crate) fn pending(&self) -> usize {
        self.vals.len() / self.cols.len()
    }

    /// Whether at least one full statement's worth of rows is waiting.
    pub(crate) fn full(&self) -> bool {
        self.pending() >= self.chunk
    }

    /// The statement for `rows`. On SQLite every value is an anonymous `?` (numbered
    /// `$n` parameters make SQLite look each name up in a list, quadratic in the number of
    /// parameters) and the load's timestamp is written inline; on PostgreSQL values are `$n`
    /// and the timestamp is `$1`.
    fn sql(&self, rows: &[Val], backend: Backend, now: &str) -> String {
        let n = rows.len() / self.cols.len();
        let mut sql = String::with_capacity(64 + n * self.cols.len() * 7);
        sql.push_str("INSERT INTO ");
        sql.push_str(self.table);
        sql.push_str(" (");
        sql.push_str(&self.cols.join(", "));
        sql.push_str(") VALUES ");
        let has_now = rows.iter().any(|v| matches!(v, Val::Now));
        let mut p = if has_now { 1 } else { 0 };
        for (r, row) in rows.chunks(self.cols.len()).enumerate() {
            if r > 0 {
                sql.push(',');
            }
            sql.push('(');
            for (i, v) in row.iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                match (v, backend) {
                    (Val::Now, Backend::Sqlite) => {
                        sql.push('\'');
                        sql.push_str(now);
                        sql.push('\'');
                    }
                    (Val::Now, Backend::Postgres) => sql.push_str("$1"),
                    (_, Backend::Sqlite) => sql.push('?'),
                    (_, Backend::Postgres) => {
                        p += 1;
                        sql.push('$');
                        sql.push_str(&p.to_string());
                    }
                }
            }
            sql.push(')');
        }
        sql
    }
}

/// Owns the running write transaction of a load.
pub(crate) struct Loader<'a> {
    db: &'a Db,
    tx: Option<Tx>,
    in_tx: u64,
    pub(crate) now: DateTime<Utc>,
    /// `now` as sqlx writes a timestamp into SQLite.
    now_text: String,
}

impl<'a> Loader<'a> {
    pub(crate) fn new(db: &'a Db) -> Self {
        let now = Utc::now();
        let now_text = now.to_rfc3339_opts(SecondsFormat::AutoSi, false);
        Loader {
            db,
            tx: None,
            in_tx: 0,
            now,
            now_text,
        }
    }

    /// The current transaction (begun when needed).
    pub(crate) async fn tx(&mut self) -> Result<&mut Tx, StoreError> {
        if self.tx.is_none() {
            self.tx = Some(self.db.write().await?);
        }
        Ok(self.tx.as_mut().expect("transaction just begun"))
    }

    /// Writes the full statements waiting in `b` (all of them when `all`).
    pub(crate) async fn flush(&mut self, b: &mut Batch, all: bool) -> Result<(), StoreError> {
        let width = b.cols.len();
        let per = b.chunk * width;
        let mut start = 0;
        while b.vals.len() - start >= per || (all && b.vals.len() > start) {
            let end = (start + per).min(b.vals.len());
            let rows = &b.vals[start..end];
            let backend = self.db.backend();
            let sql = b.sql(rows, backend, &self.now_text);
            let now = self.now;
            // SQLite gets the timestamp inline (see `Batch::sql`).
            let has_now = backend == Backend::Postgres && rows.iter().any(|v| matches!(v, Val::Now));
            let tx = self.tx().await?;
            on_tx!(tx, c => {
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()));
                if has_now {
                    q = q.bind(now);
                }
                for v in rows {
                    q = match v {
                        Val::I64(x) => q.bind(*x),
                        Val::OptI64(x) => q.bind(*x),
                        Val::I32(x) => q.bind(*x),
                        Val::OptI32(x) => q.bind(*x),
                        Val::F64(x) => q.bind(*x),
                        Val::OptF64(x) => q.bind(*x),
                        Val::Bool(x) => q.bind(*x),
                        Val::Str(s) => q.bind(*s),
                        Val::OptStr(s) => q.bind(*s),
                        Val::Text(s) => q.bind(s.as_str()),
                        Val::OptText(s) => q.bind(s.as_deref()),
                        Val::Date(d) => q.bind(*d),
                        Val::OptDate(d) => q.bind(*d),
                        Val::Bytes(b) => q.bind(b.as_slice()),
                        Val::Now => q,
                    };
                }
                q.execute(&mut *c).await?.rows_affected()
            });
            let n = ((end - start) / width) as u64;
            b.written += n;
            self.in_tx += n;
            start = end;
        }
        b.vals.drain(..start);
        Ok(())
    }

    /// Commits when the transaction has grown past [`COMMIT_EVERY`] rows.
    pub(crate) async fn maybe_commit(&mut self) -> Result<(), StoreError> {
        if self.in_tx >= COMMIT_EVERY {
            self.commit().await?;
        }
        Ok(())
    }

    pub(crate) async fn commit(&mut self) -> Result<(), StoreError> {
        if let Some(tx) = self.tx.take() {
            tx.commit().await?;
        }
        self.in_tx = 0;
        Ok(())
    }
}
