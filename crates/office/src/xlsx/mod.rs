//! XLSX export, templates and import against one column specification ([`SheetSpec`]):
//! the import format is the export format. Ready specifications for tasks, units, people
//! and targets are in [`specs`].

mod cell;
mod export;
mod import;
mod spec;
pub mod specs;
mod template;

pub use cell::{CellError, parse_vn_number};
pub use export::{write_xlsx, xlsx_bytes};
pub use import::{ImportOptions, ImportedRow, ImportedSheet, import_xlsx, import_xlsx_bytes};
pub use spec::{CellParser, CellValue, ColumnKind, ColumnSpec, ParseFailure, SheetSpec};
pub use template::template;
