//! Reading a real-text set for its floors (`heldout.rs`, `heldout_refs.rs`): a set's files, and
//! the precision and recall of its references (symbol and date) on one split, printed with
//! every failure.

use std::path::PathBuf;

use serde_json::Value;

use crate::measure::{expected_refs, found_refs, score};

/// A file of a real-text set (`testdata/real/<set>/<name>`).
pub fn read(set: &str, name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/real")
        .join(set)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Precision and recall of references (symbol and date) on one split.
pub fn references(set: &str, split: &str) -> (f64, f64, usize) {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in read(set, "refs.jsonl").lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        if case["split"] != split {
            continue;
        }
        let text = case["text"].as_str().unwrap_or_default();
        let expected = expected_refs(&case);
        let found = found_refs(text);
        let (t, extra, missing) = score(&found, &expected);
        tp += t;
        fp += extra.len();
        fn_ += missing.len();
        if !extra.is_empty() || !missing.is_empty() {
            let snippet: String = text.chars().take(70).collect();
            failures.push(format!("+{extra:?} -{missing:?} ⇐ {snippet:?}"));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "[{split}] references: {} labelled, P={p:.4} R={r:.4} (tp {tp} fp {fp} fn {fn_})",
        tp + fn_
    );
    for f in &failures {
        println!("  {f}");
    }
    (p, r, tp + fn_)
}
