//! The forms of a task's page: progress, completion, extension requests and decisions,
//! explanation requests and answers, the person responsible, directive comments and urges. Each
//! calls its use-case operation, then goes back to the page (303); or shows the page again with
//! the error beside the field and what was typed kept.

use axum::extract::{Path, Request, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use domain::task::{
    CompleteInput, DecisionInput, ExplanationRequestInput, ExtensionInput, MessageInput, NoteKind, ProgressInput,
};

use crate::AppState;
use crate::auth::Auth;
use crate::error::ApiError;
use crate::kit::forms::{Check, Fields, FormState, date, invalid, is_form_error, opt, opt_date, opt_id, version};
use crate::kit::{PageError, PageUser, render};
use crate::tasks::task::build;

/// Where a form was posted: the request's context, to render the page again.
struct Ctx<'a> {
    st: &'a AppState,
    auth: &'a Auth,
    user: &'a PageUser,
    uri: &'a Uri,
    id: i64,
}

/// After a form: 303 back to the task (post/redirect/get); or the page again with the error
/// beside the field of form `which` (422, 409), or the error page (404, 403).
async fn finish(
    c: Ctx<'_>,
    which: &str,
    names: &[&str],
    pairs: Vec<(String, String)>,
    result: Result<(), ApiError>,
) -> Result<Response, PageError> {
    let e = match result {
        Ok(()) => return Ok(Redirect::to(&format!("{}#lich-su", crate::paths::task(c.id))).into_response()),
        Err(e) => e,
    };
    let status = e.status();
    if !is_form_error(status) {
        return Err(PageError(e));
    }
    let mut fields = Fields::new(pairs);
    fields.add(&e, names);
    let page = build(c.st, c.auth, c.user, c.uri, c.id, FormState::refused(which, fields)).await?;
    Ok((status, render(&page)).into_response())
}

/// The pairs of a form, for showing what was typed again.
type Pairs = Vec<(String, String)>;

fn pairs(list: &[(&str, &str)]) -> Pairs {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// A percent as typed: "80" or "80%" or "80 %"; 0–99 (100 is reported by completing).
fn percent(s: &str) -> Result<i32, ApiError> {
    let t = s.trim().trim_end_matches('%').trim();
    match t.parse::<i32>() {
        Ok(p) if (0..100).contains(&p) => Ok(p),
        _ => Err(invalid(
            "percent",
            "Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 99; khi xong việc, hãy dùng “Báo cáo hoàn thành”.",
            "Percent must be a whole number from 0 to 99; when the work is done, report completion.",
        )),
    }
}

/// A progress report as posted: a plain form, or `multipart/form-data` with files attached as
/// evidence (`file`, several allowed).
pub async fn progress(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    req: Request,
) -> Result<Response, PageError> {
    let posted = crate::files::read_form(&st, req, "file").await;
    let (f, received) = match posted {
        Ok(p) => (p.fields, Ok(p.files)),
        Err(e) => (Vec::new(), Err(e)),
    };
    let get = |k: &str| {
        f.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let (pct, text, evidence) = (get("percent"), get("text"), get("evidence"));
    let result = async {
        let files = received?;
        let input = ProgressInput {
            reported_on: None,
            percent: percent(&pct)?,
            text: text.clone(),
            evidence: evidence.lines().map(str::to_string).collect(),
            author_id: None,
            confirm_drop: get("confirm_drop") == "1",
        };
        app::files::report_progress_with_files(&st.app, &auth, id, input, files).await?;
        Ok(())
    }
    .await;
    let typed = pairs(&[("percent", &pct), ("text", &text), ("evidence", &evidence)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, "progress", &["percent", "text", "evidence", "file"], typed, result).await
}

#[derive(serde::Deserialize)]
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
        let input = CompleteInput {
            completed_on: opt_date("completed_on", &f.completed_on)?,
            note: opt(&f.note),
            author_id: None,
            version: version(&f.version)?,
        };
        app::work::complete(&st.app, &auth, id, input).await?;
        Ok(())
    }
    .await;
    let typed = pairs(&[("completed_on", &f.completed_on), ("note", &f.note)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, "complete", &["completed_on", "note"], typed, result).await
}

#[derive(serde::Deserialize)]
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
        let mut check = Check::default();
        let new_due_on = check.take(date("new_due_on", &f.new_due_on));
        let reason = check.take(domain::text::required("reason", &f.reason, 5000).map_err(ApiError::from));
        let (Some(new_due_on), Some(reason)) = (new_due_on, reason) else {
            return Err(check.first().unwrap_or_else(|| ApiError(app::Error::internal())));
        };
        let input = ExtensionInput {
            new_due_on,
            reason,
            requested_by: None,
        };
        app::work::request_extension(&st.app, &auth, id, input).await?;
        Ok(())
    }
    .await;
    let typed = pairs(&[("new_due_on", &f.new_due_on), ("reason", &f.reason)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, "extension", &["new_due_on", "reason"], typed, result).await
}

#[derive(serde::Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    approve: String,
    #[serde(default)]
    approved_due_on: String,
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
            // The granted date matters only on approval (the field is prefilled).
            approved_due_on: if approve {
                opt_date("approved_due_on", &f.approved_due_on)?
            } else {
                None
            },
            note: opt(&f.note),
            decided_by: None,
        };
        app::work::decide_extension(&st.app, &auth, id, rid, input).await?;
        Ok(())
    }
    .await;
    let typed = pairs(&[("approved_due_on", &f.approved_due_on), ("note", &f.note)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, &which, &["approve", "approved_due_on", "note"], typed, result).await
}

#[derive(serde::Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    text: String,
}

#[derive(serde::Deserialize)]
pub struct ExplanationForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    addressee_unit_id: String,
    #[serde(default)]
    answer_due_on: String,
}

pub async fn explanation(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ExplanationForm>,
) -> Result<Response, PageError> {
    let result = async {
        let input = ExplanationRequestInput {
            text: f.text.clone(),
            addressee_unit_id: opt_id("addressee_unit_id", &f.addressee_unit_id)?,
            answer_due_on: opt_date("answer_due_on", &f.answer_due_on)?,
            person_id: None,
        };
        app::work::request_explanation(&st.app, &auth, id, input).await?;
        Ok(())
    }
    .await;
    let typed = pairs(&[("text", &f.text), ("answer_due_on", &f.answer_due_on)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(
        c,
        "explain",
        &["text", "answer_due_on", "addressee_unit_id"],
        typed,
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
    let input = MessageInput {
        text: f.text.clone(),
        person_id: None,
    };
    let result = app::work::answer_explanation(&st.app, &auth, id, rid, input)
        .await
        .map(|_| ())
        .map_err(ApiError::from);
    let typed = pairs(&[("text", &f.text)]);
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, &which, &["text"], typed, result).await
}

async fn note(
    st: &AppState,
    auth: &Auth,
    user: &PageUser,
    uri: &Uri,
    id: i64,
    kind: NoteKind,
    text: String,
) -> Result<Response, PageError> {
    let input = MessageInput {
        text: text.clone(),
        person_id: None,
    };
    let result = app::work::add_note(&st.app, auth, id, kind, input)
        .await
        .map(|_| ())
        .map_err(ApiError::from);
    let which = match kind {
        NoteKind::Comment => "comment",
        NoteKind::Urge => "urge",
    };
    let c = Ctx {
        st,
        auth,
        user,
        uri,
        id,
    };
    finish(c, which, &["text"], pairs(&[("text", &text)]), result).await
}

pub async fn comment(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    note(&st, &auth, &user, &uri, id, NoteKind::Comment, f.text).await
}

pub async fn urge(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<MessageForm>,
) -> Result<Response, PageError> {
    note(&st, &auth, &user, &uri, id, NoteKind::Urge, f.text).await
}

#[derive(serde::Deserialize)]
pub struct ResponsibleForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    responsible_id: String,
}

pub async fn set_responsible(
    State(st): State<AppState>,
    auth: Auth,
    Extension(user): Extension<PageUser>,
    uri: Uri,
    Path(id): Path<i64>,
    Form(f): Form<ResponsibleForm>,
) -> Result<Response, PageError> {
    let result = async {
        let person = opt_id("responsible_id", &f.responsible_id)?;
        app::tasks::set_responsible(&st.app, &auth, id, version(&f.version)?, person).await?;
        Ok(())
    }
    .await;
    let c = Ctx {
        st: &st,
        auth: &auth,
        user: &user,
        uri: &uri,
        id,
    };
    finish(c, "assign", &["responsible_id"], Vec::new(), result).await
}
