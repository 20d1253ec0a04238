//! Staff evaluation: rule-set versions stored as data, what the assigning unit marks on tasks,
//! each person's evaluation per period with its steps, the yearly classification, and citizen
//! feedback. The scoring itself is `domain::evaluation`; this module loads its inputs in a few
//! set-based queries and stores its results (see `compute` for the batch).

pub mod compute;
pub mod feedback;
pub mod marks;
pub mod records;
pub mod rule_sets;
pub mod years;

pub use records::{EvaluationFilter, EvaluationRecord, StepRecord};
pub use rule_sets::RuleSetRecord;

/// A unit path's parent ("/1/5/23/" → "/1/5/"); the root is its own parent.
pub fn parent_path(path: &str) -> &str {
    let trimmed = path.strip_suffix('/').unwrap_or(path);
    match trimmed.rfind('/') {
        Some(0) | None => path,
        Some(i) => &path[..=i],
    }
}

#[cfg(test)]
mod tests {
    use super::parent_path;

    #[test]
    fn parent_of_a_path() {
        assert_eq!(parent_path("/1/5/23/"), "/1/5/");
        assert_eq!(parent_path("/1/"), "/1/");
    }
}
