//! `parse_symbol` without a harness, for instruction counts and A/B comparisons.
//!
//! `cargo run --release -p dondoc-vntext --example symbols -- loop N` parses the ten symbols
//! of the `parse_symbol` bench (`benches/vntext.rs`) N times (`loop N I`: the I-th of them only); run under
//! `valgrind --tool=callgrind` with two values of N, the difference of the totals divided by
//! the difference of the symbols parsed is the instructions per symbol, start-up excluded.
//! `… -- dump < FILE` prints what `parse_symbol` returns for each line of FILE (`{:?}`), for
//! comparing two versions of the parser on the same inputs.
// Tools fail loudly where they fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::io::{BufRead, Write};

#[path = "../benches/common/symbols.rs"]
mod symbols;
use symbols::SYMBOLS;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("loop") => {
            let n: usize = args.get(1).map_or(1, |n| n.parse().expect("N"));
            // An optional index parses that one symbol of the ten only.
            let symbols = match args.get(2) {
                Some(i) => &SYMBOLS[i.parse::<usize>().expect("index")..][..1],
                None => SYMBOLS,
            };
            for _ in 0..n {
                for s in symbols {
                    let _ = black_box(vntext::parse_symbol(black_box(s)));
                }
            }
            println!("{} symbols", n * symbols.len());
        }
        Some("dump") => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for line in std::io::stdin().lock().lines() {
                let line = line.expect("line");
                writeln!(out, "{line:?}\t{:?}", vntext::parse_symbol(&line)).expect("write");
            }
        }
        _ => panic!("usage: symbols loop N | symbols dump < FILE"),
    }
}
