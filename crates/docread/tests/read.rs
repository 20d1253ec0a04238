//! Reading fixtures rendered from real text (`testdata/`: `plan_scan.txt` exported to PDF
//! with LibreOffice, rendered with `pdftoppm -r 200 -mono`, wrapped with `img2pdf`), and
//! the OCR accuracy on them. OCR and PDF tests skip with a printed reason where
//! Tesseract/poppler are missing, except under `CI`, where they must run.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

use docread::{Kind, Method, read_text};

fn fixture(name: &str) -> Vec<u8> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata").join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn tools_or_skip(what: &str, available: bool) -> bool {
    if available {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{what} is required under CI (install tesseract-ocr tesseract-ocr-vie poppler-utils)"
    );
    println!("SKIPPED: {what} is not installed here (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils)");
    false
}

/// Edit distance over characters.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j + 1] + 1).min(cur[j] + 1).min(prev[j] + usize::from(ca != cb));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Character accuracy 1 - distance/length, whitespace collapsed.
fn char_accuracy(truth: &str, got: &str) -> f64 {
    let norm = |s: &str| -> Vec<char> { s.split_whitespace().collect::<Vec<_>>().join(" ").chars().collect() };
    let (t, g) = (norm(&vntext::to_nfc(truth)), norm(got));
    1.0 - levenshtein(&t, &g) as f64 / t.len().max(1) as f64
}

fn symbols(text: &str) -> Vec<String> {
    vntext::refs::extract_refs(text)
        .into_iter()
        .map(|r| r.symbol.normalized)
        .collect()
}

#[test]
fn plain_text_is_repaired() {
    let got =
        read_text("QUYẾT ÐỊNH\nthực hiện\nnghiêm túc".as_bytes(), Some("a.txt")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.text, "QUYẾT ĐỊNH\nthực hiện nghiêm túc");
    assert_eq!((got.kind, got.method), (Kind::Text, Method::Utf8));
    let err = read_text(&[0xFF, 0x00, 0x81], None).err();
    assert_eq!(err.map(|e| e.code()), Some("read_unsupported"));
}

#[test]
fn text_pdf() {
    let got = read_text(&fixture("plan_scan.pdf"), None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(got.method, Method::PdfText);
    let truth = String::from_utf8(fixture("plan_scan.txt")).unwrap_or_default();
    assert_eq!(symbols(&got.text), symbols(&truth));
    let plan = vntext::plan::extract_plan(&got.text);
    assert_eq!(plan.tasks.len(), 2, "{:#?}", plan.tasks);
    assert!(char_accuracy(&truth, &got.text) >= 0.99);
}

#[test]
fn broken_pdf_is_an_error_not_a_panic() {
    let got = read_text(b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", None);
    assert!(got.is_err(), "{got:?}");
}

#[test]
fn scans_through_ocr() {
    if !tools_or_skip(
        "tesseract with the Vietnamese model",
        docread::ocr_available() && docread::pdf_tools_available(),
    ) {
        return;
    }
    let truth = String::from_utf8(fixture("plan_scan.txt")).unwrap_or_default();
    for name in ["plan_scan.png", "plan_scan_image.pdf"] {
        let got = read_text(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got.method, Method::Ocr, "{name}");
        let acc = char_accuracy(&truth, &got.text);
        let plan = vntext::plan::extract_plan(&got.text);
        let leads: Vec<_> = plan.tasks.iter().filter_map(|t| t.lead.clone()).collect();
        println!(
            "{name}: character accuracy {acc:.4}, tasks {}, leads {leads:?}",
            plan.tasks.len()
        );
        assert!(acc >= 0.95, "{name}: character accuracy {acc:.4}");
        assert_eq!(leads, ["Sở Kế hoạch và Đầu tư", "Sở Công Thương"], "{name}");
        let dues: Vec<_> = plan
            .tasks
            .iter()
            .map(|t| t.deadline.as_ref().and_then(|d| d.due()))
            .collect();
        println!("{name}: due dates {dues:?}");
        assert!(dues.iter().all(Option::is_some), "{name}: {dues:?}");
    }
    let truth = String::from_utf8(fixture("refs_scan.txt")).unwrap_or_default();
    let got = read_text(&fixture("refs_scan.png"), None).unwrap_or_else(|e| panic!("{e}"));
    let want = symbols(&truth);
    let mut found = symbols(&got.text);
    let recovered = want
        .iter()
        .filter(|s| match found.iter().position(|f| f == *s) {
            Some(p) => {
                found.remove(p);
                true
            }
            None => false,
        })
        .count();
    let acc = char_accuracy(&truth, &got.text);
    println!(
        "refs_scan.png: character accuracy {acc:.4}; references recovered {recovered}/{} (extra {found:?})",
        want.len()
    );
    assert!(acc >= 0.95, "character accuracy {acc:.4}");
    assert!(
        recovered * 100 >= want.len() * 90,
        "recovered {recovered}/{}",
        want.len()
    );
}
