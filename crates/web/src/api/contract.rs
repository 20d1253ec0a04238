//! The error answers every operation can give, added to the OpenAPI document in one place so
//! clients and testing tools (schemathesis) know them: a bad parameter or body (400), no or a bad
//! credential (401), a right not held (403), a record named in the path, a filter or the body not found or not visible (404), a body too
//! large (413) or of another media type (415), a refused value (422). Each uses the one error
//! body, `ErrorBody`.

use utoipa::openapi::path::Operation;
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder};

use crate::auth::policy::{Policy, ROUTE_POLICY};

fn error_response(description: &str) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new()
                    .schema(Some(Ref::from_schema_name("ErrorBody")))
                    .build(),
            )
            .build(),
    )
}

fn add(op: &mut Operation, code: &str, description: &str) {
    op.responses
        .responses
        .entry(code.to_string())
        .or_insert_with(|| error_response(description));
}

fn complete_operation(op: &mut Operation, method: &str, path: &str) {
    let has_params = op.parameters.as_ref().is_some_and(|p| !p.is_empty()) || path.contains('{');
    if has_params || op.request_body.is_some() {
        add(op, "400", "Tham số hoặc nội dung không hợp lệ — bad parameter or body");
    }
    let signed = ROUTE_POLICY
        .iter()
        .any(|(m, r, p)| m.eq_ignore_ascii_case(method) && *r == path && matches!(p, Policy::Signed(_)));
    if signed {
        add(op, "401", "Chưa đăng nhập — not signed in");
        add(op, "403", "Không có quyền — not allowed");
    }
    if has_params || op.request_body.is_some() {
        // A record named in the path, in a filter (`within`, `unit_id`…) or in the body
        // (`lead_unit_id`, `parent_id`…) may not exist or not be visible; a value read from
        // any of them (a period, a date, a status) may be refused.
        add(op, "404", "Không tìm thấy — not found (or not visible)");
        add(op, "422", "Giá trị không hợp lệ — a value refused, with the field");
    }
    if op.request_body.is_some() {
        add(op, "413", "Nội dung quá lớn — body too large");
        add(op, "415", "Kiểu nội dung không được hỗ trợ — unsupported media type");
    }
}

/// Adds the error answers to every operation of `doc`.
pub fn complete(doc: &mut OpenApi) {
    for (path, item) in doc.paths.paths.iter_mut() {
        let ops = [
            ("get", &mut item.get),
            ("put", &mut item.put),
            ("post", &mut item.post),
            ("delete", &mut item.delete),
            ("patch", &mut item.patch),
        ];
        for (method, op) in ops {
            if let Some(op) = op.as_mut() {
                complete_operation(op, method, path);
            }
        }
    }
}
