//! LibreOffice opens the generated reports: both layouts are converted to PDF headless.
//! Skips with a printed reason when LibreOffice is not installed, except under CI (env
//! `CI` set), where it must run (`.ci/run` installs `libreoffice-writer-nogui`).
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use office::docx::LayoutKind;
use office::report::{report_docx, sample_report};

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|bin| {
        Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn libreoffice_converts_both_layouts_to_pdf() {
    let Some(bin) = soffice() else {
        if std::env::var_os("CI").is_some() {
            panic!("LibreOffice (soffice) is required under CI: install libreoffice-writer-nogui");
        }
        println!("skipped: LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui");
        return;
    };
    let dir = std::env::temp_dir().join(format!("office-lo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut inputs = Vec::new();
    for (name, kind) in [
        ("bao-cao-nha-nuoc", LayoutKind::State),
        ("bao-cao-dang", LayoutKind::Party),
    ] {
        let path = dir.join(format!("{name}.docx"));
        std::fs::write(&path, report_docx(&sample_report(kind)).unwrap()).unwrap();
        inputs.push(path);
    }
    // A private profile, so a LibreOffice already running elsewhere does not take the job.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let mut child = Command::new(bin)
        .args([
            profile.as_str(),
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&dir)
        .args(&inputs)
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "soffice failed: {status}");
            break;
        }
        if started.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("soffice did not finish in 180 s");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    println!(
        "LibreOffice converted 2 reports in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    for input in &inputs {
        let pdf = input.with_extension("pdf");
        let bytes = std::fs::read(&pdf).unwrap_or_else(|_| panic!("no PDF for {}", input.display()));
        assert!(bytes.starts_with(b"%PDF") && bytes.len() > 10_000, "{}", pdf.display());
        check_text(&pdf);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// When poppler's pdftotext is there, the Vietnamese text came through.
fn check_text(pdf: &Path) {
    let Ok(out) = Command::new("pdftotext").arg(pdf).arg("-").output() else {
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("BÁO CÁO"), "{text}");
    assert!(text.contains("Nơi nhận:"), "{text}");
    assert!(text.contains("Bồ Đề"), "{text}");
}
