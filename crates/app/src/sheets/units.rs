//! The units sheet ("Đơn vị"): each row adds or updates a unit under its parent, with the
//! rights the unit form needs (`org::create_unit_in`, `org::update_unit_in`). The parent is
//! named by code or name; a new unit may be the parent of another row by its code.

use std::collections::HashMap;

use domain::access::Operation;
use domain::assign::Reach;
use domain::external_code::CodeKind;
use domain::unit::{UnitInput, UnitKind};
use domain::{ErrorCode, FieldError};
use store::Tx;
use store::access::Subject;
use store::import_codes::{self, Coded};

use super::read::{fail, read};
use super::report::{Counts, Failure, RowAction, SheetPreview};
use super::resolve::{Code, UnitNames, UnitRef, code_of, context_unit, unit_error};
use super::{Context, Kind, label_of};
use crate::{Caller, Error, Result, authz, org};

/// A checked row, ready to save.
pub(crate) struct Plan {
    index: usize,
    existing: Option<(i64, i64)>,
    code: Option<String>,
    input: UnitInput,
    /// The row (index) of a new unit that is this one's parent.
    sheet_parent: Option<usize>,
}

fn column_of(field: &str) -> &'static str {
    match field {
        "name" => "name",
        "short_name" => "short_name",
        "kind" => "kind",
        "parent_id" => "parent",
        _ => "code",
    }
}

pub(crate) async fn check(
    tx: &mut Tx,
    caller: &Caller,
    context: &Context,
    bytes: Vec<u8>,
) -> Result<(SheetPreview, Vec<Plan>)> {
    let (_, place) = context_unit(tx, caller, context.unit_id).await?;
    let mut sheet = read(Kind::Units, bytes, None).await?;
    let mut units = UnitNames::load(tx, &place, &context.unit_map).await?;
    let stored = import_codes::codes_within(tx, Coded::Unit, &Reach::of(&place).root).await?;
    let codes: Vec<Code> = (0..sheet.rows.len())
        .map(|i| code_of(CodeKind::Unit, sheet.text(&sheet.rows[i], "code").as_deref(), &stored))
        .collect();
    // New units by their code, so that another row may name one as its parent.
    let new_codes: HashMap<String, usize> = codes
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Code::New(Some(code)) => Some((code.clone(), i)),
            _ => None,
        })
        .collect();
    let mut plans = Vec::new();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    for (i, row_code) in codes.iter().enumerate() {
        let row = sheet.rows[i].clone();
        let mut current = None;
        match row_code {
            Code::Ambiguous => fail(&mut sheet, i, "code", &super::resolve::ambiguous_code()),
            Code::Existing(id) => match authz::check(tx, caller, Operation::UpdateUnit, Subject::Unit(*id)).await {
                Ok(_) => {
                    current = Some(store::units::get(tx, *id).await?);
                    if let Some(first) = seen.insert(*id, row.row) {
                        fail(&mut sheet, i, "code", &super::same_record(first));
                    }
                }
                Err(e) if e.is(ErrorCode::NotFound) => {
                    let code = sheet.text(&row, "code").unwrap_or_default();
                    fail(&mut sheet, i, "code", &super::resolve::missing_record("unit", &code));
                }
                Err(e) => fail(&mut sheet, i, "code", &e),
            },
            Code::New(_) => {}
        }
        let kind = sheet
            .text(&row, "kind")
            .and_then(|t| label_of(UnitKind::ALL, |k| k.label_vi(), &t));
        let mut sheet_parent = None;
        let parent = match sheet.text(&row, "parent") {
            None => Ok(None),
            Some(t) => match new_codes.get(&import_codes::normalize(&t)) {
                Some(&j) if j == i => Err(()),
                Some(&j) => {
                    sheet_parent = Some(j);
                    Ok(None)
                }
                None => match units.find(&t) {
                    UnitRef::Id(p) => Ok(Some(p)),
                    other => {
                        if let Some(e) = unit_error(other) {
                            fail(&mut sheet, i, "parent", &e);
                        }
                        Err(())
                    }
                },
            },
        };
        let (Ok(parent_id), Some(kind), Some(name)) = (parent, kind, sheet.text(&row, "name")) else {
            continue;
        };
        let input = UnitInput {
            parent_id,
            kind,
            name,
            short_name: sheet.text(&row, "short_name"),
        };
        let input = match input.validate() {
            Ok(v) => v.into_inner(),
            Err(e) => {
                let e: Error = e.into();
                fail(&mut sheet, i, column_of(e.field.as_deref().unwrap_or("")), &e);
                continue;
            }
        };
        if sheet_parent.is_none() {
            let now = current.as_ref().map(|u| u.parent_id);
            if let Err(e) = org::check_parent(tx, caller, input.parent_id, now).await {
                fail(&mut sheet, i, "parent", &e);
                continue;
            }
        } else if current.is_some() {
            // Moving an existing unit under a unit this sheet creates: a new unit is not a
            // place an existing one can be checked against before it exists.
            let e = FieldError::invalid(
                "parent_id",
                "Đơn vị đã có không chuyển được vào đơn vị mới trong cùng tệp; hãy nhập đơn vị mới trước",
                "An existing unit cannot move under a unit created by the same sheet; import the new unit first",
            );
            fail(&mut sheet, i, "parent", &e.into());
            continue;
        }
        let r = &mut sheet.preview.rows[i];
        match &current {
            Some(u) => {
                r.record_id = Some(u.id);
                let same = u.name == input.name
                    && u.short_name == input.short_name
                    && u.kind == input.kind
                    && u.parent_id == input.parent_id;
                r.action = if same { RowAction::Unchanged } else { RowAction::Update };
            }
            None => r.action = RowAction::Create,
        }
        if r.errors.is_empty() && r.action != RowAction::Unchanged {
            plans.push(Plan {
                index: i,
                existing: current.as_ref().map(|u| (u.id, u.version)),
                code: match row_code {
                    Code::New(c) => c.clone(),
                    _ => None,
                },
                input,
                sheet_parent,
            });
        }
    }
    sheet.preview.unmatched = units.unmatched;
    sheet.preview.finish();
    Ok((sheet.preview, plans))
}

/// Saves the rows, parents before the units under them.
pub(crate) async fn apply(tx: &mut Tx, caller: &Caller, plans: Vec<Plan>) -> std::result::Result<Counts, Failure> {
    let mut counts = Counts::default();
    let mut created: HashMap<usize, i64> = HashMap::new();
    let mut waiting = plans;
    while !waiting.is_empty() {
        let before = waiting.len();
        let mut next = Vec::new();
        for mut p in waiting {
            if let Some(j) = p.sheet_parent {
                match created.get(&j) {
                    Some(id) => p.input.parent_id = Some(*id),
                    None => {
                        next.push(p);
                        continue;
                    }
                }
            }
            let input = p.input.clone().validate().map_err(Error::from)?;
            let saved = match p.existing {
                Some((id, version)) => org::update_unit_in(tx, caller, id, version, &input).await,
                None => org::create_unit_in(tx, caller, input).await,
            };
            let unit = saved.map_err(|error| Failure::in_row(p.index, column_of, error))?;
            created.insert(p.index, unit.id);
            if let Some(code) = &p.code {
                import_codes::set(tx, Coded::Unit, unit.id, code).await?;
            }
            match p.existing {
                Some(_) => counts.update += 1,
                None => counts.create += 1,
            }
        }
        if next.len() == before {
            // Every waiting row waits for another waiting row: their parents form a cycle.
            let index = next.first().map_or(0, |p| p.index);
            return Err(Failure::Row {
                index,
                key: "parent",
                error: Error::new(
                    ErrorCode::Cycle,
                    "các đơn vị mới trong tệp lấy nhau làm đơn vị cấp trên (vòng lặp)",
                    "the new units of the sheet are each other's parents (a cycle)",
                ),
            });
        }
        waiting = next;
    }
    Ok(counts)
}
