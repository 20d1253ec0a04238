//! Building dynamic `WHERE` clauses whose placeholders are numbered as they are added, so
//! list endpoints can combine optional filters without string-pasting client values.

use chrono::NaiveDate;
use domain::unit::UnitPath;

use crate::Backend;

/// A bound value of a dynamic query.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Int(i64),
    Date(NaiveDate),
    Bool(bool),
}

/// Conditions joined with `AND`, and their arguments in placeholder order.
#[derive(Debug, Default, Clone)]
pub struct Where {
    conds: Vec<String>,
    pub args: Vec<Arg>,
}

impl Where {
    pub fn new() -> Self {
        Where::default()
    }

    /// Registers an argument and returns its placeholder (`$n`).
    pub fn arg(&mut self, a: Arg) -> String {
        self.args.push(a);
        format!("${}", self.args.len())
    }

    pub fn cond(&mut self, c: impl Into<String>) {
        self.conds.push(c.into());
    }

    /// `col`, a folded text column, matches the `LIKE` pattern (escaped with `\`), written in
    /// the form the trigram indexes are built on ([`spaced_fold`]).
    pub fn folded_like(&mut self, col: &str, pattern: String) {
        let ph = self.arg(Arg::Text(pattern));
        self.cond(format!("{} LIKE {ph} ESCAPE '\\'", spaced_fold(col)));
    }

    /// `col`, a folded text column, contains every word of the client's text `q`.
    pub fn folded_words(&mut self, col: &str, q: &str) {
        for word in vntext::fold(q).split_whitespace() {
            if let Some(pat) = contains_pattern(word) {
                self.folded_like(col, pat);
            }
        }
    }

    /// The conditions so far, in the order they were added.
    pub fn conds(&self) -> &[String] {
        &self.conds
    }

    /// `" WHERE a AND b"`, or nothing when there is no condition.
    pub fn sql(&self) -> String {
        if self.conds.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.conds.join(" AND "))
        }
    }
}

/// Binds every [`Arg`] of a slice to a query, in order.
#[macro_export]
macro_rules! bind_args {
    ($q:expr, $args:expr) => {{
        let mut q = $q;
        for a in $args.iter() {
            q = match a {
                $crate::sql::Arg::Text(s) => q.bind(s.clone()),
                $crate::sql::Arg::Int(i) => q.bind(*i),
                $crate::sql::Arg::Date(d) => q.bind(*d),
                $crate::sql::Arg::Bool(b) => q.bind(*b),
            };
        }
        // Unnamed, so planned with its values every time: these are filters (path ranges,
        // dates, LIKE patterns) whose selectivity depends on the values, and PostgreSQL's
        // generic plan for a cached statement, chosen after five runs, cannot see it —
        // measured at national scale, a province's people search went from 32 ms to 229 ms
        // on its sixth run (docs/performance-national.md).
        q.persistent(false)
    }};
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// The folded text `col` with a space before it: the form PostgreSQL's trigram indexes are
/// built on (migration `0022`), so that a word start is one pattern (`'% word%'`) wherever the
/// word stands, and every `LIKE` over folded text reads the index. SQLite scans or uses FTS5.
fn spaced_fold(col: &str) -> String {
    format!("(' ' || {col})")
}

/// The rows of `root`'s subtree: `path_col` in the root's path range and, on PostgreSQL,
/// `tenant_col` equal to its tenant. The range implies the tenant; PostgreSQL is given it too,
/// so that Citus routes the query to one shard and the tenant-first indexes (migration 0022)
/// serve it. Not SQLite (one file, no shards), whose planner the extra equality misled: it
/// walked the path index over the whole city and sorted it (1–2.8 s for the city root's
/// overdue list instead of 10 ms through the due-date index).
pub fn subtree(w: &mut Where, backend: Backend, tenant_col: &str, path_col: &str, root: &UnitPath) -> String {
    let (lo, hi) = root.range();
    let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
    let range = format!("{path_col} >= {lo} AND {path_col} < {hi}");
    match backend {
        Backend::Postgres => format!("({tenant_col} = {} AND {range})", w.arg(Arg::Int(root.tenant()))),
        Backend::Sqlite => format!("({range})"),
    }
}

/// [`subtree`] for a table whose rows lie in their own path's tenant (a task in its lead unit's,
/// a target in its unit's: `tenant_col` is the root of `path_col` on every row). A top unit's
/// subtree is then its tenant alone on PostgreSQL, with no path range: the planner multiplies
/// the tenant's and the range's selectivities as if they were independent, expects a province's
/// ~10^6 rows to be a handful and walks a path index instead of the tenant's due-date order
/// (docs/performance-twenty-million.md, "the commune's open key tasks"). Below the top, as [`subtree`].
pub fn subtree_own(w: &mut Where, backend: Backend, tenant_col: &str, path_col: &str, root: &UnitPath) -> String {
    if backend == Backend::Postgres && root.depth() == 1 {
        return format!("({tenant_col} = {})", w.arg(Arg::Int(root.tenant())));
    }
    subtree(w, backend, tenant_col, path_col, root)
}

/// The tenant column as a condition on it should read: as it is on PostgreSQL (the shard key on
/// Citus, the first column of the tenant-first indexes), `+col` on SQLite, where the equality
/// only filters (one file, no shards) and must not draw the planner to a `(tenant_id, …)` index
/// away from the one the query's other condition is served by.
pub fn tenant_col(backend: Backend, col: &str) -> String {
    match backend {
        Backend::Postgres => col.to_string(),
        Backend::Sqlite => format!("+{col}"),
    }
}

/// "`col` is one of `tenants`" (ids read from the database, written inline) as a condition on
/// either backend ([`tenant_col`]): for reads of what hangs off rows already read. No tenant:
/// false.
pub fn in_tenants(backend: Backend, col: &str, tenants: impl IntoIterator<Item = i64>) -> String {
    let mut list: Vec<i64> = tenants.into_iter().collect();
    list.sort_unstable();
    list.dedup();
    if list.is_empty() {
        return "1 = 0".into();
    }
    let list: Vec<String> = list.iter().map(i64::to_string).collect();
    format!("{} IN ({})", tenant_col(backend, col), list.join(", "))
}

/// A `LIKE` pattern matching folded text containing the folded query.
pub fn contains_pattern(q: &str) -> Option<String> {
    let folded = vntext::fold(q);
    (!folded.is_empty()).then(|| format!("%{}%", escape_like(&folded)))
}

/// Limits for list endpoints: at most 500 rows a page.
pub fn clamp_page(limit: Option<i64>, offset: Option<i64>) -> (i64, i64) {
    (limit.unwrap_or(50).clamp(1, 500), offset.unwrap_or(0).max(0))
}

/// Integers for lists and `VALUES` rows that vary in length: bound as numbered parameters from
/// `$first` on while there are few, so that the statement's text depends only on how many and
/// it is prepared once and reused from the connection's statement cache (inlining the values
/// made every such statement new — parsed and planned each time on both backends — which cost
/// task creation a measurable part of its time). Long lists (a batch of a thousand tasks) are
/// written inline: such statements are new every time anyway, and SQLite looks a numbered
/// parameter up by a scan of the statement's parameters, so thousands of them cost more than
/// parsing the numbers (measured: 12 % of a batch's time). Only integers: no client text.
#[derive(Debug, Clone)]
pub struct Ints {
    first: usize,
    pub values: Vec<i64>,
}

impl Ints {
    /// Placeholders starting at `$first` (the statement's fixed parameters come before).
    pub fn from(first: usize) -> Self {
        Ints {
            first,
            values: Vec::new(),
        }
    }

    /// Most values bound in one statement; past this they are inlined.
    const MOST_BOUND: usize = 64;

    fn next(&mut self, v: i64, bound: bool) -> String {
        if !bound {
            return v.to_string();
        }
        self.values.push(v);
        format!("${}", self.first + self.values.len() - 1)
    }

    fn binds(&self, more: usize) -> bool {
        self.values.len() + more <= Self::MOST_BOUND
    }

    /// `$6, $7, $8` for the values, registered in order (or the numbers, for a long list).
    pub fn list(&mut self, values: impl IntoIterator<Item = i64>) -> String {
        let values: Vec<i64> = values.into_iter().collect();
        let bound = self.binds(values.len());
        values
            .into_iter()
            .map(|v| self.next(v, bound))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `($6, $7), ($8, $9)` for `VALUES` rows of two integers (or the numbers, for many rows).
    pub fn pairs(&mut self, rows: impl IntoIterator<Item = (i64, i64)>) -> String {
        let rows: Vec<(i64, i64)> = rows.into_iter().collect();
        let bound = self.binds(2 * rows.len());
        rows.into_iter()
            .map(|(a, b)| {
                let a = self.next(a, bound);
                format!("({a}, {})", self.next(b, bound))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Binds the values of an [`Ints`] to a query, in order (after the statement's own).
#[macro_export]
macro_rules! bind_ints {
    ($q:expr, $ints:expr) => {{
        let mut q = $q;
        for v in $ints.values.iter() {
            q = q.bind(*v);
        }
        q
    }};
}

/// `id → column` of several rows of `table` (a tenant table) in few queries: looked for in the
/// caller's own tenants first (`crate::own_tenants`), the rest by id alone. `table` and `column`
/// are constants of the calling module; ids are bound in chunks of at most 500.
pub(crate) async fn names_by_id(
    tx: &mut crate::Tx,
    table: &'static str,
    column: &'static str,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, String>, crate::StoreError> {
    let rows = crate::own_tenants::many_by_id::<(i64, String)>(
        tx,
        "tenant_id",
        ids,
        |list, cond| format!("SELECT id, {column} FROM {table} WHERE id IN ({list}){cond}"),
        |r| r.0,
    )
    .await?;
    Ok(rows.into_iter().map(|(id, (_, v))| (id, v)).collect())
}

async fn names_where(
    tx: &mut crate::Tx,
    table: &'static str,
    column: &'static str,
    cond: &str,
    ids: &[i64],
    out: &mut std::collections::HashMap<i64, String>,
) -> Result<(), crate::StoreError> {
    for chunk in ids.chunks(500) {
        let mut ints = Ints::from(1);
        let sql = format!(
            "SELECT id, {column} FROM {table} WHERE id IN ({}){cond}",
            ints.list(chunk.iter().copied())
        );
        let rows: Vec<(i64, String)> = crate::on_tx!(tx, c =>
            crate::bind_ints!(sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())), ints).fetch_all(c).await?);
        out.extend(rows);
    }
    Ok(())
}

/// [`names_by_id`] for ids whose tenant is probably known (`(id, tenant)`): read in each tenant
/// (one shard each on Citus), then by id alone for those without a tenant or not found in it
/// (a hint gone stale when a unit moved to another province).
pub(crate) async fn names_in_tenants(
    tx: &mut crate::Tx,
    table: &'static str,
    column: &'static str,
    ids: &[(i64, Option<i64>)],
) -> Result<std::collections::HashMap<i64, String>, crate::StoreError> {
    let mut by_tenant: std::collections::BTreeMap<i64, Vec<i64>> = Default::default();
    for (id, tenant) in ids {
        if let Some(t) = tenant {
            by_tenant.entry(*t).or_default().push(*id);
        }
    }
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    for (tenant, in_tenant) in by_tenant {
        names_where(
            tx,
            table,
            column,
            &format!(" AND tenant_id = {tenant}"),
            &in_tenant,
            &mut out,
        )
        .await?;
    }
    let rest: Vec<i64> = ids
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| !out.contains_key(id))
        .collect();
    if !rest.is_empty() {
        out.extend(names_by_id(tx, table, column, &rest).await?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::Ints;

    #[test]
    fn few_values_are_bound_in_order_after_the_statements_own() {
        let mut ints = Ints::from(6);
        assert_eq!(ints.list([10, 20]), "$6, $7");
        assert_eq!(ints.pairs([(1, 2)]), "($8, $9)");
        assert_eq!(ints.values, vec![10, 20, 1, 2]);
    }

    #[test]
    fn a_long_list_is_written_inline_and_binds_nothing() {
        let mut ints = Ints::from(1);
        let long: Vec<i64> = (1..=100).collect();
        let sql = ints.list(long.iter().copied());
        assert!(sql.starts_with("1, 2, 3") && sql.ends_with("99, 100"));
        assert!(ints.values.is_empty());
        // A short list after it is still bound, numbered from the start.
        assert_eq!(ints.pairs([(7, 8)]), "($1, $2)");
    }
}
