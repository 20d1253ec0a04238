//! Reading an uploaded sheet for the API and the page alike: a `multipart/form-data` body with
//! the workbook in the field `file` (read into memory up to [`MAX_SHEET_BYTES`]) and the
//! import's choices as text fields — `unit_id`, `plan_id`, and one `unit_map` per mapped unit
//! name, written `name=id`.

use app::sheets::Context;
use axum::extract::{FromRequest, Multipart, Request};
use domain::{ErrorCode, FieldError};

use crate::AppState;
use crate::error::ApiError;

/// Largest workbook accepted (a 20,000-row sheet is about 2 MB).
pub const MAX_SHEET_BYTES: usize = 16 * 1024 * 1024;
/// Largest text field.
const MAX_FIELD_BYTES: usize = 64 * 1024;

/// A posted sheet and its choices.
#[derive(Debug, Default)]
pub struct Upload {
    pub bytes: Vec<u8>,
    pub file_name: String,
    pub context: Context,
    /// Other text fields (the page's `loai`).
    pub fields: Vec<(String, String)>,
}

impl Upload {
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

fn unreadable(e: impl std::fmt::Display) -> ApiError {
    tracing::info!(error = %e, "unreadable sheet upload");
    ApiError::new(
        ErrorCode::UnsupportedMediaType,
        "Không đọc được nội dung gửi lên; hãy gửi tệp Excel dạng multipart/form-data, trường “file”.",
        "The upload could not be read; send the Excel file as multipart/form-data, field “file”.",
    )
}

fn too_large() -> ApiError {
    ApiError::from(FieldError::new(
        "file",
        ErrorCode::FileTooLarge,
        "Tệp Excel lớn hơn 16 MB; hãy chia thành nhiều tệp.",
        "The Excel file is larger than 16 MB; split it into several files.",
    ))
}

fn id_field(name: &str, value: &str) -> Result<Option<i64>, ApiError> {
    match value.trim() {
        "" => Ok(None),
        v => v
            .parse::<i64>()
            .map(Some)
            .map_err(|_| ApiError::from(FieldError::invalid(name, "Mã không hợp lệ.", "Not a valid id."))),
    }
}

/// Reads the request's multipart body.
pub async fn read_upload(st: &AppState, req: Request) -> Result<Upload, ApiError> {
    let mut mp = Multipart::from_request(req, st).await.map_err(unreadable)?;
    let mut up = Upload::default();
    while let Some(mut field) = mp.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            up.file_name = field.file_name().unwrap_or("").to_string();
            while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
                if up.bytes.len() + chunk.len() > MAX_SHEET_BYTES {
                    return Err(too_large());
                }
                up.bytes.extend_from_slice(&chunk);
            }
            continue;
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
            if bytes.len() + chunk.len() > MAX_FIELD_BYTES {
                return Err(ApiError::from(FieldError::too_long(&name, MAX_FIELD_BYTES)));
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = String::from_utf8(bytes).map_err(unreadable)?;
        match name.as_str() {
            "unit_id" => up.context.unit_id = id_field("unit_id", &text)?,
            "plan_id" => up.context.plan_id = id_field("plan_id", &text)?,
            "unit_map" => {
                // "name=id"; an empty choice ("name=") maps nothing.
                if let Some((n, id)) = text.rsplit_once('=')
                    && let Some(id) = id_field("unit_map", id)?
                {
                    up.context.unit_map.push((n.to_string(), id));
                }
            }
            _ => up.fields.push((name, text)),
        }
    }
    Ok(up)
}
