//! References to other documents inside a text: "Chỉ thị số 01/CT-UBND ngày
//! 22-12-2022 của UBND thành phố Hà Nội", "Kế hoạch số 152-KH/QU, ngày 13/9/2023",
//! a bare "24-CT/TU", "Nghị định 123/2020/NĐ-CP".

mod context;
mod scan;

use chrono::NaiveDate;
use serde::Serialize;

use crate::symbol::{ParsedSymbol, SymbolForm};

/// One reference to a document found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocRef {
    /// The document type as written before the symbol ("Chỉ thị"), if written.
    pub type_word: Option<String>,
    pub symbol: ParsedSymbol,
    /// The date written after the symbol, if any.
    pub date: Option<NaiveDate>,
    /// The issuing body as written after "của" ("UBND thành phố Hà Nội").
    pub issuer_phrase: Option<String>,
    /// Byte offsets of the whole reference span in the input.
    pub start: usize,
    pub end: usize,
}

/// The reference as the CLI prints it (JSON):
/// `{"symbol","type","number","year","issuer","form","date","start","end"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CliRef {
    pub symbol: String,
    /// Type abbreviation ("CT"), or null.
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    pub number: String,
    pub year: Option<i32>,
    pub issuer: String,
    pub form: SymbolForm,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
}

impl DocRef {
    /// The CLI's serialisable form.
    pub fn to_cli(&self) -> CliRef {
        CliRef {
            symbol: self.symbol.normalized.clone(),
            doc_type: self.symbol.doc_type.clone(),
            number: self.symbol.number.clone(),
            year: self.symbol.year,
            issuer: self.symbol.issuer.clone(),
            form: self.symbol.form.clone(),
            date: self.date.map(|d| d.format("%Y-%m-%d").to_string()),
            start: self.start,
            end: self.end,
        }
    }
}

impl From<&DocRef> for CliRef {
    fn from(r: &DocRef) -> Self {
        r.to_cli()
    }
}

/// Finds every document reference in `text`, in order.
///
/// ```
/// let text = "thực hiện Chỉ thị số 01/CT-UBND ngày 22-12-2022 của UBND thành phố Hà Nội về việc…";
/// let refs = vntext::refs::extract_refs(text);
/// assert_eq!(refs.len(), 1);
/// let r = &refs[0];
/// assert_eq!(r.symbol.normalized, "01/CT-UBND");
/// assert_eq!(r.type_word.as_deref(), Some("Chỉ thị"));
/// assert_eq!(r.issuer_phrase.as_deref(), Some("UBND thành phố Hà Nội"));
/// assert_eq!(&text[r.start..r.end], "Chỉ thị số 01/CT-UBND ngày 22-12-2022 của UBND thành phố Hà Nội");
/// assert!(vntext::refs::extract_refs("14/14 phường, 16/16 chỉ tiêu, ngày 12/01/2023").is_empty());
/// ```
pub fn extract_refs(text: &str) -> Vec<DocRef> {
    scan::find_symbols(text)
        .into_iter()
        .filter_map(|found| {
            let before = context::before(text, found.start);
            if !found.strong && !before.has_so && before.type_word.is_none() {
                return None;
            }
            let after = context::after(text, found.end);
            Some(DocRef {
                type_word: before.type_word.map(|(_, w)| w.to_string()),
                symbol: found.symbol,
                date: after.date,
                issuer_phrase: after.issuer.map(str::to_string),
                start: before.start,
                end: after.end,
            })
        })
        .collect()
}
