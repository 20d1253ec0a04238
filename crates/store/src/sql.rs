//! Building dynamic `WHERE` clauses whose placeholders are numbered as they are added, so
//! list endpoints can combine optional filters without string-pasting client values.

use chrono::NaiveDate;

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
        q
    }};
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
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

/// `id → column` of several rows of `table` in few queries. `table` and `column` are constants of
/// the calling module; ids are integers, inlined in chunks to keep each statement small.
pub(crate) async fn names_by_id(
    tx: &mut crate::Tx,
    table: &'static str,
    column: &'static str,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, String>, crate::StoreError> {
    let mut ids: Vec<i64> = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut out = std::collections::HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let list: Vec<String> = chunk.iter().map(i64::to_string).collect();
        let sql = format!("SELECT id, {column} FROM {table} WHERE id IN ({})", list.join(","));
        let rows: Vec<(i64, String)> =
            crate::on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        out.extend(rows);
    }
    Ok(out)
}
