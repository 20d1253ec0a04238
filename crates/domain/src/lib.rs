//! The dondoc domain: the rules every other layer uses and none re-implements.
//!
//! Pure by design (no IO, no async, no database, no HTTP): the task status rule, target
//! arithmetic, periods and input validation are written here once. Storage renders the
//! status rule to SQL from [`status::STATUS_RULES`], so SQL and Rust cannot drift apart.

pub mod access;
pub mod assign;
pub mod collective;
pub mod compliance;
pub mod conference;
pub mod conference_invitees;
pub mod conference_roll_call;
pub mod dates;
pub mod document;
pub mod error;
pub mod evaluation;
pub mod external_code;
pub mod fields;
pub mod file;
pub mod inspection;
pub mod notify;
pub mod period;
pub mod person;
pub mod publication;
pub mod rag;
pub mod reminder;
pub mod report;
pub mod status;
pub mod target;
pub mod task;
pub mod text;
pub mod unit;
pub mod valid;

pub use error::{ErrorCode, FieldError};
pub use valid::Valid;
