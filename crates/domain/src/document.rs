//! Documents (văn bản): kinds, symbols, links between documents, annual themes.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{ErrorCode, FieldError, Valid, dates, labelled_enum, text};

labelled_enum! {
    /// The kind of a document. Inferred from the symbol's type abbreviation when not given.
    DocKind {
        Directive = "directive", "Chỉ thị", "Directive";
        Resolution = "resolution", "Nghị quyết", "Resolution";
        Conclusion = "conclusion", "Kết luận", "Conclusion";
        Programme = "programme", "Chương trình", "Programme";
        Plan = "plan", "Kế hoạch", "Plan";
        Decision = "decision", "Quyết định", "Decision";
        Regulation = "regulation", "Quy định", "Regulation";
        Guidance = "guidance", "Hướng dẫn", "Guidance";
        Notice = "notice", "Thông báo", "Notice";
        Report = "report", "Báo cáo", "Report";
        OfficialLetter = "official_letter", "Công văn", "Official letter";
        Scheme = "scheme", "Đề án", "Scheme";
        Decree = "decree", "Nghị định", "Decree";
        Circular = "circular", "Thông tư", "Circular";
        Law = "law", "Luật", "Law";
        Other = "other", "Văn bản khác", "Other document";
    }
}

impl DocKind {
    /// The kind a symbol's type abbreviation names, if it names exactly one.
    pub fn from_type_abbrev(abbrev: &str) -> Option<DocKind> {
        Some(match abbrev {
            "CT" => DocKind::Directive,
            "NQ" => DocKind::Resolution,
            "KL" => DocKind::Conclusion,
            "CTr" => DocKind::Programme,
            "KH" => DocKind::Plan,
            "QĐ" => DocKind::Decision,
            "QĐi" | "QyĐ" | "QC" | "QyC" => DocKind::Regulation,
            "HD" => DocKind::Guidance,
            "TB" => DocKind::Notice,
            "BC" => DocKind::Report,
            "CV" => DocKind::OfficialLetter,
            "ĐA" | "DA" => DocKind::Scheme,
            "NĐ" => DocKind::Decree,
            "TT" => DocKind::Circular,
            _ => return None,
        })
    }

    /// Whether documents of this kind carry tasks (plans, programmes and the like).
    pub fn carries_tasks(self) -> bool {
        !matches!(self, DocKind::Report | DocKind::Notice | DocKind::OfficialLetter)
    }
}

labelled_enum! {
    /// How one document relates to another: `from` implements / guides / replaces / amends `to`.
    LinkKind {
        Implements = "implements", "Thực hiện", "Implements";
        Guides = "guides", "Hướng dẫn", "Guides";
        Replaces = "replaces", "Thay thế", "Replaces";
        Amends = "amends", "Sửa đổi, bổ sung", "Amends";
    }
}

labelled_enum! {
    /// Party (`152-KH/QU`) or State (`01/CT-UBND`) form of a symbol.
    SymbolForm {
        Party = "party", "Văn bản của Đảng", "Party document";
        State = "state", "Văn bản của Nhà nước", "State document";
    }
}

/// A symbol after parsing: what is stored beside the text as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SymbolParts {
    /// Normalised symbol, e.g. `152-KH/QU`.
    pub symbol: String,
    pub number: String,
    pub year: Option<i32>,
    pub doc_type: Option<String>,
    pub issuer_code: String,
    pub form: SymbolForm,
    /// What the parser fixed in the text as written (Vietnamese).
    pub fixes: Vec<String>,
}

/// Parses a document symbol, with a message naming the expected forms when it cannot.
pub fn parse_symbol(input: &str) -> Result<SymbolParts, FieldError> {
    match vntext::parse_symbol(input) {
        Ok(p) => Ok(SymbolParts {
            symbol: p.normalized,
            number: p.number,
            year: p.year,
            doc_type: p.doc_type,
            issuer_code: p.issuer,
            form: match p.form {
                vntext::SymbolForm::Party => SymbolForm::Party,
                vntext::SymbolForm::State => SymbolForm::State,
            },
            fixes: p.fixes,
        }),
        Err(e) => Err(FieldError::new(
            "symbol",
            ErrorCode::InvalidSymbol,
            e.message_vi(),
            e.message_en(),
        )),
    }
}

/// What a client sends to register or edit a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct DocumentInput {
    /// Inferred from the symbol when omitted.
    pub kind: Option<DocKind>,
    /// The number and symbol as written: `152-KH/QU`, `01/CT-UBND`, `123/2020/NĐ-CP`.
    pub symbol: String,
    /// Trích yếu.
    pub title: String,
    pub issuer_unit_id: i64,
    pub issued_on: NaiveDate,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// A validated document with its parsed symbol.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentDraft {
    pub kind: DocKind,
    pub symbol_raw: String,
    pub parts: SymbolParts,
    pub title: String,
    pub issuer_unit_id: i64,
    pub issued_on: NaiveDate,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

impl DocumentInput {
    /// Checks the input; a document cannot be issued after `today` nor outside 1945–2100.
    pub fn validate(self, today: NaiveDate) -> Result<Valid<DocumentDraft>, FieldError> {
        let symbol_raw = text::line("symbol", &self.symbol, 80)?;
        dates::not_future("issued_on", self.issued_on, today)?;
        for (field, d) in [("valid_from", self.valid_from), ("valid_to", self.valid_to)] {
            if let Some(d) = d {
                dates::plausible(field, d)?;
            }
        }
        let parts = parse_symbol(&symbol_raw)?;
        let implied = parts.doc_type.as_deref().and_then(DocKind::from_type_abbrev);
        let kind = match (self.kind, implied) {
            (Some(k), Some(i)) if k != i && !(k == DocKind::Regulation && i == DocKind::Decision) => {
                return Err(FieldError::invalid(
                    "kind",
                    format!(
                        "Loại văn bản “{}” không khớp với ký hiệu {} (“{}”).",
                        k.label_vi(),
                        parts.symbol,
                        i.label_vi()
                    ),
                    format!(
                        "Kind “{}” does not match symbol {} (“{}”).",
                        k.label_en(),
                        parts.symbol,
                        i.label_en()
                    ),
                ));
            }
            (Some(k), _) => k,
            (None, Some(i)) => i,
            (None, None) if parts.doc_type.is_none() => DocKind::OfficialLetter,
            (None, None) => DocKind::Other,
        };
        if let Some(y) = parts.year
            && y != self.issued_on.year()
        {
            return Err(FieldError::invalid(
                "issued_on",
                format!("Ngày ban hành phải thuộc năm {y} như trong ký hiệu {}.", parts.symbol),
                format!("The issue date must be in {y}, the year in symbol {}.", parts.symbol),
            ));
        }
        if let (Some(from), Some(to)) = (self.valid_from, self.valid_to)
            && to < from
        {
            return Err(FieldError::invalid(
                "valid_to",
                "Ngày hết hiệu lực không được trước ngày có hiệu lực.",
                "The end of validity cannot be before its start.",
            ));
        }
        Ok(Valid::new(DocumentDraft {
            kind,
            symbol_raw,
            parts,
            title: text::required("title", &self.title, 1000)?,
            issuer_unit_id: self.issuer_unit_id,
            issued_on: self.issued_on,
            valid_from: self.valid_from,
            valid_to: self.valid_to,
        }))
    }
}

/// A link request between two documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct LinkInput {
    /// The document on the other end: this document `kind` → `to_id`.
    pub to_id: i64,
    pub kind: LinkKind,
}

/// Refuses a link from a document to itself.
pub fn check_link(from_id: i64, to_id: i64) -> Result<(), FieldError> {
    if from_id == to_id {
        return Err(FieldError::new(
            "to_id",
            ErrorCode::Cycle,
            "Văn bản không thể liên kết với chính nó.",
            "A document cannot link to itself.",
        ));
    }
    Ok(())
}

/// The error for a link that would close a cycle (A implements B implements A).
pub fn link_cycle_error(kind: LinkKind) -> FieldError {
    FieldError::new(
        "to_id",
        ErrorCode::Cycle,
        format!(
            "Liên kết “{}” này tạo thành vòng lặp giữa các văn bản.",
            kind.label_vi()
        ),
        format!(
            "This “{}” link would create a cycle between documents.",
            kind.label_en()
        ),
    )
}

/// What a client sends to create or edit an annual theme (chủ đề công tác năm).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ThemeInput {
    pub unit_id: i64,
    pub year: i32,
    pub title: String,
    /// Plans that carry the theme out.
    #[serde(default)]
    pub plan_ids: Vec<i64>,
}

impl ThemeInput {
    pub fn validate(self) -> Result<Valid<ThemeInput>, FieldError> {
        if !(1945..=2200).contains(&self.year) {
            return Err(FieldError::invalid("year", "Năm không hợp lệ.", "Invalid year."));
        }
        let mut plan_ids = self.plan_ids;
        plan_ids.sort_unstable();
        plan_ids.dedup();
        Ok(Valid::new(ThemeInput {
            title: text::required("title", &self.title, 500)?,
            plan_ids,
            ..self
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, 11, 20).unwrap()
    }

    fn input(symbol: &str, issued: &str) -> DocumentInput {
        DocumentInput {
            kind: None,
            symbol: symbol.into(),
            title: "Về tăng cường …".into(),
            issuer_unit_id: 1,
            issued_on: NaiveDate::parse_from_str(issued, "%Y-%m-%d").unwrap(),
            valid_from: None,
            valid_to: None,
        }
    }

    #[test]
    fn kind_is_inferred_from_the_symbol() {
        let v = input("152-KH/QU", "2023-09-13").validate(today()).unwrap();
        assert_eq!(v.kind, DocKind::Plan);
        assert_eq!(v.parts.form, SymbolForm::Party);
        let v = input("01/CT-UBND", "2022-12-22").validate(today()).unwrap();
        assert_eq!(v.kind, DocKind::Directive);
        assert_eq!(v.parts.form, SymbolForm::State);
    }

    #[test]
    fn bad_symbol_names_the_field_and_the_forms() {
        let e = input("hello", "2023-09-13").validate(today()).unwrap_err();
        assert_eq!(e.field, "symbol");
        assert!(e.message_vi.contains("152-KH/QU"), "{}", e.message_vi);
    }

    #[test]
    fn year_in_symbol_must_match_issue_date() {
        assert_eq!(
            input("123/2020/NĐ-CP", "2021-01-01")
                .validate(today())
                .unwrap_err()
                .field,
            "issued_on"
        );
        assert!(input("123/2020/NĐ-CP", "2020-12-31").validate(today()).is_ok());
    }

    #[test]
    fn kind_mismatch_is_refused() {
        let mut i = input("152-KH/QU", "2023-09-13");
        i.kind = Some(DocKind::Directive);
        assert_eq!(i.validate(today()).unwrap_err().field, "kind");
    }
}
