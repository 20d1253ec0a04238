//! Every page's address, written once. The router registers the patterns in [`route`]; Rust
//! code and templates build links with the functions below (`{{ crate::paths::task(t.id) }}`),
//! each filling its own pattern — so an address cannot change in one place and break in another.

use std::fmt::Display;

/// The patterns the page router registers (`{id}` is the record's id, `{code}` a public code).
pub mod route {
    pub const HOME: &str = "/";
    pub const OVERVIEW: &str = "/tong-quan";
    pub const MY_WORK: &str = "/viec";
    pub const TASKS: &str = "/nhiem-vu";
    pub const TASK: &str = "/nhiem-vu/{id}";
    pub const DOCUMENTS: &str = "/van-ban";
    pub const DOCUMENT: &str = "/van-ban/{id}";
    pub const UNIT: &str = "/don-vi/{id}";
    pub const TARGETS: &str = "/chi-tieu";
    pub const SEARCH: &str = "/tim-kiem";
    pub const FILE: &str = "/tep/{id}";
    pub const LOGIN: &str = "/dang-nhap";
    pub const LOGOUT: &str = "/dang-xuat";
    pub const NOTICES: &str = "/thong-bao";
    pub const REQUIREMENTS: &str = "/yeu-cau";
    pub const REQUIREMENT: &str = "/yeu-cau/{id}";
    pub const EVALUATION: &str = "/danh-gia/{id}";
    pub const RULE_SET: &str = "/danh-gia/bo-tieu-chi/{id}";
    pub const FEEDBACK: &str = "/y-kien/{code}";
    pub const RANKING: &str = "/thi-dua";
    pub const CONFERENCES: &str = "/hoi-nghi";
    pub const CONFERENCE: &str = "/hoi-nghi/{id}";
    pub const INSPECTIONS: &str = "/kiem-tra";
    pub const INSPECTION: &str = "/kiem-tra/{id}";
    pub const INSPECTION_PLAN_NEW: &str = "/kiem-tra/ke-hoach/moi";
    pub const INSPECTION_PLAN: &str = "/kiem-tra/ke-hoach/{id}";
    pub const INSPECTION_DECISION: &str = "/kiem-tra/{id}/quyet-dinh";
    pub const INSPECTION_CONCLUSION: &str = "/kiem-tra/{id}/ket-luan";
    pub const CONFERENCE_INVITEES: &str = "/hoi-nghi/{id}/danh-sach-moi";
    pub const CONFERENCE_ROLL_CALL: &str = "/hoi-nghi/{id}/diem-danh";
}

pub use route::{
    DOCUMENTS, HOME, INSPECTION_PLAN_NEW, INSPECTIONS, LOGIN, MY_WORK, NOTICES, OVERVIEW, RANKING, REQUIREMENTS,
    SEARCH, TARGETS, TASKS,
};

/// A pattern with its one placeholder (`{id}`, `{code}`) filled in.
fn fill(pattern: &str, id: impl Display) -> String {
    match (pattern.find('{'), pattern.find('}')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{id}{}", &pattern[..open], &pattern[close + 1..])
        }
        _ => pattern.to_string(),
    }
}

pub fn task(id: impl Display) -> String {
    fill(route::TASK, id)
}

pub fn document(id: impl Display) -> String {
    fill(route::DOCUMENT, id)
}

pub fn unit(id: impl Display) -> String {
    fill(route::UNIT, id)
}

pub fn file(id: impl Display) -> String {
    fill(route::FILE, id)
}

pub fn requirement(id: impl Display) -> String {
    fill(route::REQUIREMENT, id)
}

pub fn evaluation(id: impl Display) -> String {
    fill(route::EVALUATION, id)
}

pub fn rule_set(id: impl Display) -> String {
    fill(route::RULE_SET, id)
}

pub fn conference(id: impl Display) -> String {
    fill(route::CONFERENCE, id)
}

pub fn inspection(id: impl Display) -> String {
    fill(route::INSPECTION, id)
}

pub fn inspection_plan(id: impl Display) -> String {
    fill(route::INSPECTION_PLAN, id)
}

/// The form of an inspection's decision (with its team and schedule).
pub fn inspection_decision(id: impl Display) -> String {
    fill(route::INSPECTION_DECISION, id)
}

/// The form of an inspection's conclusion (findings and recommendations).
pub fn inspection_conclusion(id: impl Display) -> String {
    fill(route::INSPECTION_CONCLUSION, id)
}

/// Where a conference's invitation list is generated or refreshed (a form's action).
pub fn conference_invitees(id: impl Display) -> String {
    fill(route::CONFERENCE_INVITEES, id)
}

/// Where a conference's roll-call is posted.
pub fn conference_roll_call(id: impl Display) -> String {
    fill(route::CONFERENCE_ROLL_CALL, id)
}

/// The public feedback form of a unit, by its public code.
pub fn feedback(code: impl Display) -> String {
    fill(route::FEEDBACK, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_fill_their_route_pattern() {
        assert_eq!(task(42), "/nhiem-vu/42");
        assert_eq!(document(7), "/van-ban/7");
        assert_eq!(unit(3), "/don-vi/3");
        assert_eq!(feedback("ab12"), "/y-kien/ab12");
        assert_eq!(rule_set(2), "/danh-gia/bo-tieu-chi/2");
        assert_eq!(inspection_plan(4), "/kiem-tra/ke-hoach/4");
        assert_eq!(inspection_decision(9), "/kiem-tra/9/quyet-dinh");
        assert_eq!(inspection_conclusion(9), "/kiem-tra/9/ket-luan");
        assert_eq!(conference_roll_call(5), "/hoi-nghi/5/diem-danh");
    }
}
