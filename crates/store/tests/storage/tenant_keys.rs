//! The schema can be sharded by tenant (Citus): read from PostgreSQL's catalog after the
//! migrations, every table is a tenant table (it has `tenant_id`) or is named in
//! `store::distribution` as a reference or coordinator table, and every tenant table keeps the
//! rules that let Citus distribute it — the tenant in its primary and unique keys, foreign keys
//! between tenant tables composite on the tenant, no triggers (but the audit guards that
//! `distribute` drops on Citus), BIGINT ids. The rules are checked
//! over whatever the catalog holds, so a new table or key that breaks them fails here.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::PgPool;
use store::Db;
use store::distribution::{COORDINATOR_TABLES, GUARDS_DROPPED_ON_CITUS, REFERENCE_TABLES};

/// A foreign key as the catalog gives it: table, name, target, columns, target columns.
type ForeignKey = (String, String, String, Vec<String>, Vec<String>);

/// Every way the schema in `pool`'s current schema breaks the tenant rules, one line each.
async fn violations(pool: &PgPool) -> Vec<String> {
    let mut out = Vec::new();
    let tables: Vec<(String, bool)> = sqlx::query_as(
        "SELECT c.relname::text,
                EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                        AND NOT a.attisdropped)
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let tenant: BTreeSet<String> = tables.iter().filter(|t| t.1).map(|t| t.0.clone()).collect();
    let reference: BTreeSet<String> = REFERENCE_TABLES.iter().map(|t| t.to_string()).collect();
    let coordinator: BTreeSet<String> = COORDINATOR_TABLES.iter().map(|t| t.to_string()).collect();
    for (name, has_tenant) in &tables {
        let listed = reference.contains(name) || coordinator.contains(name);
        match (has_tenant, listed) {
            (false, false) => out.push(format!(
                "{name}: no tenant_id, and not listed as a reference or coordinator table"
            )),
            (true, true) => out.push(format!("{name}: has tenant_id but is listed as a shared table")),
            _ => {}
        }
    }

    // Primary keys and unique indexes (constraints or not) of tenant tables hold the tenant.
    let keys: Vec<(String, String, bool, Vec<String>)> = sqlx::query_as(
        "SELECT t.relname::text, i.relname::text, ix.indisprimary,
                ARRAY(SELECT COALESCE(a.attname::text, '<expr>')
                      FROM unnest(ix.indkey) AS k(attnum)
                      LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
         FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = current_schema() AND ix.indisunique",
    )
    .fetch_all(pool)
    .await
    .expect("unique keys");
    let mut has_primary: BTreeSet<String> = BTreeSet::new();
    for (table, index, primary, columns) in keys {
        if !tenant.contains(&table) {
            continue;
        }
        if primary {
            has_primary.insert(table.clone());
        }
        if !columns.iter().any(|c| c == "tenant_id") {
            out.push(format!(
                "{table}: unique key {index} {columns:?} does not include tenant_id"
            ));
        }
    }
    for t in &tenant {
        if !has_primary.contains(t) {
            out.push(format!("{t}: tenant table without a primary key"));
        }
    }

    // Foreign keys: between tenant tables, composite and matching tenant to tenant; from a
    // tenant table otherwise only to a reference table; never from a shared table to a tenant
    // table.
    let fks: Vec<ForeignKey> = sqlx::query_as(
        "SELECT src.relname::text, con.conname::text, dst.relname::text,
                ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.n),
                ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.n)
         FROM pg_constraint con JOIN pg_class src ON src.oid = con.conrelid JOIN pg_class dst ON dst.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace
         WHERE con.contype = 'f' AND n.nspname = current_schema()",
    )
    .fetch_all(pool)
    .await
    .expect("foreign keys");
    for (src, name, dst, from, to) in fks {
        let pairs: Vec<(&String, &String)> = from.iter().zip(to.iter()).collect();
        match (tenant.contains(&src), tenant.contains(&dst), reference.contains(&dst)) {
            (true, true, _) => {
                if !pairs.iter().any(|(f, t)| *f == "tenant_id" && *t == "tenant_id") {
                    out.push(format!(
                        "{src}: foreign key {name} {from:?} → {dst} {to:?} does not match tenant_id to tenant_id"
                    ));
                } else if pairs.iter().any(|(f, t)| (*f == "tenant_id") != (*t == "tenant_id")) {
                    out.push(format!("{src}: foreign key {name} pairs tenant_id with another column"));
                }
            }
            (true, false, true) => {}
            (true, false, false) => out.push(format!(
                "{src}: foreign key {name} points at {dst}, neither a tenant nor a reference table"
            )),
            (false, true, _) => out.push(format!(
                "{src}: foreign key {name} from a shared table into tenant table {dst}"
            )),
            (false, false, _) if reference.contains(&src) && !reference.contains(&dst) => out.push(format!(
                "{src}: reference table with foreign key {name} to {dst}, not a reference table"
            )),
            _ => {}
        }
    }

    // No trigger on a tenant or reference table (Citus refuses them): what a trigger would do
    // (audit, search index, counts) is written by the application in the same transaction. The
    // audit trail's append-only guards are the one exception, and only because `distribute`
    // drops exactly those before distributing their tables.
    let triggers: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.relname::text, tg.tgname::text FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND NOT tg.tgisinternal",
    )
    .fetch_all(pool)
    .await
    .expect("triggers");
    let citus: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')")
        .fetch_one(pool)
        .await
        .expect("extensions");
    for (table, trigger) in GUARDS_DROPPED_ON_CITUS {
        let present = triggers.iter().any(|(t, g)| t == table && g == trigger);
        // The list names real guards: present on plain PostgreSQL, gone once distributed.
        if present == citus {
            out.push(format!(
                "{table}: guard trigger {trigger} is {} (Citus: {citus})",
                if present { "present" } else { "missing" }
            ));
        }
    }
    for (table, trigger) in triggers {
        let dropped_on_citus = GUARDS_DROPPED_ON_CITUS.contains(&(table.as_str(), trigger.as_str()));
        if (tenant.contains(&table) || reference.contains(&table)) && !dropped_on_citus {
            out.push(format!("{table}: trigger {trigger} on a distributed table"));
        }
    }

    // Ids are BIGINT: `id` and every `…_id` column of tenant and reference tables.
    let columns: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod)
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
           AND (a.attname = 'id' OR a.attname LIKE '%\\_id')",
    )
    .fetch_all(pool)
    .await
    .expect("id columns");
    let mut by_table: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (t, c, ty) in columns {
        by_table.entry(t).or_default().push((c, ty));
    }
    for (t, cols) in by_table {
        if !(tenant.contains(&t) || reference.contains(&t)) {
            continue;
        }
        for (c, ty) in cols {
            if ty != "bigint" {
                out.push(format!("{t}.{c}: {ty}, not bigint"));
            }
        }
    }
    out
}

fn pool(db: &Db) -> &PgPool {
    match db {
        Db::Postgres { pool: p, .. } => p,
        Db::Sqlite { .. } => unreachable!("opened as PostgreSQL"),
    }
}

#[tokio::test]
async fn every_tenant_table_can_be_distributed_by_tenant() {
    let Some(pg) = fixtures::testing::TestDb::postgres().await else {
        eprintln!("DONDOC_TEST_PG_URL unset: the tenant key rules are read from PostgreSQL's catalog");
        return;
    };
    let found = violations(pool(&pg.db)).await;
    let tenants = store::distribution::tenant_tables(pool(&pg.db))
        .await
        .expect("tenant tables");
    pg.finish().await;
    assert!(tenants.len() > 20, "the tenant tables were read: {tenants:?}");
    assert!(
        found.is_empty(),
        "the schema breaks the tenant rules:\n{}",
        found.join("\n")
    );
}

/// The rules are read from the catalog, not from a list: tables added the old way are caught.
#[tokio::test]
async fn a_table_breaking_the_tenant_rules_is_caught() {
    let Some(pg) = fixtures::testing::TestDb::postgres().await else {
        eprintln!("DONDOC_TEST_PG_URL unset: the tenant key rules are read from PostgreSQL's catalog");
        return;
    };
    let p = pool(&pg.db);
    for sql in [
        // Keyed by id alone, with a bare foreign key to units and a trigger.
        "CREATE TABLE minutes (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL,
                               unit_id BIGINT, seq INTEGER, number_id INTEGER)",
        "CREATE UNIQUE INDEX minutes_seq ON minutes (seq)",
        "ALTER TABLE minutes ADD FOREIGN KEY (unit_id, tenant_id) REFERENCES units (tenant_id, id)",
        "CREATE TRIGGER minutes_stamp BEFORE UPDATE ON minutes FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        // No tenant and not listed anywhere.
        "CREATE TABLE loose_notes (id BIGINT PRIMARY KEY, body TEXT)",
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(p).await.expect(sql);
    }
    let found = violations(p).await;
    pg.finish().await;
    let expect = [
        "minutes: unique key minutes_pkey",
        "minutes: unique key minutes_seq",
        "minutes: foreign key",
        "minutes: trigger minutes_stamp",
        "minutes.number_id: integer",
        "loose_notes: no tenant_id",
    ];
    for e in expect {
        assert!(
            found.iter().any(|f| f.starts_with(e)),
            "{e:?} not reported in {found:#?}"
        );
    }
    assert_eq!(
        found.len(),
        expect.len(),
        "only the broken table is reported: {found:#?}"
    );
}
