//! References to other documents inside a text: "Chỉ thị số 01/CT-UBND ngày
//! 22-12-2022 của UBND thành phố Hà Nội", "Kế hoạch số 152-KH/QU, ngày 13/9/2023",
//! a bare "24-CT/TU", "Nghị định 123/2020/NĐ-CP".

mod after_words;
mod before;
mod candidate;
mod comma_field;
mod context;
mod dates;
mod html_entities;
mod lower_case;
mod number_gaps;
mod ocr_o;
mod ocr_u;
mod record;
mod scan;
mod shared_tail;
mod spaced_date;
mod table;
mod watermark;

pub use dates::{DateEvidence, DateSource};

use chrono::NaiveDate;
use serde::Serialize;

use crate::symbol::{ParsedSymbol, SymbolForm};

/// One reference to a document found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocRef {
    /// The document type as written before the symbol ("Chỉ thị"), if written.
    pub type_word: Option<String>,
    pub symbol: ParsedSymbol,
    /// The document's date as the text gives it: after the symbol, in the header, before
    /// the reference, "cùng ngày", or at another mention of the same symbol.
    pub date: Option<NaiveDate>,
    /// Where the date was found and how it was tied to this reference.
    pub date_evidence: Option<DateEvidence>,
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
    /// How the date was found (`after`, `header`, `before`, `same_day`, `same_symbol`);
    /// absent without a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_source: Option<&'static str>,
    /// Byte span `[start, end)` of the date in the text; absent without a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_span: Option<[usize; 2]>,
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
            date_source: self.date_evidence.map(|e| e.source.as_str()),
            date_span: self.date_evidence.map(|e| [e.start, e.end]),
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
    html_entities::read_decoded(text, extract_plain).unwrap_or_else(|| extract_plain(text))
}

/// The references of a text that writes its letters as themselves.
fn extract_plain(text: &str) -> Vec<DocRef> {
    let found = shared_tail::add_shared_tails(text, ocr_u::read_split_u(text, scan::find_symbols(text)));
    let starts: Vec<usize> = found.iter().map(|f| f.start).collect();
    let mut out: Vec<DocRef> = Vec::with_capacity(found.len());
    for (k, f) in found.into_iter().enumerate() {
        let before = context::before(text, f.start);
        if (!f.strong && !before.announces())
            || context::is_docket_number(text, f.start)
            || (f.symbol.year.is_none() && context::is_form_number(text, &before))
        {
            continue;
        }
        let after = context::after(text, f.end);
        let (sym_start, sym_end) = (f.start, f.end);
        let type_word = before.type_word.map(|(_, w)| w.to_string());
        let symbol = match &type_word {
            Some(w) => party_from_type_word(f.symbol, w),
            None => f.symbol,
        };
        let evidence = |(d, s, e): (NaiveDate, usize, usize), source| {
            (
                d,
                DateEvidence {
                    start: s,
                    end: e,
                    source,
                },
            )
        };
        let prev_end = out.last().map(|r| r.end).unwrap_or(0);
        let dated = after
            .date
            .zip(after.date_span)
            .map(|(d, (s, e))| evidence((d, s, e), DateSource::After))
            .or_else(|| {
                let prev = k.checked_sub(1).map(|j| starts[j]);
                table::row_date(text, f.start, prev).map(|x| evidence(x, DateSource::Header))
            })
            .or_else(|| {
                dates::is_header_number(text, f.start)
                    .then(|| {
                        let limit = dates::header_limit(text, f.end, &starts[k + 1..]);
                        dates::header_date(text, f.end, limit).or_else(|| dates::header_date_above(text, f.start))
                    })
                    .flatten()
                    .map(|x| evidence(x, DateSource::Header))
            })
            .or_else(|| dates::date_before(text, before.start, prev_end).map(|x| evidence(x, DateSource::Before)))
            .or_else(|| {
                let limit = starts.get(k + 1).copied().unwrap_or(text.len());
                dates::labelled_date_after(text, after.end, limit)
                    .or_else(|| {
                        // Another symbol inside a longer field of the same row (a summary's
                        // "NĐ số 120/2013/NĐ-CP ngày …") does not end the row; the next row's does.
                        let next_row = starts[k + 1..].iter().copied().find(|&s| record::opens_field(text, s));
                        record::record_date(text, sym_start, sym_end, next_row.unwrap_or(text.len()))
                    })
                    .or_else(|| record::named_issue_date(text, sym_start, sym_end, limit))
                    .map(|x| evidence(x, DateSource::Header))
            })
            .or_else(|| {
                let prev = out.last()?;
                let ev = prev.date_evidence?;
                dates::says_same_day(text, after.end).then_some((
                    prev.date?,
                    DateEvidence {
                        source: DateSource::SameDay,
                        ..ev
                    },
                ))
            });
        out.push(DocRef {
            type_word,
            symbol,
            date: dated.map(|d| d.0),
            date_evidence: dated.map(|d| d.1),
            issuer_phrase: after.issuer.map(str::to_string),
            start: before.start,
            end: after.end,
        });
    }
    // "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013": two documents of one
    // type and one issuer joined by "và" share the date written after the second. Joined by a
    // comma ("QĐ 1893-QĐ/TU, QĐ 1898-QĐ/TU (20/6/2025 của Đảng bộ TP Hải Phòng)"), they share it
    // only when it is in a bracket after the list, which annotates the list as a whole.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (&out[i], &out[i + 1]);
        let gap = text.get(a.end..b.start).map(str::trim);
        let bracketed = b.date_evidence.is_some_and(|e| text[..e.start].ends_with('('));
        let comma_list = gap.and_then(|g| g.strip_prefix(',')).map(str::trim).is_some_and(|g| {
            // The type abbreviation may be repeated before the second ("…, QĐ 1898-QĐ/TU").
            g.is_empty() || Some(g) == b.symbol.doc_type.as_deref()
        });
        let joined = gap.is_some_and(|g| g.len() <= 4 && crate::text::fold(g) == "va") || (comma_list && bracketed);
        let alike = a.symbol.doc_type.is_some()
            && a.symbol.doc_type == b.symbol.doc_type
            && a.symbol.issuer == b.symbol.issuer
            && a.symbol.year == b.symbol.year;
        let after = b.date_evidence.is_some_and(|e| e.source == DateSource::After);
        if a.date.is_none() && joined && alike && after {
            out[i].date = out[i + 1].date;
            out[i].date_evidence = out[i + 1].date_evidence;
        }
    }
    // Every mention of a document carries the date the text gives it somewhere.
    for i in 0..out.len() {
        if out[i].date.is_some() {
            continue;
        }
        let same = out
            .iter()
            .find(|r| r.symbol.normalized == out[i].symbol.normalized && r.date.is_some())
            .map(|r| (r.date, r.date_evidence));
        if let Some((date, Some(ev))) = same {
            out[i].date = date;
            out[i].date_evidence = Some(DateEvidence {
                source: DateSource::SameSymbol,
                ..ev
            });
        }
    }
    out
}

/// Party abbreviations of the type words written before a half-written symbol (folded).
pub(super) const PARTY_TYPE_WORDS: &[(&str, &str)] = &[
    ("nghi quyet", "NQ"),
    ("chi thi", "CT"),
    ("ket luan", "KL"),
    ("ke hoach", "KH"),
    ("quy dinh", "QĐi"),
    ("quyet dinh", "QĐ"),
    ("huong dan", "HD"),
    ("thong bao", "TB"),
    ("bao cao", "BC"),
    ("chuong trinh", "CTr"),
    ("cong van", "CV"),
];

/// "Nghị quyết 06/TU" → `06-NQ/TU`: a Party issuer without a type, the type taken from
/// the word before the number (reported in `fixes`).
fn party_from_type_word(symbol: ParsedSymbol, type_word: &str) -> ParsedSymbol {
    let party_issuer = crate::symbol::is_party_issuer(&symbol.issuer);
    if symbol.form != SymbolForm::State || symbol.doc_type.is_some() || symbol.year.is_some() || !party_issuer {
        return symbol;
    }
    let folded = crate::text::fold(type_word);
    let Some((_, t)) = PARTY_TYPE_WORDS.iter().find(|(w, _)| *w == folded) else {
        return symbol;
    };
    let mut fixes = symbol.fixes.clone();
    let normalized = format!("{}-{t}/{}", symbol.number, symbol.issuer);
    fixes.push(format!(
        "Bổ sung loại văn bản theo từ “{type_word}” đứng trước: “{}” → “{normalized}”",
        symbol.normalized
    ));
    ParsedSymbol {
        normalized,
        doc_type: Some((*t).to_string()),
        form: SymbolForm::Party,
        fixes,
        ..symbol
    }
}
