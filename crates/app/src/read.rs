//! Reading on behalf of a caller: one snapshot transaction whose every method answers only what
//! the caller may see. A record the caller cannot see is `not_found`, like a missing one; lists,
//! counts, roll-ups and search are narrowed in SQL.

use std::collections::HashMap;

use domain::access::{Action, Operation, Role, Scope};
use domain::status::Clock;
use store::Tx;
use store::access::{Belonging, Subject, TaskVisibility};
use store::audit::AuditEntry;
use store::documents::DocumentFilter;
use store::model::{Document, DocumentLink, Page, Person, Target, TargetActual, Task, Theme, Unit};
use store::people::PersonFilter;
use store::rollup::{Rollup, RollupQuery};
use store::search::SearchResult;
use store::targets::TargetFilter;
use store::tasks::TaskFilter;
use store::units::UnitFilter;
use store::work::TaskHistory;

use crate::{App, Caller, Error, Result, authz};

/// Most top-level units one roll-up lays side by side (34 provinces at national scale).
const MAX_ROOTS: i64 = 500;

/// A read snapshot for one caller.
pub struct Reader<'a> {
    pub(crate) app: &'a App,
    pub(crate) caller: &'a Caller,
    pub(crate) tx: Tx,
    clock: Clock,
    /// Belongings already read in this snapshot (a page asks "may I …?" of its record several
    /// times: each answer is the same within one snapshot, and each read is a round trip, to
    /// a worker on Citus).
    seen: HashMap<Subject, Option<Belonging>>,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(app: &'a App, caller: &'a Caller, tx: Tx) -> Reader<'a> {
        Reader {
            clock: app.clock.clock(),
            app,
            caller,
            tx,
            seen: HashMap::new(),
        }
    }

    pub fn caller(&self) -> &Caller {
        self.caller
    }

    /// "Today" and the due-soon window statuses are computed with.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn settings(&self) -> &crate::Settings {
        &self.app.settings
    }

    /// The subtrees the caller reads.
    pub fn scope(&self) -> Scope {
        self.caller.principal.scope(Action::Read)
    }

    /// Which tasks the caller sees in lists: their units' (as lead or cooperating unit), and for
    /// staff those they are responsible for.
    pub fn task_visibility(&self) -> TaskVisibility {
        let p = &self.caller.principal;
        TaskVisibility {
            scope: p.scope(Action::Read),
            person_id: if p.has_role(Role::Staff) { p.person_id } else { None },
        }
    }

    /// Where a record belongs, if the caller may see it (`not_found` otherwise).
    pub async fn check(&mut self, subject: Subject) -> Result<Belonging> {
        self.visible(subject).await?.ok_or_else(|| authz::not_visible(subject))
    }

    /// Whether the caller may see `subject` (for showing a link or plain text).
    pub async fn may_read(&mut self, subject: Subject) -> Result<bool> {
        Ok(self.visible(subject).await?.is_some())
    }

    /// [`authz::visible`], read once per subject in this snapshot.
    async fn visible(&mut self, subject: Subject) -> Result<Option<Belonging>> {
        if let Some(b) = self.seen.get(&subject) {
            return Ok(b.clone());
        }
        let b = authz::visible(&mut self.tx, self.caller, subject).await?;
        if let Some(t) = self.tx.last_found() {
            self.app.recent_tenants.note(self.caller.principal.user_id, t);
        }
        self.seen.insert(subject, b.clone());
        Ok(b)
    }

    /// Which of the units `ids` the caller may see (for showing links on a page of lines), in
    /// one or two reads whatever their number.
    pub async fn readable_units(&mut self, ids: &[i64]) -> Result<std::collections::HashSet<i64>> {
        let found = store::access::unit_belongings(&mut self.tx, ids).await?;
        Ok(self.readable_of(found))
    }

    /// Which of the documents `ids` the caller may see, in a few reads whatever their number
    /// (a document's links, the edges below it).
    pub async fn readable_document_ids(&mut self, ids: &[i64]) -> Result<std::collections::HashSet<i64>> {
        let found = store::access::document_belongings(&mut self.tx, ids).await?;
        Ok(self.readable_of(found))
    }

    /// The ids whose belonging the caller may read.
    fn readable_of(&self, found: HashMap<i64, Belonging>) -> std::collections::HashSet<i64> {
        let p = &self.caller.principal;
        found
            .into_iter()
            .filter(|(_, b)| p.can_read(&b.target()))
            .map(|(id, _)| id)
            .collect()
    }

    /// Whether the caller may do `op` on `subject` (for showing an action).
    pub async fn may(&mut self, op: Operation, subject: Subject) -> Result<bool> {
        Ok(match self.visible(subject).await? {
            Some(b) => self.caller.principal.may(op, &b.target()),
            None => false,
        })
    }

    // ---- Records -------------------------------------------------------------------------------

    pub async fn unit(&mut self, id: i64) -> Result<Unit> {
        self.check(Subject::Unit(id)).await?;
        Ok(store::units::get(&mut self.tx, id).await?)
    }

    pub async fn person(&mut self, id: i64) -> Result<Person> {
        self.check(Subject::Person(id)).await?;
        Ok(store::people::get(&mut self.tx, id).await?)
    }

    pub async fn document(&mut self, id: i64) -> Result<Document> {
        self.check(Subject::Document(id)).await?;
        Ok(store::documents::get(&mut self.tx, id).await?)
    }

    pub async fn theme(&mut self, id: i64) -> Result<Theme> {
        self.check(Subject::Theme(id)).await?;
        Ok(store::documents::get_theme(&mut self.tx, id).await?)
    }

    pub async fn task(&mut self, id: i64) -> Result<Task> {
        self.check(Subject::Task(id)).await?;
        Ok(store::tasks::get(&mut self.tx, id, &self.clock).await?)
    }

    /// The files attached to a task and its entries, in the page's own snapshot.
    pub async fn task_files(&mut self, id: i64) -> Result<Vec<store::files::StoredFile>> {
        self.check(Subject::Task(id)).await?;
        Ok(store::files::of_subject(&mut self.tx, Subject::Task(id)).await?)
    }

    pub async fn target(&mut self, id: i64) -> Result<Target> {
        self.check(Subject::Target(id)).await?;
        Ok(store::targets::get(&mut self.tx, id).await?)
    }

    pub async fn history(&mut self, task_id: i64) -> Result<TaskHistory> {
        self.check(Subject::Task(task_id)).await?;
        Ok(store::work::history(&mut self.tx, task_id, &self.clock).await?)
    }

    pub async fn actuals(&mut self, target_id: i64) -> Result<Vec<TargetActual>> {
        self.check(Subject::Target(target_id)).await?;
        Ok(store::targets::actuals(&mut self.tx, target_id).await?)
    }

    /// A record's entries in the audit trail. The client addresses are shown only to those who
    /// administer accounts.
    pub async fn audit(&mut self, subject: Subject) -> Result<Vec<AuditEntry>> {
        // A record is in its owner's tenant but for one moved with its subtree, whose earlier
        // entries lie in a chain `history_in` follows from the owner's tenant.
        let tenant = self.check(subject).await?.owner.tenant();
        let (entity, id) = match subject {
            Subject::Task(id) => ("task", id),
            Subject::Document(id) => ("document", id),
            Subject::Unit(id) => ("unit", id),
            Subject::Person(id) => ("person", id),
            Subject::Theme(id) => ("theme", id),
            Subject::Target(id) => ("target", id),
            Subject::Evaluation(id) => ("evaluation", id),
            Subject::Requirement(id) => ("requirement", id),
            Subject::RequirementItem(id) => ("requirement_item", id),
            Subject::Conference(id) => ("conference", id),
            Subject::Inspection(id) => ("inspection", id),
            Subject::InspectionRecord(id) => ("inspection_record", id),
        };
        let mut entries = store::audit::history_in(&mut self.tx, tenant, entity, id).await?;
        if !self.caller.principal.may_at_all(Action::ManageUsers) {
            for e in &mut entries {
                e.address = None;
            }
        }
        Ok(entries)
    }

    /// A document's links that the caller may follow, and how many others are hidden.
    pub async fn links(&mut self, document_id: i64) -> Result<(Vec<DocumentLink>, usize)> {
        self.check(Subject::Document(document_id)).await?;
        let all = store::documents::links(&mut self.tx, document_id).await?;
        let ids: Vec<i64> = all.iter().map(|l| l.document_id).collect();
        let readable = self.readable_document_ids(&ids).await?;
        let total = all.len();
        let shown: Vec<DocumentLink> = all.into_iter().filter(|l| readable.contains(&l.document_id)).collect();
        let hidden = total - shown.len();
        Ok((shown, hidden))
    }

    /// The documents below `document_id` in the implementation graph that the caller may see.
    pub async fn descendants(&mut self, document_id: i64) -> Result<Vec<(i64, i64, String)>> {
        self.check(Subject::Document(document_id)).await?;
        let edges = store::documents::descendants(&mut self.tx, document_id).await?;
        let ids: Vec<i64> = edges.iter().map(|e| e.0).collect();
        let readable = self.readable_document_ids(&ids).await?;
        Ok(edges.into_iter().filter(|e| readable.contains(&e.0)).collect())
    }

    /// [`Reader::descendants`] with the documents they come from, by id (a document page's
    /// tree): their access was checked with the edges, so they are read without a second check.
    pub async fn descendants_with_documents(
        &mut self,
        document_id: i64,
    ) -> Result<(Vec<(i64, i64, String)>, HashMap<i64, Document>)> {
        let edges = self.descendants(document_id).await?;
        let ids: Vec<i64> = edges.iter().map(|e| e.0).collect();
        let documents = store::documents::get_many(&mut self.tx, &ids).await?;
        Ok((edges, documents))
    }

    pub async fn children(&mut self, unit_id: i64) -> Result<Vec<Unit>> {
        self.check(Subject::Unit(unit_id)).await?;
        Ok(store::units::children(&mut self.tx, unit_id).await?)
    }

    /// The chain above a unit that the caller may see, top first (breadcrumbs stop at the top of
    /// the caller's scope).
    pub async fn ancestors(&mut self, unit_id: i64) -> Result<Vec<Unit>> {
        self.check(Subject::Unit(unit_id)).await?;
        let scope = self.scope();
        Ok(store::units::ancestors(&mut self.tx, unit_id)
            .await?
            .into_iter()
            .filter(|u| domain::unit::UnitPath::parse(&u.path).is_some_and(|p| scope.contains(&p)))
            .collect())
    }

    /// Names of units, by id (for tables listing units of records already shown).
    pub async fn unit_names(&mut self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        Ok(store::units::names(&mut self.tx, ids).await?)
    }

    /// Names of people, by id (the authors of a visible record's history).
    pub async fn person_names(&mut self, ids: &[i64]) -> Result<HashMap<i64, String>> {
        Ok(store::people::names(&mut self.tx, ids).await?)
    }

    /// Display names of accounts and their linked person, by id (who entered a visible
    /// record's history, and whether on their own behalf).
    pub async fn user_names(&mut self, ids: &[i64]) -> Result<HashMap<i64, (String, Option<i64>)>> {
        Ok(store::accounts::briefs(&mut self.tx, ids).await?)
    }

    /// A document's symbol and title, without checking the caller may open it: the plan of a
    /// task the caller sees is named on the task (it says what the work implements), its page is
    /// not opened.
    pub async fn plan_heading(&mut self, plan_id: i64) -> Result<(String, String)> {
        let d = store::documents::get(&mut self.tx, plan_id).await?;
        Ok((d.symbol, d.title))
    }

    /// The units work assigned from unit `from` may name (its reach, `domain::assign`), that the
    /// caller sees, shallowest first; at most `limit`.
    pub async fn assignable_units(
        &mut self,
        from: i64,
        limit: i64,
    ) -> Result<(domain::assign::Reach, Vec<store::units::UnitBrief>)> {
        let place = store::access::unit_place(&mut self.tx, from).await?;
        let reach = domain::assign::Reach::of(&place);
        let scope = self.scope();
        let units = store::units::briefs_within(&mut self.tx, &reach.root, limit)
            .await?
            .into_iter()
            .filter(|u| domain::unit::UnitPath::parse(&u.path).is_some_and(|p| scope.contains(&p)))
            .collect();
        Ok((reach, units))
    }

    /// The units in which the caller may do `action` (for choosing an issuer, a parent…),
    /// shallowest first; at most `limit`.
    pub async fn units_for(&mut self, action: Action, limit: i64) -> Result<Vec<Unit>> {
        let f = UnitFilter {
            scope: Some(self.caller.principal.scope(action)),
            ..Default::default()
        };
        Ok(store::units::list(&mut self.tx, &f, limit, 0).await?.items)
    }

    /// The name matcher of a plan import issued by `issuer`: the units the issuer may assign work
    /// to (the caller must manage the issuer's plans).
    pub async fn unit_matcher(&mut self, issuer: i64) -> Result<crate::plans::extract::UnitMatcher> {
        authz::named_for(
            &mut self.tx,
            self.caller,
            Operation::ImportPlan,
            Subject::Unit(issuer),
            "issuer_unit_id",
        )
        .await?;
        let place = store::access::unit_place(&mut self.tx, issuer).await?;
        let reach = domain::assign::Reach::of(&place);
        crate::plans::extract::UnitMatcher::load(&mut self.tx, &place.path, &reach).await
    }

    /// The unit that issued a plan (the plan of a task the caller sees).
    pub async fn plan_issuer(&mut self, plan_id: i64) -> Result<i64> {
        Ok(store::documents::get(&mut self.tx, plan_id).await?.issuer_unit_id)
    }

    /// The day a plan was issued (the plan of a task the caller sees).
    pub async fn plan_issued_on(&mut self, plan_id: i64) -> Result<chrono::NaiveDate> {
        Ok(store::documents::get(&mut self.tx, plan_id).await?.issued_on)
    }

    /// People the unit `lead` may name as responsible for work it leads (those of the units it
    /// directs, `domain::assign`), that the caller sees; optionally matching `q`.
    pub async fn assignable_people(&mut self, lead: i64, q: Option<String>, limit: i64) -> Result<Vec<Person>> {
        let place = store::access::unit_place(&mut self.tx, lead).await?;
        let reach = domain::assign::Reach::of(&place);
        let root = store::units::id_of_path(&reach.root);
        let f = PersonFilter {
            within: root,
            q,
            scope: Some(self.scope()),
            ..Default::default()
        };
        Ok(store::people::list(&mut self.tx, &f, limit, 0).await?.items)
    }

    /// Where a record belongs, checked readable, to ask several `may` questions of.
    pub async fn belonging(&mut self, subject: Subject) -> Result<Belonging> {
        self.check(subject).await
    }

    /// Whether the caller may do `op` on a record already read.
    pub fn may_on(&self, b: &Belonging, op: Operation) -> bool {
        self.caller.principal.may(op, &b.target())
    }

    // ---- Lists ---------------------------------------------------------------------------------

    /// Checks a unit a list is narrowed to (`within`, `parent_id`…).
    async fn within(&mut self, unit: Option<i64>) -> Result<()> {
        if let Some(u) = unit {
            self.check(Subject::Unit(u)).await?;
        }
        Ok(())
    }

    pub async fn units(&mut self, mut f: UnitFilter, limit: i64, offset: i64) -> Result<Page<Unit>> {
        self.within(f.within.or(f.parent_id)).await?;
        f.scope = Some(self.scope());
        Ok(store::units::list(&mut self.tx, &f, limit, offset).await?)
    }

    pub async fn people(&mut self, mut f: PersonFilter, limit: i64, offset: i64) -> Result<Page<Person>> {
        self.within(f.within.or(f.unit_id)).await?;
        f.scope = Some(self.scope());
        Ok(store::people::list(&mut self.tx, &f, limit, offset).await?)
    }

    /// Documents the caller may read: those of their units, and — unless narrowed to a subtree
    /// — those of the bodies above that may assign work to them.
    pub async fn documents(&mut self, mut f: DocumentFilter, limit: i64, offset: i64) -> Result<Page<Document>> {
        self.within(f.within).await?;
        let scope = self.scope();
        (f.higher_issuers, f.higher_tenants) = if f.within.is_none() && !scope.all {
            let roots = self.binding_roots();
            let tenants = roots.iter().map(|r| r.tenant()).collect();
            (store::access::higher_issuers(&mut self.tx, &roots).await?, tenants)
        } else {
            (Vec::new(), Vec::new())
        };
        f.scope = Some(scope);
        Ok(store::documents::list(&mut self.tx, &f, limit, offset).await?)
    }

    /// The units the caller is bound at (every role), for what is published to them.
    fn binding_roots(&self) -> Vec<domain::unit::UnitPath> {
        self.caller
            .principal
            .bindings
            .iter()
            .filter_map(|b| b.unit_path.clone())
            .collect()
    }

    pub async fn themes(&mut self, within: Option<i64>, year: Option<i32>) -> Result<Vec<Theme>> {
        self.within(within).await?;
        let scope = self.scope();
        Ok(store::documents::list_themes(&mut self.tx, within, year, Some(&scope)).await?)
    }

    pub async fn tasks(&mut self, mut f: TaskFilter, limit: i64, offset: i64) -> Result<Page<Task>> {
        self.within(f.within).await?;
        f.visibility = Some(self.task_visibility());
        Ok(store::tasks::list(&mut self.tx, &f, &self.clock, limit, offset).await?)
    }

    /// As [`Reader::tasks`], counting at most `cap` matches (city-wide lists).
    pub async fn tasks_capped(
        &mut self,
        mut f: TaskFilter,
        limit: i64,
        offset: i64,
        cap: i64,
    ) -> Result<(Page<Task>, bool)> {
        self.within(f.within).await?;
        f.visibility = Some(self.task_visibility());
        Ok(store::tasks::list_capped(&mut self.tx, &f, &self.clock, limit, offset, cap).await?)
    }

    pub async fn targets(&mut self, mut f: TargetFilter, limit: i64, offset: i64) -> Result<Page<Target>> {
        self.within(f.within.or(f.unit_id)).await?;
        f.scope = Some(self.scope());
        Ok(store::targets::list(&mut self.tx, &f, limit, offset).await?)
    }

    /// What a list shows beside tasks the caller was given by this reader (names, source
    /// documents, last reports).
    pub async fn task_context(&mut self, tasks: &[Task]) -> Result<store::listing::ListContext> {
        Ok(store::listing::context(&mut self.tx, tasks).await?)
    }

    /// The roll-up of a unit the caller may see, for a period.
    pub async fn rollup(&mut self, mut q: RollupQuery) -> Result<Rollup> {
        self.check(Subject::Unit(q.unit_id)).await?;
        q.clock = self.clock;
        Ok(store::rollup::rollup(&mut self.tx, &q).await?)
    }

    /// The counts of a unit's roll-up without its lists and targets (`store::rollup::lines`):
    /// a page that shows only the counts reads four statements fewer.
    pub async fn rollup_lines(&mut self, mut q: RollupQuery) -> Result<store::rollup::Lines> {
        self.check(Subject::Unit(q.unit_id)).await?;
        q.clock = self.clock;
        Ok(store::rollup::lines(&mut self.tx, &q).await?)
    }

    /// The roll-up of everything the caller reads, for a central body: one line per top-level
    /// unit it reaches (each province, at national scale). A caller who reads one subtree only
    /// gets that subtree's roll-up. `q.unit_id` is not read.
    pub async fn rollup_of_scope(&mut self, mut q: RollupQuery) -> Result<Rollup> {
        q.clock = self.clock;
        let scope = self.scope();
        let roots = if scope.all {
            let f = UnitFilter {
                roots: true,
                ..Default::default()
            };
            store::units::list(&mut self.tx, &f, MAX_ROOTS, 0).await?.items
        } else {
            let mut out = Vec::with_capacity(scope.roots.len());
            for p in scope.roots.iter().take(MAX_ROOTS as usize) {
                if let Some(id) = p.ids().last() {
                    out.push(store::units::get(&mut self.tx, *id).await?);
                }
            }
            out
        };
        if let [only] = roots.as_slice() {
            q.unit_id = only.id;
            return Ok(store::rollup::rollup(&mut self.tx, &q).await?);
        }
        let name = if scope.all {
            "Toàn quốc"
        } else {
            "Phạm vi theo dõi"
        };
        Ok(store::rollup::rollup_of_roots(&mut self.tx, &roots, scope.all, name.to_string(), &q).await?)
    }

    /// One search over documents, tasks, units and people the caller may see.
    pub async fn search(&mut self, q: &str, limit: usize) -> Result<SearchResult> {
        let vis = self.task_visibility();
        Ok(store::search::search(&mut self.tx, q, &vis, limit).await?)
    }

    /// [`Reader::home_unit`] for a page about a unit that none was chosen for: an account that
    /// reads no unit of its own (a staff member reads their own tasks) is told the page is not
    /// for it, rather than "not found".
    pub async fn own_unit(&mut self) -> Result<i64> {
        self.home_unit().await?.ok_or_else(|| {
            Error::new(
                domain::ErrorCode::Forbidden,
                "Trang này dành cho tài khoản theo dõi công việc của đơn vị; tài khoản của bạn không xem được trang này.",
                "This page is for accounts that follow a unit's work; your account cannot view it.",
            )
        })
    }

    /// The unit the caller lands on: their first role's unit, or the first top-level unit for
    /// administrators of everything.
    pub async fn home_unit(&mut self) -> Result<Option<i64>> {
        let roles = store::accounts::roles(&mut self.tx, self.caller.principal.user_id).await?;
        if let Some(u) = roles.iter().filter(|r| r.role != Role::Staff).find_map(|r| r.unit_id) {
            return Ok(Some(u));
        }
        if self.scope().is_empty() {
            return Ok(None);
        }
        let f = UnitFilter {
            roots: true,
            scope: Some(self.scope()),
            ..Default::default()
        };
        Ok(store::units::list(&mut self.tx, &f, 1, 0)
            .await?
            .items
            .first()
            .map(|u| u.id))
    }

    /// An error for a query parameter the caller got wrong.
    pub fn bad_param(field: &str, vi: String, en: String) -> Error {
        Error::bad_request(vi, en).at(field)
    }
}
