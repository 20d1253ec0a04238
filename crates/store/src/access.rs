//! The units a record belongs to, for access checks ([`domain::access::Principal::can`]), and
//! the SQL that narrows lists to a [`Scope`].

use domain::access::Scope;
use domain::assign::UnitPlace;
use domain::unit::{UnitKind, UnitPath};

use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, on_tx, own_tenants};

/// A record whose access is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Unit(i64),
    Person(i64),
    Document(i64),
    Theme(i64),
    Task(i64),
    Target(i64),
    /// A person's evaluation of a period: owned by the person's unit (a head's by the unit
    /// above), with the person as its "responsible" (they self-assess it).
    Evaluation(i64),
    /// A compliance requirement: owned by its issuing unit, published to its scope (every unit
    /// bound inside the scope reads what it owes).
    Requirement(i64),
    /// One unit's item of a requirement: owned by that unit, assigned by the requirement's
    /// issuing unit (who accepts or returns its report).
    RequirementItem(i64),
    /// A conference: owned by its host unit, with its bridge points' units as cooperating
    /// units, published to what the host may direct (the wards read the district's).
    Conference(i64),
    /// An inspection: owned by the inspecting body, involving its subjects (they read it, its
    /// conclusion and their findings) and its team.
    Inspection(i64),
    /// A paper of an inspection: a self-report is the subject's (assigned by the inspecting
    /// body); a verification note or a draft is the body's and confidential
    /// (`domain::inspection::confidential`).
    InspectionRecord(i64),
}

impl Subject {
    fn entity(self) -> (&'static str, i64) {
        match self {
            Subject::Unit(id) => ("unit", id),
            Subject::Person(id) => ("person", id),
            Subject::Document(id) => ("document", id),
            Subject::Theme(id) => ("theme", id),
            Subject::Task(id) => ("task", id),
            Subject::Target(id) => ("target", id),
            Subject::Evaluation(id) => ("evaluation", id),
            Subject::Requirement(id) => ("requirement", id),
            Subject::RequirementItem(id) => ("requirement_item", id),
            Subject::Conference(id) => ("conference", id),
            Subject::Inspection(id) => ("inspection", id),
            Subject::InspectionRecord(id) => ("inspection_record", id),
        }
    }

    /// The table whose row `id` the subject is, with its tenant (for `crate::seen`): those a
    /// page reads again by id.
    fn table(self) -> Option<&'static str> {
        match self {
            Subject::Unit(_) => Some("units"),
            Subject::Document(_) => Some("documents"),
            Subject::Task(_) => Some("tasks"),
            Subject::Person(_) => Some("people"),
            Subject::Conference(_) => Some("conferences"),
            Subject::Requirement(_) => Some("requirements"),
            _ => None,
        }
    }
}

/// Where a record belongs: its owning unit, and for tasks the cooperating units, the assigning
/// unit and the person responsible; for documents, the subtree they are published to (every unit
/// their issuer may assign work to may read them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Belonging {
    pub owner: UnitPath,
    pub cooperating: Vec<UnitPath>,
    pub assigner: Option<UnitPath>,
    pub responsible: Option<i64>,
    pub published_to: Option<UnitPath>,
    /// For inspections and their papers: the team's people.
    pub team: Vec<i64>,
    /// An inspection's working paper: only the team and the commission read it.
    pub confidential: bool,
}

impl Belonging {
    /// A record owned by `owner` and nothing more (a unit, a person).
    pub fn owned_by(owner: UnitPath) -> Belonging {
        Belonging {
            owner,
            cooperating: Vec::new(),
            assigner: None,
            responsible: None,
            published_to: None,
            team: Vec::new(),
            confidential: false,
        }
    }

    pub fn target(&self) -> domain::access::Target<'_> {
        domain::access::Target {
            owner: &self.owner,
            cooperating: &self.cooperating,
            assigner: self.assigner.as_ref(),
            responsible: self.responsible,
            published_to: self.published_to.as_ref(),
            team: &self.team,
            confidential: self.confidential,
        }
    }
}

fn parse_all(paths: Vec<String>) -> Vec<UnitPath> {
    paths.iter().filter_map(|p| UnitPath::parse(p)).collect()
}

fn parse_path(p: &str, entity: &'static str, id: i64) -> Result<UnitPath, StoreError> {
    UnitPath::parse(p).ok_or(StoreError::not_found(entity, id))
}

/// Where a record belongs; `NotFound` when it does not exist.
pub async fn belonging(tx: &mut Tx, s: Subject) -> Result<Belonging, StoreError> {
    let (entity, id) = s.entity();
    match s {
        Subject::Inspection(_) => return inspection_belonging(tx, id).await,
        Subject::InspectionRecord(_) => return record_belonging(tx, id).await,
        Subject::Document(_) => return Ok(document_facts(tx, id).await?.belonging),
        Subject::Task(_) => return task_belonging(tx, id).await,
        _ => {}
    }
    // The statement up to its WHERE clause, the record's table as `x`: the owner's path and
    // the tenant.
    let select = match s {
        Subject::Unit(_) => "SELECT x.path, x.tenant_id FROM units x",
        Subject::Person(_) => "SELECT x.unit_path, x.tenant_id FROM people x",
        Subject::Document(_) => "SELECT x.issuer_path, x.tenant_id FROM documents x",
        Subject::Theme(_) => {
            "SELECT u.path, x.tenant_id FROM themes x JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.unit_id"
        }
        Subject::Task(_) => "SELECT x.unit_path, x.tenant_id FROM tasks x",
        Subject::Target(_) => "SELECT x.unit_path, x.tenant_id FROM targets x",
        Subject::Evaluation(_) => "SELECT x.owner_path, x.tenant_id FROM evaluations x",
        Subject::Requirement(_) => {
            "SELECT u.path, x.tenant_id FROM requirements x JOIN units u ON u.tenant_id = x.tenant_id AND u.id = x.issuer_unit_id"
        }
        Subject::RequirementItem(_) => "SELECT x.unit_path, x.tenant_id FROM requirement_items x",
        Subject::Conference(_) => "SELECT x.host_path, x.tenant_id FROM conferences x",
        Subject::Inspection(_) | Subject::InspectionRecord(_) => "SELECT x.body_path, x.tenant_id FROM inspections x",
    };
    let row: Option<(String, i64)> = if let Subject::Unit(_) = s {
        // Read once a snapshot: a page names its unit many times.
        crate::units::place_of(tx, id)
            .await?
            .map(|(tenant, path)| (path, tenant))
    } else {
        own_tenants::one_by_id(tx, "x.tenant_id", id, |cond| format!("{select} WHERE x.id = $1{cond}")).await?
    };
    let (owner, tenant) = row.ok_or(StoreError::not_found(entity, id))?;
    tx.found_in(tenant);
    if let Some(table) = s.table() {
        crate::seen::note_tenant(tx, table, id, tenant);
    }
    let mut b = Belonging::owned_by(parse_path(&owner, entity, id)?);
    match s {
        Subject::Evaluation(_) => {
            let person: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT person_id FROM evaluations WHERE tenant_id = $2 AND id = $1")
                .bind(id).bind(tenant).fetch_one(c).await?);
            b.responsible = Some(person);
        }
        Subject::Requirement(_) => {
            // The scope is a named reference: it may lie in another province.
            let scope_unit: i64 = on_tx!(tx, c => sqlx::query_scalar(
                "SELECT scope_unit_id FROM requirements WHERE tenant_id = $2 AND id = $1")
                .bind(id).bind(tenant).fetch_one(c).await?);
            let scope: Option<String> = own_tenants::value_by_id(tx, "tenant_id", scope_unit, |cond| {
                format!("SELECT path FROM units WHERE id = $1{cond}")
            })
            .await?;
            b.published_to = scope.as_deref().and_then(UnitPath::parse);
        }
        Subject::RequirementItem(_) => {
            let issuer: String = on_tx!(tx, c => sqlx::query_scalar(
                "SELECT u.path FROM requirement_items i JOIN requirements r ON r.tenant_id = i.tenant_id AND r.id = i.requirement_id
                 JOIN units u ON u.tenant_id = r.tenant_id AND u.id = r.issuer_unit_id WHERE i.tenant_id = $2 AND i.id = $1")
                .bind(id).bind(tenant).fetch_one(c).await?);
            b.assigner = UnitPath::parse(&issuer);
        }
        Subject::Conference(_) => {
            let points: Vec<String> = on_tx!(tx, c => sqlx::query_scalar(
                "SELECT u.path FROM conference_points p JOIN units u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
                 WHERE p.tenant_id = $2 AND p.conference_id = $1")
                .bind(id).bind(tenant).fetch_all(c).await?);
            b.cooperating = parse_all(points);
            let host: i64 = on_tx!(tx, c => sqlx::query_scalar("SELECT host_unit_id FROM conferences WHERE tenant_id = $2 AND id = $1")
                .bind(id).bind(tenant).fetch_one(c).await?);
            b.published_to = Some(domain::assign::Reach::of(&unit_place_in(tx, Some(tenant), host).await?).root);
        }
        _ => {}
    }
    Ok(b)
}

/// A task's place: its lead's path, the units cooperating, the assigner (the unit that split
/// its part into this sub-task, else the plan's issuer) and the person responsible — one
/// statement, a row per cooperating unit (every join on the tenant, so Citus keeps it on the
/// task's shard).
async fn task_belonging(tx: &mut Tx, id: i64) -> Result<Belonging, StoreError> {
    type Row = (String, i64, String, Option<i64>, Option<String>);
    let rows: Vec<Row> = own_tenants::all_by_id(tx, "t.tenant_id", id, |cond| {
        format!(
            "SELECT t.unit_path, t.tenant_id, COALESCE(a.path, d.issuer_path), t.responsible_id, cu.path
             FROM tasks t JOIN documents d ON d.tenant_id = t.tenant_id AND d.id = t.plan_id
             LEFT JOIN units a ON a.tenant_id = t.tenant_id AND a.id = t.assigner_unit_id
             LEFT JOIN task_cooperators tc ON tc.tenant_id = t.tenant_id AND tc.task_id = t.id
             LEFT JOIN units cu ON cu.tenant_id = tc.tenant_id AND cu.id = tc.unit_id
             WHERE t.id = $1{cond}"
        )
    })
    .await?;
    let Some((owner, tenant, issuer, responsible, _)) = rows.first().cloned() else {
        return Err(StoreError::not_found("task", id));
    };
    tx.found_in(tenant);
    crate::seen::note_tenant(tx, "tasks", id, tenant);
    let mut b = Belonging::owned_by(parse_path(&owner, "task", id)?);
    b.cooperating = parse_all(rows.into_iter().filter_map(|(.., coop)| coop).collect());
    b.assigner = UnitPath::parse(&issuer);
    b.responsible = responsible;
    Ok(b)
}

/// The belongings of several units named by id (a page of lines that link to their units): one
/// read in the caller's tenants, one by id alone for the rest; ids not found are left out. A
/// unit belongs where it is, as [`belonging`] says of one.
pub async fn unit_belongings(
    tx: &mut Tx,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Belonging>, StoreError> {
    let paths = crate::sql::names_by_id(tx, "units", "path", ids).await?;
    Ok(paths
        .into_iter()
        .filter_map(|(id, path)| UnitPath::parse(&path).map(|p| (id, Belonging::owned_by(p))))
        .collect())
}

/// The belongings of several documents named by id (a page's tree of documents below a
/// directive), as [`document_facts`] gives each: two reads at most whatever their number; ids
/// not found are left out.
pub async fn document_belongings(
    tx: &mut Tx,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Belonging>, StoreError> {
    type Row = (i64, String, String, String, Option<String>);
    let rows: std::collections::HashMap<i64, Row> = own_tenants::many_by_id(
        tx,
        "d.tenant_id",
        ids,
        |list, cond| {
            format!(
                "SELECT d.id, d.issuer_path, u.path, u.kind, p.kind FROM documents d
                 JOIN units u ON u.tenant_id = d.tenant_id AND u.id = d.issuer_unit_id
                 LEFT JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id WHERE d.id IN ({list}){cond}"
            )
        },
        |r: &Row| r.0,
    )
    .await?;
    let mut out = std::collections::HashMap::with_capacity(rows.len());
    for (id, (_, owner, path, kind, parent_kind)) in rows {
        let issuer = place(&path, &kind, parent_kind.as_deref(), "document", id)?;
        let mut b = Belonging::owned_by(parse_path(&owner, "document", id)?);
        b.published_to = Some(domain::assign::Reach::of(&issuer).root);
        out.insert(id, b);
    }
    Ok(out)
}

/// A document's belonging together with its issuer's place and issue date, in one read: what
/// assigning work in a plan needs (the right to do so, the issuer's reach, the date deadlines
/// may not precede).
pub struct DocumentFacts {
    pub belonging: Belonging,
    pub issuer: UnitPlace,
    pub issued_on: chrono::NaiveDate,
}

/// The facts of document `id`; `NotFound` when it does not exist.
pub async fn document_facts(tx: &mut Tx, id: i64) -> Result<DocumentFacts, StoreError> {
    type Row = (String, chrono::NaiveDate, String, String, Option<String>, i64);
    let row: Option<Row> = own_tenants::one_by_id(tx, "d.tenant_id", id, |cond| {
        format!(
            "SELECT d.issuer_path, d.issued_on, u.path, u.kind, p.kind, d.tenant_id FROM documents d
             JOIN units u ON u.tenant_id = d.tenant_id AND u.id = d.issuer_unit_id
             LEFT JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id WHERE d.id = $1{cond}"
        )
    })
    .await?;
    let (owner, issued_on, path, kind, parent_kind, tenant) = row.ok_or(StoreError::not_found("document", id))?;
    tx.found_in(tenant);
    let issuer = place(&path, &kind, parent_kind.as_deref(), "document", id)?;
    let mut belonging = Belonging::owned_by(parse_path(&owner, "document", id)?);
    belonging.published_to = Some(domain::assign::Reach::of(&issuer).root);
    Ok(DocumentFacts {
        belonging,
        issuer,
        issued_on,
    })
}

async fn inspection_belonging(tx: &mut Tx, id: i64) -> Result<Belonging, StoreError> {
    let (body, subjects, team) = crate::inspections::access_facts(tx, id)
        .await?
        .ok_or(StoreError::not_found("inspection", id))?;
    Ok(Belonging {
        cooperating: subjects,
        team,
        ..Belonging::owned_by(body)
    })
}

/// A self-report is owned by its subject and assigned by the inspecting body; a working paper
/// is the body's, confidential.
async fn record_belonging(tx: &mut Tx, id: i64) -> Result<Belonging, StoreError> {
    let row: Option<(i64, String, Option<String>)> = own_tenants::one_by_id(tx, "r.tenant_id", id, |cond| {
        format!(
            "SELECT r.inspection_id, r.kind, u.path FROM inspection_records r
             LEFT JOIN units u ON u.tenant_id = r.tenant_id AND u.id = r.subject_unit_id
             WHERE r.id = $1{cond}"
        )
    })
    .await?;
    let (inspection, kind, subject) = row.ok_or(StoreError::not_found("inspection_record", id))?;
    let (body, _, team) = crate::inspections::access_facts(tx, inspection)
        .await?
        .ok_or(StoreError::not_found("inspection_record", id))?;
    let kind = domain::inspection::RecordKind::parse(&kind).ok_or(StoreError::not_found("inspection_record", id))?;
    if kind.is_confidential() {
        return Ok(Belonging {
            team,
            confidential: true,
            ..Belonging::owned_by(body)
        });
    }
    let subject = subject
        .as_deref()
        .and_then(UnitPath::parse)
        .ok_or(StoreError::not_found("inspection_record", id))?;
    Ok(Belonging {
        assigner: Some(body),
        team,
        ..Belonging::owned_by(subject)
    })
}

/// A unit as the assignment rule sees it (`domain::assign`): path, kind and its parent's kind.
pub async fn unit_place(tx: &mut Tx, id: i64) -> Result<UnitPlace, StoreError> {
    unit_place_in(tx, None, id).await
}

/// [`unit_place`] of a unit whose tenant may be known.
pub(crate) async fn unit_place_in(tx: &mut Tx, tenant: Option<i64>, id: i64) -> Result<UnitPlace, StoreError> {
    let select = "SELECT u.path, u.kind, p.kind FROM units u LEFT JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id";
    let row: Option<(String, String, Option<String>)> = match tenant {
        Some(t) => {
            on_tx!(tx, c => sqlx::query_as(sqlx::AssertSqlSafe(format!("{select} WHERE u.tenant_id = $2 AND u.id = $1")))
            .bind(id).bind(t).fetch_optional(c).await?)
        }
        None => own_tenants::one_by_id(tx, "u.tenant_id", id, |cond| format!("{select} WHERE u.id = $1{cond}")).await?,
    };
    let (path, kind, parent_kind) = row.ok_or(StoreError::not_found("unit", id))?;
    place(&path, &kind, parent_kind.as_deref(), "unit", id)
}

fn place(
    path: &str,
    kind: &str,
    parent_kind: Option<&str>,
    entity: &'static str,
    id: i64,
) -> Result<UnitPlace, StoreError> {
    Ok(UnitPlace {
        path: parse_path(path, entity, id)?,
        kind: UnitKind::parse(kind).ok_or(StoreError::not_found(entity, id))?,
        parent_kind: parent_kind.and_then(UnitKind::parse),
    })
}

/// The path of the unit a person belongs to.
pub async fn person_unit(tx: &mut Tx, person_id: i64) -> Result<UnitPath, StoreError> {
    let p: Option<String> = own_tenants::value_by_id(tx, "tenant_id", person_id, |cond| {
        format!("SELECT unit_path FROM people WHERE id = $1{cond}")
    })
    .await?;
    parse_path(
        &p.ok_or(StoreError::not_found("person", person_id))?,
        "person",
        person_id,
    )
}

/// The tenants the records naming `person_id` as their own can lie in — the tasks they are
/// responsible for, the inspections whose team they are on, the ratings of their desk: the
/// person's tenant and those
/// joined to it by moves (`tenant_move::linked`); none for a person that does not exist.
pub async fn person_tenants(tx: &mut Tx, person_id: i64) -> Result<Vec<i64>, StoreError> {
    if let Some((p, tenants)) = &tx.person_tenants
        && *p == person_id
    {
        return Ok(tenants.clone());
    }
    let tenants = match person_unit(tx, person_id).await {
        Ok(unit) => crate::tenant_move::linked(tx, unit.tenant()).await?,
        Err(StoreError::NotFound { .. }) => Vec::new(),
        Err(e) => return Err(e),
    };
    tx.person_tenants = Some((person_id, tenants.clone()));
    Ok(tenants)
}

/// The tenants a unit's cooperations can lie in: the cooperating unit lies in the assigner's
/// reach, so in the task's tenant — its own, or one joined to it by a move
/// (`tenant_move::linked`); none for a unit that does not exist.
pub async fn unit_tenants(tx: &mut Tx, unit_id: i64) -> Result<Vec<i64>, StoreError> {
    match crate::units::path_of(tx, unit_id).await {
        Ok(path) => crate::tenant_move::linked(tx, path.tenant()).await,
        Err(StoreError::NotFound { .. }) => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The units whose documents a reader with `scope` may read without their lying in the scope:
/// the bodies of the levels above that may assign work into it (its ancestors, and the governing
/// bodies — Party committee, People's Council and Committee, Front — placed under an area that
/// holds a scope root). Small: a few per level.
pub async fn higher_issuers(tx: &mut Tx, roots: &[UnitPath]) -> Result<Vec<i64>, StoreError> {
    let mut ancestors: Vec<i64> = roots.iter().flat_map(|r| r.ids()).collect();
    ancestors.sort_unstable();
    ancestors.dedup();
    if ancestors.is_empty() {
        return Ok(Vec::new());
    }
    let list = ancestors.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let governing: Vec<&str> = UnitKind::ALL
        .iter()
        .filter(|k| k.governs_area())
        .map(|k| k.as_str())
        .collect();
    let areas: Vec<&str> = UnitKind::ALL
        .iter()
        .filter(|k| k.is_area())
        .map(|k| k.as_str())
        .collect();
    let quoted = |v: &[&str]| v.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(",");
    // Ids are integers and kinds come from the domain's closed enum: no client text in the SQL.
    // The units under a root's ancestors are in the root's tenant (one shard on Citus).
    let sql = format!(
        "SELECT u.id FROM units u JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id
         WHERE {} AND u.parent_id IN ({list}) AND u.kind IN ({}) AND p.kind IN ({})",
        crate::sql::in_tenants(tx.backend(), "u.tenant_id", roots.iter().map(|r| r.tenant())),
        quoted(&governing),
        quoted(&areas)
    );
    let mut ids: Vec<i64> = on_tx!(tx, c => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).fetch_all(c).await?);
    ids.extend(ancestors);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Adds "`col` lies in the scope" to a query: nothing for everything, false for nothing.
pub fn scope_cond(w: &mut Where, col: &str, scope: &Scope) {
    if let Some(c) = scope_sql(w, col, scope) {
        w.cond(c);
    }
}

/// [`scope_cond`] on a table whose rows are in the tenant of the path in `col`, with the tenant
/// in `tenant_col` named as well on PostgreSQL ([`crate::sql::subtree`]: one shard per scope
/// root on Citus).
pub fn scope_cond_in(w: &mut Where, backend: crate::Backend, tenant_col: &str, col: &str, scope: &Scope) {
    if let Some(c) = scope_sql_in(w, backend, tenant_col, col, scope) {
        w.cond(c);
    }
}

/// [`scope_sql`] with the tenant named as well (see [`scope_cond_in`]). Only where `col` is the
/// path of the row's own unit: a path column naming a unit of a record that may lie in another
/// province (an inspection's subject, a cooperating unit) keeps [`scope_sql`].
pub fn scope_sql_in(
    w: &mut Where,
    backend: crate::Backend,
    tenant_col: &str,
    col: &str,
    scope: &Scope,
) -> Option<String> {
    any_root(w, scope, |w, r| crate::sql::subtree(w, backend, tenant_col, col, r))
}

/// The condition as SQL, or `None` when the scope is everything.
pub fn scope_sql(w: &mut Where, col: &str, scope: &Scope) -> Option<String> {
    any_root(w, scope, |w, r| {
        let (lo, hi) = r.range();
        let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
        format!("({col} >= {lo} AND {col} < {hi})")
    })
}

/// "In any of the scope's subtrees", each written by `root`: `None` for everything, false for
/// nothing.
fn any_root(w: &mut Where, scope: &Scope, mut root: impl FnMut(&mut Where, &UnitPath) -> String) -> Option<String> {
    if scope.all {
        return None;
    }
    if scope.roots.is_empty() {
        return Some("1 = 0".into());
    }
    let parts: Vec<String> = scope.roots.iter().map(|r| root(w, r)).collect();
    Some(format!("({})", parts.join(" OR ")))
}

/// Who may see which tasks: units in scope (as lead or cooperating unit), and a person's own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaskVisibility {
    pub scope: Scope,
    /// Also the tasks this person is responsible for (staff).
    pub person_id: Option<i64>,
}

impl TaskVisibility {
    pub fn everything() -> Self {
        TaskVisibility {
            scope: Scope::everything(),
            person_id: None,
        }
    }

    /// Adds the visibility condition on the `tasks` table; `unit_path` is the lead unit's path
    /// column as the query should read it (see `tasks::path_column`). On PostgreSQL the
    /// scope's tenants are named as well, so that on Citus the list goes to their shards only:
    /// a task is in its lead unit's tenant, and a cooperating unit is joined in the task's
    /// tenant, so a task seen through the scope is in a scope root's tenant. A person's own
    /// tasks may lie anywhere: with them, the tenants bound only the scope's parts.
    ///
    /// `own` is where the person's own tasks can lie (`person_tenants`): named with them
    /// on PostgreSQL, and with the scope's tenants outside the OR, so that on Citus the list
    /// goes to those shards only.
    pub fn cond(&self, w: &mut Where, backend: crate::Backend, unit_path: &str, own: &[i64]) {
        let Some(lead) = scope_sql_in(w, backend, "tenant_id", unit_path, &self.scope) else {
            return;
        };
        let tenants = |col: &str| crate::sql::in_tenants(backend, col, self.scope.roots.iter().map(UnitPath::tenant));
        let on_shards = backend == crate::Backend::Postgres && !self.scope.roots.is_empty();
        let own_named = backend == crate::Backend::Postgres && self.person_id.is_some() && !own.is_empty();
        let mut parts = vec![lead.clone()];
        if !self.scope.roots.is_empty() {
            let coop = scope_sql(w, "u.path", &self.scope).unwrap_or_else(|| "1 = 0".into());
            let (in_coop, in_task) = match on_shards {
                true => (
                    format!(" AND {}", tenants("tc.tenant_id")),
                    format!(" AND {}", tenants("tenant_id")),
                ),
                false => (String::new(), String::new()),
            };
            parts.push(format!(
                "(id IN (SELECT tc.task_id FROM task_cooperators tc JOIN units u ON u.tenant_id = tc.tenant_id AND u.id = tc.unit_id WHERE {coop}{in_coop}){in_task})"
            ));
        }
        match self.person_id {
            Some(p) => {
                let ph = w.arg(Arg::Int(p));
                if own_named {
                    let mut all: Vec<i64> = self.scope.roots.iter().map(UnitPath::tenant).collect();
                    all.extend(own);
                    w.cond(crate::sql::in_tenants(backend, "tenant_id", all));
                    let own = crate::sql::in_tenants(backend, "tenant_id", own.iter().copied());
                    parts.push(format!("(responsible_id = {ph} AND {own})"));
                } else {
                    parts.push(format!("responsible_id = {ph}"));
                }
            }
            // Every part lies in the scope's tenants: said once more outside the OR, where
            // Citus prunes shards by it.
            None if on_shards => w.cond(tenants("tenant_id")),
            None => {}
        }
        w.cond(format!("({})", parts.join(" OR ")));
    }
}
