//! How PostgreSQL reads a search's candidates: the newest [`CAP`] rows of a source that match
//! every term, within the scope.
//!
//! PostgreSQL cannot estimate how many rows a `LIKE '%word%'` matches, and its guesses fail
//! both ways at national scale: 16,000 of 2,000,000 people for `'%ubnd%'` (none match), so,
//! asked for the newest 200, it walked the table backwards in id order expecting to meet
//! them soon — 4 s; and 200 for `'% nguyen%'` (802,775 match), so it fetched them all through
//! the trigram index and sorted them — 2.6 s. So the search does not leave the choice to it:
//!
//! 1. *Probe*: the matches' ids through the indexes alone (bitmap scans only), at most
//!    [`PROBE`]. Fewer: they are all there is, and the newest [`CAP`] are read by id.
//! 2. Otherwise the word is common (at least [`PROBE`] matches): the table is walked backwards
//!    in id order (no bitmap scan, no sort), which meets a match at least every
//!    `table rows / PROBE` rows. [`PROBE`] is about `sqrt(CAP × table rows)` for the largest
//!    tables (two million tasks or people), where the two ways cost the same.
//!
//! Before both, where the scope is one whole tenant (or everything) and an index walks its rows
//! in id order, the scope's newest [`WALKED`] rows are read in that order and tested: a phrase
//! in one row of twenty of a province ("kiểm tra giám sát", 52,000 of its 574,000 tasks) fills
//! [`CAP`] there in 2 ms, where the probe's bitmap of the province's trigram lists alone took
//! 46 ms (docs/performance-twenty-million.md); a phrase in one row of a hundred or more is walked
//! further, as far as its rate there says (`walked`). Otherwise: the probe, as above.
//!
//! The plan settings are made with `SET LOCAL` before the statement they are for and set back
//! to their defaults after it (a failed statement aborts the transaction, and they end with it).
//! Not inside a savepoint rolled back: on Citus rolling back to a savepoint goes to every worker
//! the transaction has used — ≈ 9 ms each on the local cluster (pgbench: a transaction of three
//! reads and two such savepoints 21–27 ms, without them 4–5), 0.6 ms on plain PostgreSQL.

use super::{CAP, Row, Source};
use crate::db::Tx;
use crate::sql::{Ints, Where};
use crate::{StoreError, bind_args, bind_ints, on_tx};

/// Matches read through the indexes before the walk in id order is trusted.
const PROBE: i64 = 20_000;

/// Rows of the scope, newest first, tested before the probe: at ≈ 1.5 µs a row in a province's
/// id order (cached), a phrase in one row of twenty ([`CAP`] / this) or more is found in a
/// few milliseconds; one rarer than one row in a hundred costs the probe ≈ 5 ms more.
const WALKED: i64 = 4_000;
/// The most rows a walk reads before the probe is the cheaper way (≈ 35 ms of walking).
const FURTHEST: i64 = 30_000;

/// Plan settings for one statement: each planner setting and its value.
type Settings = &'static [(&'static str, &'static str)];

/// Only bitmap scans (the GIN and path indexes), for the probe.
const INDEXES_ONLY: Settings = &[
    ("enable_seqscan", "off"),
    ("enable_indexscan", "off"),
    ("enable_indexonlyscan", "off"),
];
/// Only a walk of an index in order, for a common word: no sort either, or PostgreSQL, still
/// expecting few matches, scans a whole index and sorts what it found (2.2 s for "nguyen").
/// Nor parallel workers or JIT compilation, which the walk's cost, reckoned for the whole
/// range, calls for though it stops at [`CAP`] rows: with twenty million tasks they made a
/// 2 ms walk of a province 118 ms (docs/performance-twenty-million.md).
const WALK_ONLY: Settings = &[
    ("enable_seqscan", "off"),
    ("enable_bitmapscan", "off"),
    ("enable_sort", "off"),
    ("max_parallel_workers_per_gather", "0"),
    ("jit", "off"),
];

/// The newest [`CAP`] candidates of `src` (`from` and `w` as `search::fetch` built them, `order`
/// the id order).
pub(super) async fn candidates(
    tx: &mut Tx,
    src: &Source,
    from: &str,
    w: &Where,
    order: &str,
) -> Result<Vec<Row>, StoreError> {
    let sql = format!("SELECT x.id, x.tenant_id FROM {from}{} LIMIT {PROBE}", w.sql());
    enter(tx, INDEXES_ONLY).await?;
    let ids: Vec<(i64, i64)> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    leave(tx, INDEXES_ONLY).await?;
    if ids.len() < PROBE as usize {
        return newest(tx, src, ids).await;
    }
    let sql = format!(
        "SELECT {} FROM {from}{}{} ORDER BY {order} LIMIT {CAP}",
        src.select,
        src.joins,
        w.sql()
    );
    enter(tx, WALK_ONLY).await?;
    let rows: Vec<Row> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    leave(tx, WALK_ONLY).await?;
    Ok(rows)
}

/// The newest [`CAP`] matches of `src` when a walk of its scope's newest rows meets that many:
/// first [`WALKED`] rows; when they hold at least one match in a hundred, on as far as that
/// rate says [`CAP`] takes, with half again to spare, up to [`FURTHEST`] (a phrase in one task of
/// fifty fills [`CAP`] in 10,000 rows, ≈ 12 ms, where its probe takes 80 or more). Otherwise
/// `None`, and the probe decides. `w`'s first `terms_end` conditions are the terms'
/// (`search::matching`), the rest the scope's, which must be walkable in id order (a whole
/// tenant, or everything).
pub(super) async fn walked(
    tx: &mut Tx,
    src: &Source,
    w: &Where,
    terms_end: usize,
    tenant: Option<i64>,
) -> Result<Option<Vec<Row>>, StoreError> {
    if terms_end == 0 {
        return Ok(None);
    }
    let mut rows = walk(tx, src, w, terms_end, tenant, WALKED, None).await?;
    let found = rows.len() as i64;
    if found >= CAP {
        return Ok(Some(rows));
    }
    if found < WALKED / 100 {
        return Ok(None);
    }
    // On below the oldest match: the rows after it in the first walk matched nothing, and the
    // newer ones are read already.
    let further = (WALKED * CAP * 3 / (2 * found)).min(FURTHEST) - WALKED;
    let oldest = rows.last().map(|r| r.0);
    rows.extend(walk(tx, src, w, terms_end, tenant, further, oldest).await?);
    rows.truncate(CAP as usize);
    Ok((rows.len() as i64 >= CAP).then_some(rows))
}

/// The matches among the scope's newest `rows` rows (below the id `below`, if given), newest
/// first, at most [`CAP`]. The scope's one `tenant`, when it has one, is written into the joins
/// as a constant: the walked rows are a subquery with a limit, which carries no tenant to the
/// joined tables, and on Citus only a constant keeps them to the tenant's shard (without it the
/// names were read on all 32).
async fn walk(
    tx: &mut Tx,
    src: &Source,
    w: &Where,
    terms_end: usize,
    tenant: Option<i64>,
    rows: i64,
    below: Option<i64>,
) -> Result<Vec<Row>, StoreError> {
    let (terms, scope) = w.conds().split_at(terms_end);
    // The id comes from the database, never from the client.
    let below = below.map(|id| format!("x.id < {id}"));
    let scope: Vec<&str> = scope.iter().map(String::as_str).chain(below.as_deref()).collect();
    let scope = if scope.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", scope.join(" AND "))
    };
    let sql = format!(
        "SELECT {} FROM (SELECT x.* FROM {} x{scope} ORDER BY x.id DESC LIMIT {rows}) x{} WHERE {} ORDER BY x.id DESC LIMIT {CAP}",
        src.select,
        src.table,
        match tenant {
            // The tenant comes from the caller's scope, read from the database.
            Some(t) => src.joins.replace("x.tenant_id", &t.to_string()),
            None => src.joins.to_string(),
        },
        terms.join(" AND ")
    );
    enter(tx, WALK_ONLY).await?;
    let found: Vec<Row> = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    leave(tx, WALK_ONLY).await?;
    Ok(found)
}

/// Makes the plan `settings` for the next statement (`SET LOCAL`, one round trip).
async fn enter(tx: &mut Tx, settings: Settings) -> Result<(), StoreError> {
    let set: Vec<String> = settings
        .iter()
        .map(|(name, value)| format!("SET LOCAL {name} = {value}"))
        .collect();
    run(tx, &set.join("; ")).await
}

/// Sets the `settings` of [`enter`] back to their defaults once its statement has run.
async fn leave(tx: &mut Tx, settings: Settings) -> Result<(), StoreError> {
    let reset: Vec<String> = settings
        .iter()
        .map(|(name, _)| format!("SET LOCAL {name} TO DEFAULT"))
        .collect();
    run(tx, &reset.join("; ")).await
}

/// Runs `sql` (settings written here, never a client's text) as one simple query.
async fn run(tx: &mut Tx, sql: &str) -> Result<(), StoreError> {
    on_tx!(tx, c => sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut *c).await.map(|_| ())?);
    Ok(())
}

/// The newest [`CAP`] of `ids` (id, tenant), with what a hit shows. The rows are read with
/// their tenants named, so that on Citus the statement goes to those tenants' shards (ids
/// alone are looked for on every shard).
async fn newest(tx: &mut Tx, src: &Source, mut ids: Vec<(i64, i64)>) -> Result<Vec<Row>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    ids.sort_unstable_by(|a, b| b.cmp(a));
    ids.truncate(CAP as usize);
    let mut tenants: Vec<i64> = ids.iter().map(|(_, t)| *t).collect();
    tenants.sort_unstable();
    tenants.dedup();
    let mut list = Ints::from(1);
    let tenants = list.list(tenants);
    let sql = format!(
        "SELECT {} FROM {} x{} WHERE x.tenant_id IN ({tenants}) AND x.id IN ({}) ORDER BY x.id DESC",
        src.select,
        src.table,
        src.joins,
        list.list(ids.into_iter().map(|(id, _)| id))
    );
    Ok(
        on_tx!(tx, c => bind_ints!(sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str())), list).fetch_all(&mut *c).await?),
    )
}
