//! Where a caller with no tenants of its own last found a record. An account bound to the whole
//! installation (the administrator) names records by id alone; on Citus each such read goes to
//! every shard unless a tenant is looked in first. Within one request storage looks first where
//! the last record read lay (`store::Tx::found_in`); this carries that tenant to the caller's
//! next request, since an administrator mostly works in one province at a time. It changes
//! where records are looked for first, never what is found.

use std::collections::HashMap;
use std::sync::Mutex;

/// Callers remembered at most; past it the memory starts again (it is only a hint).
const MAX_CALLERS: usize = 10_000;

#[derive(Default)]
pub struct RecentTenants {
    by_user: Mutex<HashMap<i64, i64>>,
}

impl RecentTenants {
    /// The tenant where `user_id` last found a record, if remembered.
    pub fn get(&self, user_id: i64) -> Option<i64> {
        self.by_user
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&user_id)
            .copied()
    }

    /// Remembers that `user_id` found a record in `tenant`.
    pub fn note(&self, user_id: i64, tenant: i64) {
        let mut map = self.by_user.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= MAX_CALLERS && !map.contains_key(&user_id) {
            map.clear();
        }
        map.insert(user_id, tenant);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_tenant_noted_is_remembered_per_caller_and_the_memory_stays_bounded() {
        let r = RecentTenants::default();
        assert_eq!(r.get(1), None);
        r.note(1, 7);
        r.note(2, 9);
        r.note(1, 8);
        assert_eq!((r.get(1), r.get(2)), (Some(8), Some(9)));
        for user in 3..(MAX_CALLERS as i64 + 3) {
            r.note(user, 1);
        }
        let kept = r
            .by_user
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len();
        assert!(kept <= MAX_CALLERS, "{kept} callers remembered");
    }
}
