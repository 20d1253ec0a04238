//! Citizen feedback at a service desk: the public form and the QR sheet for the counter.

pub mod pages;
pub(crate) mod qr;
