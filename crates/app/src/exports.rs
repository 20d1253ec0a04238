//! Whole lists for export, read a batch at a time through the caller's snapshot, narrowed
//! exactly as the list pages narrow them.

use store::access::Subject;
use store::model::Task;
use store::tasks::TaskFilter;

use crate::Result;
use crate::read::Reader;

/// Tasks per batch of an export.
pub const BATCH: i64 = 2_000;

impl Reader<'_> {
    /// Up to `limit` tasks of the list `f` with an id above `after`, in id order — what the
    /// caller sees of it (keyset paging, so a 100,000-row export reads each row once).
    pub async fn tasks_after(&mut self, mut f: TaskFilter, after: i64, limit: i64) -> Result<Vec<Task>> {
        if let Some(u) = f.within {
            self.check(Subject::Unit(u)).await?;
        }
        f.visibility = Some(self.task_visibility());
        let clock = self.clock();
        Ok(store::exports::tasks_after(&mut self.tx, &f, &clock, after, limit).await?)
    }

    /// The cooperating units of tasks the caller was given by this reader.
    pub async fn task_cooperators(&mut self, tasks: &[Task]) -> Result<std::collections::HashMap<i64, Vec<i64>>> {
        let ids: Vec<i64> = tasks.iter().map(|t| t.id).collect();
        Ok(store::exports::cooperators(&mut self.tx, &ids, tasks.iter().map(|t| t.tenant_id)).await?)
    }
}

impl Reader<'_> {
    /// The codes ("Mã") stored by imports on records `ids` the caller was given by this reader,
    /// lying in `tenants` (the records'); records without one are exported by their id code.
    pub async fn import_codes(
        &mut self,
        kind: store::import_codes::Coded,
        ids: &[i64],
        tenants: impl IntoIterator<Item = i64>,
    ) -> Result<std::collections::HashMap<i64, String>> {
        Ok(store::import_codes::codes_of(&mut self.tx, kind, ids, tenants).await?)
    }
}
