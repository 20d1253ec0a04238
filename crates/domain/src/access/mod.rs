//! Who may see and do what.
//!
//! - [`Scope`]: a set of unit subtrees; storage narrows every read to one so out-of-scope rows
//!   never leave the database.
//! - [`rights`]: roles, the actions each grants, and the signed-in [`Principal`].
//! - [`operations`]: every operation of the application with the action it needs and the side
//!   of the record it applies to — the one table the use-case layer checks and the
//!   authorization matrix is generated from.

pub mod operations;
pub mod rights;

pub use operations::{Operation, Side};
pub use rights::{Action, Binding, Principal, Role, Target, grants};

use crate::unit::UnitPath;

/// The unit subtrees a user may see; `all` for system administrators and internal jobs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scope {
    pub all: bool,
    /// Roots of the visible subtrees (no root lies under another).
    pub roots: Vec<UnitPath>,
}

impl Scope {
    /// Everything: the CLI, background jobs, administrators.
    pub fn everything() -> Scope {
        Scope {
            all: true,
            roots: Vec::new(),
        }
    }

    /// The given subtrees, with those inside another dropped.
    pub fn subtrees(mut roots: Vec<UnitPath>) -> Scope {
        roots.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        let mut kept: Vec<UnitPath> = Vec::new();
        for r in roots {
            if !kept.iter().any(|k| k.contains(&r)) {
                kept.push(r);
            }
        }
        Scope {
            all: false,
            roots: kept,
        }
    }

    pub fn contains(&self, path: &UnitPath) -> bool {
        self.all || self.roots.iter().any(|r| r.contains(path))
    }

    /// Nothing visible.
    pub fn is_empty(&self) -> bool {
        !self.all && self.roots.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> UnitPath {
        UnitPath::parse(s).unwrap()
    }

    #[test]
    fn nested_roots_collapse_and_containment_follows_paths() {
        let s = Scope::subtrees(vec![p("/1/5/7/"), p("/1/5/"), p("/1/9/")]);
        assert_eq!(s.roots, vec![p("/1/5/"), p("/1/9/")]);
        assert!(s.contains(&p("/1/5/7/8/")));
        assert!(!s.contains(&p("/1/50/")));
        assert!(!s.contains(&p("/1/")));
        assert!(Scope::everything().contains(&p("/3/")));
        assert!(Scope::default().is_empty());
    }
}
