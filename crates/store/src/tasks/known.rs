//! What a new task names — its plan, units and person — read once per request and shared by
//! the tasks of a batch: a thousand tasks for one plan and a few units cost a few lookups, not
//! thousands. The use-case layer, having read and checked these records for the caller's
//! rights, hands them over so the store does not read them a second time.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use domain::unit::UnitPath;

use crate::db::Tx;
use crate::{StoreError, documents, people, units};

#[derive(Debug, Default)]
pub struct Known {
    plans: HashMap<i64, NaiveDate>,
    units: HashMap<i64, UnitPath>,
    people: HashSet<i64>,
}

impl Known {
    /// Plan `id` exists and was issued on `issued_on`.
    pub fn plan(&mut self, id: i64, issued_on: NaiveDate) {
        self.plans.insert(id, issued_on);
    }

    /// Unit `id` exists at `path`.
    pub fn unit(&mut self, id: i64, path: UnitPath) {
        self.units.insert(id, path);
    }

    /// Person `id` exists.
    pub fn person(&mut self, id: i64) {
        self.people.insert(id);
    }

    pub(super) async fn plan_issued_on(&mut self, tx: &mut Tx, id: i64) -> Result<NaiveDate, StoreError> {
        if let Some(d) = self.plans.get(&id) {
            return Ok(*d);
        }
        let d = documents::get_ref(tx, "plan_id", id).await?.issued_on;
        self.plans.insert(id, d);
        Ok(d)
    }

    pub(super) async fn unit_path(&mut self, tx: &mut Tx, field: &str, id: i64) -> Result<UnitPath, StoreError> {
        if let Some(p) = self.units.get(&id) {
            return Ok(p.clone());
        }
        let p = units::path_of_ref(tx, field, id).await?;
        self.units.insert(id, p.clone());
        Ok(p)
    }

    pub(super) async fn check_person(&mut self, tx: &mut Tx, field: &str, id: Option<i64>) -> Result<(), StoreError> {
        if let Some(id) = id.filter(|id| !self.people.contains(id)) {
            people::check_ref(tx, field, Some(id)).await?;
            self.people.insert(id);
        }
        Ok(())
    }
}
