//! The column specification shared by export, templates and import (the import format is
//! the export format): for each column a stable key, the Vietnamese header, the kind of
//! value, the width, whether it is required, other headers accepted on import, a help
//! text and an example for the template, and optionally a parser for text cells (deadline
//! phrases, e-mail addresses…). Values travel as [`CellValue`]s in column order.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::OfficeError;

/// One cell's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum CellValue {
    Empty,
    /// Text, and the label of an enum column.
    Text(String),
    Integer(i64),
    Number(f64),
    /// A percentage in points: 75.0 is 75 % (stored in Excel as 0.75 with a % format).
    Percent(f64),
    Date(NaiveDate),
}

impl CellValue {
    pub fn text(s: impl Into<String>) -> Self {
        CellValue::Text(s.into())
    }

    pub fn is_empty(&self) -> bool {
        match self {
            CellValue::Empty => true,
            CellValue::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            CellValue::Text(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            CellValue::Date(d) => Some(*d),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            CellValue::Integer(i) => Some(*i as f64),
            CellValue::Number(x) | CellValue::Percent(x) => Some(*x),
            _ => None,
        }
    }
}

/// The kind of value a column holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "labels", rename_all = "snake_case")]
pub enum ColumnKind {
    Text,
    Integer,
    Number,
    Percent,
    /// A real Excel date shown dd/mm/yyyy; text such as "15/11/2023" is accepted on import.
    Date,
    /// One label of a list (matched on import without regard to case, diacritics or spacing).
    Enum(Vec<String>),
}

impl ColumnKind {
    /// How the instructions sheet names the kind.
    pub fn label_vi(&self) -> &'static str {
        match self {
            ColumnKind::Text => "Chữ",
            ColumnKind::Integer => "Số nguyên",
            ColumnKind::Number => "Số",
            ColumnKind::Percent => "Tỷ lệ %",
            ColumnKind::Date => "Ngày (dd/mm/yyyy)",
            ColumnKind::Enum(_) => "Chọn trong danh sách",
        }
    }
}

/// Why a custom parser refused a text: a stable code and a short reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    pub code: &'static str,
    /// Short, lower-case reason ("không hiểu thời hạn").
    pub reason_vi: String,
    pub reason_en: String,
}

type ParseFn = dyn Fn(&str) -> Result<CellValue, ParseFailure> + Send + Sync;

/// A parser for the text cells of a column (a closure may capture, e.g., an issue date).
#[derive(Clone)]
pub struct CellParser(Arc<ParseFn>);

impl CellParser {
    pub fn new(f: impl Fn(&str) -> Result<CellValue, ParseFailure> + Send + Sync + 'static) -> Self {
        CellParser(Arc::new(f))
    }

    pub fn parse(&self, text: &str) -> Result<CellValue, ParseFailure> {
        (self.0)(text)
    }
}

impl fmt::Debug for CellParser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CellParser(..)")
    }
}

/// One column.
#[derive(Debug, Clone)]
pub struct ColumnSpec {
    /// Stable machine key ("code", "due_date"), for the caller's mapping.
    pub key: String,
    /// The Vietnamese header written in row 1 ("Hạn").
    pub header: String,
    pub kind: ColumnKind,
    /// Width in Excel character units.
    pub width: f64,
    pub required: bool,
    /// Other headers accepted on import ("Thời hạn hoàn thành").
    pub aliases: Vec<String>,
    /// What to write, for the instructions sheet.
    pub help: String,
    /// The example row of the template.
    pub example: CellValue,
    /// Reads text cells that are not already of the column's kind (deadline phrases…).
    pub parser: Option<CellParser>,
}

impl ColumnSpec {
    pub fn new(key: &str, header: &str, kind: ColumnKind) -> Self {
        ColumnSpec {
            key: key.to_string(),
            header: header.to_string(),
            kind,
            width: 14.0,
            required: false,
            aliases: Vec::new(),
            help: String::new(),
            example: CellValue::Empty,
            parser: None,
        }
    }

    pub fn width(mut self, width: f64) -> Self {
        self.width = width;
        self
    }

    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub fn alias(mut self, header: &str) -> Self {
        self.aliases.push(header.to_string());
        self
    }

    pub fn help(mut self, help: &str) -> Self {
        self.help = help.to_string();
        self
    }

    pub fn example(mut self, value: CellValue) -> Self {
        self.example = value;
        self
    }

    pub fn parser(mut self, parser: CellParser) -> Self {
        self.parser = Some(parser);
        self
    }
}

/// A sheet: its name and columns, and which column is the stable external code ("Mã")
/// that lets a re-import update records instead of duplicating them.
#[derive(Debug, Clone)]
pub struct SheetSpec {
    pub sheet_name: String,
    pub columns: Vec<ColumnSpec>,
    /// Key of the code column; its values must be unique within a file.
    pub key_column: Option<String>,
}

impl SheetSpec {
    /// Position of the column with `key`.
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.key == key)
    }

    /// Refuses a specification that cannot work: no columns, a sheet name Excel refuses,
    /// two columns with the same key or with headers that fold to the same text, an
    /// unknown code column.
    pub fn validate(&self) -> Result<(), OfficeError> {
        if self.columns.is_empty() {
            return Err(OfficeError::SpecInvalid("no columns".to_string()));
        }
        let name = self.sheet_name.trim();
        if name.is_empty() || name.chars().count() > 31 || name.contains(['[', ']', ':', '*', '?', '/', '\\']) {
            return Err(OfficeError::SpecInvalid(format!("sheet name {name:?}")));
        }
        let mut keys = std::collections::HashSet::new();
        let mut headers = std::collections::HashSet::new();
        for c in &self.columns {
            if !keys.insert(c.key.as_str()) {
                return Err(OfficeError::SpecInvalid(format!("duplicate key {:?}", c.key)));
            }
            for h in std::iter::once(&c.header).chain(&c.aliases) {
                if !headers.insert(super::import::fold_header(h)) {
                    return Err(OfficeError::SpecInvalid(format!("duplicate header {h:?}")));
                }
            }
        }
        if let Some(k) = &self.key_column
            && self.index_of(k).is_none()
        {
            return Err(OfficeError::SpecInvalid(format!("unknown key column {k:?}")));
        }
        Ok(())
    }
}
