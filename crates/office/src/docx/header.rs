//! The header of the first page as a borderless two-column table (practice under
//! Nghị định 30/2020/NĐ-CP, Phụ lục I, and Hướng dẫn 36-HD/VPTW), then the type name and
//! the summary line. A table, not text boxes, so that it stays text the office can edit
//! and the number lines up with the place and date on the second row.
//!
//! State: left — superior body (upper), issuing body (upper, bold), a short rule;
//! right — Quốc hiệu, Tiêu ngữ with a rule as long as it; second row — "Số: 15/BC-UBND"
//! and the place and date in italics.
//! Party: left — superior body, issuing body (bold), "*"; right — "ĐẢNG CỘNG SẢN VIỆT
//! NAM" with a rule below; second row — "Số 127-BC/QU" (no colon) and place and date.

use super::layout::LayoutKind;
use super::model::AdministrativeDocument;
use super::styles::id;
use super::textwidth::width_pt;
use super::xml::{ParaProps, RunProps, cell_open, cm_twips, para, pt_twips, rule, table_open};
use crate::numfmt::place_and_date;

pub(crate) const QUOC_HIEU: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub(crate) const TIEU_NGU: &str = "Độc lập - Tự do - Hạnh phúc";
pub(crate) const PARTY_TITLE: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

/// Writes the header table, the type name and the summary.
pub(crate) fn write_header(out: &mut String, doc: &AdministrativeDocument) {
    let layout = &doc.layout;
    let total = cm_twips(layout.text_width_cm());
    let left = cm_twips(layout.header_left_cm).min(total / 2);
    let right = total - left;
    let sizes = &layout.sizes;
    let plain = RunProps::default();

    table_open(out, &[left, right], false, id::TABLE_PLAIN);
    // Row 1: the bodies | the national or Party title.
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_open(out, left, None, "top");
    if let Some(sup) = doc.superior_body.as_deref().filter(|s| !s.trim().is_empty()) {
        para(out, &ParaProps::styled(id::SUPERIOR), &upper(sup), &plain);
    }
    let issuer = upper(&doc.issuing_body);
    para(out, &ParaProps::styled(id::ISSUER), &issuer, &plain);
    match layout.kind {
        LayoutKind::State => {
            // A short rule: about a third of the issuer's longest line, at least 1.5 cm.
            let line = longest_line_twips(&issuer, sizes.issuing_body, true);
            let length = (line / 3).max(cm_twips(1.5)).min(left);
            rule(out, length, left);
        }
        LayoutKind::Party => para(out, &ParaProps::styled(id::ASTERISK), "*", &plain),
    }
    out.push_str("</w:tc>");
    cell_open(out, right, None, "top");
    match layout.kind {
        LayoutKind::State => {
            para(out, &ParaProps::styled(id::NATIONAL), QUOC_HIEU, &plain);
            para(out, &ParaProps::styled(id::MOTTO), TIEU_NGU, &plain);
            let length = pt_twips(width_pt(TIEU_NGU, sizes.motto, true)).min(right);
            rule(out, length, right);
        }
        LayoutKind::Party => {
            para(out, &ParaProps::styled(id::NATIONAL), PARTY_TITLE, &plain);
            let length = pt_twips(width_pt(PARTY_TITLE, sizes.national_title, true)).min(right);
            rule(out, length, right);
        }
    }
    out.push_str("</w:tc></w:tr>");
    // Row 2: the number | place and date, on one line.
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_open(out, left, None, "top");
    para(
        out,
        &ParaProps::styled(id::NUMBER),
        &doc.number.line(layout.kind),
        &plain,
    );
    out.push_str("</w:tc>");
    cell_open(out, right, None, "top");
    para(
        out,
        &ParaProps::styled(id::PLACE_DATE),
        &place_and_date(&doc.place, doc.date),
        &plain,
    );
    out.push_str("</w:tc></w:tr></w:tbl>");

    para(out, &ParaProps::styled(id::TYPE_NAME), &upper(&doc.type_name), &plain);
    if !doc.summary.trim().is_empty() {
        para(out, &ParaProps::styled(id::SUMMARY), doc.summary.trim(), &plain);
        if layout.summary_rule {
            rule(out, cm_twips(2.5), total);
        }
    }
}

/// Upper case the Vietnamese way (Unicode case mapping keeps the diacritics: "Đ", "Ư").
pub(crate) fn upper(s: &str) -> String {
    s.trim().to_uppercase()
}

fn longest_line_twips(text: &str, size_pt: f32, bold: bool) -> i64 {
    text.split('\n')
        .map(|l| pt_twips(width_pt(l, size_pt, bold)))
        .max()
        .unwrap_or(0)
}
