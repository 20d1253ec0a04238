//! The plan review form of `/nhap-ke-hoach`: the draft as the user sees and edits it, built
//! from an extraction or from what was posted, and turned into a [`PlanImport`].

use std::collections::HashMap;

use app::plans::extract::UnitMatcher;
use app::plans::{ImportTask, PlanExtract, PlanImport};
use chrono::NaiveDate;
use domain::FieldError;
use domain::document::DocumentInput;
use domain::task::Recurrence;

use super::fmt;
use crate::error::ApiError;

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
    pub note: String,
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

fn iso(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

impl Draft {
    pub fn from_extract(x: PlanExtract, text: String) -> Draft {
        let rows = x
            .tasks
            .into_iter()
            .map(|t| {
                let mut note = t.deadline_note.unwrap_or_default();
                if t.deadline_ambiguous && note.is_empty() {
                    note = "?".into();
                }
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

    /// The import to save, with the index of the form row of each task sent; or the first
    /// error, named by the form's field (`tasks[3].lead_unit_id`).
    pub fn to_import(&self, issuer: i64, matcher: &mut UnitMatcher) -> Result<(PlanImport, Vec<usize>), ApiError> {
        let issued_on = match self.issued_on.trim() {
            "" => return Err(FieldError::required("issued_on").into()),
            s => parse_date("issued_on", s)?,
        };
        let mut tasks = Vec::new();
        let mut rows = Vec::new();
        for (i, r) in self.rows.iter().enumerate().filter(|(_, r)| r.keep) {
            let field = |f: &str| format!("tasks[{i}].{f}");
            let lead_unit_id = r.lead_unit_id.trim().parse::<i64>().map_err(|_| {
                FieldError::new(
                    field("lead_unit_id"),
                    domain::ErrorCode::Required,
                    "Hãy chọn đơn vị chủ trì.",
                    "Choose the lead unit.",
                )
            })?;
            let mut cooperating = Vec::new();
            for name in r.support.split([';', '\n']).map(str::trim).filter(|n| !n.is_empty()) {
                let (id, _) = matcher.find(name).ok_or_else(|| {
                    FieldError::new(
                        field("support"),
                        domain::ErrorCode::UnknownUnit,
                        format!("Không tìm thấy đơn vị “{name}”; hãy viết đúng tên đơn vị, cách nhau bởi dấu “;”."),
                        format!("No unit “{name}”; write unit names separated by “;”."),
                    )
                })?;
                if id != lead_unit_id && !cooperating.contains(&id) {
                    cooperating.push(id);
                }
            }
            let due_on = match r.due_on.trim() {
                "" => None,
                s => Some(parse_date(&field("due_on"), s)?),
            };
            tasks.push(ImportTask {
                is_group: false,
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
            });
            rows.push(i);
        }
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

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A date from a date input (`2023-12-31`) or typed as `31/12/2023`.
pub fn parse_date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s.trim(), "%d/%m/%Y"))
        .map_err(|_| {
            FieldError::invalid(
                field,
                "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
                "Invalid date; write it as dd/mm/yyyy, e.g. 31/12/2023.",
            )
            .into()
        })
}

/// "31/12/2023" for showing a posted ISO date beside the field.
pub fn shown(s: &str) -> String {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(fmt::date)
        .unwrap_or_default()
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
