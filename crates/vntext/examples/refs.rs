//! Prints the document references found in the files given as arguments.
//! `cargo run -p dondoc-vntext --example refs -- FILE…`
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("không đọc được tệp {path}");
            continue;
        };
        println!("== {path}");
        for r in vntext::refs::extract_refs(&text) {
            println!(
                "{:<20} type={:?} date={:?} issuer={:?} span={:?}",
                r.symbol.normalized,
                r.type_word,
                r.date,
                r.issuer_phrase,
                &text[r.start..r.end]
            );
        }
    }
}
