//! The plan review form of `/nhap-ke-hoach`: the draft as the user sees and edits it, built
//! from an extraction or from what was posted, and turned into a [`PlanImport`].

use std::collections::HashMap;

use app::plans::extract::UnitMatcher;
use app::plans::{ImportTask, PlanExtract, PlanImport};
use chrono::NaiveDate;
use domain::FieldError;
use domain::document::DocumentInput;
use domain::task::Recurrence;

use crate::error::ApiError;
use crate::kit::fmt;
use crate::kit::forms::opt;

/// A document the plan implements, offered as a checkbox when it is registered.
pub struct ImplRow {
    pub symbol: String,
    pub document_id: String,
    pub checked: bool,
}

/// One task row of the review table, every field as text.
#[derive(Default)]
pub struct Row {
    pub keep: bool,
    pub code: String,
    pub parent_code: String,
    pub title: String,
    pub lead_unit_id: String,
    /// The lead unit as written in the plan.
    pub lead_name: String,
    /// Cooperating units, names separated by ";".
    pub support: String,
    pub deadline_text: String,
    pub due_on: String,
    pub recurrence: String,
    pub output: String,
    pub is_key: bool,
    /// What the deadline reader wants checked.
    /// Why the deadline needs checking (only when the reading is ambiguous; "?" without a
    /// reason).
    pub note: String,
    /// How the deadline phrase was read, when it was read without doubt.
    pub reading: String,
    /// One task per designated unit instead of one task (a collective lead).
    pub expand: bool,
    /// The designated units' ids, comma-separated, and their names.
    pub expand_ids: String,
    pub expand_names: String,
}

/// The whole review form.
#[derive(Default)]
pub struct Draft {
    pub issuer_unit_id: String,
    pub text: String,
    pub symbol: String,
    pub issued_on: String,
    pub title: String,
    pub existing_document_id: Option<i64>,
    pub implements: Vec<ImplRow>,
    pub rows: Vec<Row>,
    /// Names found in the plan that no unit matched.
    pub unmatched: Vec<String>,
}

/// A date as the form shows it (dd/mm/yyyy, whatever the browser's language).
fn iso(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default()
}

impl Draft {
    pub fn from_extract(x: PlanExtract, text: String) -> Draft {
        let rows = x
            .tasks
            .into_iter()
            .map(|t| {
                // Only a doubtful reading is flagged; a clear one is shown as help.
                let (note, reading) = match (t.deadline_ambiguous, t.deadline_note) {
                    (true, Some(n)) => (n, String::new()),
                    (true, None) => ("?".to_string(), String::new()),
                    (false, n) => (String::new(), n.unwrap_or_default()),
                };
                Row {
                    keep: true,
                    code: t.code,
                    parent_code: t.parent_code.unwrap_or_default(),
                    title: t.title,
                    lead_unit_id: t
                        .lead
                        .as_ref()
                        .and_then(|l| l.unit_id)
                        .map(|i| i.to_string())
                        .unwrap_or_default(),
                    lead_name: t.lead.map(|l| l.name).unwrap_or_default(),
                    support: t.support.into_iter().map(|s| s.name).collect::<Vec<_>>().join("; "),
                    deadline_text: t.deadline_text.unwrap_or_default(),
                    due_on: iso(t.due_on),
                    recurrence: t.recurrence.map(|r| r.as_str().to_string()).unwrap_or_default(),
                    output: t.output.unwrap_or_default(),
                    is_key: false,
                    note,
                    reading,
                    expand: !t.expansion.is_empty(),
                    expand_ids: t
                        .expansion
                        .iter()
                        .filter_map(|u| u.unit_id)
                        .map(|i| i.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                    expand_names: t
                        .expansion
                        .iter()
                        .map(|u| u.name.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })
            .collect();
        Draft {
            issuer_unit_id: x.issuer_unit_id.to_string(),
            text,
            symbol: x.header.symbol.unwrap_or_default(),
            issued_on: iso(x.header.issued_on),
            title: x.header.title.unwrap_or_default(),
            existing_document_id: x.header.existing_document_id,
            implements: x
                .implements
                .into_iter()
                .map(|i| ImplRow {
                    checked: i.document_id.is_some(),
                    document_id: i.document_id.map(|d| d.to_string()).unwrap_or_default(),
                    symbol: i.symbol,
                })
                .collect(),
            rows,
            unmatched: x.unmatched,
        }
    }

    /// The form as posted (`tasks[3].title=…`); unknown keys are ignored.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Draft {
        let mut d = Draft::default();
        let mut rows: HashMap<usize, Row> = HashMap::new();
        let mut imps: HashMap<usize, ImplRow> = HashMap::new();
        for (k, v) in pairs {
            if let Some((i, field)) = indexed(&k, "tasks") {
                let r = rows.entry(i).or_default();
                match field {
                    "keep" => r.keep = v == "1",
                    "code" => r.code = v,
                    "parent_code" => r.parent_code = v,
                    "title" => r.title = v,
                    "lead_unit_id" => r.lead_unit_id = v,
                    "lead_name" => r.lead_name = v,
                    "support" => r.support = v,
                    "deadline_text" => r.deadline_text = v,
                    "due_on" => r.due_on = v,
                    "recurrence" => r.recurrence = v,
                    "output" => r.output = v,
                    "is_key" => r.is_key = v == "1",
                    "note" => r.note = v,
                    "reading" => r.reading = v,
                    "expand" => r.expand = v == "1",
                    "expand_ids" => r.expand_ids = v,
                    "expand_names" => r.expand_names = v,
                    _ => {}
                }
            } else if let Some((i, field)) = indexed(&k, "implements") {
                let r = imps.entry(i).or_insert_with(|| ImplRow {
                    symbol: String::new(),
                    document_id: String::new(),
                    checked: false,
                });
                match field {
                    "symbol" => r.symbol = v,
                    "document_id" => r.document_id = v,
                    "use" => r.checked = v == "1",
                    _ => {}
                }
            } else {
                match k.as_str() {
                    "issuer_unit_id" => d.issuer_unit_id = v,
                    "text" => d.text = v,
                    "symbol" => d.symbol = v,
                    "issued_on" => d.issued_on = v,
                    "title" => d.title = v,
                    _ => {}
                }
            }
        }
        let mut rows: Vec<(usize, Row)> = rows.into_iter().collect();
        rows.sort_by_key(|(i, _)| *i);
        d.rows = rows.into_iter().map(|(_, r)| r).collect();
        let mut imps: Vec<(usize, ImplRow)> = imps.into_iter().collect();
        imps.sort_by_key(|(i, _)| *i);
        d.implements = imps.into_iter().map(|(_, r)| r).collect();
        d
    }

    /// The import to save, with the index of the form row of each task sent; or every error
    /// of the form at once, each named by the form's field (`tasks[3].lead_unit_id`).
    ///
    /// A row whose lead is a collective ("Đảng ủy các phường") and whose expansion is chosen
    /// becomes a group heading led by the issuer with one task per designated unit under it.
    pub fn to_import(&self, issuer: i64, matcher: &mut UnitMatcher) -> Result<(PlanImport, Vec<usize>), Vec<ApiError>> {
        let mut errors: Vec<ApiError> = Vec::new();
        let issued_on = match self.issued_on.trim() {
            "" => {
                errors.push(FieldError::required("issued_on").into());
                None
            }
            s => parse_date("issued_on", s).map_err(|e| errors.push(e)).ok(),
        };
        let mut tasks = Vec::new();
        let mut rows = Vec::new();
        for (i, r) in self.rows.iter().enumerate().filter(|(_, r)| r.keep) {
            match row_tasks(i, r, issuer, matcher) {
                Ok(list) => {
                    rows.extend(std::iter::repeat_n(i, list.len()));
                    tasks.extend(list);
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        let Some(issued_on) = issued_on.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let implements = self
            .implements
            .iter()
            .filter(|i| i.checked)
            .filter_map(|i| i.document_id.trim().parse::<i64>().ok())
            .collect();
        let plan = PlanImport {
            document: DocumentInput {
                kind: None,
                symbol: self.symbol.clone(),
                title: self.title.clone(),
                issuer_unit_id: issuer,
                issued_on,
                valid_from: None,
                valid_to: None,
            },
            implements,
            tasks,
        };
        Ok((plan, rows))
    }

    /// The form field an error of [`app::plans::import`] names: `document.symbol` →
    /// `symbol`; `tasks[k].…` of the k-th task sent → that row's field; `implements[k]` → the
    /// k-th checked document. `None` when the error names no field of the form.
    pub fn form_field(&self, field: &str, rows: &[usize]) -> Option<String> {
        if let Some(f) = field.strip_prefix("document.") {
            return match f {
                "symbol" | "kind" => Some("symbol".into()),
                "title" => Some("title".into()),
                "issued_on" => Some("issued_on".into()),
                _ => None,
            };
        }
        if let Some((k, f)) = indexed(field, "tasks") {
            let row = *rows.get(k)?;
            let f = match f {
                "cooperating_unit_ids" => "support",
                "expected_output" => "output",
                "parent_code" | "parent_id" => "code",
                "recurrence" => "deadline_text",
                "lead_unit_id" | "title" | "code" | "due_on" | "deadline_text" => f,
                _ => "title",
            };
            return Some(format!("tasks[{row}].{f}"));
        }
        if field.starts_with("implements[") {
            return Some("implements".into());
        }
        ["symbol", "title", "issued_on", "issuer_unit_id", "text"]
            .contains(&field)
            .then(|| field.to_string())
    }

    /// How many tasks an expanded row becomes.
    pub fn expand_count(&self, r: &Row) -> usize {
        r.expand_ids.split(',').filter(|s| !s.trim().is_empty()).count()
    }

    /// The row's recurrence in the user's language (the form keeps its code).
    pub fn recurrence_label(&self, r: &Row) -> &'static str {
        match Recurrence::parse(r.recurrence.trim()) {
            Some(x) => crate::kit::label(x.label_vi(), x.label_en()),
            None => "",
        }
    }

    /// The names of the row's cooperating units that no unit matches (to highlight).
    pub fn unmatched_support(&self, r: &Row) -> Vec<String> {
        r.support
            .split([';', '\n'])
            .map(str::trim)
            .filter(|n| self.unmatched.iter().any(|u| u == n))
            .map(str::to_string)
            .collect()
    }
}

/// `tasks[3].title` → (3, "title") for `prefix` "tasks"; also `implements[0]`.
fn indexed<'a>(key: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = key.strip_prefix(prefix)?.strip_prefix('[')?;
    let (n, tail) = rest.split_once(']')?;
    Some((n.parse().ok()?, tail.strip_prefix('.').unwrap_or(tail)))
}

/// A typed date (`domain::dates`: dd/mm/yyyy or ISO, four-digit plausible years), the error
/// naming the field by its label and placed on the form field `field` (`tasks[3].due_on`).
pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    let base = field.rsplit('.').next().unwrap_or(field);
    domain::dates::parse_input(base, s).map_err(|mut e| {
        e.field = field.to_string();
        e.into()
    })
}

/// "31/12/2023" for showing a posted ISO date beside the field.
pub fn shown(s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(fmt::date)
        .unwrap_or_default()
}

/// The tasks of one review row (one, or a heading and one per unit when expanded), or all of
/// the row's errors.
fn row_tasks(i: usize, r: &Row, issuer: i64, matcher: &mut UnitMatcher) -> Result<Vec<ImportTask>, Vec<ApiError>> {
    let field = |f: &str| format!("tasks[{i}].{f}");
    let mut errors: Vec<ApiError> = Vec::new();
    let expanded: Vec<i64> = if r.expand {
        r.expand_ids.split(',').filter_map(|s| s.trim().parse().ok()).collect()
    } else {
        Vec::new()
    };
    let lead_unit_id = if !expanded.is_empty() {
        Some(issuer)
    } else {
        r.lead_unit_id
            .trim()
            .parse::<i64>()
            .map_err(|_| {
                errors.push(
                    FieldError::new(
                        field("lead_unit_id"),
                        domain::ErrorCode::Required,
                        "Hãy chọn đơn vị chủ trì.",
                        "Choose the lead unit.",
                    )
                    .into(),
                )
            })
            .ok()
    };
    let mut cooperating = Vec::new();
    for name in r.support.split([';', '\n']).map(str::trim).filter(|n| !n.is_empty()) {
        match matcher.find(name) {
            Some((id, _)) => {
                if Some(id) != lead_unit_id && !cooperating.contains(&id) {
                    cooperating.push(id);
                }
            }
            None => errors.push(
                FieldError::new(
                    field("support"),
                    domain::ErrorCode::UnknownUnit,
                    format!("Không tìm thấy đơn vị “{name}”; hãy viết đúng tên đơn vị, cách nhau bởi dấu “;”."),
                    format!("No unit “{name}”; write unit names separated by “;”."),
                )
                .into(),
            ),
        }
    }
    let due_on = match r.due_on.trim() {
        "" => None,
        s => parse_date(&field("due_on"), s).map_err(|e| errors.push(e)).ok(),
    };
    let Some(lead_unit_id) = lead_unit_id.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let task = ImportTask {
        is_group: !expanded.is_empty(),
        code: opt(&r.code),
        parent_code: opt(&r.parent_code),
        title: r.title.clone(),
        details: None,
        is_key: r.is_key,
        lead_unit_id,
        cooperating_unit_ids: cooperating,
        responsible_id: None,
        deadline_text: opt(&r.deadline_text),
        due_on,
        recurrence: Recurrence::parse(r.recurrence.trim()),
        expected_output: opt(&r.output),
    };
    if expanded.is_empty() {
        return Ok(vec![task]);
    }
    // The heading keeps the row's number (or gets one from its place); each unit's task is
    // numbered under it.
    let code = opt(&r.code).unwrap_or_else(|| format!("{}", i + 1));
    let mut out = vec![ImportTask {
        code: Some(code.clone()),
        ..task.clone()
    }];
    for (k, unit) in expanded.iter().enumerate() {
        out.push(ImportTask {
            is_group: false,
            code: Some(format!("{code}.{}", k + 1)),
            parent_code: Some(code.clone()),
            lead_unit_id: *unit,
            cooperating_unit_ids: Vec::new(),
            ..task.clone()
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posted_rows_are_read_in_order() {
        let d = Draft::from_pairs(vec![
            ("tasks[1].title".into(), "B".into()),
            ("tasks[0].title".into(), "A".into()),
            ("tasks[0].keep".into(), "1".into()),
            ("implements[0].use".into(), "1".into()),
            ("implements[0].document_id".into(), "7".into()),
            ("symbol".into(), "171-KH/QU".into()),
        ]);
        assert_eq!(d.rows.len(), 2);
        assert_eq!((d.rows[0].title.as_str(), d.rows[0].keep), ("A", true));
        assert_eq!((d.rows[1].title.as_str(), d.rows[1].keep), ("B", false));
        assert!(d.implements[0].checked);
        assert_eq!(d.symbol, "171-KH/QU");
        // The 0th task sent was row 2 of the form.
        assert_eq!(
            d.form_field("tasks[0].lead_unit_id", &[2]).as_deref(),
            Some("tasks[2].lead_unit_id")
        );
        assert_eq!(d.form_field("document.symbol", &[]).as_deref(), Some("symbol"));
        assert_eq!(d.form_field("tasks[5].title", &[0]), None);
        assert_eq!(indexed("tasks[12].due_on", "tasks"), Some((12, "due_on")));
        assert_eq!(indexed("implements[0]", "implements"), Some((0, "")));
    }
}
