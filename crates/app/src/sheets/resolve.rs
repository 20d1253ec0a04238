//! What the cells of a row name: the record its code ("Mã") names, and the units named by
//! code or by name — names matched tolerantly among the units the context unit (or the plan's
//! issuer) may direct, exactly as the plan import matches them (`plans::extract::UnitMatcher`),
//! or mapped by the user on the preview page.

use std::collections::HashMap;

use domain::assign::{Reach, UnitPlace};
use domain::external_code::{self, CodeKind};
use domain::{ErrorCode, FieldError};
use store::Tx;
use store::access::Subject;
use store::import_codes;

use crate::plans::extract::UnitMatcher;
use crate::{Caller, Error, Result, authz};

/// What a row's code names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Code {
    /// No record yet: a new one, keeping the code when there is one.
    New(Option<String>),
    /// The record with this id (its own id code "NV-1024", or the code stored on it).
    Existing(i64),
    /// Several records under the scope hold this code.
    Ambiguous,
}

/// Reads a row's code: a code stored on a record in scope, else the id code of the kind
/// written exactly as the export writes it ("NV-1024", any case), else a new code.
pub(crate) fn code_of(kind: CodeKind, text: Option<&str>, stored: &HashMap<String, Vec<i64>>) -> Code {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Code::New(None);
    };
    let normalized = import_codes::normalize(text);
    match stored.get(&normalized).map(Vec::as_slice) {
        Some([id]) => return Code::Existing(*id),
        Some([_, _, ..]) => return Code::Ambiguous,
        _ => {}
    }
    match external_code::parse(kind, text) {
        Some(id) if external_code::format(kind, id).eq_ignore_ascii_case(&normalized) => Code::Existing(id),
        _ => Code::New(Some(normalized)),
    }
}

/// The error of an ambiguous code.
pub(crate) fn ambiguous_code() -> Error {
    Error::new(
        ErrorCode::DuplicateCode,
        "Có nhiều bản ghi mang mã này; hãy sửa mã cho khác nhau.",
        "Several records carry this code; make the codes distinct.",
    )
}

/// The error of a code that looks like an id code but names no record the caller sees.
pub(crate) fn missing_record(entity: &str, code: &str) -> Error {
    Error::new(
        ErrorCode::UnknownReference,
        format!(
            "Không tìm thấy {} có mã này; để trống cột Mã nếu là bản ghi mới",
            crate::error::entity_vi(entity)
        ),
        format!("No {entity} has the code {code}; leave the code empty for a new record"),
    )
}

/// The unit the import is for: given and visible to the caller.
pub(crate) async fn context_unit(tx: &mut Tx, caller: &Caller, unit_id: Option<i64>) -> Result<(i64, UnitPlace)> {
    let id = unit_id.ok_or_else(|| Error::from(FieldError::required("unit_id")))?;
    authz::named(tx, caller, Subject::Unit(id), "unit_id").await?;
    Ok((id, store::access::unit_place(tx, id).await?))
}

/// What a unit cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitRef {
    Id(i64),
    Unknown,
    Ambiguous,
}

/// Finds units by code or name for one import.
pub(crate) struct UnitNames {
    matcher: UnitMatcher,
    codes: HashMap<String, Vec<i64>>,
    mapped: HashMap<String, i64>,
    /// Folded names of units a row's record already names, by id.
    known: HashMap<i64, Vec<String>>,
    /// Names found nowhere, each once, in order.
    pub unmatched: Vec<String>,
}

impl UnitNames {
    /// Names are matched among the units `from` may direct; stored codes among those under
    /// `scope`; `map` holds the user's choices for names the matcher did not know.
    pub async fn load(tx: &mut Tx, from: &UnitPlace, map: &[(String, i64)]) -> Result<UnitNames> {
        let reach = Reach::of(from);
        let matcher = UnitMatcher::load(tx, &from.path, &reach).await?;
        let codes = import_codes::codes_within(tx, import_codes::Coded::Unit, &reach.root).await?;
        let mapped = map.iter().map(|(n, id)| (vntext::fold(n.trim()), *id)).collect();
        Ok(UnitNames {
            matcher,
            codes,
            mapped,
            known: HashMap::new(),
            unmatched: Vec::new(),
        })
    }

    /// As [`UnitNames::find`], but a cell that carries the name of one of the units the row's
    /// record names today (`current`) means that unit: an exported sheet names units by name,
    /// and two wards may each have a "Chi bộ Tổ dân phố số 1".
    pub async fn find_near(&mut self, tx: &mut Tx, text: &str, current: &[i64]) -> Result<UnitRef> {
        let folded = vntext::fold(text.trim());
        for id in current {
            if !self.known.contains_key(id) {
                let u = store::units::get(tx, *id).await?;
                let names = std::iter::once(u.name)
                    .chain(u.short_name)
                    .map(|n| vntext::fold(&n))
                    .collect();
                self.known.insert(*id, names);
            }
            if self.known.get(id).is_some_and(|names| names.contains(&folded)) {
                return Ok(UnitRef::Id(*id));
            }
        }
        Ok(self.find(text))
    }

    /// The unit a cell names: the user's mapping, an id code ("DV-17"), a stored code, or a
    /// name. A name found nowhere is remembered for the mapping.
    pub fn find(&mut self, text: &str) -> UnitRef {
        let text = text.trim();
        if let Some(id) = self.mapped.get(&vntext::fold(text)) {
            return UnitRef::Id(*id);
        }
        match code_of(CodeKind::Unit, Some(text), &self.codes) {
            Code::Existing(id) => return UnitRef::Id(id),
            Code::Ambiguous => return UnitRef::Ambiguous,
            Code::New(_) => {}
        }
        match self.matcher.find(text) {
            Some((id, _)) => UnitRef::Id(id),
            None => {
                if !self.unmatched.iter().any(|u| u == text) {
                    self.unmatched.push(text.to_string());
                }
                UnitRef::Unknown
            }
        }
    }
}

/// The error of a unit name found nowhere.
pub(crate) fn unknown_unit() -> Error {
    Error::new(
        ErrorCode::UnknownUnit,
        "không tìm thấy đơn vị này trong phạm vi được giao; hãy chọn đơn vị tương ứng ở mục “Tên đơn vị chưa nhận ra”",
        "no such unit within your scope; choose the matching unit under “Unit names not recognised”",
    )
}

/// The error of a unit name that fits several units equally.
pub(crate) fn ambiguous_unit() -> Error {
    Error::new(
        ErrorCode::UnknownUnit,
        "có nhiều đơn vị mang mã này; hãy ghi tên đầy đủ của đơn vị",
        "several units carry this code; write the unit's full name",
    )
}

/// The error of a unit reference for column `column` (`None` when it names one unit).
pub(crate) fn unit_error(r: UnitRef) -> Option<Error> {
    match r {
        UnitRef::Id(_) => None,
        UnitRef::Unknown => Some(unknown_unit()),
        UnitRef::Ambiguous => Some(ambiguous_unit()),
    }
}
