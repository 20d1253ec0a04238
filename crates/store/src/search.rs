//! One search over documents, tasks, units and people: diacritic-insensitive, every word
//! must match, ranked, highlighted, limited, and narrowed to the caller's [`Scope`].
//!
//! Candidates come from a trigram index over the folded text each table keeps (`*_fold`):
//! FTS5 tables on SQLite, `pg_trgm` GIN indexes on PostgreSQL (migration `0004_search`).
//! [`matching`] is the one place where the two differ. Each kind yields at most [`CAP`]
//! candidates per tier (all words at word starts first, then words anywhere), newest first;
//! they are scored and highlighted in Rust ([`rank`]).
//!
//! Words of three letters or more match anywhere ("giang" in "Đức Giang", "ang" too); words
//! of one or two letters match at the start of a word ("24" in "24-CT/TU", not in "124"),
//! which the trigram index answers by indexing the text with a leading space. A query whose
//! words are all single letters finds nothing (no index can answer it).

mod plans;
mod rank;

use crate::access::TaskVisibility;
use domain::document::DocKind;
use domain::unit::UnitKind;
use serde::Serialize;
use utoipa::ToSchema;

pub use rank::{Query, compact_symbol, highlights, score};

use crate::db::{Backend, Tx};
use crate::sql::{self, Arg, Where, escape_like};
use crate::{StoreError, bind_args, on_tx};

/// Default and largest number of hits.
pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 100;
/// Candidates read per kind and tier before ranking.
const CAP: i64 = 200;

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    Document,
    Task,
    Unit,
    Person,
}

impl HitKind {
    /// Tie-break between kinds: documents and units first, tasks last.
    fn order(self) -> u8 {
        match self {
            HitKind::Document => 0,
            HitKind::Unit => 1,
            HitKind::Person => 2,
            HitKind::Task => 3,
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SearchHit {
    pub kind: HitKind,
    pub id: i64,
    /// What to show: "Chỉ thị 24-CT/TU: Tăng cường …", a task's title, a unit's or person's name.
    pub title: String,
    /// Context: kind, date and issuer; plan and lead unit; parent unit; position and unit.
    pub subtitle: Option<String>,
    pub score: f64,
    /// Byte ranges `[start, end)` of `title` that matched the query.
    pub highlights: Vec<[usize; 2]>,
    /// The record in the API, e.g. `/api/v1/documents/7`.
    pub url: String,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SearchResult {
    pub query: String,
    pub hits: Vec<SearchHit>,
}

/// `limit` from a client: default 20, between 1 and 100.
pub fn clamp_limit(limit: Option<i64>) -> usize {
    limit.map_or(DEFAULT_LIMIT, |l| l.clamp(1, MAX_LIMIT as i64) as usize)
}

/// A searchable table and how its candidates are read. Every source selects the same shape:
/// id, title, three optional context texts, the folded text and an optional ISO date.
struct Source {
    kind: HitKind,
    table: &'static str,
    /// The FTS5 table (SQLite).
    fts: &'static str,
    fold: &'static str,
    path: &'static str,
    select: &'static str,
    joins: &'static str,
    url: &'static str,
    /// An index walks one tenant's rows in id order (`tasks_order_tenant`), so the newest rows
    /// of a province can be read without passing every other province's (`plans::walked`).
    walks_by_tenant: bool,
}

const SOURCES: [Source; 4] = [
    Source {
        kind: HitKind::Document,
        table: "documents",
        fts: "documents_search",
        fold: "title_fold",
        path: "issuer_path",
        select: "x.id, x.title, x.kind, x.symbol, u.name, x.title_fold, CAST(x.issued_on AS TEXT)",
        joins: " JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.issuer_unit_id",
        url: "/api/v1/documents/",
        walks_by_tenant: false,
    },
    Source {
        kind: HitKind::Unit,
        table: "units",
        fts: "units_search",
        fold: "name_fold",
        path: "path",
        select: "x.id, x.name, x.kind, x.short_name, u.name, x.name_fold, CAST(NULL AS TEXT)",
        joins: " LEFT JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.parent_id",
        url: "/api/v1/units/",
        walks_by_tenant: false,
    },
    Source {
        kind: HitKind::Person,
        table: "people",
        fts: "people_search",
        fold: "name_fold",
        path: "unit_path",
        select: "x.id, x.name, x.position, u.name, CAST(NULL AS TEXT), x.name_fold, CAST(NULL AS TEXT)",
        joins: " JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.unit_id",
        url: "/api/v1/people/",
        walks_by_tenant: false,
    },
    Source {
        kind: HitKind::Task,
        table: "tasks",
        fts: "tasks_search",
        fold: "title_fold",
        path: "unit_path",
        select: "x.id, x.title, x.code, d.symbol, u.name, x.title_fold, CAST(NULL AS TEXT)",
        joins: " JOIN documents d ON d.tenant_id = x.tenant_id AND d.id = x.plan_id JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.lead_unit_id",
        url: "/api/v1/tasks/",
        walks_by_tenant: true,
    },
];

type Row = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
);

/// One word to look for: anywhere, or only at a word start.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    word: String,
    start_only: bool,
}

/// The terms of a tier: tier 1 wants every word at a word start, tier 2 lets words of three
/// letters or more match inside words.
fn terms(words: &[String], tier: u8) -> Vec<Term> {
    words
        .iter()
        .map(|w| Term {
            word: w.clone(),
            start_only: tier == 1 || w.chars().count() < 3,
        })
        .collect()
}

/// FROM clause, conditions and order for "the folded text has every term" — the one place
/// where the backends differ.
///
/// * SQLite: the FTS5 trigram table drives (`MATCH '" quan" AND "giang"'`, a leading space
///   for word starts, since the index holds `' ' || fold || ' '`) in rowid order; single
///   letters, which no trigram index can answer, filter the rows it yields.
/// * PostgreSQL: `(' ' || fold) LIKE '%giang%'` (word starts: `'% giang%'`, one pattern whose
///   trigrams are read once), answered by the GIN index on `(tenant_id, ' ' || fold)`
///   (migration `0022`), which [`fetch`] also gives the scope's tenants.
fn matching(backend: Backend, src: &Source, terms: &[Term], w: &mut Where) -> (String, String) {
    let col = format!("x.{}", src.fold);
    match backend {
        Backend::Sqlite => {
            let mut expr: Vec<String> = Vec::new();
            for t in terms {
                let phrase = if t.start_only {
                    format!(" {}", t.word)
                } else {
                    t.word.clone()
                };
                if phrase.chars().count() >= 3 {
                    expr.push(format!("\"{}\"", phrase.replace('"', "\"\"")));
                } else {
                    w.folded_like(&col, format!("% {}%", escape_like(&t.word)));
                }
            }
            let ph = w.arg(Arg::Text(expr.join(" AND ")));
            w.cond(format!("{} MATCH {ph}", src.fts));
            // CROSS JOIN keeps the index as the outer loop (SQLite would otherwise walk a
            // scope's path range and probe the index row by row).
            let from = format!(
                "{fts} CROSS JOIN {table} x ON x.id = {fts}.rowid",
                fts = src.fts,
                table = src.table
            );
            (from, format!("{}.rowid DESC", src.fts))
        }
        Backend::Postgres => {
            for t in terms {
                let start = if t.start_only { " " } else { "" };
                w.folded_like(&col, format!("%{start}{}%", escape_like(&t.word)));
            }
            (format!("{} x", src.table), "x.id DESC".into())
        }
    }
}

/// True when the terms can be answered by the index (some phrase of three characters).
fn indexable(terms: &[Term]) -> bool {
    terms
        .iter()
        .any(|t| t.word.chars().count() + usize::from(t.start_only) >= 3)
}

/// Candidates of one source that have every term, within what the caller sees, newest first:
/// the scope's subtrees, and for tasks also those the caller is responsible for (staff).
async fn fetch(tx: &mut Tx, src: &Source, terms: &[Term], vis: &TaskVisibility) -> Result<Vec<Row>, StoreError> {
    let mut w = Where::new();
    let (from, order) = matching(tx.backend(), src, terms, &mut w);
    let terms_end = w.conds().len();
    let scope = &vis.scope;
    // The whole installation, or one whole tenant and nothing else: the newest rows of the
    // scope are a walk of an index in id order (PostgreSQL, `plans::walked`).
    let walked_tenant = match scope.roots.as_slice() {
        [root] if !scope.all && vis.person_id.is_none() && root.depth() == 1 => Some(root.tenant()),
        _ => None,
    };
    let walkable = src.walks_by_tenant && (scope.all || walked_tenant.is_some());
    if !scope.all {
        let mut any = Vec::with_capacity(scope.roots.len() + 1);
        // On PostgreSQL with the tenant: the GIN index then reads only the province's part of
        // each word's list.
        let path = format!("x.{}", src.path);
        for root in &scope.roots {
            any.push(if walkable {
                // A row lies in its own path's tenant: a top unit's subtree is its tenant.
                sql::subtree_own(&mut w, tx.backend(), "x.tenant_id", &path, root)
            } else {
                sql::subtree(&mut w, tx.backend(), "x.tenant_id", &path, root)
            });
        }
        if let (HitKind::Task, Some(person)) = (src.kind, vis.person_id) {
            let ph = w.arg(Arg::Int(person));
            any.push(format!("x.responsible_id = {ph}"));
        }
        if any.is_empty() {
            return Ok(Vec::new());
        }
        w.cond(format!("({})", any.join(" OR ")));
    }
    if tx.backend() == Backend::Postgres
        && walkable
        && let Some(rows) = plans::walked(tx, src, &w, terms_end, walked_tenant).await?
    {
        return Ok(rows);
    }
    if tx.backend() == Backend::Postgres {
        return plans::candidates(tx, src, &from, &w, &order).await;
    }
    let sql = format!(
        "SELECT {} FROM {from}{}{} ORDER BY {order} LIMIT {CAP}",
        src.select,
        src.joins,
        w.sql()
    );
    Ok(
        on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Row>(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?),
    )
}

/// A ranked hit and its tie-break keys.
struct Ranked {
    hit: SearchHit,
    date: Option<String>,
}

fn hit_of(q: &Query, src: &Source, row: Row) -> Option<Ranked> {
    let (id, name, a, b, c, fold, date) = row;
    let join = |parts: &[Option<&str>]| {
        let v: Vec<&str> = parts.iter().flatten().copied().filter(|s| !s.is_empty()).collect();
        (!v.is_empty()).then(|| v.join(" · "))
    };
    let (title, subtitle, symbol, bonus) = match src.kind {
        HitKind::Document => {
            let label = a
                .as_deref()
                .and_then(DocKind::parse)
                .map_or("Văn bản", |k| k.label_vi());
            let symbol = b.unwrap_or_default();
            let day = date
                .as_deref()
                .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            let day = day.map(|d| format!("ngày {}", d.format("%d/%m/%Y")));
            (
                format!("{label} {symbol}: {name}"),
                join(&[Some(label), day.as_deref(), c.as_deref()]),
                Some(symbol),
                0.5,
            )
        }
        HitKind::Unit => {
            let label = a.as_deref().and_then(UnitKind::parse).map(|k| k.label_vi());
            (name, join(&[label, b.as_deref(), c.as_deref()]), None, 0.5)
        }
        HitKind::Person => (name, join(&[a.as_deref(), b.as_deref()]), None, 0.25),
        HitKind::Task => {
            let code = a.map(|c| format!("Nhiệm vụ {c}"));
            (name, join(&[code.as_deref(), b.as_deref(), c.as_deref()]), None, 0.0)
        }
    };
    let facts = rank::Facts {
        fold: &fold,
        title: &title,
        symbol: symbol.as_deref(),
        kind_bonus: bonus,
    };
    let s = score(q, &facts)?;
    let highlights = highlights(q, &title, symbol.as_deref());
    let hit = SearchHit {
        kind: src.kind,
        id,
        title,
        subtitle,
        score: (s * 100.0).round() / 100.0,
        highlights,
        url: format!("{}{id}", src.url),
    };
    Some(Ranked { hit, date })
}

/// Merges each FTS5 index (SQLite) into one segment, after a bulk load. A load written in
/// large transactions leaves each index in many big segments, and FTS5 then merges them a
/// little on every later write: measured on the generated city (1,000,000 tasks), a one-task
/// transaction spent 350–400 µs of CPU in the task index before this, 95 µs after (the merge
/// itself takes about 5 s). PostgreSQL's trigram indexes need nothing of the kind.
pub async fn compact(db: &crate::Db) -> Result<(), StoreError> {
    if let crate::Db::Sqlite { write, .. } = db {
        for s in &SOURCES {
            let sql = format!("INSERT INTO {0} ({0}) VALUES ('optimize')", s.fts);
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(write).await?;
        }
    }
    Ok(())
}

/// Searches everything the caller may see; at most `limit` hits (1–100), best first.
pub async fn search(tx: &mut Tx, q: &str, vis: &TaskVisibility, limit: usize) -> Result<SearchResult, StoreError> {
    let query = Query::parse(q);
    let mut out = SearchResult {
        query: q.trim().to_string(),
        hits: Vec::new(),
    };
    if query.is_empty() || (vis.scope.is_empty() && vis.person_id.is_none()) {
        return Ok(out);
    }
    let mut ranked: Vec<Ranked> = Vec::new();
    for src in &SOURCES {
        let mut seen: Vec<i64> = Vec::new();
        let mut tiers: Vec<Vec<Term>> = vec![terms(&query.words, 1)];
        let anywhere = terms(&query.words, 2);
        if anywhere != tiers[0] {
            tiers.push(anywhere);
        }
        if src.kind == HitKind::Document
            && let Some(c) = &query.compact
        {
            tiers.insert(
                0,
                vec![Term {
                    word: c.clone(),
                    start_only: false,
                }],
            );
        }
        for tier in tiers.iter().filter(|t| indexable(t)) {
            let rows = fetch(tx, src, tier, vis).await?;
            let full = rows.len() as i64 >= CAP;
            for row in rows {
                if seen.contains(&row.0) {
                    continue;
                }
                seen.push(row.0);
                ranked.extend(hit_of(&query, src, row));
            }
            // A full first tier of word-start matches outranks anything the next would add.
            if full && seen.len() as i64 >= CAP {
                break;
            }
        }
    }
    ranked.sort_by(|x, y| {
        y.hit
            .score
            .total_cmp(&x.hit.score)
            .then(x.hit.kind.order().cmp(&y.hit.kind.order()))
            .then(y.date.cmp(&x.date))
            .then(y.hit.id.cmp(&x.hit.id))
    });
    out.hits = ranked
        .into_iter()
        .take(limit.clamp(1, MAX_LIMIT))
        .map(|r| r.hit)
        .collect();
    Ok(out)
}
