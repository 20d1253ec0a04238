//! Opens generated .docx files and checks the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I
//! (State) and Hướng dẫn 36-HD/VPTW (Party): fonts, sizes (half-points), margins
//! (twips), bold/italic, the header texts, the page number kept off page 1, and the
//! signature and recipients blocks.
// Tests fail loudly where they fail: unwrap, expect and panic are their assertions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use office::docx::{LayoutKind, style_ids as id};
use office::report::{report_docx, sample_report};
use resvg::usvg::roxmltree::Document;

fn state_docx() -> Vec<u8> {
    report_docx(&sample_report(LayoutKind::State)).expect("docx")
}

fn party_docx() -> Vec<u8> {
    report_docx(&sample_report(LayoutKind::Party)).expect("docx")
}

#[test]
fn state_page_setup_and_default_font() {
    let docx = state_docx();
    if let Ok(dir) = std::env::var("OFFICE_TEST_OUT") {
        std::fs::write(format!("{dir}/state.docx"), &docx).unwrap();
    }
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let sect = descendants(doc.root(), "sectPr").last().unwrap();
    let pg = child(sect, "pgSz").unwrap();
    assert_eq!(
        (attr(pg, "w"), attr(pg, "h")),
        (Some("11906"), Some("16838")),
        "A4 portrait"
    );
    let mar = child(sect, "pgMar").unwrap();
    // 20 mm = 1134 twips, 30 mm = 1701, 15 mm = 850.
    assert_eq!(attr(mar, "top"), Some("1134"));
    assert_eq!(attr(mar, "bottom"), Some("1134"));
    assert_eq!(attr(mar, "left"), Some("1701"));
    assert_eq!(attr(mar, "right"), Some("850"));

    let styles_xml = part(&docx, "word/styles.xml");
    let styles = Document::parse(&styles_xml).unwrap();
    let defaults = descendants(styles.root(), "rPrDefault").next().unwrap();
    let fonts = descendants(defaults, "rFonts").next().unwrap();
    for slot in ["ascii", "hAnsi", "cs", "eastAsia"] {
        assert_eq!(attr(fonts, slot), Some("Times New Roman"), "{slot}");
    }
    assert!(!styles_xml.contains("Calibri") && !document.contains("rFonts w:ascii=\"Calibri"));
    // Body: 14 pt, justified, first-line indent 1.27 cm, 6 pt after, 1.15 lines.
    let normal = descendants(styles.root(), "style")
        .find(|s| attr(*s, "styleId") == Some("Normal"))
        .unwrap();
    assert_eq!(attr(normal, "default"), Some("1"));
    let ppr = child(normal, "pPr").unwrap();
    assert_eq!(attr(child(ppr, "jc").unwrap(), "val"), Some("both"));
    assert_eq!(attr(child(ppr, "ind").unwrap(), "firstLine"), Some("720"));
    let spacing = child(ppr, "spacing").unwrap();
    assert!(attr(spacing, "after").unwrap().parse::<i32>().unwrap() >= 120);
    let line: i32 = attr(spacing, "line").unwrap().parse().unwrap();
    assert!((240..=360).contains(&line), "single to 1.5 lines: {line}");
    assert_eq!(style_look(&styles, "Normal").half_points, Some(28));
}

#[test]
fn state_header_block() {
    let docx = state_docx();
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let styles_xml = part(&docx, "word/styles.xml");
    let styles = Document::parse(&styles_xml).unwrap();

    // The header is the first table, without borders.
    let table = descendants(doc.root(), "tbl").next().unwrap();
    let borders = descendants(table, "tblBorders").next().unwrap();
    assert!(
        borders
            .children()
            .filter(|b| b.is_element())
            .all(|b| attr(b, "val") == Some("nil"))
    );
    let header_texts: Vec<String> = descendants(table, "p").map(text_of).collect();
    assert!(
        header_texts.contains(&"ỦY BAN NHÂN DÂNQUẬN LONG BIÊN".to_string()),
        "{header_texts:?}"
    );
    // The line break the office asked for is a real break.
    assert!(document.contains("ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">QUẬN LONG BIÊN"));

    let superior = paragraph_look(&styles, find(&doc, "ỦY BAN NHÂN DÂNQUẬN LONG BIÊN"));
    assert!(!superior.bold);
    assert!((24..=26).contains(&superior.half_points.unwrap()), "12–13 pt");
    let issuer_p = find(&doc, "ỦY BAN NHÂN DÂNPHƯỜNG BỒ ĐỀ");
    let issuer = paragraph_look(&styles, issuer_p);
    assert!(issuer.bold);
    assert!((24..=26).contains(&issuer.half_points.unwrap()));
    let rule = next_paragraph(issuer_p).unwrap();
    assert!(
        paragraph_look(&styles, rule).top_border && text_of(rule).is_empty(),
        "a short rule under the issuer"
    );

    let national = find(&doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    let look = paragraph_look(&styles, national);
    assert!(look.bold && (24..=26).contains(&look.half_points.unwrap()));
    let motto_p = find(&doc, "Độc lập - Tự do - Hạnh phúc");
    let motto = paragraph_look(&styles, motto_p);
    assert!(motto.bold && (26..=28).contains(&motto.half_points.unwrap()));
    let motto_rule = next_paragraph(motto_p).unwrap();
    assert!(paragraph_look(&styles, motto_rule).top_border);
    // The rule is as long as the Tiêu ngữ (about 6 cm), not the whole column.
    let ind = descendants(motto_rule, "ind").next().unwrap();
    let side: i64 = attr(ind, "left").unwrap().parse().unwrap();
    assert!(side > 800, "rule shortened by {side} twips each side");

    let number = paragraph_look(&styles, find(&doc, "Số: 05/BC-UBND"));
    assert!(!number.bold);
    let place = paragraph_look(&styles, find(&doc, "Long Biên, ngày 05 tháng 10 năm 2024"));
    assert!(place.italic && (26..=28).contains(&place.half_points.unwrap()));

    let type_name = paragraph_look(&styles, find(&doc, "BÁO CÁO"));
    assert!(type_name.bold && type_name.align.as_deref() == Some("center"));
    let summary_p = find(
        &doc,
        "Kết quả thực hiện Kế hoạch số 152-KH/QU của Ban Thường vụ Quận ủy về chuyển đổi số quý III năm 2024",
    );
    assert!(paragraph_look(&styles, summary_p).bold);
    assert!(paragraph_look(&styles, next_paragraph(summary_p).unwrap()).top_border);
}

#[test]
fn state_body_and_closing() {
    let docx = state_docx();
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let styles_xml = part(&docx, "word/styles.xml");
    let styles = Document::parse(&styles_xml).unwrap();

    let heading = find(&doc, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN");
    let look = paragraph_look(&styles, heading);
    assert!(look.bold && look.style == id::HEADING[0]);
    assert!(paragraphs(&doc).iter().any(|p| text_of(*p) == "II. KẾT QUẢ THỰC HIỆN"));
    assert!(document.contains("02/03 đạt, 01/03 vượt"));
    assert!(document.contains("3.192/3.327 người tham gia, đạt 95,94 %; đảng viên 2.909/3.044, đạt 95,57 %"));
    assert!(document.contains("của Ủy ban nhân dân phường Bồ Đề./."));

    // Body tables: a shaded, bold, repeating header row; numbers right-aligned.
    let units_table = descendants(doc.root(), "tbl")
        .find(|t| descendants(*t, "p").any(|p| text_of(p) == "Tổng cộng"))
        .unwrap();
    let first_row = descendants(units_table, "tr").next().unwrap();
    assert!(descendants(first_row, "tblHeader").next().is_some());
    assert!(descendants(first_row, "shd").next().is_some());
    let header_cell = descendants(first_row, "p").next().unwrap();
    assert!(paragraph_look(&styles, header_cell).bold);
    let total_row = descendants(units_table, "tr").last().unwrap();
    let cells: Vec<_> = descendants(total_row, "p").collect();
    assert_eq!(text_of(cells[cells.len() - 2]), "79");
    assert_eq!(
        paragraph_look(&styles, cells[cells.len() - 2]).align.as_deref(),
        Some("right")
    );

    // The chart is embedded as a PNG.
    assert!(document.contains("<wp:inline"));
    let png = part_bytes(&docx, "word/media/image1.png");
    assert_eq!(&png[1..4], b"PNG");
    assert!(part(&docx, "word/_rels/document.xml.rels").contains("media/image1.png"));
    assert!(part(&docx, "[Content_Types].xml").contains("Extension=\"png\""));

    // Closing: one borderless row, "Nơi nhận:" level with the authority line.
    let closing = descendants(doc.root(), "tbl").last().unwrap();
    let cells: Vec<_> = descendants(closing, "tc").collect();
    assert_eq!(cells.len(), 2);
    let left: Vec<_> = descendants(cells[0], "p").collect();
    let right: Vec<_> = descendants(cells[1], "p").collect();
    assert_eq!(text_of(left[0]), "Nơi nhận:");
    let label = paragraph_look(&styles, left[0]);
    assert!(label.bold && label.italic && label.half_points == Some(24), "{label:?}");
    let lines: Vec<String> = left[1..].iter().map(|p| text_of(*p)).collect();
    assert_eq!(
        lines,
        vec![
            "- UBND quận Long Biên (để b/c);",
            "- Thường trực Đảng ủy phường;",
            "- Lưu: VT, VP."
        ]
    );
    assert_eq!(paragraph_look(&styles, left[1]).half_points, Some(22));
    let right_texts: Vec<String> = right.iter().map(|p| text_of(*p)).collect();
    assert_eq!(
        right_texts,
        vec!["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Đức"]
    );
    for p in &right {
        let look = paragraph_look(&styles, *p);
        assert!(look.bold && look.align.as_deref() == Some("center"), "{look:?}");
    }
}

#[test]
fn page_number_in_the_top_margin_but_not_on_page_one() {
    let docx = state_docx();
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let sect = descendants(doc.root(), "sectPr").last().unwrap();
    assert!(child(sect, "titlePg").is_some(), "different first page");
    let refs: Vec<(String, String)> = descendants(sect, "headerReference")
        .map(|h| {
            let id = h
                .attribute((
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "id",
                ))
                .unwrap();
            (attr(h, "type").unwrap().to_string(), id.to_string())
        })
        .collect();
    let rels = part(&docx, "word/_rels/document.xml.rels");
    let target = |kind: &str| {
        let id = &refs.iter().find(|(t, _)| t == kind).unwrap().1;
        let rels = Document::parse(&rels).unwrap();
        let rel = rels
            .descendants()
            .find(|n| n.attribute("Id") == Some(id.as_str()))
            .unwrap();
        format!("word/{}", rel.attribute("Target").unwrap())
    };
    let default_header = part(&docx, &target("default"));
    let first_header = part(&docx, &target("first"));
    assert!(default_header.contains("PAGE") && default_header.contains("fldChar"));
    assert!(!first_header.contains("PAGE"));
    let header_doc = Document::parse(&default_header).unwrap();
    let p = descendants(header_doc.root(), "p").next().unwrap();
    let styles_xml = part(&docx, "word/styles.xml");
    let styles = Document::parse(&styles_xml).unwrap();
    let look = paragraph_look(&styles, p);
    assert_eq!(look.align.as_deref(), Some("center"));
    assert_eq!(look.half_points, Some(28));
}

#[test]
fn party_layout() {
    let docx = party_docx();
    if let Ok(dir) = std::env::var("OFFICE_TEST_OUT") {
        std::fs::write(format!("{dir}/party.docx"), &docx).unwrap();
    }
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let styles_xml = part(&docx, "word/styles.xml");
    let styles = Document::parse(&styles_xml).unwrap();

    let title_p = find(&doc, "ĐẢNG CỘNG SẢN VIỆT NAM");
    let title = paragraph_look(&styles, title_p);
    assert!(title.bold && title.half_points == Some(30), "{title:?}");
    assert!(paragraph_look(&styles, next_paragraph(title_p).unwrap()).top_border);
    assert!(!document.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    assert!(!document.contains("Độc lập - Tự do - Hạnh phúc"));

    let superior = paragraph_look(&styles, find(&doc, "ĐẢNG BỘ QUẬN LONG BIÊN"));
    assert!(!superior.bold && superior.half_points == Some(28));
    let issuer_p = find(&doc, "ĐẢNG ỦY PHƯỜNG BỒ ĐỀ");
    let issuer = paragraph_look(&styles, issuer_p);
    assert!(issuer.bold && issuer.half_points == Some(28));
    assert_eq!(
        text_of(next_paragraph(issuer_p).unwrap()),
        "*",
        "an asterisk, not a rule"
    );

    let number = paragraph_look(&styles, find(&doc, "Số 127-BC/ĐU"));
    assert_eq!(number.half_points, Some(28));
    assert!(!document.contains("Số:"), "no colon after Số in Party documents");
    let place = paragraph_look(&styles, find(&doc, "Bồ Đề, ngày 05 tháng 10 năm 2024"));
    assert!(place.italic && place.half_points == Some(28));
    let type_name = paragraph_look(&styles, find(&doc, "BÁO CÁO"));
    assert!(type_name.bold && (30..=32).contains(&type_name.half_points.unwrap()));
    assert!(paragraphs(&doc).iter().any(|p| text_of(*p) == "T/M ĐẢNG ỦY"));
    assert!(paragraphs(&doc).iter().any(|p| text_of(*p) == "PHÓ BÍ THƯ"));
}

#[test]
fn margins_and_prefixes_are_per_template() {
    let mut report = sample_report(LayoutKind::State);
    report.layout.margins.top_mm = 25.0;
    report.layout.margins.left_mm = 35.0;
    report.layout.prefixes.on_behalf_of = "T/M".into();
    report.include_chart = false;
    let docx = report_docx(&report).unwrap();
    let document = part(&docx, "word/document.xml");
    let doc = Document::parse(&document).unwrap();
    let mar = descendants(doc.root(), "pgMar").next().unwrap();
    assert_eq!(attr(mar, "top"), Some("1417"));
    assert_eq!(attr(mar, "left"), Some("1984"));
    assert!(document.contains("T/M ỦY BAN NHÂN DÂN"));
    assert!(!document.contains("<wp:inline"), "no chart asked for");
}

#[test]
fn a_picture_that_is_not_png_is_refused() {
    use office::docx::{Block, DocImage, write_docx};
    let mut doc = office::report::compose_report(&sample_report(LayoutKind::State)).unwrap();
    doc.body.push(Block::Image(DocImage {
        png: b"GIF89a....".to_vec(),
        width_cm: 10.0,
        description: "Sơ đồ".into(),
        caption: None,
    }));
    let err = write_docx(&doc).unwrap_err();
    assert_eq!(err.code(), "image_not_png");
    assert_eq!(err.message_vi(), "Hình “Sơ đồ” không phải tệp ảnh PNG.");
}
