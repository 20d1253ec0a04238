//! Documents, the links between them, and annual themes.

use chrono::{Datelike, NaiveDate};
use domain::Valid;
use domain::document::{DocKind, DocumentDraft, LinkInput, LinkKind, ThemeInput, check_link, link_cycle_error};
use domain::unit::UnitPath;

use crate::audit::{self, Change};
use crate::db::Tx;
use crate::model::{Document, DocumentLink, Page, Theme};
use crate::sql::{Arg, Where};
use crate::{StoreError, bind_args, on_tx, units};

const COLS: &str = "id, tenant_id, kind, symbol, symbol_raw, number, symbol_year, doc_type, issuer_code, form, title, \
                    issuer_unit_id, issued_on, valid_from, valid_to, version, updated_at";

pub async fn get(tx: &mut Tx, id: i64) -> Result<Document, StoreError> {
    if let Some(d) = tx.seen.as_ref().and_then(|s| s.documents.get(&id)) {
        return Ok(d.clone());
    }
    let d = crate::own_tenants::one_by_id::<Document>(tx, "tenant_id", id, |cond| {
        format!("SELECT {COLS} FROM documents WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("document", id))?;
    crate::seen::note_tenant(tx, "documents", id, d.tenant_id);
    crate::seen::with(tx, |s| s.documents.insert(id, d.clone()));
    Ok(d)
}

/// Several documents by id (those found), for a page that shows many.
pub async fn get_many(tx: &mut Tx, ids: &[i64]) -> Result<std::collections::HashMap<i64, Document>, StoreError> {
    crate::own_tenants::many_by_id(
        tx,
        "tenant_id",
        ids,
        |list, cond| format!("SELECT {COLS} FROM documents WHERE id IN ({list}){cond}"),
        |d: &Document| d.id,
    )
    .await
}

/// The tenant of document `id`, looked for in the caller's tenants first; none when there is no
/// such document.
pub(crate) async fn tenant_of(tx: &mut Tx, id: i64) -> Result<Option<i64>, StoreError> {
    crate::seen::tenant_of(tx, "documents", id).await
}

/// A referenced document (`field`), or the client's error naming that field.
pub async fn get_ref(tx: &mut Tx, field: &str, id: i64) -> Result<Document, StoreError> {
    match get(tx, id).await {
        Err(StoreError::NotFound { .. }) => Err(StoreError::unknown_ref(field, "văn bản", id)),
        other => other,
    }
}

/// Documents registered with `symbol`, newest first (at most 20).
pub async fn by_symbol(tx: &mut Tx, symbol: &str) -> Result<Vec<Document>, StoreError> {
    let sql = format!("SELECT {COLS} FROM documents WHERE symbol = $1 ORDER BY issued_on DESC, id DESC LIMIT 20");
    Ok(
        on_tx!(tx, c => sqlx::query_as::<_, Document>(sqlx::AssertSqlSafe(sql.as_str())).bind(symbol).fetch_all(c).await?),
    )
}

fn duplicate(d: &DocumentDraft) -> StoreError {
    StoreError::Conflict(domain::FieldError::new(
        "symbol",
        domain::ErrorCode::DuplicateSymbol,
        format!(
            "Đơn vị đã có văn bản số {} trong năm {}.",
            d.parts.symbol,
            d.issued_on.year()
        ),
        format!(
            "The issuer already has document {} in {}.",
            d.parts.symbol,
            d.issued_on.year()
        ),
    ))
}

pub async fn create(tx: &mut Tx, d: &Valid<DocumentDraft>) -> Result<Document, StoreError> {
    let path = units::path_of_ref(tx, "issuer_unit_id", d.issuer_unit_id).await?;
    let tenant = path.tenant();
    let now = tx.now();
    let res: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO documents (tenant_id, kind, symbol, symbol_raw, number, symbol_year, doc_type, issuer_code, form,
                                title, title_fold, issuer_unit_id, issuer_path, issued_on, issued_year, valid_from, valid_to,
                                created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18) RETURNING id")
        .bind(tenant).bind(d.kind.as_str()).bind(&d.parts.symbol).bind(&d.symbol_raw).bind(&d.parts.number)
        .bind(d.parts.year).bind(&d.parts.doc_type).bind(&d.parts.issuer_code).bind(d.parts.form.as_str())
        .bind(&d.title).bind(fold_doc(d)).bind(d.issuer_unit_id).bind(path.as_str()).bind(d.issued_on)
        .bind(d.issued_on.year()).bind(d.valid_from).bind(d.valid_to).bind(now)
        .fetch_one(c).await);
    match res {
        Ok(id) => {
            let doc = get(tx, id).await?;
            audit::record(tx, Change::created(doc.tenant_id, "document", id, &doc)).await?;
            Ok(doc)
        }
        Err(e) if StoreError::is_unique_violation(&e) => Err(duplicate(d)),
        Err(e) => Err(e.into()),
    }
}

/// The searchable text of a document: symbol (with and without its punctuation), kind and title.
fn fold_doc(d: &DocumentDraft) -> String {
    let compact: String = d.parts.symbol.chars().filter(|c| c.is_alphanumeric()).collect();
    domain::text::search_key(&[d.kind.label_vi(), &d.parts.symbol, &compact, &d.title])
}

pub async fn update(tx: &mut Tx, id: i64, version: i64, d: &Valid<DocumentDraft>) -> Result<Document, StoreError> {
    let before = get(tx, id).await?;
    crate::version::claim(tx, "document", before.tenant_id, id, version).await?;
    // Tasks must not fall due before the plan's issue date. A plan's tasks lie in its tenant,
    // or one joined to it by a move (`tasks::filter`).
    let tenants = crate::tenant_move::linked(tx, before.tenant_id).await?;
    let sql = format!(
        "SELECT MIN(original_due_on) FROM tasks WHERE {} AND plan_id = $1",
        crate::sql::in_tenants(tx.backend(), "tenant_id", tenants)
    );
    let earliest: Option<NaiveDate> =
        on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_one(c).await?);
    if let Some(e) = earliest.filter(|e| *e < d.issued_on) {
        return Err(StoreError::Invalid(domain::FieldError::invalid(
            "issued_on",
            format!(
                "Văn bản có nhiệm vụ hạn {} trước ngày ban hành mới.",
                e.format("%d/%m/%Y")
            ),
            format!("The document has a task due {e}, before the new issue date."),
        )));
    }
    let path = units::path_of_ref(tx, "issuer_unit_id", d.issuer_unit_id).await?;
    let tenant = path.tenant();
    StoreError::same_tenant("issuer_unit_id", before.tenant_id, tenant)?;
    let res: Result<_, sqlx::Error> = on_tx!(tx, c => sqlx::query(
        "UPDATE documents SET kind = $2, symbol = $3, symbol_raw = $4, number = $5, symbol_year = $6,
                doc_type = $7, issuer_code = $8, form = $9, title = $10, title_fold = $11, issuer_unit_id = $12,
                issuer_path = $13, issued_on = $14, issued_year = $15, valid_from = $16, valid_to = $17
         WHERE tenant_id = $1 AND id = $18")
        .bind(tenant).bind(d.kind.as_str()).bind(&d.parts.symbol).bind(&d.symbol_raw).bind(&d.parts.number)
        .bind(d.parts.year).bind(&d.parts.doc_type).bind(&d.parts.issuer_code).bind(d.parts.form.as_str())
        .bind(&d.title).bind(fold_doc(d)).bind(d.issuer_unit_id).bind(path.as_str()).bind(d.issued_on)
        .bind(d.issued_on.year()).bind(d.valid_from).bind(d.valid_to).bind(id)
        .execute(c).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => {
            let after = get(tx, id).await?;
            audit::record(
                tx,
                Change::updated(after.tenant_id, "document", id, "update", &before, &after),
            )
            .await?;
            Ok(after)
        }
        Err(e) if StoreError::is_unique_violation(&e) => Err(duplicate(d)),
        Err(e) => Err(e.into()),
    }
}

/// Filters for listing documents.
#[derive(Debug, Clone, Default)]
pub struct DocumentFilter {
    /// Documents issued by units in this subtree.
    pub within: Option<i64>,
    pub kind: Option<DocKind>,
    pub year: Option<i32>,
    /// Diacritic-insensitive search in symbol and title ("chi thi 24", "152-KH").
    pub q: Option<String>,
    /// Only what this scope may see (the caller's rights); none for trusted callers.
    pub scope: Option<domain::access::Scope>,
    /// Issuers outside the scope whose documents the caller reads too: the bodies of the levels
    /// above (`access::higher_issuers`).
    pub higher_issuers: Vec<i64>,
    /// The tenants of the roots `higher_issuers` were found from (the issuers above a unit are
    /// in its tenant): named with the scope's on PostgreSQL.
    pub higher_tenants: Vec<i64>,
}

pub async fn list(tx: &mut Tx, f: &DocumentFilter, limit: i64, offset: i64) -> Result<Page<Document>, StoreError> {
    let mut w = Where::new();
    if let Some(s) = &f.scope
        && let Some(in_scope) = crate::access::scope_sql(&mut w, "issuer_path", s)
    {
        let higher: Vec<String> = f.higher_issuers.iter().map(i64::to_string).collect();
        if higher.is_empty() {
            w.cond(in_scope);
        } else {
            // Integers only: no client text in the SQL.
            w.cond(format!("({in_scope} OR issuer_unit_id IN ({}))", higher.join(",")));
        }
        // A document in the scope lies in its root's tenant, one of a higher issuer in the
        // tenant of the root it is above: named on PostgreSQL (those shards only on Citus).
        if tx.backend() == crate::Backend::Postgres {
            let tenants = s
                .roots
                .iter()
                .map(|r| r.tenant())
                .chain(f.higher_tenants.iter().copied());
            w.cond(crate::sql::in_tenants(tx.backend(), "tenant_id", tenants));
        }
    }
    if let Some(within) = f.within {
        let root = units::path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, tx.backend(), "tenant_id", "issuer_path", &root);
        w.cond(cond);
    }
    if let Some(k) = f.kind {
        let ph = w.arg(Arg::Text(k.as_str().into()));
        w.cond(format!("kind = {ph}"));
    }
    if let Some(y) = f.year {
        let ph = w.arg(Arg::Int(y.into()));
        w.cond(format!("issued_year = {ph}"));
    }
    if let Some(q) = f.q.as_deref() {
        w.folded_words("title_fold", q);
    }
    let where_sql = w.sql();
    let count_sql = format!("SELECT COUNT(*) FROM documents{where_sql}");
    let list_sql = format!(
        "SELECT {COLS} FROM documents{where_sql} ORDER BY issued_on DESC, id DESC LIMIT {limit} OFFSET {offset}"
    );
    let total: i64 = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql.as_str())), w.args).fetch_one(&mut *c).await?);
    let items = on_tx!(tx, c => bind_args!(sqlx::query_as::<_, Document>(sqlx::AssertSqlSafe(list_sql.as_str())), w.args).fetch_all(&mut *c).await?);
    Ok(Page {
        items,
        total,
        limit,
        offset,
    })
}

/// Links `from` to `input.to_id`, refusing self-links and cycles of the same kind.
pub async fn link(tx: &mut Tx, from_id: i64, input: &LinkInput) -> Result<Vec<DocumentLink>, StoreError> {
    let from = get(tx, from_id).await?;
    check_link(from_id, input.to_id)?;
    let to = get_ref(tx, "to_id", input.to_id).await?;
    // Would the new edge close a loop? Walk from the target along the same kind of link, one
    // level per query (a recursive query cannot be planned across Citus shards).
    let mut reached: std::collections::BTreeSet<i64> = std::collections::BTreeSet::new();
    let mut frontier = vec![input.to_id];
    while !frontier.is_empty() && !reached.contains(&from_id) {
        let list: Vec<String> = frontier.iter().map(i64::to_string).collect();
        // Ids are integers read from our own rows, inlined.
        let sql = format!(
            "SELECT to_id FROM document_links WHERE kind = $1 AND from_id IN ({})",
            list.join(",")
        );
        let next: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(input.kind.as_str()).fetch_all(c).await?);
        frontier = next.into_iter().filter(|id| reached.insert(*id)).collect();
    }
    if reached.contains(&from_id) {
        return Err(StoreError::Invalid(link_cycle_error(input.kind)));
    }
    let now = tx.now();
    let res: Result<_, sqlx::Error> = on_tx!(tx, c => sqlx::query(
        "INSERT INTO document_links (tenant_id, from_id, to_id, kind, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(from.tenant_id).bind(from_id).bind(input.to_id).bind(input.kind.as_str()).bind(now).execute(c).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => {
            crate::citers::note(tx, to.id, to.tenant_id, from.tenant_id).await?;
            audit::record(
                tx,
                Change::new(
                    from.tenant_id,
                    "document",
                    from_id,
                    "link",
                    None,
                    Some(audit::json(input)),
                ),
            )
            .await?;
            links(tx, from_id).await
        }
        Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::Conflict(domain::FieldError::new(
            "to_id",
            domain::ErrorCode::DuplicateLink,
            "Liên kết này đã có.",
            "This link already exists.",
        ))),
        Err(e) => Err(e.into()),
    }
}

pub async fn unlink(tx: &mut Tx, from_id: i64, link_id: i64) -> Result<(), StoreError> {
    let doc = get(tx, from_id).await?;
    // A link up lies in this document's tenant, a link down where the rows naming it do.
    let tenants = crate::citers::of(tx, &[(doc.id, doc.tenant_id)]).await?;
    let sql = format!(
        "DELETE FROM document_links WHERE {} AND id = $1 AND (from_id = $2 OR to_id = $2) RETURNING from_id, to_id, kind, tenant_id",
        crate::sql::in_tenants(tx.backend(), "tenant_id", tenants)
    );
    let gone: Option<(i64, i64, String, i64)> = on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(link_id).bind(from_id).fetch_optional(c).await?);
    let (from, to, kind, tenant) = gone.ok_or(StoreError::not_found("link", link_id))?;
    let before = serde_json::json!({ "id": link_id, "from_id": from, "to_id": to, "kind": kind });
    audit::record(
        tx,
        Change::new(tenant, "document", from_id, "unlink", Some(before), None),
    )
    .await
}

/// The document's direct links: "up" to what it implements/guides/replaces/amends, "down" to
/// the documents that do so to it.
pub async fn links(tx: &mut Tx, id: i64) -> Result<Vec<DocumentLink>, StoreError> {
    let doc = get(tx, id).await?;
    // A link is in its `from` document's tenant: "up" links are read in this document's tenant
    // (one shard on Citus) and the documents they point to by id, the caller's tenants first
    // (a decree above a province's plan may be another province's); "down" links in the
    // tenants holding rows that name this document (`citers`: its own but for a few) and
    // joined to their documents tenant to tenant.
    let up: Vec<(i64, String, i64)> = on_tx!(tx, c => sqlx::query_as(
        "SELECT id, kind, to_id FROM document_links WHERE tenant_id = $2 AND from_id = $1")
        .bind(id).bind(doc.tenant_id).fetch_all(c).await?);
    let targets: Vec<i64> = up.iter().map(|(_, _, to)| *to).collect();
    let found = get_many(tx, &targets).await?;
    let mut out = Vec::with_capacity(up.len());
    for (link_id, kind, to) in up {
        let Some(d) = found.get(&to) else { continue };
        let kind = LinkKind::try_from(kind).map_err(|e| StoreError::Db(sqlx::Error::Decode(e.into())))?;
        out.push(DocumentLink {
            link_id,
            kind,
            direction: "up".into(),
            document_id: d.id,
            symbol: d.symbol.clone(),
            title: d.title.clone(),
            issued_on: d.issued_on,
        });
    }
    out.sort_by_key(|l| (l.issued_on, l.link_id));
    let tenants = crate::citers::of(tx, &[(doc.id, doc.tenant_id)]).await?;
    let sql = format!(
        "SELECT l.id AS link_id, l.kind, 'down' AS direction, d.id AS document_id, d.symbol, d.title, d.issued_on
           FROM document_links l JOIN documents d ON d.tenant_id = l.tenant_id AND d.id = l.from_id
          WHERE {} AND l.to_id = $1 ORDER BY d.issued_on, l.id",
        crate::sql::in_tenants(tx.backend(), "l.tenant_id", tenants)
    );
    let down: Vec<DocumentLink> =
        on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).bind(id).fetch_all(c).await?);
    out.extend(down);
    Ok(out)
}

/// Every document below this one in the implementation graph (transitively, up to 8 levels),
/// as edges (from implements/guides/… to).
pub async fn descendants(tx: &mut Tx, id: i64) -> Result<Vec<(i64, i64, String)>, StoreError> {
    let doc = get(tx, id).await?;
    // One level per query, up to 8 (a recursive query cannot be planned across Citus shards),
    // each in the tenants holding rows that name the level's documents (`citers`; a link lies in
    // its `from` document's tenant, which gives the next level's).
    let mut edges: std::collections::BTreeSet<(i64, i64, String)> = std::collections::BTreeSet::new();
    let mut seen: std::collections::BTreeSet<i64> = std::collections::BTreeSet::from([id]);
    let mut frontier = vec![(id, doc.tenant_id)];
    for _ in 0..8 {
        if frontier.is_empty() {
            break;
        }
        let tenants = crate::citers::of(tx, &frontier).await?;
        let list: Vec<String> = frontier.iter().map(|(id, _)| id.to_string()).collect();
        // Ids are integers read from our own rows, inlined.
        let sql = format!(
            "SELECT from_id, to_id, kind, tenant_id FROM document_links WHERE {} AND to_id IN ({})",
            crate::sql::in_tenants(tx.backend(), "tenant_id", tenants),
            list.join(",")
        );
        let level: Vec<(i64, i64, String, i64)> =
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
        frontier = Vec::new();
        for (from, to, kind, tenant) in level {
            if seen.insert(from) {
                frontier.push((from, tenant));
            }
            edges.insert((from, to, kind));
        }
    }
    let mut out: Vec<(i64, i64, String)> = edges.into_iter().collect();
    out.sort_by_key(|a| (a.1, a.0));
    Ok(out)
}

const THEME_COLS: &str = "id, tenant_id, unit_id, year, title, version";

pub async fn get_theme(tx: &mut Tx, id: i64) -> Result<Theme, StoreError> {
    let mut t = crate::own_tenants::one_by_id::<Theme>(tx, "tenant_id", id, |cond| {
        format!("SELECT {THEME_COLS} FROM themes WHERE id = $1{cond}")
    })
    .await?
    .ok_or(StoreError::not_found("theme", id))?;
    t.plan_ids = on_tx!(tx, c => sqlx::query_scalar("SELECT document_id FROM theme_plans WHERE tenant_id = $2 AND theme_id = $1 ORDER BY document_id")
        .bind(id).bind(t.tenant_id).fetch_all(c).await?);
    Ok(t)
}

async fn set_theme_plans(tx: &mut Tx, theme_id: i64, tenant: i64, plan_ids: &[i64]) -> Result<(), StoreError> {
    for pid in plan_ids {
        get_ref(tx, "plan_ids", *pid).await?;
    }
    on_tx!(tx, c => sqlx::query("DELETE FROM theme_plans WHERE tenant_id = $2 AND theme_id = $1").bind(theme_id).bind(tenant).execute(&mut *c).await?.rows_affected());
    for pid in plan_ids {
        on_tx!(tx, c => sqlx::query("INSERT INTO theme_plans (theme_id, document_id, tenant_id) VALUES ($1, $2, $3)")
            .bind(theme_id).bind(*pid).bind(tenant).execute(&mut *c).await?.rows_affected());
    }
    Ok(())
}

fn duplicate_theme(t: &ThemeInput) -> StoreError {
    StoreError::Conflict(domain::FieldError::new(
        "year",
        domain::ErrorCode::DuplicateTheme,
        format!("Đơn vị đã có chủ đề công tác năm {}.", t.year),
        format!("The unit already has a work theme for {}.", t.year),
    ))
}

pub async fn create_theme(tx: &mut Tx, t: &Valid<ThemeInput>) -> Result<Theme, StoreError> {
    let path = units::path_of_ref(tx, "unit_id", t.unit_id).await?;
    let tenant = path.tenant();
    let now = tx.now();
    let res: Result<i64, sqlx::Error> = on_tx!(tx, c => sqlx::query_scalar(
        "INSERT INTO themes (tenant_id, unit_id, year, title, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id")
        .bind(tenant).bind(t.unit_id).bind(t.year).bind(&t.title).bind(now).fetch_one(c).await);
    let id = match res {
        Ok(id) => id,
        Err(e) if StoreError::is_unique_violation(&e) => return Err(duplicate_theme(t)),
        Err(e) => return Err(e.into()),
    };
    set_theme_plans(tx, id, tenant, &t.plan_ids).await?;
    let theme = get_theme(tx, id).await?;
    audit::record(tx, Change::created(theme.tenant_id, "theme", id, &theme)).await?;
    Ok(theme)
}

pub async fn update_theme(tx: &mut Tx, id: i64, version: i64, t: &Valid<ThemeInput>) -> Result<Theme, StoreError> {
    let before = get_theme(tx, id).await?;
    crate::version::claim(tx, "theme", before.tenant_id, id, version).await?;
    let path = units::path_of_ref(tx, "unit_id", t.unit_id).await?;
    let tenant = path.tenant();
    StoreError::same_tenant("unit_id", before.tenant_id, tenant)?;
    let res: Result<_, sqlx::Error> = on_tx!(tx, c => sqlx::query(
        "UPDATE themes SET unit_id = $2, year = $3, title = $4 WHERE tenant_id = $1 AND id = $5")
        .bind(tenant).bind(t.unit_id).bind(t.year).bind(&t.title).bind(id).execute(c).await.map(|r| r.rows_affected()));
    match res {
        Ok(_) => {}
        Err(e) if StoreError::is_unique_violation(&e) => return Err(duplicate_theme(t)),
        Err(e) => return Err(e.into()),
    }
    set_theme_plans(tx, id, tenant, &t.plan_ids).await?;
    let after = get_theme(tx, id).await?;
    audit::record(
        tx,
        Change::updated(after.tenant_id, "theme", id, "update", &before, &after),
    )
    .await?;
    Ok(after)
}

/// Themes of units in a subtree (or all), newest year first.
pub async fn list_themes(
    tx: &mut Tx,
    within: Option<i64>,
    year: Option<i32>,
    scope: Option<&domain::access::Scope>,
) -> Result<Vec<Theme>, StoreError> {
    // A theme is in its unit's tenant: the scope's or the subtree's tenants are named on
    // PostgreSQL, outside and inside, so that Citus reads their shards only.
    let backend = tx.backend();
    let mut w = Where::new();
    if let Some(s) = scope {
        let cond = crate::access::scope_sql_in(&mut w, backend, "tenant_id", "path", s);
        if let Some(c) = cond {
            w.cond(format!("unit_id IN (SELECT id FROM units WHERE {c})"));
            if backend == crate::Backend::Postgres && !s.roots.is_empty() {
                w.cond(crate::sql::in_tenants(
                    backend,
                    "tenant_id",
                    s.roots.iter().map(UnitPath::tenant),
                ));
            }
        }
    }
    if let Some(within) = within {
        let root = units::path_of(tx, within).await?;
        let cond = crate::sql::subtree(&mut w, backend, "tenant_id", "path", &root);
        w.cond(format!("unit_id IN (SELECT id FROM units WHERE {cond})"));
        if backend == crate::Backend::Postgres {
            w.cond(crate::sql::in_tenants(backend, "tenant_id", [root.tenant()]));
        }
    }
    if let Some(y) = year {
        let ph = w.arg(Arg::Int(y.into()));
        w.cond(format!("year = {ph}"));
    }
    let sql = format!("SELECT id FROM themes{} ORDER BY year DESC, id LIMIT 500", w.sql());
    let ids: Vec<i64> = on_tx!(tx, c => bind_args!(sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())), w.args).fetch_all(&mut *c).await?);
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.push(get_theme(tx, id).await?);
    }
    Ok(out)
}
