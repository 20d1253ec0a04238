//! Fuzzing the data set loader's parser (`SeedSet::from_toml`, used by `dondoc import` and
//! the demo): on arbitrary text and on mutated pieces of the real demo file it returns a
//! data set or an error — it never panics.
//!
//! Cases per test: `PROPTEST_CASES`, or the defaults below (bounded for CI).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use fixtures::seed::SeedSet;
use proptest::prelude::*;

const DEMO: &str = include_str!("../../cli/demo/hanoi.toml");

/// `default` cases, or `PROPTEST_CASES / divisor` when that is set.
fn config(default: u32, divisor: u32) -> ProptestConfig {
    let env: Option<u32> = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok());
    let cases = env.map(|n| (n / divisor).max(1)).unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces that matter to TOML and to the loader's types.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "=",
    "\"",
    "'",
    "'''",
    "\"\"\"",
    "\n",
    "#",
    "{",
    "}",
    ",",
    ".",
    "-",
    "\\",
    "\\u",
    "\\U0010FFFF",
    "\u{0}",
    "\u{feff}",
    "1979-05-27T07:32:00Z",
    "2023-02-30",
    "2023-13-01",
    "inf",
    "nan",
    "-0",
    "1e400",
    "99999999999999999999",
    "-9223372036854775808",
    "true",
    "[units]",
    "[[tasks]]",
    "key = ",
    "parent = \"\"",
    "deadline_text = \"Quý V/2023\"",
    "percent = 250",
    "Ủy ban nhân dân",
    "Đ",
    "\u{301}",
    "\t",
    " ",
    "\r\n",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, usize),
    Duplicate(usize, usize, usize),
    SwapLines(usize, usize),
    Byte(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(a, t)| Edit::Insert(a, t)),
        (any::<usize>(), 1..200usize, any::<usize>()).prop_map(|(a, n, b)| Edit::Duplicate(a, n, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Edit::Byte(a, b)),
    ]
}

/// Applies the edits to bytes (so they may land inside a multi-byte letter), then reads the
/// result as text the way a file would be (invalid UTF-8 replaced).
fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut b = text.as_bytes().to_vec();
    for e in edits {
        let len = b.len().max(1);
        match *e {
            Edit::Delete(a, n) => {
                let a = a % len;
                b.drain(a.min(b.len())..(a + n).min(b.len()));
            }
            Edit::Insert(a, t) => {
                let a = (a % len).min(b.len());
                b.splice(a..a, TOKENS[t].bytes());
            }
            Edit::Duplicate(a, n, to) => {
                let a = (a % len).min(b.len());
                let piece: Vec<u8> = b[a..(a + n).min(b.len())].to_vec();
                let to = (to % len).min(b.len());
                b.splice(to..to, piece);
            }
            Edit::SwapLines(x, y) => {
                let s = String::from_utf8_lossy(&b).into_owned();
                let mut lines: Vec<&str> = s.lines().collect();
                if !lines.is_empty() {
                    let n = lines.len();
                    lines.swap(x % n, y % n);
                }
                b = lines.join("\n").into_bytes();
            }
            Edit::Byte(a, v) => {
                if !b.is_empty() {
                    let i = a % b.len();
                    b[i] = v;
                }
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// A window of `n` lines of the demo file starting at line `start`.
fn window(start: usize, n: usize) -> String {
    let lines: Vec<&str> = DEMO.lines().collect();
    let start = start % lines.len();
    lines[start..(start + n).min(lines.len())].join("\n")
}

proptest! {
    #![proptest_config(config(10000, 1))]

    #[test]
    fn arbitrary_text_parses_or_fails(s in "\\PC{0,200}") {
        let _ = SeedSet::from_toml(&s);
    }

    #[test]
    fn toml_shaped_noise_parses_or_fails(parts in proptest::collection::vec(0..TOKENS.len(), 0..60)) {
        let s: String = parts.iter().map(|&i| TOKENS[i]).collect();
        let _ = SeedSet::from_toml(&s);
    }

    #[test]
    fn mutated_pieces_of_the_demo_parse_or_fail(start in any::<usize>(), n in 1..120usize,
                                                edits in proptest::collection::vec(edit(), 1..6)) {
        let _ = SeedSet::from_toml(&mutate(&window(start, n), &edits));
    }
}

proptest! {
    // The whole 215 kB file per case: fewer cases.
    #![proptest_config(config(128, 64))]

    #[test]
    fn mutated_demo_file_parses_or_fails(edits in proptest::collection::vec(edit(), 1..4)) {
        let _ = SeedSet::from_toml(&mutate(DEMO, &edits));
    }
}

#[test]
fn the_demo_itself_parses() {
    assert!(SeedSet::from_toml(DEMO).is_ok());
}
