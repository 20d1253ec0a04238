//! Measures the XLSX export and import. Run under `/usr/bin/time -v` for the peak RSS:
//!
//! ```text
//! cargo run --release -p dondoc-office --example xlsx_bench -- export 100000 /tmp/tasks.xlsx
//! cargo run --release -p dondoc-office --example xlsx_bench -- export 0 /tmp/empty.xlsx      # baseline
//! cargo run --release -p dondoc-office --example xlsx_bench -- preview 10000 /tmp/tasks10k.xlsx
//! ```
//!
//! Rows are generated lazily, as a database cursor would yield them, so the export's own
//! memory is what is measured. The process also prints its peak RSS (VmHWM).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs::File;
use std::io::BufWriter;
use std::time::Instant;

use chrono::NaiveDate;
use office::xlsx::{CellValue, ImportOptions, import_xlsx, specs, write_xlsx};

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn task_row(i: u64) -> Vec<CellValue> {
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let due = base + chrono::Duration::days((i % 365) as i64);
    vec![
        CellValue::text(format!("NV-{i:06}")),
        CellValue::text(format!("{}.{}", i / 100, i % 100)),
        CellValue::text(format!(
            "Nhiệm vụ {i}: triển khai, đôn đốc thực hiện các nội dung của kế hoạch chuyển đổi số tại đơn vị"
        )),
        CellValue::text(format!("Ủy ban nhân dân phường số {}", i % 126)),
        CellValue::text("Công an phường; Tổ dân phố số 2"),
        CellValue::text("Nguyễn Văn Đức"),
        CellValue::text("Quý IV/2024"),
        CellValue::Date(due),
        CellValue::text(specs::TASK_STATUSES[(i % 8) as usize]),
        CellValue::Percent((i % 101) as f64),
        if i.is_multiple_of(3) {
            CellValue::Date(due)
        } else {
            CellValue::Empty
        },
        CellValue::text("152-KH/QU"),
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("export");
    let n: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let path = args
        .get(3)
        .cloned()
        .unwrap_or_else(|| "/tmp/office-bench.xlsx".to_string());
    let spec = specs::tasks(None);
    let rss_start = peak_rss_kb();
    match mode {
        "export" => {
            let started = Instant::now();
            let out = BufWriter::new(File::create(&path)?);
            let rows = write_xlsx(out, &spec, (1..=n).map(task_row))?;
            let size = std::fs::metadata(&path)?.len();
            println!(
                "export: {rows} rows, {:.1} MB, {:.2} s; peak RSS {} MB (at start {} MB)",
                size as f64 / 1e6,
                started.elapsed().as_secs_f64(),
                peak_rss_kb() / 1024,
                rss_start / 1024
            );
        }
        "preview" => {
            let out = BufWriter::new(File::create(&path)?);
            write_xlsx(out, &spec, (1..=n).map(task_row))?;
            let started = Instant::now();
            let sheet = import_xlsx(
                std::io::BufReader::new(File::open(&path)?),
                &spec,
                &ImportOptions::default(),
            )?;
            println!(
                "preview: {} rows, {} errors, {:.2} s; peak RSS {} MB",
                sheet.rows.len(),
                sheet.errors.len(),
                started.elapsed().as_secs_f64(),
                peak_rss_kb() / 1024
            );
        }
        other => return Err(format!("unknown mode {other}: export | preview").into()),
    }
    Ok(())
}
