//! Near-duplicate detection measured on labelled pairs built from the real passages of
//! `testdata/real/`: a passage against a copy edited as a lower level copies an upper
//! level's document (names of the level, years, one sentence dropped, the other tone
//! style) — near-duplicates; hand-picked passages on the same topic but different work;
//! and unrelated passages. Fails below P 0.95 / R 0.90 at `NEAR_DUPLICATE`.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use serde_json::Value;
use vntext::similar::{Index, NEAR_DUPLICATE, band_keys, signature, similarity};

fn passages() -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/real/refs.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

/// The edits a lower level makes when it copies a document.
fn copied(text: &str, k: usize) -> String {
    let mut t = text
        .replace("tỉnh", "huyện")
        .replace("Tỉnh", "Huyện")
        .replace("TỈNH", "HUYỆN")
        .replace("Ủy", "Uỷ")
        .replace("hòa", "hoà");
    for y in 2000..2026 {
        t = t.replace(&y.to_string(), &(y + 1).to_string());
    }
    let sentences: Vec<&str> = t.split_inclusive(['.', ';']).collect();
    if sentences.len() >= 3 {
        let drop = k % sentences.len();
        t = sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != drop)
            .map(|(_, s)| *s)
            .collect();
    }
    t
}

/// Passages on the same topic but about different work (indexes into refs.jsonl).
const SAME_TOPIC: &[(usize, usize)] = &[
    (33, 36),
    (34, 82),
    (33, 37),
    (36, 37),
    (21, 29),
    (53, 56),
    (39, 40),
    (47, 58),
    (12, 8),
    (73, 75),
    (85, 86),
    (63, 27),
    (4, 5),
    (44, 45),
    (54, 57),
];

#[test]
fn near_duplicates_precision_recall() {
    let texts = passages();
    let mut pairs: Vec<(String, String, bool, &str)> = Vec::new();
    for (k, t) in texts.iter().enumerate().filter(|(_, t)| t.chars().count() >= 250) {
        pairs.push((t.clone(), copied(t, k), true, "copy"));
    }
    for &(a, b) in SAME_TOPIC {
        pairs.push((texts[a].clone(), texts[b].clone(), false, "same topic"));
    }
    let n = texts.len();
    for i in 0..50 {
        let (a, b) = (i % n, (i * 7 + 29) % n);
        if a != b {
            pairs.push((texts[a].clone(), texts[b].clone(), false, "unrelated"));
        }
    }
    let mut best = (0.0f32, 0.0f64, 0.0f64);
    let scored: Vec<(f32, bool, bool, &str)> = pairs
        .iter()
        .map(|(a, b, dup, kind)| {
            let (sa, sb) = (signature(a), signature(b));
            let share = band_keys(&sa).iter().any(|k| band_keys(&sb).contains(k));
            (similarity(&sa, &sb), *dup, share, *kind)
        })
        .collect();
    for t in [0.3f32, 0.4, 0.5, 0.6, 0.7] {
        let tp = scored.iter().filter(|(s, d, _, _)| *s >= t && *d).count();
        let fp = scored.iter().filter(|(s, d, _, _)| *s >= t && !*d).count();
        let fnn = scored.iter().filter(|(s, d, _, _)| *s < t && *d).count();
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fnn).max(1) as f64;
        println!("threshold {t:.1}: precision {p:.4} recall {r:.4} (tp {tp} fp {fp} fn {fnn})");
        if (t - NEAR_DUPLICATE).abs() < 1e-6 {
            best = (t, p, r);
        }
    }
    let dups = scored.iter().filter(|x| x.1).count();
    let found_by_lsh = scored.iter().filter(|x| x.1 && x.2).count();
    println!(
        "pairs: {dups} near-duplicate, {} same-topic, {} unrelated; LSH candidates for {found_by_lsh}/{dups} near-duplicates",
        scored.iter().filter(|x| x.3 == "same topic").count(),
        scored.iter().filter(|x| x.3 == "unrelated").count()
    );
    for (s, d, _, kind) in &scored {
        if (*s >= NEAR_DUPLICATE) != *d {
            println!("  miss: {kind} similarity {s:.3}");
        }
    }
    let max_topic = scored
        .iter()
        .filter(|x| x.3 == "same topic")
        .map(|x| x.0)
        .fold(0.0, f32::max);
    println!("highest same-topic similarity {max_topic:.3}");
    assert!(dups >= 30, "need at least 30 near-duplicate pairs");
    assert!(best.1 >= 0.95, "precision {:.4} < 0.95 at {}", best.1, best.0);
    assert!(best.2 >= 0.90, "recall {:.4} < 0.90 at {}", best.2, best.0);
    assert!(found_by_lsh * 100 >= dups * 90, "LSH finds {found_by_lsh}/{dups}");
}

#[test]
fn index_returns_the_copy() {
    let texts = passages();
    let mut idx = Index::new();
    for (i, t) in texts.iter().enumerate() {
        idx.insert(i as i64, signature(t));
    }
    let hits = idx.query(&signature(&copied(&texts[59], 1)), NEAR_DUPLICATE);
    assert_eq!(hits.first().map(|h| h.0), Some(59), "{hits:?}");
}
