//! The targets sheet ("Chỉ tiêu"): each row sets a target's plan value (`targets::save_in`)
//! and, when "Thực hiện" is filled and differs, records the actual value as of today
//! (`targets::record_actual_in`, the unit's own right). A row without a code that names a
//! target the unit already has for the period (same indicator) updates it.

use std::collections::HashMap;

use domain::access::Operation;
use domain::assign::Reach;
use domain::external_code::CodeKind;
use domain::period::Period;
use domain::target::{Direction, TargetInput};
use domain::{ErrorCode, Valid};
use office::xlsx::CellValue;
use store::Tx;
use store::access::Subject;
use store::import_codes::{self, Coded};
use store::targets::ActualInput;

use super::read::{Read, fail, read};
use super::report::{Counts, Failure, RowAction, SheetPreview};
use super::resolve::{Code, UnitNames, UnitRef, code_of, context_unit, unit_error};
use super::{Context, Kind, label_of};
use crate::{Caller, Ctx, Error, Result, authz, targets};

/// A checked row, ready to save.
pub(crate) struct Plan {
    index: usize,
    existing: Option<(i64, i64)>,
    code: Option<String>,
    input: Valid<TargetInput>,
    /// The actual value to record, when it differs from the stored one.
    actual: Option<f64>,
    /// The plan values differ from the stored ones (or the target is new).
    changed: bool,
}

fn column_of(field: &str) -> &'static str {
    match field {
        "unit_id" => "unit",
        "period" => "period",
        "indicator" => "name",
        "uom" => "measure",
        "direction" => "direction",
        "planned" => "planned",
        "actual" | "value" | "measured_on" => "actual",
        _ => "code",
    }
}

fn fail_field(sheet: &mut Read, index: usize, e: &Error) {
    fail(sheet, index, column_of(e.field.as_deref().unwrap_or("")), e);
}

fn number(v: &CellValue) -> Option<f64> {
    v.as_f64()
}

pub(crate) async fn check(
    tx: &mut Tx,
    caller: &Caller,
    _cx: &Ctx<'_>,
    context: &Context,
    bytes: Vec<u8>,
) -> Result<(SheetPreview, Vec<Plan>)> {
    let (_, place) = context_unit(tx, caller, context.unit_id).await?;
    let mut sheet = read(Kind::Targets, bytes, None).await?;
    let mut units = UnitNames::load(tx, &place, &context.unit_map).await?;
    let root = Reach::of(&place).root;
    let stored = import_codes::codes_within(tx, Coded::Target, &root).await?;
    let keys: HashMap<(i64, String, String), i64> = import_codes::target_keys_within(tx, &root)
        .await?
        .into_iter()
        .map(|k| ((k.unit_id, k.period, k.indicator_fold), k.id))
        .collect();
    let mut plans = Vec::new();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    for i in 0..sheet.rows.len() {
        let row = sheet.rows[i].clone();
        let code_text = sheet.text(&row, "code");
        let code = code_of(CodeKind::Target, code_text.as_deref(), &stored);
        let now_unit: Vec<i64> = match code {
            Code::Existing(id) => store::targets::get(tx, id)
                .await
                .map(|t| vec![t.unit_id])
                .unwrap_or_default(),
            _ => Vec::new(),
        };
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
        let period = match sheet.text(&row, "period").map(|t| Period::parse(&t)) {
            Some(Ok(p)) => Some(p),
            Some(Err(e)) => {
                fail(&mut sheet, i, "period", &e.into());
                None
            }
            None => None,
        };
        let indicator = sheet.text(&row, "name");
        // The record: by code, else by the unit, period and indicator.
        let record = match (&code, unit, period, &indicator) {
            (Code::Existing(id), ..) => Some(*id),
            (Code::New(_), Some(u), Some(p), Some(name)) => keys.get(&(u, p.to_string(), vntext::fold(name))).copied(),
            _ => None,
        };
        if code == Code::Ambiguous {
            fail(&mut sheet, i, "code", &super::resolve::ambiguous_code());
        }
        let mut current = None;
        if let Some(id) = record {
            match authz::check(tx, caller, Operation::UpdateTarget, Subject::Target(id)).await {
                Ok(_) => {
                    current = Some(store::targets::get(tx, id).await?);
                    if let Some(first) = seen.insert(id, row.row) {
                        fail(&mut sheet, i, "code", &super::same_record(first));
                    }
                }
                Err(e) if e.is(ErrorCode::NotFound) => {
                    let code = code_text.clone().unwrap_or_default();
                    fail(&mut sheet, i, "code", &super::resolve::missing_record("target", &code));
                }
                Err(e) => fail(&mut sheet, i, "code", &e),
            }
        }
        let direction = match sheet.text(&row, "direction") {
            Some(t) => label_of(Direction::ALL, |d| d.label_vi(), &t),
            None => Some(current.as_ref().map_or(Direction::Higher, |t| t.direction)),
        };
        let planned = number(sheet.value(&row, "planned"));
        let actual = number(sheet.value(&row, "actual"));
        let (Some(unit_id), Some(period), Some(indicator), Some(direction), Some(planned)) =
            (unit, period, indicator, direction, planned)
        else {
            continue;
        };
        let input = TargetInput {
            unit_id,
            period,
            indicator,
            uom: sheet.text(&row, "measure").unwrap_or_default(),
            direction,
            planned,
        };
        let input = match input.validate() {
            Ok(v) => v,
            Err(e) => {
                fail_field(&mut sheet, i, &e.into());
                continue;
            }
        };
        let op = if current.is_some() {
            Operation::UpdateTarget
        } else {
            Operation::CreateTarget
        };
        if let Err(e) = authz::named_for(tx, caller, op, Subject::Unit(unit_id), "unit_id").await {
            fail_field(&mut sheet, i, &e);
            continue;
        }
        let new_actual = actual.filter(|a| current.as_ref().is_none_or(|t| t.actual != Some(*a)));
        if let Some(a) = new_actual {
            if let Err(e) = domain::target::check_actual(a) {
                fail(&mut sheet, i, "actual", &e.into());
                continue;
            }
            // Recording what was achieved is the unit's own right, as on the form.
            if let Err(e) =
                authz::named_for(tx, caller, Operation::RecordActual, Subject::Unit(unit_id), "actual").await
            {
                fail(&mut sheet, i, "actual", &e);
                continue;
            }
        }
        let changed = current.as_ref().is_none_or(|t| {
            t.unit_id != input.unit_id
                || t.period != input.period.to_string()
                || t.indicator != input.indicator
                || t.uom != input.uom
                || t.direction != input.direction
                || t.planned != input.planned
        });
        let r = &mut sheet.preview.rows[i];
        r.record_id = current.as_ref().map(|t| t.id);
        r.action = match (&current, changed || new_actual.is_some()) {
            (None, _) => RowAction::Create,
            (Some(_), true) => RowAction::Update,
            (Some(_), false) => RowAction::Unchanged,
        };
        if r.errors.is_empty() && r.action != RowAction::Unchanged {
            plans.push(Plan {
                index: i,
                existing: current.as_ref().map(|t| (t.id, t.version)),
                code: match &code {
                    Code::New(c) => c.clone(),
                    _ => None,
                },
                input,
                actual: new_actual,
                changed,
            });
        }
    }
    sheet.preview.unmatched = units.unmatched;
    sheet.preview.finish();
    Ok((sheet.preview, plans))
}

pub(crate) async fn apply(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    plans: Vec<Plan>,
) -> std::result::Result<Counts, Failure> {
    let mut counts = Counts::default();
    for p in plans {
        let row_error = |error: Error| Failure::in_row(p.index, column_of, error);
        let id = match (p.existing, p.changed) {
            (Some((id, _)), false) => id,
            (existing, _) => {
                targets::save_in(tx, caller, existing, &p.input)
                    .await
                    .map_err(row_error)?
                    .id
            }
        };
        if let Some(value) = p.actual {
            let input = ActualInput {
                measured_on: cx.clock.today,
                value,
                note: Some("Nhập từ tệp Excel".to_string()),
            };
            targets::record_actual_in(tx, caller, cx, id, input)
                .await
                .map_err(|e| Failure::Row {
                    index: p.index,
                    key: "actual",
                    error: e,
                })?;
        }
        if let Some(code) = &p.code {
            import_codes::set(tx, Coded::Target, id, code).await?;
        }
        match p.existing {
            Some(_) => counts.update += 1,
            None => counts.create += 1,
        }
    }
    Ok(counts)
}
