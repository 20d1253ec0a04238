//! dondoc mail: the outbox worker, SMTP delivery (lettre), the composition of notices and
//! digests, and a development SMTP sink.
//!
//! Notifications and outbox rows are written by the use-case layer (`app`) in the transaction
//! of the change that causes them; this crate only reads the outbox, sends, and records what
//! happened.

pub mod compose;
pub mod sink;
pub mod smtp;
pub mod worker;

pub use smtp::{Security, SendError, Sender, Smtp, SmtpConfig};
pub use worker::{Delivered, WorkerConfig};
