//! Writes one of each office file to a folder, to open in Word, LibreOffice or Excel:
//! the sample quarterly report in both layouts (.docx), its chart (.svg, .png), and the
//! import templates of the ready column specifications (.xlsx).
//!
//! ```text
//! cargo run -p dondoc-office --example sample_files -- /tmp/office-samples
//! ```
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use office::docx::LayoutKind;
use office::report::{report_docx, sample_report};
use office::xlsx::{specs, template};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "office-samples".to_string());
    std::fs::create_dir_all(&dir)?;
    let write = |name: &str, bytes: &[u8]| -> std::io::Result<()> {
        let path = format!("{dir}/{name}");
        std::fs::write(&path, bytes)?;
        println!("{path}");
        Ok(())
    };
    write(
        "bao-cao-quy-nha-nuoc.docx",
        &report_docx(&sample_report(LayoutKind::State))?,
    )?;
    write(
        "bao-cao-quy-dang.docx",
        &report_docx(&sample_report(LayoutKind::Party))?,
    )?;
    let report = sample_report(LayoutKind::State);
    let chart = office::chart::StatusBarChart {
        title: "Tình hình thực hiện nhiệm vụ theo đơn vị".to_string(),
        statuses: report.totals.iter().map(|s| s.label.clone()).collect(),
        colors: vec![],
        units: report
            .units
            .iter()
            .map(|u| office::chart::UnitBar {
                unit: u.unit.clone(),
                counts: u.counts.clone(),
            })
            .collect(),
    };
    write("bieu-do.svg", chart.to_svg().as_bytes())?;
    write("bieu-do.png", &chart.to_png(2.0)?)?;
    for (name, spec) in [
        ("mau-nhiem-vu.xlsx", specs::tasks(None)),
        ("mau-don-vi.xlsx", specs::units()),
        ("mau-can-bo.xlsx", specs::people()),
        ("mau-chi-tieu.xlsx", specs::targets()),
    ] {
        write(name, &template(&spec, 100_000)?)?;
    }
    Ok(())
}
