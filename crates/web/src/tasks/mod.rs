//! Tasks: assignment, the task list and search, a task's page and its actions (progress,
//! completion, extension, explanation, urging), bulk actions, "my work".

pub(crate) mod actions;
pub(crate) mod api;
pub(crate) mod api_search;
pub(crate) mod api_work;
pub(crate) mod bulk;
pub(crate) mod forms;
pub(crate) mod my_work;
pub(crate) mod pages;
pub(crate) mod rows;
pub(crate) mod task;
