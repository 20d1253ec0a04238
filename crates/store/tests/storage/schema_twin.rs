//! The two schemas are twins: after migrating, SQLite and PostgreSQL have the same tables, the
//! same columns (types mapped by storage class, the same nullability and primary keys) and the
//! same named indexes on the same columns — so a migration cannot land on one backend only.
//!
//! The deliberate differences: full-text search, described at [`search_only`], the tenant
//! in front of rowid keys, described at [`rowid_key_tenant`], and the tenant-first indexes,
//! described at [`tenant_first`].

use std::collections::{BTreeMap, BTreeSet};

use sqlx::Row;
use store::Db;

/// Full-text search differs by design: SQLite keeps an FTS5 trigram table per searchable
/// table (`tasks_search` and its shadow tables `tasks_search_data`, `_idx`, `_docsize`,
/// `_config`); PostgreSQL indexes the same folded columns with pg_trgm (`tasks_title_trgm`).
fn search_only(name: &str) -> bool {
    name.ends_with("_search")
        || [
            "_search_data",
            "_search_idx",
            "_search_docsize",
            "_search_config",
            "_search_content",
        ]
        .iter()
        .any(|suffix| name.ends_with(suffix))
        || name.ends_with("_trgm")
}

/// Indexes named `…_tenant` lead with `tenant_id` and exist on PostgreSQL only (migration
/// 0022): only there do queries name the tenant beside a path range (for Citus's routing), and
/// only there did the planner need an index in that order. SQLite's queries never name it.
fn tenant_first(
    name: &str,
    sqlite: Option<&(String, Vec<String>, bool)>,
    pg: Option<&(String, Vec<String>, bool)>,
) -> bool {
    name.ends_with("_tenant") && sqlite.is_none() && pg.is_some_and(|ix| ix.1.first().is_some_and(|c| c == "tenant_id"))
}

/// PostgreSQL keys every tenant table by `(id, tenant_id)` so Citus can shard it by tenant
/// (migration 0018); SQLite keeps `id INTEGER PRIMARY KEY`, its rowid, to which no column can
/// be added, and it is never sharded. So `tenant_id` may be part of the primary key on
/// PostgreSQL alone, and only when the SQLite table's key is that rowid `id`. Every other
/// key, composite ones included, is the same on both.
fn rowid_key_tenant(column: &str, sqlite: &BTreeMap<String, Column>, lite: &Column, pg: &Column) -> bool {
    column == "tenant_id"
        && pg.primary_key
        && !lite.primary_key
        && Column {
            primary_key: true,
            ..lite.clone()
        } == *pg
        && sqlite.get("id").is_some_and(|id| id.primary_key)
        && sqlite.values().filter(|c| c.primary_key).count() == 1
}

/// A column as both backends can describe it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    class: &'static str,
    not_null: bool,
    primary_key: bool,
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Schema {
    /// table → column → description.
    tables: BTreeMap<String, BTreeMap<String, Column>>,
    /// index name → (table, columns in order, unique).
    indexes: BTreeMap<String, (String, Vec<String>, bool)>,
}

/// The storage class of a declared type: what a value round-trips as.
fn class(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    if t.contains("int") || t == "boolean" {
        "integer"
    } else if t.contains("real") || t.contains("double") || t.contains("numeric") || t.contains("float") {
        "real"
    } else if t.contains("blob") || t == "bytea" {
        "bytes"
    } else {
        // TEXT on SQLite holds dates and times as ISO strings; PostgreSQL types them.
        "text"
    }
}

fn skipped(table: &str) -> bool {
    table.starts_with("_sqlx") || table.starts_with("sqlite_") || search_only(table)
}

async fn sqlite_schema(pool: &sqlx::SqlitePool) -> Schema {
    let mut schema = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .fetch_all(pool)
        .await
        .expect("list SQLite tables");
    for table in tables.into_iter().filter(|t| !skipped(t)) {
        let rows = sqlx::query("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)")
            .bind(&table)
            .fetch_all(pool)
            .await
            .expect("SQLite columns");
        let mut columns = BTreeMap::new();
        for r in rows {
            let pk: i64 = r.get(3);
            let declared: String = r.get(1);
            columns.insert(
                r.get::<String, _>(0),
                Column {
                    class: class(&declared),
                    // A primary key column is never NULL in practice (rowid alias or declared).
                    not_null: r.get::<i64, _>(2) != 0 || pk > 0,
                    primary_key: pk > 0,
                },
            );
        }
        let indexes = sqlx::query("SELECT name, \"unique\", origin FROM pragma_index_list(?)")
            .bind(&table)
            .fetch_all(pool)
            .await
            .expect("SQLite indexes");
        for ix in indexes {
            let origin: String = ix.get(2);
            // Only indexes created by name; constraint indexes are compared through the columns.
            if origin != "c" {
                continue;
            }
            let name: String = ix.get(0);
            let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                .bind(&name)
                .fetch_all(pool)
                .await
                .expect("SQLite index columns")
                .into_iter()
                .map(|c: Option<String>| c.unwrap_or_else(|| "<expr>".into()))
                .collect();
            schema
                .indexes
                .insert(name, (table.clone(), cols, ix.get::<i64, _>(1) != 0));
        }
        schema.tables.insert(table, columns);
    }
    schema
}

async fn postgres_schema(pool: &sqlx::PgPool) -> Schema {
    let mut schema = Schema::default();
    let rows = sqlx::query(
        "SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.is_nullable = 'NO',
                EXISTS (SELECT 1 FROM information_schema.table_constraints tc
                        JOIN information_schema.key_column_usage k
                          ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
                        WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_name = c.table_name
                          AND k.column_name = c.column_name)
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'",
    )
    .fetch_all(pool)
    .await
    .expect("PostgreSQL columns");
    for r in rows {
        let table: String = r.get(0);
        if skipped(&table) {
            continue;
        }
        let declared: String = r.get(2);
        let primary_key: bool = r.get(4);
        schema.tables.entry(table).or_default().insert(
            r.get::<String, _>(1),
            Column {
                class: class(&declared),
                not_null: r.get::<bool, _>(3) || primary_key,
                primary_key,
            },
        );
    }
    // Named indexes only: those backing a primary key or a UNIQUE constraint are compared
    // through the columns, as on SQLite.
    let indexes = sqlx::query(
        "SELECT i.relname::text, t.relname::text, ix.indisunique,
                ARRAY(SELECT COALESCE(a.attname::text, '<expr>')
                      FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                      ORDER BY k.n)
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE ns.nspname = 'public'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)",
    )
    .fetch_all(pool)
    .await
    .expect("PostgreSQL indexes");
    for ix in indexes {
        let table: String = ix.get(1);
        let name: String = ix.get(0);
        if skipped(&table) || search_only(&name) {
            continue;
        }
        schema.indexes.insert(name, (table, ix.get(3), ix.get(2)));
    }
    schema
}

/// What differs, one readable line per difference.
fn differences(sqlite: &Schema, pg: &Schema) -> Vec<String> {
    let mut out = Vec::new();
    let all: BTreeSet<&String> = sqlite.tables.keys().chain(pg.tables.keys()).collect();
    for table in all {
        match (sqlite.tables.get(table), pg.tables.get(table)) {
            (Some(_), None) => out.push(format!("table {table}: only on SQLite")),
            (None, Some(_)) => out.push(format!("table {table}: only on PostgreSQL")),
            (Some(a), Some(b)) => {
                let cols: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
                for col in cols {
                    match (a.get(col), b.get(col)) {
                        (Some(x), Some(y)) if x == y => {}
                        (Some(x), Some(y)) if rowid_key_tenant(col, a, x, y) => {}
                        (x, y) => out.push(format!("{table}.{col}: SQLite {x:?} / PostgreSQL {y:?}")),
                    }
                }
            }
            (None, None) => {}
        }
    }
    let names: BTreeSet<&String> = sqlite.indexes.keys().chain(pg.indexes.keys()).collect();
    for name in names {
        match (sqlite.indexes.get(name), pg.indexes.get(name)) {
            (Some(x), Some(y)) if x == y => {}
            // Expression indexes: PostgreSQL and SQLite describe expressions differently;
            // the table and uniqueness must still agree.
            (Some(x), Some(y))
                if (x.1.contains(&"<expr>".to_string()) || y.1.contains(&"<expr>".to_string()))
                    && x.0 == y.0
                    && x.2 == y.2 => {}
            (x, y) if tenant_first(name, x, y) => {}
            (x, y) => out.push(format!("index {name}: SQLite {x:?} / PostgreSQL {y:?}")),
        }
    }
    out
}

#[tokio::test]
async fn sqlite_and_postgres_schemas_are_twins() {
    let lite = fixtures::testing::TestDb::sqlite().await;
    let Some(pg) = fixtures::testing::TestDb::postgres().await else {
        eprintln!("DONDOC_TEST_PG_URL unset: the schema twin test needs both backends");
        lite.finish().await;
        return;
    };
    let sqlite = match &lite.db {
        Db::Sqlite { read, .. } => sqlite_schema(read).await,
        Db::Postgres { .. } => unreachable!("opened as SQLite"),
    };
    let postgres = match &pg.db {
        Db::Postgres { pool, .. } => postgres_schema(pool).await,
        Db::Sqlite { .. } => unreachable!("opened as PostgreSQL"),
    };
    assert!(
        sqlite.tables.len() > 10,
        "the SQLite schema was read: {:?}",
        sqlite.tables.keys()
    );
    let diff = differences(&sqlite, &postgres);
    lite.finish().await;
    pg.finish().await;
    assert!(diff.is_empty(), "the schemas differ:\n{}", diff.join("\n"));
}
