//! Conferences (quán triệt, triển khai, sơ kết, tổng kết, giao ban): bridge points, attendance,
//! the invitation list and roll-call, files, conclusions.

pub(crate) mod actions;
pub(crate) mod api;
pub(crate) mod api_invitees;
pub(crate) mod forms;
pub(crate) mod invitees;
pub(crate) mod pages;
pub(crate) mod strings;
