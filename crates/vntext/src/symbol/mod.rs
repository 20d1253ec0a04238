//! Document numbers and symbols (số, ký hiệu): `152-KH/QU`, `01/CT-UBND`,
//! `123/2020/NĐ-CP`, `12/UBND-VX`, `45/2019/QH14`.

mod compact;
mod error;
mod issuer;
mod parse;
mod types;

pub use error::{SymbolError, SymbolErrorKind};
pub(crate) use parse::dotted_number_tail;
pub use parse::parse_symbol;
pub(crate) use types::{PARTY_BOARDS, PARTY_LEVELS, common_issuer_matches, is_common_issuer, is_joint_type};
pub use types::{is_party_issuer, type_name_vi};

/// Whether `s` is a known document type abbreviation, in any case (`"QĐ"`, `"ctr"`).
pub fn is_type_abbreviation(s: &str) -> bool {
    types::canonical_type(s).is_some()
}

/// Like [`is_type_abbreviation`], also taking a type whose `Đ` lost its stroke (`"QD"`, `"ND"`).
pub fn is_type_abbreviation_or_d(s: &str) -> bool {
    is_type_abbreviation(s) || types::TYPE_D_FIXES.iter().any(|(d, _)| types::eq_ignore_case(d, s))
}

use serde::Serialize;

/// Which system issued the document, as seen from the symbol's shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolForm {
    /// `NUMBER-TYPE/ISSUER` (Hướng dẫn 36-HD/VPTW).
    Party,
    /// `NUMBER/[YEAR/]TYPE-ISSUER` or `NUMBER/ISSUER-UNIT` (Nghị định 30/2020/NĐ-CP).
    State,
}

impl SymbolForm {
    /// `"party"` or `"state"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            SymbolForm::Party => "party",
            SymbolForm::State => "state",
        }
    }
}

/// A parsed, normalised document symbol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedSymbol {
    /// Canonical text, e.g. `152-KH/QU`, `01/CT-UBND`, `123/2020/NĐ-CP`.
    pub normalized: String,
    /// The number as written, zero padding kept (`"01"`).
    pub number: String,
    /// The year for legal normative documents (`123/2020/NĐ-CP` → 2020).
    pub year: Option<i32>,
    /// Type abbreviation (`KH`, `CT`, `NĐ`); `None` for a State công văn (`12/UBND-VX`)
    /// and for laws and resolutions of the National Assembly (`45/2019/QH14`).
    pub doc_type: Option<String>,
    /// Issuing body: `QU` for `152-KH/QU`, `UBND` for `01/CT-UBND`,
    /// `UBND-VX` for `12/UBND-VX`, `SNV-CCHC&PC` for `2231/SNV-CCHC&PC`.
    pub issuer: String,
    pub form: SymbolForm,
    /// Vietnamese description of each normalisation applied; empty if the input was
    /// already canonical.
    pub fixes: Vec<String>,
}

impl ParsedSymbol {
    /// Vietnamese name of the document type, if the symbol has one.
    pub fn type_name_vi(&self) -> Option<&'static str> {
        self.doc_type.as_deref().and_then(type_name_vi)
    }
}
