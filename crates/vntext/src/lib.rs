//! Vietnamese administrative text for dondoc: normalisation, search folding and
//! collation ([`text`]), document symbols ([`symbol`]), dates ([`date`]), deadlines
//! ([`deadline`]), references to documents ([`refs`]), plan extraction ([`plan`]),
//! unit name matching ([`units`]) and .docx text ([`docx`], bytes in). Pure
//! functions, no IO.

pub mod date;
pub mod deadline;
pub mod docx;
pub mod plan;
pub mod refs;
pub mod similar;
pub mod symbol;
pub mod text;
pub mod units;

mod names;

pub use date::parse_date;
pub use deadline::{Deadline, DeadlineError, DeadlineValue, Recurrence, parse_deadline};
pub use symbol::{ParsedSymbol, SymbolError, SymbolForm, parse_symbol, type_name_vi};
pub use text::{collation_key, compare_vi, fold, nfc, repair_ocr, to_nfc};
