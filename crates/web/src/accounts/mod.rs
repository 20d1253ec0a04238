//! Accounts: signing in and out, API tokens, users and their roles (administrators).

pub(crate) mod api;
pub(crate) mod api_users;
pub(crate) mod pages;
