//! Login throttling: progressive delays, kept in the database.
//!
//! An attempt is *reserved* — counted as a failure and its key's next allowed time moved — in a
//! committed transaction *before* the password is verified, so a flood of parallel guesses is
//! counted one by one and at most the free attempts are ever verified. A correct password then
//! clears the (account, address) key.
//!
//! Three keys are checked, in this order (one lock order, no deadlock):
//! - (account, address): a few free attempts, then delays doubling up to a cap. Another address
//!   is not slowed, so an attacker cannot lock the real user out from elsewhere.
//! - the account, across addresses: many more free attempts (a distributed guess), then a short
//!   delay only — never a lockout of the account.
//! - the address, across accounts (password spraying): a high threshold, so an office behind one
//!   NAT is not blocked by a colleague's typos, then short delays.

use chrono::{DateTime, Duration, Utc};
use domain::ErrorCode;
use store::Tx;
use store::logins::{self, Attempts};

use crate::{Error, Result};

/// The throttling settings.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Failures per (account, address) before delays start.
    pub free_attempts: i32,
    /// The first delay; each further failure doubles it.
    pub first_delay_secs: i64,
    /// The longest delay per (account, address).
    pub max_delay_secs: i64,
    /// Failures per account, from all addresses, before its short delay starts.
    pub account_free: i32,
    /// Failures per address, on all accounts, before its short delay starts.
    pub address_free: i32,
    /// The delay of the account and address aggregates (short: they must not lock anyone out).
    pub aggregate_delay_secs: i64,
    /// Failures older than this are forgotten.
    pub window_secs: i64,
    /// Password verifications running at once (each holds Argon2's memory, ~19 MB).
    pub concurrent_verifications: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            free_attempts: 5,
            first_delay_secs: 30,
            max_delay_secs: 15 * 60,
            account_free: 50,
            address_free: 200,
            aggregate_delay_secs: 5,
            window_secs: 15 * 60,
            concurrent_verifications: 4,
        }
    }
}

/// One throttled key and its rule.
struct Key {
    key: String,
    free: i32,
    /// Delay after `n` failures (n > free).
    delay: fn(&Limits, i32) -> i64,
}

fn pair_delay(l: &Limits, n: i32) -> i64 {
    let doublings = u32::try_from(n - l.free_attempts - 1).unwrap_or(0).min(20);
    l.first_delay_secs
        .saturating_mul(1i64 << doublings)
        .min(l.max_delay_secs)
}

fn aggregate_delay(l: &Limits, _n: i32) -> i64 {
    l.aggregate_delay_secs
}

fn keys(limits: &Limits, scope: &str, login: &str, address: &str) -> [Key; 3] {
    let login = login.trim().to_lowercase();
    [
        Key {
            key: format!("{scope}:pair:{login}|{address}"),
            free: limits.free_attempts,
            delay: pair_delay,
        },
        Key {
            key: format!("{scope}:acct:{login}"),
            free: limits.account_free,
            delay: aggregate_delay,
        },
        Key {
            key: format!("{scope}:addr:{address}"),
            free: limits.address_free,
            delay: aggregate_delay,
        },
    ]
}

fn too_many(wait_secs: i64) -> Error {
    let wait = wait_secs.max(1);
    let (vi, en) = if wait < 90 {
        (format!("{wait} giây"), format!("{wait} seconds"))
    } else {
        let m = (wait + 59) / 60;
        (format!("{m} phút"), format!("{m} minutes"))
    };
    let mut e = Error::new(
        ErrorCode::TooManyAttempts,
        format!("Đăng nhập sai nhiều lần. Vui lòng thử lại sau {vi}."),
        format!("Too many failed sign-ins. Try again in {en}."),
    );
    e.retry_after = u64::try_from(wait).ok();
    e
}

/// Reserves one attempt for `login` from `address` under `scope` ("login", or "password" for a
/// change of password): refused while any key waits; otherwise counted as a failure, to be
/// cleared by [`succeeded`]. Runs in `tx`, which the caller commits before verifying.
pub async fn reserve(tx: &mut Tx, limits: &Limits, scope: &str, login: &str, address: &str) -> Result<()> {
    let now = Utc::now();
    let window = Duration::seconds(limits.window_secs);
    logins::prune(tx, now - window).await?;
    let keys = keys(limits, scope, login, address);
    let mut states: Vec<Attempts> = Vec::with_capacity(keys.len());
    for k in &keys {
        let a = logins::lock(tx, &k.key, now).await?;
        if a.next_allowed_at > now {
            return Err(too_many((a.next_allowed_at - now).num_seconds() + 1));
        }
        states.push(a);
    }
    for (k, a) in keys.iter().zip(states) {
        let failures = if a.last_at < now - window { 1 } else { a.failures + 1 };
        let wait = if failures >= k.free {
            (k.delay)(limits, failures + 1)
        } else {
            0
        };
        let next: DateTime<Utc> = now + Duration::seconds(wait);
        logins::save(
            tx,
            &k.key,
            &Attempts {
                failures,
                last_at: now,
                next_allowed_at: next,
            },
        )
        .await?;
    }
    Ok(())
}

/// A correct password: the (account, address) key starts afresh, and the aggregates take back
/// the attempt reserved for it — colleagues signing in behind one office address are never
/// counted as a password spray. The failures they saw age out with the window.
pub async fn succeeded(tx: &mut Tx, limits: &Limits, scope: &str, login: &str, address: &str) -> Result<()> {
    let [pair, account, address] = keys(limits, scope, login, address);
    logins::clear(tx, &pair.key).await?;
    logins::forgive(tx, &account.key).await?;
    logins::forgive(tx, &address.key).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap() {
        let l = Limits::default();
        assert_eq!(pair_delay(&l, 6), 30);
        assert_eq!(pair_delay(&l, 7), 60);
        assert_eq!(pair_delay(&l, 8), 120);
        assert_eq!(pair_delay(&l, 60), 15 * 60);
    }

    #[test]
    fn waits_are_said_in_words() {
        assert!(too_many(30).message_vi.contains("30 giây"));
        assert!(too_many(600).message_vi.contains("10 phút"));
        assert_eq!(too_many(600).retry_after, Some(600));
    }
}
