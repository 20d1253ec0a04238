//! The units a record belongs to, for access checks ([`domain::access::Principal::can`]), and
//! the SQL that narrows lists to a [`Scope`].

use domain::access::Scope;
use domain::unit::UnitPath;

use crate::db::Tx;
use crate::sql::{Arg, Where};
use crate::{StoreError, on_tx};

/// A record whose access is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Unit(i64),
    Person(i64),
    Document(i64),
    Theme(i64),
    Task(i64),
    Target(i64),
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
        }
    }
}

/// The units a record belongs to: the owner first, then cooperating units; for tasks also the
/// assigning unit and the responsible person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Belonging {
    pub units: Vec<UnitPath>,
    pub assigner: Option<UnitPath>,
    pub responsible: Option<i64>,
}

impl Belonging {
    pub fn target(&self) -> domain::access::Target<'_> {
        domain::access::Target {
            units: &self.units,
            assigner: self.assigner.as_ref(),
            responsible: self.responsible,
        }
    }
}

fn parse_all(paths: Vec<String>) -> Vec<UnitPath> {
    paths.iter().filter_map(|p| UnitPath::parse(p)).collect()
}

/// Where a record belongs; `NotFound` when it does not exist.
pub async fn belonging(tx: &mut Tx, s: Subject) -> Result<Belonging, StoreError> {
    let (entity, id) = s.entity();
    let owner_sql = match s {
        Subject::Unit(_) => "SELECT path FROM units WHERE id = $1",
        Subject::Person(_) => "SELECT unit_path FROM people WHERE id = $1",
        Subject::Document(_) => "SELECT issuer_path FROM documents WHERE id = $1",
        Subject::Theme(_) => "SELECT u.path FROM themes t JOIN units u ON u.id = t.unit_id WHERE t.id = $1",
        Subject::Task(_) => "SELECT unit_path FROM tasks WHERE id = $1",
        Subject::Target(_) => "SELECT unit_path FROM targets WHERE id = $1",
    };
    let owner: Option<String> = on_tx!(tx, c => sqlx::query_scalar(owner_sql).bind(id).fetch_optional(c).await?);
    let owner = owner.ok_or(StoreError::not_found(entity, id))?;
    let mut units = parse_all(vec![owner]);
    let (mut assigner, mut responsible) = (None, None);
    if let Subject::Task(_) = s {
        let coop: Vec<String> = on_tx!(tx, c => sqlx::query_scalar(
            "SELECT u.path FROM task_cooperators tc JOIN units u ON u.id = tc.unit_id WHERE tc.task_id = $1")
            .bind(id).fetch_all(c).await?);
        units.extend(parse_all(coop));
        let (issuer, resp): (String, Option<i64>) = on_tx!(tx, c => sqlx::query_as(
            "SELECT d.issuer_path, t.responsible_id FROM tasks t JOIN documents d ON d.id = t.plan_id WHERE t.id = $1")
            .bind(id).fetch_one(c).await?);
        assigner = UnitPath::parse(&issuer);
        responsible = resp;
    }
    Ok(Belonging {
        units,
        assigner,
        responsible,
    })
}

/// Adds "`col` lies in the scope" to a query: nothing for everything, false for nothing.
pub fn scope_cond(w: &mut Where, col: &str, scope: &Scope) {
    if let Some(c) = scope_sql(w, col, scope) {
        w.cond(c);
    }
}

/// The condition as SQL, or `None` when the scope is everything.
pub fn scope_sql(w: &mut Where, col: &str, scope: &Scope) -> Option<String> {
    if scope.all {
        return None;
    }
    if scope.roots.is_empty() {
        return Some("1 = 0".into());
    }
    let parts: Vec<String> = scope
        .roots
        .iter()
        .map(|r| {
            let (lo, hi) = r.range();
            let (lo, hi) = (w.arg(Arg::Text(lo)), w.arg(Arg::Text(hi)));
            format!("({col} >= {lo} AND {col} < {hi})")
        })
        .collect();
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
    /// column as the query should read it (see `tasks::path_column`).
    pub fn cond(&self, w: &mut Where, unit_path: &str) {
        let Some(lead) = scope_sql(w, unit_path, &self.scope) else {
            return;
        };
        let mut parts = vec![lead.clone()];
        if !self.scope.roots.is_empty() {
            let coop = scope_sql(w, "u.path", &self.scope).unwrap_or_else(|| "1 = 0".into());
            parts.push(format!(
                "id IN (SELECT tc.task_id FROM task_cooperators tc JOIN units u ON u.id = tc.unit_id WHERE {coop})"
            ));
        }
        if let Some(p) = self.person_id {
            let ph = w.arg(Arg::Int(p));
            parts.push(format!("responsible_id = {ph}"));
        }
        w.cond(format!("({})", parts.join(" OR ")));
    }
}
