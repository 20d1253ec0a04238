//! Notifications: the bell and its list, one's own settings; reminder rules and the outbox
//! for offices and administrators.

pub(crate) mod admin;
pub(crate) mod pages;
