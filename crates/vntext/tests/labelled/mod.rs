//! The labelled task lists of a real set, as the learned decisions' tests read them
//! (`lead_model.rs`, `task_model.rs`).

use std::path::PathBuf;

use serde_json::Value;
use vntext::repair_ocr;

/// A set's directory under `testdata/real`.
fn real_dir(set: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("testdata/real")
        .join(set)
}

/// The labelled lists of a set, by name: (name, text as the CLI reads it, expected tasks).
pub fn lists(set: &str) -> Vec<(String, String, Vec<Value>)> {
    let dir = real_dir(set);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".expected.json").map(str::to_string))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = repair_ocr(&std::fs::read_to_string(dir.join(format!("{n}.txt"))).unwrap());
            let exp: Value =
                serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{n}.expected.json"))).unwrap())
                    .unwrap();
            (n, text, exp["tasks"].as_array().cloned().unwrap_or_default())
        })
        .collect()
}
