//! The record-naming fields of every request body, read from the served OpenAPI document.

use serde_json::Value;

/// Fields of request bodies that are not references to records.
pub(super) const NOT_REFERENCES: &[&str] = &["version", "approve", "confirm_drop"];

/// Reference fields a route reads but never acts on, and why.
pub(super) const IGNORED: &[(&str, &str, &str)] = &[
    // A sub-task always belongs to its parent's plan and under its parent (tested in tasks.rs).
    ("POST", "/api/v1/tasks/{id}/subtasks", "plan_id"),
    ("POST", "/api/v1/tasks/{id}/subtasks", "parent_id"),
];

/// The names a body schema gives to record ids (`lead_unit_id`, `tasks[].responsible_id`,
/// `implements`…), found by walking the OpenAPI schema.
pub(super) fn id_fields(doc: &Value, schema: &Value, prefix: &str, out: &mut Vec<String>) {
    let schema = match schema["$ref"].as_str() {
        Some(r) => &doc["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    };
    for part in ["allOf", "oneOf", "anyOf"] {
        for s in schema[part].as_array().into_iter().flatten() {
            id_fields(doc, s, prefix, out);
        }
    }
    for (name, prop) in schema["properties"].as_object().into_iter().flatten() {
        let path = format!("{prefix}{name}");
        let is_ref = name.ends_with("_id") || name.ends_with("_ids") || name == "implements" || name.ends_with("_by");
        if is_ref && !NOT_REFERENCES.contains(&name.as_str()) {
            out.push(path.clone());
        }
        let item = if prop["type"] == "array" { &prop["items"] } else { prop };
        if item["$ref"].is_string() || item["properties"].is_object() || item["allOf"].is_array() {
            let sep = if prop["type"] == "array" { "[]." } else { "." };
            id_fields(doc, item, &format!("{path}{sep}"), out);
        }
    }
}

/// Every (method, route, field) of the document whose body names a record.
pub(super) fn documented_references() -> Vec<(String, String, String)> {
    let doc = serde_json::to_value(web::openapi()).expect("serialises");
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let schema = &op["requestBody"]["content"]["application/json"]["schema"];
            let mut fields = Vec::new();
            id_fields(&doc, schema, "", &mut fields);
            for f in fields {
                out.push((method.to_uppercase(), path.clone(), f));
            }
        }
    }
    out
}
