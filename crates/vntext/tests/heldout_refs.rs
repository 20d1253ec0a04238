//! The floors of the unseen references sets (`testdata/real/unseen13r/` … `unseen29r/`), each
//! measured once before its round and again after (`MEASURED_*.txt` in each set); split from
//! `heldout.rs`, which keeps the task-list and deadline sets. Run with `--nocapture` to see the
//! figures and every failure.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[allow(dead_code)] // the deadline helper is heldout's
mod measure;
mod sets;
use sets::references;

/// The unseen13r references set (fourteenth round): 78 passages, 324 references from public
/// pages, labelled before any run and measured before and after that round
/// (`testdata/real/unseen13r/MEASURED_*.txt`), then its misses fixed by kind, so it is spent.
/// Scored as `measure_cli.py` scores it: a reference is right when its symbol and its date are
/// right.
#[test]
fn unseen13r_references() {
    let (p, r, refs) = references("unseen13r", "test");
    assert!(refs >= 300, "[unseen13r] set too small");
    // Before the round P 1.0000 R 0.9907 (3 missed); after it P 1.0000 R 1.0000. The floor
    // allows one error of each kind.
    assert!(p >= 0.996 && r >= 0.996, "[unseen13r] references P={p:.4} R={r:.4}");
}

/// The unseen15r references set (fifteenth round): 61 passages, 114 references from public pages
/// of local Party committees, blocs, hospitals, the Youth Union and news prose (12 passages as
/// tesseract OCR of rendered scans), labelled before any run and measured before and after the
/// round (`testdata/real/unseen15r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen15r_references() {
    let (p, r, refs) = references("unseen15r", "test");
    assert!(refs >= 120, "[unseen15r] set too small");
    // Before the round P 0.9508 R 0.9355 (6 misread, 8 missed); after it P 1.0000 R 0.9919 (the
    // one left is a mention OCR destroyed). The floor allows one more error of each kind.
    assert!(p >= 0.99 && r >= 0.98, "[unseen15r] references P={p:.4} R={r:.4}");
}

/// The unseen16r references set (sixteenth round): 55 passages, 151 references from public pages
/// (local Party committees, mass organisations, news prose, legal databases, raw HTML; 10
/// passages as tesseract OCR of rendered scans), labelled before any run and measured before and
/// after the round (`testdata/real/unseen16r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen16r_references() {
    let (p, r, refs) = references("unseen16r", "test");
    assert!(refs >= 150, "[unseen16r] set too small");
    // Before the round P 0.9184 R 0.8940 (12 misread or extra, 16 missed); after it P 0.9801
    // R 0.9801 (left: a joint regulation's two-slash number "01/QCPH/UBND-UBMTTQ", OCR's "TTLI"
    // for "TTLT", a header date inside raw HTML table cells); 0.9868 / 0.9868 after the
    // seventeenth round (its OCR rule reads "TTLI"). The floor allows one more error of each kind.
    assert!(p >= 0.97 && r >= 0.97, "[unseen16r] references P={p:.4} R={r:.4}");
}

/// The unseen17r references set (seventeenth round): 50 passages, 165 references from public pages
/// (National Assembly laws and resolutions, joint circulars, the Supreme Court and Procuracy, Social
/// Security, the State Bank, provinces and communes after the 2025 merger, UPPER-CASE titles, '|'
/// table cells; 11 passages as tesseract OCR of rendered scans), labelled before any run and
/// measured before and after the round (`testdata/real/unseen17r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen17r_references() {
    let (p, r, refs) = references("unseen17r", "test");
    assert!(refs >= 150, "[unseen17r] set too small");
    // Before the round P 0.9444 R 0.9273 (9 misread or extra, 12 missed); after it P 0.9939
    // R 0.9939 (left: OCR's doubled letter in an issuer, "1473/BTP-CNTTT"). The floor allows one
    // more error of each kind.
    assert!(p >= 0.98 && r >= 0.98, "[unseen17r] references P={p:.4} R={r:.4}");
}

/// The unseen18r references set (eighteenth round): 65 passages, 158 references — Party cells,
/// commune and ward Party committees after the 2025 merger, inspection commissions, army, police,
/// school and enterprise Party committees, the Youth Union and other mass organisations, mostly
/// quoted inside public GitHub files (JSON, JSX, HTML entities, SQL and tab-separated dumps,
/// Markdown tables); 13 passages as tesseract OCR of rendered scans. Labelled before any run and
/// measured before and after the round (`testdata/real/unseen18r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen18r_references() {
    let (p, r, refs) = references("unseen18r", "test");
    assert!(refs >= 150, "[unseen18r] set too small");
    println!("[unseen18r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9145 R 0.8797 (13 misread or extra, 19 missed); after it P 0.9937
    // R 0.9937 (left: OCR's inserted "-T" after an issuer, "2906/KH-ĐHCT-T"). The floor allows
    // one more error of each kind.
    assert!(p >= 0.98 && r >= 0.98, "[unseen18r] references P={p:.4} R={r:.4}");
}

/// The unseen19r references set (nineteenth round): 51 passages, 167 references — old symbol
/// shapes of 1957–2005 ("35-CP", "15/CP", "182/HĐBT", "426/TTg", "QĐ-UB", "QĐ.UB", "TC/TCT"),
/// ministries' circulars, provincial People's Council resolutions, Party documents around the
/// 2025 merger, citations in Markdown tables and legal databases' lists, Căn cứ chains, "ban hành
/// kèm theo", UPPER-CASE titles; 9 passages as tesseract OCR of rendered scans and 5 as
/// pdftotext output of PDFs printed by LibreOffice. Labelled before any run and measured before
/// and after the round (`testdata/real/unseen19r/MEASURED_*.txt`). Scored as `measure_cli.py`
/// scores it.
#[test]
fn unseen19r_references() {
    let (p, r, refs) = references("unseen19r", "test");
    assert!(refs >= 150, "[unseen19r] set too small");
    println!("[unseen19r] references P={p:.4} R={r:.4}");
    // Before the round P 0.8533 R 0.7665 with the first labels (P 0.8667 R 0.7784 with three
    // labels brought to the earlier sets' convention); after it P 1.0000 R 0.9880 (left: a PDF
    // column that split "138-" from "QĐ", and "Sắc lệnh 135SL/GD" with the type glued). The
    // floor allows a few more errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen19r] references P={p:.4} R={r:.4}");
}

/// The unseen20r references set (twentieth round): 59 passages, 161 references — a scanned case
/// file of the Long An labour department (2005–2012) read by an OCR model, district and commune
/// People's Committees' decisions, a court judgment as PDF text, procuracy, enforcement, the Youth
/// Union, women's, farmers' and students' associations, trade unions, the Fatherland Front,
/// "kèm theo", amendments, lists; 5 passages as tesseract OCR and 5 as pdftotext output. Labelled
/// before any run and measured before and after the round (`testdata/real/unseen20r/MEASURED_*.txt`).
/// Scored as `measure_cli.py` scores it.
#[test]
fn unseen20r_references() {
    let (p, r, refs) = references("unseen20r", "test");
    assert!(refs >= 150, "[unseen20r] set too small");
    println!("[unseen20r] references P={p:.4} R={r:.4}");
    // Before the round P 0.8742 R 0.8199; after it P 0.9752 R 0.9752 (left: four OCR letter
    // misreads — "650/TCV-", "312 /TT-Tr-", "TTrg", "HĐTTP"; round 21 reads "312 /TT-Tr-", P = R =
    // 0.9814).
    // The floor allows a few more errors of each kind.
    assert!(p >= 0.96 && r >= 0.96, "[unseen20r] references P={p:.4} R={r:.4}");
}

/// The unseen21r references set (twenty-first round): 49 passages, 197 references — a Lào Cai
/// office's notes (tables, the province's directives), Hà Nội, Thanh Hóa and Quảng Ngãi Party
/// programmes and guides, university and residential-group Party committees and cells, National
/// Assembly laws, decrees and circulars in applications' legal bases and records, People's
/// Councils' resolutions, tax letters, an army unit's register of documents (dates in their own
/// field); 5 passages as tesseract OCR and 5 as pdftotext output. Labelled before any run and
/// measured before and after the round (`testdata/real/unseen21r/MEASURED_*.txt`). Scored as
/// `measure_cli.py` scores it.
#[test]
fn unseen21r_references() {
    let (p, r, refs) = references("unseen21r", "test");
    assert!(refs >= 150, "[unseen21r] set too small");
    println!("[unseen21r] references P={p:.4} R={r:.4}");
    // Before the round P 0.7835 R 0.7716; after it P 0.9795 R 0.9695 (left: one table printed to
    // PDF whose narrow cells pdftotext interleaves line by line — a column-aware reading of
    // `-layout` output, not a symbol rule). The floor allows a few more errors of each kind.
    assert!(p >= 0.96 && r >= 0.95, "[unseen21r] references P={p:.4} R={r:.4}");
}

/// The unseen22r references set (twenty-second round): 52 passages, 202 references — joint
/// circulars of two to six bodies, ministries' decisions and circulars in applications' legal bases
/// and records (named date fields), a ward's and a commune's letters and plans, a ward Party
/// committee's decisions with bracketed dates, schools and universities, amended acts, People's
/// Council resolutions amended, markup (entities, Word HTML, escapes); 4 passages as tesseract OCR
/// and 5 as pdftotext output. Labelled before any run and measured before and after the round
/// (`testdata/real/unseen22r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen22r_references() {
    let (p, r, refs) = references("unseen22r", "test");
    assert!(refs >= 200, "[unseen22r] set too small");
    println!("[unseen22r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9643 R 0.9356; after it P 0.9745 R 0.9455; after round 23 (its cut
    // joint-circular number relabelled a reference by the written convention; entity slashes,
    // underscores, a comma list's bracketed date and a header in quoted pieces read) P 0.9950
    // R 0.9803 — left: PDF table cells. The floor allows a few errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen22r] references P={p:.4} R={r:.4}");
}

/// The unseen23r references set (twenty-third round): 59 passages, 215 references from 59 public
/// web pages (legal databases' copies of provincial and ministry documents, a commune council, a
/// commune school, a district education office, Party conclusions and rules, the taxation, social
/// security, health, police, defence, State Bank, procuracy and social policy bank's documents,
/// metadata blocks in every layout, effect-history registers, upper-case titles, garbled dates); 4
/// passages as tesseract OCR and 5 as pdftotext output. Labelled before any run and measured before
/// and after the round (`testdata/real/unseen23r/MEASURED_*.txt`). Scored as `measure_cli.py`
/// scores it.
#[test]
fn unseen23r_references() {
    let (p, r, refs) = references("unseen23r", "test");
    assert!(refs >= 200, "[unseen23r] set too small");
    println!("[unseen23r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9765 R 0.9674 (0.9812 / 0.9721 with its one label brought to round 19's
    // dot convention); after it P 1.0000 R 1.0000 (in-sample). The floor allows a few errors.
    assert!(p >= 0.98 && r >= 0.97, "[unseen23r] references P={p:.4} R={r:.4}");
}

/// The unseen24r references set (twenty-fourth round): 39 passages, 150 references from 39 public
/// web pages (the National Assembly and its Standing Committee, joint circulars, Party documents of
/// the centre, a province, a district, a commune and a bloc, legal databases' copies with headers
/// and metadata in '|' cells, slashes written as spaces, glued cells and words); 4 passages as
/// tesseract OCR and 3 as pdftotext output. Labelled before any run and measured before and after
/// the round (`testdata/real/unseen24r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen24r_references() {
    let (p, r, refs) = references("unseen24r", "test");
    assert!(refs >= 150, "[unseen24r] set too small");
    println!("[unseen24r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9790 R 0.9333 (3 misread, 10 missed); after it P 1.0000 R 0.9867
    // (in-sample; left: a doubled year "38 2006 2006 NĐ-CP", read since round 25 (R 0.9933), and
    // a PDF table cell that split "13/2018/QĐ-\nUBND"). The floor allows a few errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen24r] references P={p:.4} R={r:.4}");
}

/// The unseen25r references set (twenty-fifth round): 51 passages, 151 references from 51 public
/// web pages (provincial People's Councils and the ministries' circulars they cite, courts'
/// judgments and decisions, the procuracy, enforcement and audit, joint circulars of up to seven
/// bodies, Party cells' plans with district and commune documents, the Front in a joint
/// resolution, mass organisations, glued and font-broken copies); 4 passages as tesseract OCR and
/// 3 as pdftotext output. Labelled before any run and measured before and after the round
/// (`testdata/real/unseen25r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen25r_references() {
    let (p, r, refs) = references("unseen25r", "test");
    assert!(refs >= 150, "[unseen25r] set too small");
    println!("[unseen25r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9603 R 0.9603 (6 misread, 6 missed); after it P 1.0000 R 1.0000
    // (in-sample). The floor allows a few errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen25r] references P={p:.4} R={r:.4}");
}

/// The unseen26r references set (twenty-sixth round): 18 passages, 176 references cut from 16
/// whole documents in public GitHub repositories (Official Gazette PDF text with its tables read
/// cell by cell, Markdown, JSX, PHP, SQL dumps). Labelled before any run and measured before and
/// after the round (`testdata/real/unseen26r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen26r_references() {
    let (p, r, refs) = references("unseen26r", "test");
    assert!(refs >= 150, "[unseen26r] set too small");
    println!("[unseen26r] references P={p:.4} R={r:.4}");
    // Before the round P 1.0000 R 0.9943 (1 missed: a symbol wrapped after the slash); after it
    // P 1.0000 R 1.0000 (in-sample). The floor allows a few errors of each kind.
    assert!(p >= 0.98 && r >= 0.97, "[unseen26r] references P={p:.4} R={r:.4}");
}

/// The unseen27r references set (twenty-seventh round): 17 passages, 165 references — a provincial
/// portal's document listing crawled to CSV (96 document records, abstracts lower-cased with the
/// symbols they cite) and 11 stored pages (ward and commune Party news, provincial Party news, a
/// district council's resolution, legal databases' metadata blocks; 3 as tesseract OCR, 2 as PDF
/// text). Labelled before any run and measured before and after the round
/// (`testdata/real/unseen27r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen27r_references() {
    let (p, r, refs) = references("unseen27r", "test");
    assert!(refs >= 150, "[unseen27r] set too small");
    println!("[unseen27r] references P={p:.4} R={r:.4}");
    // Before the round P 1.0000 R 0.2727 (the pages 45/45; the listing's 120 unread: symbols as
    // comma-separated fields and in lower case); after it P 1.0000 R 1.0000 (in-sample). The floor
    // is the after figure rounded down.
    assert!(p >= 1.0 && r >= 1.0, "[unseen27r] references P={p:.4} R={r:.4}");
}

/// The unseen28r references set (twenty-eighth round): 28 passages, 163 references — real scans
/// (two PDFs' own OCR layers read by `pdftotext`, a scan and a photo read by tesseract), three
/// 2025 city documents as a crawler saved them (Party plans and guides, numbers left blank), a
/// district portal's records, town and commune documents extracted by sharing sites, district
/// pages and legal databases' pages. Labelled before any run and measured before and after the
/// round (`testdata/real/unseen28r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen28r_references() {
    let (p, r, refs) = references("unseen28r", "test");
    assert!(refs >= 150, "[unseen28r] set too small");
    println!("[unseen28r] references P={p:.4} R={r:.4}");
    // Before the round P 0.8987 R 0.8712 (every miss in two real OCR texts and an HTML post);
    // after it P 0.9748 R 0.9509 (in-sample; left: OCR that destroyed a type or a number, an
    // issuer misread once, a date after "mới ban hành"). The floor is the after figure rounded
    // down.
    assert!(p >= 0.97 && r >= 0.95, "[unseen28r] references P={p:.4} R={r:.4}");
}

/// The unseen29r references set (twenty-ninth round): 28 passages, 196 references — real
/// photographs and scans read by tesseract, the Standing Committee of the National Assembly's
/// resolutions (a summary, a table, legal databases), joint circulars of courts, procuracy and
/// ministries, mass organisations' guides, the Politburo's and Secretariat's texts as news, a
/// ministry's letter listing letters under one type word, upper-case titles; 6 passages rendered
/// as scans, 2 printed to PDF. Labelled before any run and measured before and after the round
/// (`testdata/real/unseen29r/MEASURED_*.txt`). Scored as `measure_cli.py` scores it.
#[test]
fn unseen29r_references() {
    let (p, r, refs) = references("unseen29r", "test");
    assert!(refs >= 150, "[unseen29r] set too small");
    println!("[unseen29r] references P={p:.4} R={r:.4}");
    // Before the round P 0.9319 R 0.9082 (out of sample; 0.9372 and 0.9133 with one label brought
    // to unseen23r's convention); after it P 0.9745 R 0.9745 (in-sample; left: OCR that wrecked a
    // low-resolution scan, an issuer OCR split, a law's symbol cut short). The floor is the after
    // figure rounded down.
    assert!(p >= 0.97 && r >= 0.97, "[unseen29r] references P={p:.4} R={r:.4}");
}
