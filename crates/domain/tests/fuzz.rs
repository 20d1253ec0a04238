//! Fuzzing the period parser (`2023`, `2023-H1`, `2023-Q3`, `2023-09`), which reads user text
//! from query strings and import files: it never panics, and what it accepts prints back to a
//! text it reads the same way, with bounds inside the period's year.
//!
//! Cases per test: `PROPTEST_CASES`, or the default below (bounded for CI).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use chrono::Datelike;
use domain::period::Period;
use proptest::prelude::*;

fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text near the accepted forms: years, separators, span letters and numbers, spaces,
/// signs, Vietnamese words and multi-byte characters in every position.
fn near_period() -> impl Strategy<Value = String> {
    let year = prop_oneof![
        Just("2023".to_string()),
        Just("1945".into()),
        Just("2200".into()),
        Just("+2023".into()),
        Just("-2023".into()),
        Just("0".into()),
        Just("99999999999".into()),
        "[0-9]{1,6}"
    ];
    let sep = prop_oneof![
        Just("-".to_string()),
        Just("".into()),
        Just("--".into()),
        Just("/".into()),
        Just(" - ".into()),
        Just("–".into())
    ];
    let span = prop_oneof![
        Just("H1".to_string()),
        Just("h2".into()),
        Just("Q4".into()),
        Just("q0".into()),
        Just("Q".into()),
        Just("H".into()),
        Just("09".into()),
        Just("13".into()),
        Just("00".into()),
        Just("9".into()),
        Just("Quý IV".into()),
        Just("Ư".into()),
        Just("H+1".into()),
        Just("Q٣".into()),
        "[HQhq]?[0-9+]{0,4}",
        "\\PC{0,3}"
    ];
    (year, sep, span, "[ \t\n]{0,2}", "[ \t\n]{0,2}").prop_map(|(y, s, p, a, b)| format!("{a}{y}{s}{p}{b}"))
}

fn check(s: &str) {
    if let Ok(p) = Period::parse(s) {
        let printed = p.to_string();
        assert_eq!(
            Period::parse(&printed).ok(),
            Some(p),
            "{s:?} → {printed:?} reads back differently"
        );
        let (from, to) = p.bounds();
        assert!(
            from <= to && from.year() == p.year && to.year() == p.year,
            "{s:?}: bounds {from}..{to}"
        );
        assert!(!p.label_vi().is_empty());
    } else if let Err(e) = Period::parse(s) {
        assert_eq!(e.field, "period");
    }
}

proptest! {
    #![proptest_config(config(20000))]

    #[test]
    fn any_text_is_read_or_refused(s in "\\PC{0,24}") {
        check(&s);
    }

    #[test]
    fn near_misses_are_read_or_refused(s in near_period()) {
        check(&s);
    }

    #[test]
    fn any_bytes_as_lossy_text(b in proptest::collection::vec(any::<u8>(), 0..16)) {
        check(&String::from_utf8_lossy(&b));
    }
}
