//! `POST /nhiem-vu/hang-loat`: the bulk actions of a task list — urge every selected task, or
//! give them all to one person. All or nothing (`app::work::urge_many`,
//! `app::tasks::set_responsible_many`); then back to the same list with the outcome.

use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppState;
use crate::auth::Auth;
use crate::error::ApiError;
use crate::kit::{PageError, safe_next};

/// Most tasks one bulk action may name (a list page shows 50).
const MAX_SELECTED: usize = 200;

fn back_with(back: &str, outcome: &str) -> Response {
    let sep = if back.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{back}{sep}da_xu_ly={outcome}")).into_response()
}

pub async fn submit(
    State(st): State<AppState>,
    auth: Auth,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_string());
    let back = safe_next(get("back").as_deref())
        .filter(|b| b.starts_with(crate::paths::TASKS))
        .unwrap_or_else(|| crate::paths::TASKS.into());
    // Drop a previous outcome from the address we return to.
    let back = match back.find("da_xu_ly=") {
        Some(i) => back[..i].trim_end_matches(['&', '?']).to_string(),
        None => back,
    };
    let mut ids = Vec::new();
    for (k, v) in &pairs {
        if k == "id" {
            let id = v.trim().parse::<i64>().map_err(|_| {
                ApiError::bad_request(
                    Some("task_ids".into()),
                    "Danh sách nhiệm vụ đã chọn không hợp lệ.".into(),
                    "The selected tasks are not valid.".into(),
                )
            })?;
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    if ids.is_empty() {
        return Ok(back_with(&back, "none"));
    }
    if ids.len() > MAX_SELECTED {
        return Err(ApiError::bad_request(
            Some("task_ids".into()),
            format!("Mỗi lần chỉ xử lý tối đa {MAX_SELECTED} nhiệm vụ."),
            format!("At most {MAX_SELECTED} tasks at a time."),
        )
        .into());
    }
    match get("action").as_deref() {
        Some("urge") => {
            // An urge without words says what every urge says.
            let text = get("text")
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| "Đề nghị khẩn trương thực hiện và báo cáo kết quả.".into());
            let n = app::work::urge_many(&st.app, &auth, &ids, &text).await?;
            Ok(back_with(&back, &format!("urge-{n}")))
        }
        Some("person") => {
            let person = get("person_id").and_then(|p| p.parse::<i64>().ok()).ok_or_else(|| {
                ApiError::bad_request(
                    Some("responsible_id".into()),
                    "Hãy chọn người phụ trách.".into(),
                    "Choose the responsible person.".into(),
                )
            })?;
            let n = app::tasks::set_responsible_many(&st.app, &auth, &ids, person).await?;
            Ok(back_with(&back, &format!("person-{n}")))
        }
        _ => Err(ApiError::bad_request(
            Some("action".into()),
            "Hãy chọn việc cần làm với các nhiệm vụ đã chọn.".into(),
            "Choose what to do with the selected tasks.".into(),
        )
        .into()),
    }
}
