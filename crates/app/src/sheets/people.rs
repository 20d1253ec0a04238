//! The people sheet ("Cán bộ"): each row adds or updates a person, with the rights the
//! people form needs (`org::create_person_in`, `org::update_person_in`).

use std::collections::HashMap;

use domain::access::Operation;
use domain::assign::Reach;
use domain::external_code::CodeKind;
use domain::person::{PersonInput, StaffCategory};
use domain::{FieldError, Valid};
use store::Tx;
use store::access::Subject;
use store::import_codes::{self, Coded};

use super::read::{Read, fail, read};
use super::report::{Counts, Failure, RowAction, SheetPreview};
use super::resolve::{Code, UnitNames, UnitRef, code_of, context_unit, unit_error};
use super::{Context, Kind, label_of};
use crate::{Caller, Error, Result, authz, org};

/// A checked row, ready to save.
pub(crate) struct Plan {
    index: usize,
    existing: Option<(i64, i64)>,
    code: Option<String>,
    input: Valid<PersonInput>,
}

/// The column (by key) a field of the input is entered in.
fn column_of(field: &str) -> &'static str {
    match field {
        "unit_id" => "unit",
        "name" => "full_name",
        "position" => "position",
        "category" => "category",
        "party_member" => "party_member",
        _ => "code",
    }
}

fn fail_field(sheet: &mut Read, index: usize, e: &Error) {
    let key = column_of(e.field.as_deref().unwrap_or(""));
    fail(sheet, index, key, e);
}

pub(crate) async fn check(
    tx: &mut Tx,
    caller: &Caller,
    context: &Context,
    bytes: Vec<u8>,
) -> Result<(SheetPreview, Vec<Plan>)> {
    let (_, place) = context_unit(tx, caller, context.unit_id).await?;
    let mut sheet = read(Kind::People, bytes, None).await?;
    let mut units = UnitNames::load(tx, &place, &context.unit_map).await?;
    let stored = import_codes::codes_within(tx, Coded::Person, &Reach::of(&place).root).await?;
    let mut plans = Vec::new();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    for i in 0..sheet.rows.len() {
        let row = sheet.rows[i].clone();
        let code_text = sheet.text(&row, "code");
        let code = code_of(CodeKind::Person, code_text.as_deref(), &stored);
        let mut current = None;
        match &code {
            Code::Ambiguous => fail(&mut sheet, i, "code", &super::resolve::ambiguous_code()),
            Code::Existing(id) => match authz::check(tx, caller, Operation::UpdatePerson, Subject::Person(*id)).await {
                Ok(_) => {
                    current = Some(store::people::get(tx, *id).await?);
                    if let Some(first) = seen.insert(*id, row.row) {
                        fail(&mut sheet, i, "code", &super::same_record(first));
                    }
                }
                Err(e) if e.is(domain::ErrorCode::NotFound) => fail(
                    &mut sheet,
                    i,
                    "code",
                    &super::resolve::missing_record("person", code_text.as_deref().unwrap_or("")),
                ),
                Err(e) => fail(&mut sheet, i, "code", &e),
            },
            Code::New(_) => {}
        }
        let now_unit: Vec<i64> = current.iter().map(|p| p.unit_id).collect();
        let unit = match sheet.text(&row, "unit") {
            Some(t) => match units.find_near(tx, &t, &now_unit).await? {
                UnitRef::Id(u) => Some(u),
                other => {
                    if let Some(e) = unit_error(other) {
                        fail(&mut sheet, i, "unit", &e);
                    }
                    None
                }
            },
            None => None,
        };
        let category = match sheet.text(&row, "category") {
            Some(t) => label_of(StaffCategory::ALL, |c| c.label_vi(), &t),
            None => current.as_ref().map(|p| p.category),
        };
        if category.is_none() && !super::has_error(&sheet, i, "category") {
            fail(&mut sheet, i, "category", &FieldError::required("category").into());
        }
        let party_member = match sheet.text(&row, "party_member") {
            Some(t) => vntext::fold(&t) == "co",
            None => current.as_ref().is_some_and(|p| p.party_member),
        };
        let (Some(unit), Some(category), Some(name)) = (unit, category, sheet.text(&row, "full_name")) else {
            continue;
        };
        let input = PersonInput {
            unit_id: unit,
            name,
            position: sheet.text(&row, "position"),
            category,
            party_member,
            is_head: current.as_ref().is_some_and(|p| p.is_head),
        };
        let input = match input.validate() {
            Ok(v) => v,
            Err(e) => {
                fail_field(&mut sheet, i, &e.into());
                continue;
            }
        };
        let op = if current.is_some() {
            Operation::UpdatePerson
        } else {
            Operation::CreatePerson
        };
        if let Err(e) = authz::named_for(tx, caller, op, Subject::Unit(input.unit_id), "unit_id").await {
            fail_field(&mut sheet, i, &e);
            continue;
        }
        let r = &mut sheet.preview.rows[i];
        match &current {
            Some(p) => {
                r.record_id = Some(p.id);
                let same = p.name == input.name
                    && p.position == input.position
                    && p.unit_id == input.unit_id
                    && p.category == input.category
                    && p.party_member == input.party_member;
                r.action = if same { RowAction::Unchanged } else { RowAction::Update };
            }
            None => r.action = RowAction::Create,
        }
        if r.errors.is_empty() && r.action != RowAction::Unchanged {
            plans.push(Plan {
                index: i,
                existing: current.as_ref().map(|p| (p.id, p.version)),
                code: match code {
                    Code::New(c) => c,
                    _ => None,
                },
                input,
            });
        }
    }
    sheet.preview.unmatched = units.unmatched;
    sheet.preview.finish();
    Ok((sheet.preview, plans))
}

pub(crate) async fn apply(tx: &mut Tx, caller: &Caller, plans: Vec<Plan>) -> std::result::Result<Counts, Failure> {
    let mut counts = Counts::default();
    for p in plans {
        let saved = match p.existing {
            Some((id, version)) => org::update_person_in(tx, caller, id, version, &p.input).await,
            None => org::create_person_in(tx, caller, p.input.clone()).await,
        };
        let person = saved.map_err(|error| Failure::in_row(p.index, column_of, error))?;
        if let Some(code) = &p.code {
            import_codes::set(tx, Coded::Person, person.id, code).await?;
        }
        match p.existing {
            Some(_) => counts.update += 1,
            None => counts.create += 1,
        }
    }
    Ok(counts)
}
