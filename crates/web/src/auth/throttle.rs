//! Login throttling: after too many failures for one account or from one address within a
//! window, further attempts are refused until the window passes — without saying which part
//! of the credentials was wrong.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failures allowed per key within [`WINDOW`].
pub const MAX_FAILURES: usize = 5;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl Throttle {
    fn keys(login: &str, address: Option<&str>) -> Vec<String> {
        let mut k = vec![format!("login:{}", login.trim().to_lowercase())];
        if let Some(a) = address {
            k.push(format!("addr:{a}"));
        }
        k
    }

    /// Seconds to wait when the account or address is locked out.
    pub fn locked(&self, login: &str, address: Option<&str>) -> Option<u64> {
        let now = Instant::now();
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = None;
        for k in Self::keys(login, address) {
            if let Some(v) = map.get_mut(&k) {
                v.retain(|t| now.duration_since(*t) < WINDOW);
                if v.len() >= MAX_FAILURES {
                    let oldest = v.iter().min().copied().unwrap_or(now);
                    let left = WINDOW.saturating_sub(now.duration_since(oldest)).as_secs().max(1);
                    wait = Some(wait.map_or(left, |w: u64| w.max(left)));
                }
            }
        }
        wait
    }

    pub fn failed(&self, login: &str, address: Option<&str>) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Bound memory under a flood of distinct keys.
        if map.len() > 100_000 {
            map.clear();
        }
        for k in Self::keys(login, address) {
            map.entry(k).or_default().push(Instant::now());
        }
    }

    pub fn succeeded(&self, login: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&format!("login:{}", login.trim().to_lowercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_after_max_failures_per_account_and_address() {
        let t = Throttle::default();
        for _ in 0..MAX_FAILURES {
            assert!(t.locked("a", Some("1.2.3.4")).is_none());
            t.failed("a", Some("1.2.3.4"));
        }
        assert!(t.locked("a", Some("9.9.9.9")).is_some(), "per account");
        assert!(t.locked("b", Some("1.2.3.4")).is_some(), "per address");
        assert!(t.locked("b", Some("5.5.5.5")).is_none());
    }
}
