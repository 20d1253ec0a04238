//! Measures extraction quality on the labelled test set in `testdata/` and fails
//! below the agreed thresholds. Run with `--nocapture` to see figures and failures.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::Value;
use vntext::plan::extract_plan;
use vntext::refs::extract_refs;
use vntext::{DeadlineValue, parse_deadline};

fn testdata(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn references_precision_and_recall() {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for line in testdata("refs.jsonl").lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let text = case["text"].as_str().unwrap_or_default();
        let mut expected: Vec<String> = case["expect"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let found: Vec<String> = extract_refs(text).into_iter().map(|r| r.symbol.normalized).collect();
        let mut wrong = Vec::new();
        for f in &found {
            match expected.iter().position(|e| e == f) {
                Some(p) => {
                    expected.remove(p);
                    tp += 1;
                }
                None => {
                    fp += 1;
                    wrong.push(format!("+{f}"));
                }
            }
        }
        fn_ += expected.len();
        wrong.extend(expected.iter().map(|e| format!("-{e}")));
        if !wrong.is_empty() {
            failures.push(format!("{} ⇐ {text}", wrong.join(" ")));
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "references: {} expected, tp={tp} fp={fp} fn={fn_}, precision={precision:.4} recall={recall:.4}",
        tp + fn_
    );
    for f in &failures {
        println!("  {f}");
    }
    assert!(tp + fn_ >= 150, "need at least 150 labelled references");
    assert!(precision >= 0.98, "precision {precision:.4} < 0.98");
    assert!(recall >= 0.95, "recall {recall:.4} < 0.95");
}

#[test]
fn deadline_accuracy() {
    let (mut total, mut right) = (0usize, 0usize);
    let mut failures = Vec::new();
    for line in testdata("deadlines.tsv").lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [phrase, issued, expected] = cols.as_slice() else {
            continue;
        };
        let issued = NaiveDate::parse_from_str(issued, "%Y-%m-%d").ok();
        let got = match parse_deadline(phrase, issued) {
            Ok(d) => match d.value {
                DeadlineValue::Due(date) => date.format("%Y-%m-%d").to_string(),
                DeadlineValue::Recurrence(r) => r.as_str().to_string(),
            },
            Err(_) => "err".to_string(),
        };
        total += 1;
        if got == *expected {
            right += 1;
        } else {
            failures.push(format!(
                "{phrase:?} (issued {issued:?}): expected {expected}, got {got}"
            ));
        }
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!("deadlines: {total} phrases, {right} right, accuracy={accuracy:.4}");
    for f in &failures {
        println!("  {f}");
    }
    assert!(total >= 60, "need at least 60 labelled phrases");
    assert!(accuracy >= 0.95, "accuracy {accuracy:.4} < 0.95");
}

#[test]
fn plan_task_accuracy() {
    let (mut total, mut right) = (0usize, 0usize);
    let mut failures = Vec::new();
    for name in ["01_numbered", "02_table", "03_mixed", "04_sentences"] {
        let plan = extract_plan(&testdata(&format!("plans/{name}.txt")));
        let expected: Value = serde_json::from_str(&testdata(&format!("plans/{name}.expected.json")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            plan.symbol.as_ref().map(|s| s.normalized.as_str()),
            expected["symbol"].as_str(),
            "{name}"
        );
        let issued = plan.issued.map(|d| d.format("%Y-%m-%d").to_string());
        assert_eq!(issued.as_deref(), expected["issued"].as_str(), "{name}");
        let implements: Vec<&str> = plan.implements.iter().map(|s| s.normalized.as_str()).collect();
        let want: Vec<&str> = expected["implements"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(implements, want, "{name}");
        let cli = plan.to_cli();
        let exp_tasks = expected["tasks"].as_array().cloned().unwrap_or_default();
        total += exp_tasks.len().max(cli.tasks.len());
        for e in &exp_tasks {
            let code = e["code"].as_str().unwrap_or_default();
            let Some(t) = cli.tasks.iter().find(|t| t.code == code) else {
                failures.push(format!("{name} {code}: missing"));
                continue;
            };
            let lead_ok = t.lead.as_deref() == e["lead"].as_str();
            let due_ok = t.due.as_deref() == e["due"].as_str() && t.recurrence == e["recurrence"].as_str();
            if lead_ok && due_ok {
                right += 1;
            } else {
                failures.push(format!(
                    "{name} {code}: lead {:?} due {:?} recurrence {:?}; expected {}",
                    t.lead, t.due, t.recurrence, e
                ));
            }
        }
        for t in &cli.tasks {
            if !exp_tasks.iter().any(|e| e["code"].as_str() == Some(t.code.as_str())) {
                failures.push(format!("{name} {}: unexpected task {:?}", t.code, t.title));
            }
        }
    }
    let accuracy = right as f64 / total.max(1) as f64;
    println!("plans: {total} tasks, {right} with right lead and deadline, accuracy={accuracy:.4}");
    for f in &failures {
        println!("  {f}");
    }
    assert!(accuracy >= 0.90, "plan accuracy {accuracy:.4} < 0.90");
}
