//! The forms of a task's page: progress, completion, extension requests and decisions,
//! explanation requests and answers — each one transaction, then back to the page (303), or
//! the page again with the error next to the field and what was typed kept.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use chrono::NaiveDate;
use domain::FieldError;
use domain::access::Action;
use domain::task::{CompleteInput, DecisionInput, ExtensionInput, MessageInput, ProgressInput};
use serde::Deserialize;
use store::access::Subject;

use super::task::{FormState, build};
use super::{PageError, PageUser, render};
use crate::AppState;
use crate::auth::{Auth, guard};
use crate::error::{ApiError, Lang};

/// What was typed into a refused form, and why it was refused.
/// After a form: 303 back to the task (post/redirect/get); or the page again with the
/// error beside the field and what was typed (422, 409), or the error page (404, 403).
/// Where a form was posted: the request's context, to render the page again.
struct Ctx<'a> {
    st: &'a AppState,
    auth: &'a Auth,
    user: &'a PageUser,
    uri: &'a Uri,
    id: i64,
}

async fn finish(
    c: Ctx<'_>,
    which: &str,
    fields: &[&str],
    values: HashMap<String, String>,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let e = match result {
        Ok(()) => return Ok(Redirect::to(&format!("/nhiem-vu/{}#lich-su", c.id)).into_response()),
        Err(e) => e,
    };
    if !matches!(e.status, StatusCode::UNPROCESSABLE_ENTITY | StatusCode::CONFLICT) {
        return Err(PageError(e));
    }
    let field = e.field.clone().unwrap_or_default();
    let f = FormState {
        which: which.to_string(),
        values,
        general: !fields.contains(&field.as_str()),
        field,
        message: match Lang::current() {
            Lang::Vi => e.message_vi.clone(),
            Lang::En => e.message_en.clone(),
        },
    };
    let page = build(c.st, c.auth, c.user, c.uri, c.id, f).await?;
    Ok((e.status, render(&page)).into_response())
}

fn invalid(field: &str, vi: &str, en: &str) -> ApiError {
    FieldError::invalid(field, vi, en).into()
}

/// A date as typed: `2023-12-31` (date inputs) or `31/12/2023`.
fn parse_date(field: &str, s: &str) -> Result<NaiveDate, ApiError> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .map_err(|_| {
            invalid(
                field,
                "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2023.",
                "Invalid date; write it as dd/mm/yyyy, e.g. 31/12/2023.",
            )
        })
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

#[derive(Deserialize)]
pub struct ProgressForm {
    #[serde(default)]
    percent: String,
    #[serde(default)]
    text: String,
}

pub async fn progress(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ProgressForm>,
) -> Result<Response, PageError> {
    let result = async {
        let percent = match f.percent.trim().parse::<i32>() {
            Ok(p) if (0..100).contains(&p) => p,
            _ => {
                return Err(invalid(
                    "percent",
                    "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 99; khi xong việc, hãy dùng “Đánh dấu hoàn thành”.",
                    "Percent must be a whole number from 0 to 99; when the work is done, mark the task complete.",
                ));
            }
        };
        let input = ProgressInput {
            reported_on: None,
            percent,
            text: f.text.clone(),
            evidence: vec![],
            author_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::report_progress(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("percent".into(), f.percent), ("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "progress",
        &["percent", "text"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct CompleteForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    completed_on: String,
    #[serde(default)]
    note: String,
}

pub async fn complete(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<CompleteForm>,
) -> Result<Response, PageError> {
    let result = async {
        let version = f.version.trim().parse::<i64>().map_err(|_| {
            invalid(
                "version",
                "Thiếu phiên bản của nhiệm vụ; hãy tải lại trang.",
                "Missing version; reload the page.",
            )
        })?;
        let completed_on = match opt(&f.completed_on) {
            Some(s) => Some(parse_date("completed_on", &s)?),
            None => None,
        };
        let input = CompleteInput {
            completed_on,
            note: opt(&f.note),
            author_id: auth.principal.person_id,
            version,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::complete(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("completed_on".into(), f.completed_on), ("note".into(), f.note)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "complete",
        &["completed_on", "note"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct ExtensionForm {
    #[serde(default)]
    new_due_on: String,
    #[serde(default)]
    reason: String,
}

pub async fn extension(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ExtensionForm>,
) -> Result<Response, PageError> {
    let result = async {
        if f.new_due_on.trim().is_empty() {
            return Err(FieldError::new(
                "new_due_on",
                "required",
                "Hãy nhập thời hạn đề nghị.",
                "Enter the requested due date.",
            )
            .into());
        }
        let input = ExtensionInput {
            new_due_on: parse_date("new_due_on", &f.new_due_on)?,
            reason: f.reason.clone(),
            requested_by: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::request_extension(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("new_due_on".into(), f.new_due_on), ("reason".into(), f.reason)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "extension",
        &["new_due_on", "reason"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    approve: String,
    #[serde(default)]
    note: String,
}

pub async fn decide(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, PageError> {
    let which = format!("decide-{rid}");
    let result = async {
        let approve = match f.approve.as_str() {
            "yes" => true,
            "no" => false,
            _ => {
                return Err(invalid(
                    "approve",
                    "Hãy chọn đồng ý hoặc không đồng ý.",
                    "Choose approve or reject.",
                ));
            }
        };
        let input = DecisionInput {
            approve,
            note: opt(&f.note),
            decided_by: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::DecideExtension, Subject::Task(id)).await?;
        store::work::decide_extension(&mut tx, id, rid, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("note".into(), f.note)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        &which,
        &["approve", "note"],
        values,
        result,
    )
    .await
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    text: String,
}

pub async fn explanation(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    let result = async {
        let input = MessageInput {
            text: f.text.clone(),
            person_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::RequestExplanation, Subject::Task(id)).await?;
        store::work::request_explanation(&mut tx, id, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        "explain",
        &["text"],
        values,
        result,
    )
    .await
}

pub async fn answer(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    let which = format!("answer-{rid}");
    let result = async {
        let input = MessageInput {
            text: f.text.clone(),
            person_id: auth.principal.person_id,
        };
        let clock = st.clock.clock();
        let mut tx = st.db.write_as(auth.actor.clone()).await?;
        guard::check(&mut tx, &auth, Action::ReportWork, Subject::Task(id)).await?;
        store::work::answer_explanation(&mut tx, id, rid, input, &clock).await?;
        tx.commit().await?;
        Ok(())
    }
    .await;
    let values = HashMap::from([("text".into(), f.text)]);
    finish(
        Ctx {
            st: &st,
            auth: &auth,
            user: &user,
            uri: &uri,
            id,
        },
        &which,
        &["text"],
        values,
        result,
    )
    .await
}
