//! Prints the plan extracted from a text file as the CLI's JSON.
//! `cargo run -p dondoc-vntext --example plan -- FILE`
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("không đọc được tệp {path}");
            continue;
        };
        let plan = vntext::plan::extract_plan(&text);
        match serde_json::to_string_pretty(&plan.to_cli()) {
            Ok(json) => println!("{json}"),
            Err(e) => eprintln!("lỗi tuần tự hoá: {e}"),
        }
    }
}
