//! What an administrative document is made of, as plain data: the header (bodies, number,
//! place and date), the type name and summary, a body of blocks, the signature and the
//! recipients. The writer turns it into WordprocessingML; nothing here knows XML.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::layout::{LayoutKind, LayoutSettings};

/// One administrative document, ready to be written as .docx.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdministrativeDocument {
    pub layout: LayoutSettings,
    /// The body above the issuer ("Ủy ban nhân dân thành phố Hà Nội"), if any; written
    /// upper case. A "\n" breaks the line where the office wants it broken.
    pub superior_body: Option<String>,
    /// The issuing body ("Ủy ban nhân dân\nquận Long Biên"); upper case, "\n" as above.
    pub issuing_body: String,
    pub number: DocumentNumber,
    /// Place name written before the date ("Long Biên", "Hà Nội").
    pub place: String,
    /// Date of issue; `None` leaves the blanks of a draft.
    pub date: Option<NaiveDate>,
    /// "BÁO CÁO", "KẾ HOẠCH"… (written upper case whatever is given).
    pub type_name: String,
    /// The summary line (trích yếu).
    pub summary: String,
    pub body: Vec<Block>,
    pub signature: Signature,
    pub recipients: Recipients,
    /// Document title for the file's properties (defaults to type name and summary).
    pub title: Option<String>,
}

/// Number and symbol. The layout decides how they are joined: State "Số: 15/BC-UBND",
/// Party "Số 127-BC/QU".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentNumber {
    /// The number; `None` for a draft, leaving room to write it at issue.
    pub number: Option<u32>,
    /// The symbol after the number: "BC-UBND" (State) or "BC/QU" (Party).
    pub symbol: String,
}

impl DocumentNumber {
    /// The line as printed: numbers below 10 zero-padded; no colon after "Số" in Party
    /// documents (Hướng dẫn 36-HD/VPTW).
    pub fn line(&self, kind: LayoutKind) -> String {
        let number = match self.number {
            Some(n) => format!("{n:02}"),
            None => "      ".to_string(),
        };
        match kind {
            LayoutKind::State => format!("Số: {number}/{}", self.symbol),
            LayoutKind::Party => format!("Số {number}-{}", self.symbol),
        }
    }
}

/// A piece of text with its emphasis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

impl Run {
    pub fn plain(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: false,
            italic: false,
        }
    }

    pub fn bold(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: true,
            italic: false,
        }
    }

    pub fn italic(text: impl Into<String>) -> Self {
        Run {
            text: text.into(),
            bold: false,
            italic: true,
        }
    }
}

/// One block of the body, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Block {
    /// A "Căn cứ …" line, italic.
    Basis(String),
    /// A section heading, level 1 ("I. …"), 2 ("1. …") or 3 ("a) …"); the text includes
    /// its numbering as offices type it.
    Heading { level: u8, text: String },
    /// A justified paragraph with a first-line indent.
    Paragraph(Vec<Run>),
    /// A "- …" line.
    Bullet(Vec<Run>),
    /// A table with a header row.
    Table(DocTable),
    /// A picture (a chart) with an optional caption.
    Image(DocImage),
}

impl Block {
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::Paragraph(vec![Run::plain(text)])
    }

    pub fn bullet(text: impl Into<String>) -> Self {
        Block::Bullet(vec![Run::plain(text)])
    }

    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
        }
    }
}

/// Horizontal alignment of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Center,
    Right,
}

/// A column of a body table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableColumn {
    pub header: String,
    /// Share of the text width, in any unit (shares are normalised).
    pub width: f32,
    /// Alignment of the data cells (numbers: right).
    pub align: Align,
}

impl TableColumn {
    pub fn new(header: impl Into<String>, width: f32, align: Align) -> Self {
        TableColumn {
            header: header.into(),
            width,
            align,
        }
    }
}

/// A body table: the header row is shaded and bold and repeats on every page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocTable {
    pub columns: Vec<TableColumn>,
    pub rows: Vec<Vec<String>>,
    /// A closing "Tổng cộng" row, written bold.
    pub total: Option<Vec<String>>,
}

/// A PNG picture placed in its own centred paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocImage {
    pub png: Vec<u8>,
    /// Width on the page in centimetres; the height keeps the picture's proportions.
    pub width_cm: f32,
    /// Alternative text for screen readers.
    pub description: String,
    /// Caption under the picture, italic ("Biểu đồ 1. …").
    pub caption: Option<String>,
}

/// How the signer signs (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// On behalf of a collective (TM. / T/M).
    OnBehalfOf,
    /// A deputy for the head (KT. / K/T).
    Deputy,
    /// By order of the head (TL. / T/L).
    ByOrder,
    /// Acting head (Q.).
    Acting,
}

/// The signature block: authority lines, the post, and the signer's name.
///
/// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A" is
/// `authority: [(OnBehalfOf, "Ủy ban nhân dân"), (Deputy, "Chủ tịch")]`,
/// `post: "Phó Chủ tịch"`, `name: "Nguyễn Văn A"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    pub authority: Vec<(Authority, String)>,
    pub post: String,
    pub name: String,
}

/// "Nơi nhận:" and its lines; the archive line "- Lưu: VT, <unit>." closes the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipients {
    /// Each recipient, without the leading "- " and the trailing ";".
    pub items: Vec<String>,
    /// The drafting unit kept in the archive line ("VP" in "- Lưu: VT, VP.").
    pub archive_unit: String,
}

impl Recipients {
    /// The printed lines: "- …;" for each recipient, then "- Lưu: VT, <unit>.".
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .items
            .iter()
            .map(|r| format!("- {};", r.trim().trim_end_matches([';', '.', ','])))
            .collect();
        let unit = self.archive_unit.trim().trim_end_matches('.');
        if unit.is_empty() {
            lines.push("- Lưu: VT.".to_string());
        } else {
            lines.push(format!("- Lưu: VT, {unit}."));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_lines_follow_each_layout() {
        let state = DocumentNumber {
            number: Some(5),
            symbol: "BC-UBND".into(),
        };
        assert_eq!(state.line(LayoutKind::State), "Số: 05/BC-UBND");
        let party = DocumentNumber {
            number: Some(127),
            symbol: "BC/QU".into(),
        };
        assert_eq!(party.line(LayoutKind::Party), "Số 127-BC/QU");
    }

    #[test]
    fn recipients_end_with_the_archive_line() {
        let r = Recipients {
            items: vec!["UBND Thành phố".into(), "Thường trực Quận ủy;".into()],
            archive_unit: "VP".into(),
        };
        assert_eq!(
            r.lines(),
            vec!["- UBND Thành phố;", "- Thường trực Quận ủy;", "- Lưu: VT, VP."]
        );
    }
}
