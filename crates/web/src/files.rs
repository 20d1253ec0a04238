//! Attached files over HTTP, for the API and the pages alike: reading a `multipart/form-data`
//! body with the files streamed to the file store as they arrive (never held whole in memory),
//! and answering a download as an attachment that the browser never displays or runs.

use axum::Form;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use domain::ErrorCode;
use store::blobs::Received;

use crate::AppState;
use crate::error::ApiError;

/// Largest text field of a form with files (a progress report's text is at most 5,000
/// characters; this leaves room for any field).
const MAX_FIELD_BYTES: usize = 64 * 1024;
/// At most this many files in one post.
pub const MAX_FILES: usize = 10;

/// The route's body limit: the file limit for each file plus the text fields. Bodies past it
/// are cut by the server; a single file over the file limit is still read to its end (and
/// discarded past the limit) so the sender gets the message naming the file, not a reset
/// connection.
pub fn body_limit(st: &AppState) -> usize {
    let max = st.app.settings.files.max_bytes;
    usize::try_from(max.saturating_mul(2).saturating_add(1024 * 1024)).unwrap_or(usize::MAX)
}

/// A form's text fields and received files.
#[derive(Debug, Default)]
pub struct Posted {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Received>,
}

impl Posted {
    /// The value of the text field `name`, empty when absent.
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

fn unreadable(e: impl std::fmt::Display) -> ApiError {
    tracing::info!(error = %e, "unreadable multipart body");
    ApiError::new(
        ErrorCode::BadRequest,
        "Không đọc được nội dung gửi lên (tệp có thể bị cắt giữa chừng); vui lòng gửi lại.",
        "The upload could not be read (it may have been cut short); please send it again.",
    )
}

fn too_many() -> ApiError {
    ApiError::from(domain::FieldError::new(
        "file",
        ErrorCode::TooMany,
        format!("Mỗi lần gửi tối đa {MAX_FILES} tệp."),
        format!("At most {MAX_FILES} files at once."),
    ))
}

fn store_error(e: std::io::Error) -> ApiError {
    tracing::error!(error = %e, "receiving an uploaded file");
    ApiError::new(
        ErrorCode::Internal,
        "Không lưu được tệp; vui lòng thử lại.",
        "The file could not be stored; please retry.",
    )
}

/// Reads a multipart body: every part with a file name under `file_field` is streamed to the
/// file store (a part with an empty name is a file input left empty and is skipped); other
/// parts are text fields, each at most 64 KB.
pub async fn read_multipart(st: &AppState, mut mp: Multipart, file_field: &str) -> Result<Posted, ApiError> {
    let blobs = &st.app.settings.files.blobs;
    let limit = st.app.settings.files.max_bytes;
    let cap = body_limit(st) as u64;
    let mut total: u64 = 0;
    let mut count = |n: usize| {
        total += n as u64;
        if total > cap {
            Err(ApiError::new(
                ErrorCode::TooLarge,
                format!(
                    "Nội dung gửi lên vượt quá {}; mỗi tệp tối đa {}.",
                    crate::kit::attachments::size(cap),
                    crate::kit::attachments::size(limit)
                ),
                format!(
                    "The upload is larger than {}; each file may be at most {}.",
                    crate::kit::attachments::size(cap),
                    crate::kit::attachments::size(limit)
                ),
            ))
        } else {
            Ok(())
        }
    };
    let mut posted = Posted::default();
    while let Some(mut field) = mp.next_field().await.map_err(unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) if name == file_field => {
                if file_name.is_empty() {
                    continue;
                }
                if posted.files.len() >= MAX_FILES {
                    return Err(too_many());
                }
                let mut incoming = blobs.receive(&file_name, limit).await.map_err(store_error)?;
                while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
                    count(chunk.len())?;
                    incoming.write(&chunk).await.map_err(store_error)?;
                }
                posted.files.push(incoming.finish().await.map_err(store_error)?);
            }
            Some(_) => {}
            None => {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
                    count(chunk.len())?;
                    if bytes.len() + chunk.len() > MAX_FIELD_BYTES {
                        return Err(ApiError::from(domain::FieldError::too_long(&name, MAX_FIELD_BYTES)));
                    }
                    bytes.extend_from_slice(&chunk);
                }
                let text = String::from_utf8(bytes).map_err(unreadable)?;
                posted.fields.push((name, text));
            }
        }
    }
    Ok(posted)
}

/// Reads a posted form: `multipart/form-data` (with files, see [`read_multipart`]) or a plain
/// `application/x-www-form-urlencoded` one (no files).
pub async fn read_form(st: &AppState, req: Request, file_field: &str) -> Result<Posted, ApiError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if multipart {
        let mp = Multipart::from_request(req, st).await.map_err(unreadable)?;
        read_multipart(st, mp, file_field).await
    } else {
        let Form(fields) = Form::<Vec<(String, String)>>::from_request(req, st)
            .await
            .map_err(unreadable)?;
        Ok(Posted {
            fields,
            files: Vec::new(),
        })
    }
}

/// `filename` for old clients: the name with anything outside printable ASCII (and quotes,
/// backslashes) replaced, so the header can never be split or misread.
fn ascii_name(name: &str) -> String {
    let folded = vntext::fold(name);
    folded
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// RFC 5987 percent-encoding of the UTF-8 name for `filename*`.
fn encoded_name(name: &str) -> String {
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The response for a file a caller may read: streamed from disk, always as an attachment,
/// with the type told from its content at upload, `nosniff`, and a sandbox policy so that even
/// a browser that opens it runs nothing.
pub async fn download(st: &AppState, caller: &app::Caller, id: i64) -> Result<Response, ApiError> {
    let opened = app::files::open(&st.app, caller, id).await?;
    let file = match tokio::fs::File::open(&opened.path).await {
        Ok(f) => f,
        Err(e) => {
            tracing::error!(error = %e, path = %opened.path.display(), "attached file missing from the file store");
            return Err(app::Error::not_found("file", id).into());
        }
    };
    let f = &opened.file;
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_name(&f.name),
        encoded_name(&f.name)
    );
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
    let mut resp = body.into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(f.kind.mime()));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(f.size_bytes.max(0) as u64));
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    Ok(resp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_headers_cannot_break_out() {
        assert_eq!(ascii_name("Biên bản \"họp\".pdf"), "bien ban _hop_.pdf");
        assert_eq!(encoded_name("Ảnh 1.png"), "%E1%BA%A2nh%201.png");
        assert!(!ascii_name("a\r\nb.pdf").contains('\n'));
    }
}
