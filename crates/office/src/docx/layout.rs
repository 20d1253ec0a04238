//! The two layouts of an administrative document and their per-template settings.
//!
//! State documents follow Nghị định 30/2020/NĐ-CP, Phụ lục I; Party documents follow
//! Hướng dẫn 36-HD/VPTW. Where the texts give a range (margins 20–25 mm, body 13–14 pt…)
//! the default is a value inside the range and the template may change it; where a source
//! is uncertain (Party margins, the slash prefixes "T/M", "K/T", "T/L") the default is
//! marked so in the field's comment.

use serde::{Deserialize, Serialize};

/// Which rules the document follows, chosen by the kind of the issuing body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LayoutKind {
    /// State bodies (People's Committees, departments): Nghị định 30/2020/NĐ-CP.
    State,
    /// Party bodies (committees, boards, cells): Hướng dẫn 36-HD/VPTW.
    Party,
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Margins {
    pub top_mm: f32,
    pub bottom_mm: f32,
    pub left_mm: f32,
    pub right_mm: f32,
}

/// Font sizes in points for each element of the layout.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TypeSizes {
    /// Superior body ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI").
    pub superior_body: f32,
    /// Issuing body, bold.
    pub issuing_body: f32,
    /// "Số: 15/BC-UBND" / "Số 127-BC/QU".
    pub number: f32,
    /// State: the Quốc hiệu; Party: "ĐẢNG CỘNG SẢN VIỆT NAM".
    pub national_title: f32,
    /// State: the Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" (unused in Party documents).
    pub motto: f32,
    /// Place and date, italic.
    pub place_date: f32,
    /// Type name ("BÁO CÁO").
    pub type_name: f32,
    /// Summary line (trích yếu).
    pub summary: f32,
    /// Body text, headings and the signature block.
    pub body: f32,
    /// Text inside body tables.
    pub table: f32,
    /// "Nơi nhận:".
    pub recipients_label: f32,
    /// The recipient lines.
    pub recipients: f32,
    /// Page numbers in the top margin.
    pub page_number: f32,
}

/// The words put before the post in the signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignaturePrefixes {
    /// Signing on behalf of a collective: "TM." (State), "T/M" (Party).
    pub on_behalf_of: String,
    /// A deputy signing for the head: "KT." / "K/T".
    pub deputy: String,
    /// Signing by order of the head: "TL." / "T/L".
    pub by_order: String,
    /// Acting head: "Q.".
    pub acting: String,
}

/// All settings of one document template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayoutSettings {
    pub kind: LayoutKind,
    pub margins: Margins,
    pub sizes: TypeSizes,
    pub prefixes: SignaturePrefixes,
    /// Font of every run; the decree asks for Times New Roman (Unicode, TCVN 6909:2001).
    pub font: String,
    /// First-line indent of body paragraphs, in centimetres (1 or 1.27).
    pub first_line_indent_cm: f32,
    /// Space after each body paragraph, in points (at least 6).
    pub paragraph_spacing_pt: f32,
    /// Line spacing as a multiple of single (1.0 to 1.5).
    pub line_spacing: f32,
    /// Width of the header's left column in centimetres (the right takes the rest).
    pub header_left_cm: f32,
    /// Width of the signature block's right column in centimetres.
    pub signature_width_cm: f32,
    /// Draw a short rule under the summary line.
    pub summary_rule: bool,
}

impl LayoutSettings {
    /// The defaults for a layout kind.
    pub fn for_kind(kind: LayoutKind) -> Self {
        match kind {
            LayoutKind::State => Self::state(),
            LayoutKind::Party => Self::party(),
        }
    }

    /// Nghị định 30/2020/NĐ-CP, Phụ lục I: margins top/bottom 20–25 mm, left 30–35 mm,
    /// right 15–20 mm; body 13–14 pt; header 12–13 pt; Tiêu ngữ 13–14 pt.
    pub fn state() -> Self {
        LayoutSettings {
            kind: LayoutKind::State,
            margins: Margins {
                top_mm: 20.0,
                bottom_mm: 20.0,
                left_mm: 30.0,
                right_mm: 15.0,
            },
            sizes: TypeSizes {
                superior_body: 13.0,
                issuing_body: 13.0,
                number: 13.0,
                // 12 pt (the low end of 12–13) keeps the Quốc hiệu on one line in the
                // right column beside a left column wide enough for a district's name.
                national_title: 12.0,
                motto: 13.0,
                place_date: 14.0,
                type_name: 14.0,
                summary: 14.0,
                body: 14.0,
                table: 12.0,
                recipients_label: 12.0,
                recipients: 11.0,
                page_number: 14.0,
            },
            prefixes: SignaturePrefixes {
                on_behalf_of: "TM.".to_string(),
                deputy: "KT.".to_string(),
                by_order: "TL.".to_string(),
                acting: "Q.".to_string(),
            },
            font: "Times New Roman".to_string(),
            first_line_indent_cm: 1.27,
            paragraph_spacing_pt: 6.0,
            line_spacing: 1.15,
            header_left_cm: 7.2,
            signature_width_cm: 8.0,
            summary_rule: true,
        }
    }

    /// Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt, bodies 14 pt, number and
    /// place/date 14 pt, type name 15–16 pt, summary 14–15 pt, body 14–15 pt. Margins
    /// differ between sources (20/20/30/15 or 25/25/35/15 mm): 20/20/30/15 by default.
    /// The slash prefixes "T/M", "K/T", "T/L" are the usual practice, not read in the
    /// guidance itself; "Q." is kept from the State form.
    pub fn party() -> Self {
        LayoutSettings {
            kind: LayoutKind::Party,
            margins: Margins {
                top_mm: 20.0,
                bottom_mm: 20.0,
                left_mm: 30.0,
                right_mm: 15.0,
            },
            sizes: TypeSizes {
                superior_body: 14.0,
                issuing_body: 14.0,
                number: 14.0,
                national_title: 15.0,
                motto: 14.0,
                place_date: 14.0,
                type_name: 16.0,
                summary: 14.0,
                body: 14.0,
                table: 12.0,
                recipients_label: 14.0,
                recipients: 12.0,
                page_number: 14.0,
            },
            prefixes: SignaturePrefixes {
                on_behalf_of: "T/M".to_string(),
                deputy: "K/T".to_string(),
                by_order: "T/L".to_string(),
                acting: "Q.".to_string(),
            },
            font: "Times New Roman".to_string(),
            first_line_indent_cm: 1.27,
            paragraph_spacing_pt: 6.0,
            line_spacing: 1.15,
            header_left_cm: 7.0,
            signature_width_cm: 8.0,
            summary_rule: true,
        }
    }

    /// Width of the text between the margins on A4 (210 mm), in centimetres.
    pub fn text_width_cm(&self) -> f32 {
        (210.0 - self.margins.left_mm - self.margins.right_mm) / 10.0
    }
}

impl Default for LayoutSettings {
    fn default() -> Self {
        Self::state()
    }
}
