//! Measures the engine on `testdata/real/unseen16r/` (sixteenth round, references only): 55
//! passages and 151 references from public pages (local Party committees, mass organisations,
//! news prose, legal databases; 10 passages as tesseract OCR of rendered scans), labelled before
//! any run and measured before and after the round (`MEASURED_BEFORE.txt`, `MEASURED_AFTER.txt`).
//! Scored exactly as `measure_cli.py` scores it: a reference is right when its symbol and its
//! date are right. Run with `--nocapture` to see the figures and every failure.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use serde_json::Value;

#[allow(dead_code)] // the deadline helper is not used here
mod measure;
use measure::{expected_refs, found_refs, score};

/// Precision, recall and number of labelled references of unseen16r.
fn references() -> (f64, f64, usize) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/real/unseen16r/refs.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        if case["split"] != "test" {
            continue;
        }
        let passage = case["text"].as_str().unwrap_or_default();
        let expected = expected_refs(&case);
        let found = found_refs(passage);
        let (t, extra, missing) = score(&found, &expected);
        tp += t;
        fp += extra.len();
        fn_ += missing.len();
        if !extra.is_empty() || !missing.is_empty() {
            let snippet: String = passage.chars().take(70).collect();
            failures.push(format!("+{extra:?} -{missing:?} ⇐ {snippet:?}"));
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "[unseen16r] references: {} labelled, P={p:.4} R={r:.4} (tp {tp} fp {fp} fn {fn_})",
        tp + fn_
    );
    for f in &failures {
        println!("  {f}");
    }
    (p, r, tp + fn_)
}

#[test]
fn unseen16r_references() {
    let (p, r, refs) = references();
    assert!(refs >= 150, "[unseen16r] set too small");
    // Before the round P 0.9184 R 0.8940 (12 misread or extra, 16 missed); after it P 0.9801
    // R 0.9801 (left: a joint regulation's two-slash number "01/QCPH/UBND-UBMTTQ", OCR's "TTLI"
    // for "TTLT", a header date inside raw HTML table cells). The floor allows one more error of
    // each kind.
    assert!(p >= 0.97 && r >= 0.97, "[unseen16r] references P={p:.4} R={r:.4}");
}
