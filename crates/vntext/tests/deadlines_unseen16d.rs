//! The unseen16d deadline set (`testdata/real/unseen16d/deadlines.tsv`, sixteenth round):
//! 162 deadline phrases from public Vietnamese pages new to the repository, labelled by hand
//! before any run. Scored exactly as `testdata/real/measure_cli.py` scores deadlines through
//! the CLI: a phrase is right when the due date (`YYYY-MM-DD`), the recurrence's code or `err`
//! equals the label. Run with `--nocapture` to see the figure and every failure.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use chrono::NaiveDate;

#[allow(dead_code)]
mod measure;
use measure::deadline_answer;

/// (right, total, failure lines) on the set.
fn score_unseen16d() -> (usize, usize, Vec<String>) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/real/unseen16d/deadlines.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut right, mut total, mut failures) = (0, 0, Vec::new());
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [phrase, issued, expected, "test", _source] = cols.as_slice() else {
            panic!("bad line {line}");
        };
        let issued_date = NaiveDate::parse_from_str(issued, "%Y-%m-%d").ok();
        let got = deadline_answer(phrase, issued_date);
        total += 1;
        if got == *expected {
            right += 1;
        } else {
            failures.push(format!("{phrase:?} (issued {issued}): expected {expected}, got {got}"));
        }
    }
    (right, total, failures)
}

/// Prints the figure and every failure; asserts the set's size and a floor just below the
/// figure after the sixteenth round (0.8148 before, 0.9815 after: 159 of 162; see
/// `testdata/real/unseen16d/MEASURED_*.txt` and `docs/vntext-rounds.md`). The set is spent.
#[test]
fn unseen16d_deadlines() {
    let (right, total, failures) = score_unseen16d();
    let accuracy = right as f64 / total.max(1) as f64;
    println!("[unseen16d] deadlines: {total} phrases, {right} right, accuracy={accuracy:.4}");
    for f in &failures {
        println!("  {f}");
    }
    assert!(total >= 150, "[unseen16d] set too small: {total}");
    assert!(accuracy >= 0.98, "[unseen16d] deadlines {accuracy:.4}");
}
