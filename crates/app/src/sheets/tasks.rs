//! The tasks sheet ("Nhiệm vụ") of one plan: each row assigns a task (`tasks::create_in`) or
//! edits one (`tasks::update_in`), with units matched among those the plan's issuer may direct
//! and checked by the assignment rule (`authz::assignment`), as when a plan is imported from
//! its text. "Trạng thái", "Tiến độ %" and "Ngày hoàn thành" are the lead unit's reports: the
//! sheet shows them, an import never changes them.

use std::collections::HashMap;

use domain::access::Operation;
use domain::assign::{Reach, UnitPlace};
use domain::external_code::CodeKind;
use domain::task::TaskInput;
use domain::task::workflow::{Step, check_step};
use domain::{ErrorCode, FieldError};
use store::Tx;
use store::access::Subject;
use store::import_codes::{self, Coded, PersonName};

use super::read::{Read, fail, read};
use super::report::{Counts, Failure, RowAction, SheetPreview};
use super::resolve::{Code, UnitNames, UnitRef, code_of, unit_error};
use super::{Context, Kind};
use crate::{Caller, Ctx, Error, Result, authz, tasks};

/// The units and person of an assignment: lead, cooperating units, responsible person.
type Assignment = (i64, Vec<i64>, Option<i64>);

/// A checked row, ready to save.
pub(crate) struct Plan {
    index: usize,
    existing: Option<(i64, i64)>,
    code: Option<String>,
    input: TaskInput,
}

fn column_of(field: &str) -> &'static str {
    match field {
        "lead_unit_id" => "lead_unit",
        "cooperating_unit_ids" => "support_units",
        "responsible_id" => "owner",
        "title" => "content",
        "code" => "number",
        "deadline_text" => "deadline_text",
        "due_on" => "due_date",
        "plan_id" => "document",
        _ => "code",
    }
}

fn fail_field(sheet: &mut Read, index: usize, e: &Error) {
    fail(sheet, index, column_of(e.field.as_deref().unwrap_or("")), e);
}

/// Symbols compared without case, tones or spaces ("152-KH/QU" = "152 - kh/qu").
fn same_symbol(a: &str, b: &str) -> bool {
    let f = |s: &str| {
        vntext::fold(s)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    f(a) == f(b)
}

/// The person a name designates for work led by `lead`: among people of that name, those the
/// assignment rule allows (`authz::responsible`).
fn person_for(
    people: &HashMap<String, Vec<PersonName>>,
    name: &str,
    lead: &UnitPlace,
) -> std::result::Result<i64, Error> {
    let reach = Reach::of(lead);
    let fits: Vec<&PersonName> = people
        .get(&vntext::fold(name.trim()))
        .map(|v| {
            v.iter()
                .filter(|p| {
                    domain::unit::UnitPath::parse(&p.unit_path)
                        .is_some_and(|path| reach.covers(&path) || lead.path.contains(&path))
                })
                .collect()
        })
        .unwrap_or_default();
    match fits.as_slice() {
        [one] => Ok(one.id),
        [] => Err(Error::new(
            ErrorCode::UnknownReference,
            "không tìm thấy cán bộ có họ tên này ở đơn vị chủ trì hoặc các đơn vị mà đơn vị chủ trì chỉ đạo",
            "no person of this name in the lead unit or the units it directs",
        )),
        _ => Err(Error::new(
            ErrorCode::UnknownReference,
            "có nhiều cán bộ trùng họ tên; hãy giao người phụ trách trên trang nhiệm vụ",
            "several people have this name; name the person on the task's page",
        )),
    }
}

pub(crate) async fn check(
    tx: &mut Tx,
    caller: &Caller,
    cx: &Ctx<'_>,
    context: &Context,
    bytes: Vec<u8>,
) -> Result<(SheetPreview, Vec<Plan>)> {
    let plan_id = context
        .plan_id
        .ok_or_else(|| Error::from(FieldError::required("plan_id")))?;
    let issuer = tasks::plan_issuer(tx, caller, Operation::CreateTask, plan_id).await?;
    let plan = store::documents::get(tx, plan_id).await?;
    let mut sheet = read(Kind::Tasks, bytes, Some(plan.issued_on)).await?;
    let mut units = UnitNames::load(tx, &issuer, &context.unit_map).await?;
    let stored = import_codes::task_codes(tx, plan_id).await?;
    let mut people: HashMap<String, Vec<PersonName>> = HashMap::new();
    let mut names: HashMap<i64, String> = HashMap::new();
    for p in import_codes::people_within(tx, &Reach::of(&issuer).root, 500_000).await? {
        names.insert(p.id, p.name_fold.clone());
        people.entry(p.name_fold.clone()).or_default().push(p);
    }
    let mut places: HashMap<i64, UnitPlace> = HashMap::new();
    // The assignment rule's answer for the same units and person, from the plan's issuer.
    let mut checked: HashMap<Assignment, std::result::Result<(), Error>> = HashMap::new();
    let mut plans = Vec::new();
    let mut seen: HashMap<i64, u32> = HashMap::new();
    for i in 0..sheet.rows.len() {
        let row = sheet.rows[i].clone();
        let code_text = sheet.text(&row, "code");
        let code = code_of(CodeKind::Task, code_text.as_deref(), &stored);
        let mut current = None;
        match &code {
            Code::Ambiguous => fail(&mut sheet, i, "code", &super::resolve::ambiguous_code()),
            Code::Existing(id) => match authz::check(tx, caller, Operation::UpdateTask, Subject::Task(*id)).await {
                Ok(_) => {
                    let t = store::tasks::get(tx, *id, &cx.clock).await?;
                    if t.plan_id != plan_id {
                        let e = Error::new(
                            ErrorCode::Invalid,
                            format!("nhiệm vụ này thuộc văn bản khác, không thuộc {}", plan.symbol),
                            format!("this task belongs to another document, not {}", plan.symbol),
                        );
                        fail(&mut sheet, i, "code", &e);
                    } else {
                        if let Some(first) = seen.insert(*id, row.row) {
                            fail(&mut sheet, i, "code", &super::same_record(first));
                        }
                        current = Some(t);
                    }
                }
                Err(e) if e.is(ErrorCode::NotFound) => {
                    let c = code_text.clone().unwrap_or_default();
                    fail(&mut sheet, i, "code", &super::resolve::missing_record("task", &c));
                }
                Err(e) => fail(&mut sheet, i, "code", &e),
            },
            Code::New(_) => {}
        }
        if let Some(symbol) = sheet.text(&row, "document")
            && !same_symbol(&symbol, &plan.symbol)
        {
            let e = Error::new(
                ErrorCode::Invalid,
                format!("dòng ghi văn bản khác với văn bản đang nhập ({})", plan.symbol),
                format!(
                    "the row names another document than the one imported into ({})",
                    plan.symbol
                ),
            );
            fail(&mut sheet, i, "document", &e);
        }
        let now_lead: Vec<i64> = current.iter().map(|t| t.lead_unit_id).collect();
        let now_support: Vec<i64> = current.iter().flat_map(|t| t.cooperating_unit_ids.clone()).collect();
        let lead = match sheet.text(&row, "lead_unit") {
            Some(t) => match units.find_near(tx, &t, &now_lead).await? {
                UnitRef::Id(u) => Some(u),
                other => {
                    if let Some(e) = unit_error(other) {
                        fail(&mut sheet, i, "lead_unit", &e);
                    }
                    None
                }
            },
            None => None,
        };
        let mut support = Vec::new();
        for name in sheet.text(&row, "support_units").unwrap_or_default().split(';') {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            match units.find_near(tx, name, &now_support).await? {
                UnitRef::Id(u) => support.push(u),
                other => {
                    if let Some(e) = unit_error(other) {
                        let header = sheet.header("support_units");
                        sheet.preview.fail(i, &header, name, &e);
                    }
                }
            }
        }
        let (Some(lead), Some(title)) = (lead, sheet.text(&row, "content")) else {
            continue;
        };
        let place = match places.get(&lead) {
            Some(p) => p.clone(),
            None => match authz::unit_place(tx, caller, lead, "lead_unit_id").await {
                Ok(p) => {
                    places.insert(lead, p.clone());
                    p
                }
                Err(e) => {
                    fail_field(&mut sheet, i, &e);
                    continue;
                }
            },
        };
        let now_person = current.as_ref().and_then(|t| t.responsible_id);
        let responsible = match sheet.text(&row, "owner") {
            // The person the task names today, when the cell carries their name.
            Some(name) if now_person.is_some_and(|p| names.get(&p) == Some(&vntext::fold(name.trim()))) => now_person,
            Some(name) => match person_for(&people, &name, &place) {
                Ok(p) => Some(p),
                Err(e) => {
                    fail(&mut sheet, i, "owner", &e);
                    continue;
                }
            },
            None => None,
        };
        let due_on = sheet.value(&row, "due_date").as_date();
        support.sort_unstable();
        support.dedup();
        let input = TaskInput {
            plan_id,
            parent_id: current.as_ref().and_then(|t| t.parent_id),
            code: sheet.text(&row, "number"),
            title,
            details: current.as_ref().and_then(|t| t.details.clone()),
            is_key: current.as_ref().is_some_and(|t| t.is_key),
            is_group: current.as_ref().is_some_and(|t| t.is_group),
            lead_unit_id: lead,
            cooperating_unit_ids: support,
            responsible_id: responsible,
            deadline_text: sheet.text(&row, "deadline_text"),
            due_on,
            recurrence: match due_on {
                Some(_) => None,
                None => current
                    .as_ref()
                    .and_then(|t| t.recurrence.as_deref())
                    .and_then(domain::task::Recurrence::parse),
            },
            expected_output: current.as_ref().and_then(|t| t.expected_output.clone()),
        };
        // A row saying what its task says is left alone (a completed task stays as it is).
        let unchanged = current.as_ref().is_some_and(|t| {
            t.title == input.title
                && t.code == input.code
                && t.lead_unit_id == input.lead_unit_id
                && t.cooperating_unit_ids == input.cooperating_unit_ids
                && t.responsible_id == input.responsible_id
                && t.deadline_text == input.deadline_text
                && t.due_on == input.due_on
        });
        if !unchanged && let Err(e) = input.clone().validate(plan.issued_on) {
            fail_field(&mut sheet, i, &e.into());
            continue;
        }
        if !unchanged {
            let verdict = match current.as_ref().and_then(|t| t.assigner_unit_id) {
                // A sub-task stays within what the unit that split it directs.
                Some(unit) => {
                    let from = store::access::unit_place(tx, unit).await?;
                    authz::assignment(tx, caller, &from, &input, &mut authz::Seen::default()).await
                }
                None => {
                    let key = (
                        input.lead_unit_id,
                        input.cooperating_unit_ids.clone(),
                        input.responsible_id,
                    );
                    match checked.get(&key) {
                        Some(v) => v.clone(),
                        None => {
                            let v = authz::assignment(tx, caller, &issuer, &input, &mut authz::Seen::default()).await;
                            checked.insert(key, v.clone());
                            v
                        }
                    }
                }
            };
            if let Err(e) = verdict {
                fail_field(&mut sheet, i, &e);
                continue;
            }
            if let Some(t) = &current
                && let Err(e) = check_step(Step::Edit, &t.facts())
            {
                fail(&mut sheet, i, "code", &e.into());
                continue;
            }
        }
        let r = &mut sheet.preview.rows[i];
        r.record_id = current.as_ref().map(|t| t.id);
        r.action = match (&current, unchanged) {
            (None, _) => RowAction::Create,
            (Some(_), false) => RowAction::Update,
            (Some(_), true) => RowAction::Unchanged,
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
        let saved = match p.existing {
            Some((id, version)) => tasks::update_in(tx, caller, cx, id, version, p.input).await,
            None => tasks::create_in(tx, caller, cx, p.input).await,
        };
        let task = saved.map_err(|error| Failure::in_row(p.index, column_of, error))?;
        if let Some(code) = &p.code {
            import_codes::set(tx, Coded::Task, task.id, code).await?;
        }
        match p.existing {
            Some(_) => counts.update += 1,
            None => counts.create += 1,
        }
    }
    Ok(counts)
}
