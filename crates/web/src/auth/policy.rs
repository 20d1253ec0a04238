//! The route policy: the operation behind each API route. One table; the middleware in
//! [`super::enforce`] refuses a request whose user holds the operation's action nowhere, the
//! operation itself checks the record and every record its input names (`app::authz`), and a
//! test checks that every route in the OpenAPI document has an entry — so a new route cannot
//! escape authorization.

use axum::http::Method;
use domain::access::Operation;

/// What a route requires before its handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, signed in or not.
    Public,
    /// A signed-in user holding, somewhere, the action the operation needs.
    Signed(Operation),
}

impl Policy {
    /// The action a user must hold somewhere.
    pub fn action(self) -> Option<domain::access::Action> {
        match self {
            Policy::Public => None,
            Policy::Signed(op) => Some(op.rule().action),
        }
    }
}

use Operation::*;
use Policy::*;

/// (method, route as matched by the router, policy).
pub const ROUTE_POLICY: &[(&str, &str, Policy)] = &[
    ("GET", "/api/v1/health", Public),
    ("GET", "/api/v1/openapi.json", Public),
    ("POST", "/api/v1/auth/login", Public),
    ("POST", "/api/v1/auth/logout", Public),
    ("GET", "/api/v1/auth/me", Signed(Read)),
    ("POST", "/api/v1/auth/password", Signed(Read)),
    ("GET", "/api/v1/auth/tokens", Signed(Read)),
    ("POST", "/api/v1/auth/tokens", Signed(Read)),
    ("DELETE", "/api/v1/auth/tokens/{id}", Signed(Read)),
    ("GET", "/api/v1/users", Signed(CreateUser)),
    ("POST", "/api/v1/users", Signed(CreateUser)),
    ("GET", "/api/v1/users/{id}", Signed(CreateUser)),
    ("PUT", "/api/v1/users/{id}/roles", Signed(UpdateUserRoles)),
    ("POST", "/api/v1/users/{id}/password", Signed(ResetPassword)),
    ("GET", "/api/v1/units", Signed(Read)),
    ("POST", "/api/v1/units", Signed(CreateUnit)),
    ("GET", "/api/v1/units/{id}", Signed(Read)),
    ("PUT", "/api/v1/units/{id}", Signed(UpdateUnit)),
    ("DELETE", "/api/v1/units/{id}", Signed(DeleteUnit)),
    ("GET", "/api/v1/units/{id}/children", Signed(Read)),
    ("GET", "/api/v1/units/{id}/ancestors", Signed(Read)),
    ("GET", "/api/v1/people", Signed(Read)),
    ("POST", "/api/v1/people", Signed(CreatePerson)),
    ("GET", "/api/v1/people/{id}", Signed(Read)),
    ("PUT", "/api/v1/people/{id}", Signed(UpdatePerson)),
    ("POST", "/api/v1/symbols/parse", Signed(Read)),
    ("GET", "/api/v1/documents", Signed(Read)),
    ("POST", "/api/v1/documents", Signed(CreateDocument)),
    ("GET", "/api/v1/documents/{id}", Signed(Read)),
    ("PUT", "/api/v1/documents/{id}", Signed(UpdateDocument)),
    ("GET", "/api/v1/documents/{id}/links", Signed(Read)),
    ("POST", "/api/v1/documents/{id}/links", Signed(LinkDocuments)),
    (
        "DELETE",
        "/api/v1/documents/{id}/links/{link_id}",
        Signed(UnlinkDocuments),
    ),
    ("GET", "/api/v1/documents/{id}/descendants", Signed(Read)),
    ("GET", "/api/v1/documents/{id}/audit", Signed(Read)),
    ("GET", "/api/v1/themes", Signed(Read)),
    ("POST", "/api/v1/themes", Signed(CreateTheme)),
    ("GET", "/api/v1/themes/{id}", Signed(Read)),
    ("PUT", "/api/v1/themes/{id}", Signed(UpdateTheme)),
    ("GET", "/api/v1/tasks", Signed(Read)),
    ("POST", "/api/v1/tasks", Signed(CreateTask)),
    ("POST", "/api/v1/tasks/batch", Signed(CreateTask)),
    (
        "POST",
        "/api/v1/tasks/{id}/progress/{report_id}/files",
        Signed(ReportProgress),
    ),
    ("GET", "/api/v1/tasks/{id}/files", Signed(Read)),
    ("GET", "/api/v1/files/{id}", Signed(Read)),
    ("GET", "/api/v1/tasks/{id}", Signed(Read)),
    ("PUT", "/api/v1/tasks/{id}", Signed(UpdateTask)),
    ("POST", "/api/v1/tasks/{id}/subtasks", Signed(CreateSubtask)),
    ("PUT", "/api/v1/tasks/{id}/responsible", Signed(SetResponsible)),
    ("GET", "/api/v1/tasks/{id}/history", Signed(Read)),
    ("GET", "/api/v1/tasks/{id}/audit", Signed(Read)),
    ("POST", "/api/v1/tasks/{id}/progress", Signed(ReportProgress)),
    ("POST", "/api/v1/tasks/{id}/complete", Signed(CompleteTask)),
    ("POST", "/api/v1/tasks/{id}/cancel", Signed(CancelTask)),
    ("POST", "/api/v1/tasks/{id}/extensions", Signed(RequestExtension)),
    (
        "POST",
        "/api/v1/tasks/{id}/extensions/{request_id}/decision",
        Signed(DecideExtension),
    ),
    ("POST", "/api/v1/tasks/{id}/explanations", Signed(RequestExplanation)),
    (
        "POST",
        "/api/v1/tasks/{id}/explanations/{request_id}/answer",
        Signed(AnswerExplanation),
    ),
    ("POST", "/api/v1/tasks/{id}/comments", Signed(CommentTask)),
    ("POST", "/api/v1/tasks/{id}/urges", Signed(UrgeTask)),
    ("GET", "/api/v1/targets", Signed(Read)),
    ("POST", "/api/v1/targets", Signed(CreateTarget)),
    ("GET", "/api/v1/targets/{id}", Signed(Read)),
    ("PUT", "/api/v1/targets/{id}", Signed(UpdateTarget)),
    ("GET", "/api/v1/targets/{id}/actuals", Signed(Read)),
    ("POST", "/api/v1/targets/{id}/actuals", Signed(RecordActual)),
    ("GET", "/api/v1/rollup", Signed(Read)),
    ("GET", "/api/v1/rollup/all", Signed(Read)),
    ("GET", "/api/v1/search", Signed(Read)),
    ("POST", "/api/v1/plans/extract", Signed(ImportPlan)),
    ("POST", "/api/v1/plans/import", Signed(ImportPlan)),
    // Sheets: the kind's own operation; every row is checked as its form is (`app::sheets`).
    ("POST", "/api/v1/imports/units/preview", Signed(CreateUnit)),
    ("POST", "/api/v1/imports/units", Signed(CreateUnit)),
    ("POST", "/api/v1/imports/people/preview", Signed(CreatePerson)),
    ("POST", "/api/v1/imports/people", Signed(CreatePerson)),
    ("POST", "/api/v1/imports/targets/preview", Signed(CreateTarget)),
    ("POST", "/api/v1/imports/targets", Signed(CreateTarget)),
    ("POST", "/api/v1/imports/tasks/preview", Signed(CreateTask)),
    ("POST", "/api/v1/imports/tasks", Signed(CreateTask)),
    ("GET", "/api/v1/reports/implementation", Signed(Read)),
    // Evaluation: the steps need different rights by step and by who the caller is (the
    // person, a reviewer, an approver); `app::evaluation` checks them on the record.
    ("GET", "/api/v1/evaluations", Signed(Read)),
    ("GET", "/api/v1/evaluations/mine", Signed(Read)),
    ("GET", "/api/v1/rankings", Signed(Read)),
    ("POST", "/api/v1/evaluations/compute", Signed(ComputeEvaluations)),
    ("GET", "/api/v1/evaluations/{id}", Signed(Read)),
    ("POST", "/api/v1/evaluations/{id}/steps", Signed(Read)),
    ("POST", "/api/v1/tasks/{id}/evaluation-marks", Signed(MarkTaskResult)),
    ("GET", "/api/v1/evaluation-rule-sets", Signed(Read)),
    ("GET", "/api/v1/evaluation-rule-sets/{id}", Signed(Read)),
    ("PUT", "/api/v1/evaluation-rule-sets/{id}", Signed(ManageRuleSets)),
    (
        "POST",
        "/api/v1/evaluation-rule-sets/{id}/clone",
        Signed(ManageRuleSets),
    ),
    (
        "POST",
        "/api/v1/evaluation-rule-sets/{id}/activate",
        Signed(ManageRuleSets),
    ),
    ("POST", "/api/v1/evaluation-years/classify", Signed(DecideEvaluation)),
    ("POST", "/api/v1/evaluation-years/override", Signed(DecideEvaluation)),
    // Compliance requirements: the record checks are `app::compliance` (the issuing unit sets,
    // reviews and reminds; each unit reports its own item and records its meetings).
    ("GET", "/api/v1/requirements", Signed(Read)),
    ("POST", "/api/v1/requirements", Signed(CreateRequirement)),
    ("GET", "/api/v1/requirements/{id}", Signed(Read)),
    ("GET", "/api/v1/requirements/{id}/items", Signed(Read)),
    ("POST", "/api/v1/requirements/{id}/reminders", Signed(ReviewRequirement)),
    ("GET", "/api/v1/requirement-items/{id}", Signed(Read)),
    ("POST", "/api/v1/requirement-items/{id}/done", Signed(ReportRequirement)),
    (
        "POST",
        "/api/v1/requirement-items/{id}/review",
        Signed(ReviewRequirement),
    ),
    ("POST", "/api/v1/meetings", Signed(RecordMeeting)),
    ("GET", "/api/v1/units/{id}/meetings", Signed(Read)),
    // Conferences: the host's office adds, edits, attaches and concludes; attendance is the
    // host's or each bridge point's own (`app::conferences`).
    ("GET", "/api/v1/conferences", Signed(Read)),
    ("POST", "/api/v1/conferences", Signed(CreateConference)),
    ("GET", "/api/v1/conferences/{id}", Signed(Read)),
    ("PUT", "/api/v1/conferences/{id}", Signed(UpdateConference)),
    ("POST", "/api/v1/conferences/{id}/attendance", Signed(RecordAttendance)),
    (
        "POST",
        "/api/v1/conferences/{id}/conclusion",
        Signed(ConcludeConference),
    ),
    ("POST", "/api/v1/conferences/{id}/files", Signed(UpdateConference)),
    ("POST", "/api/v1/conference-series", Signed(CreateConference)),
    // The invitation list is the host office's; the roll-call is the host's or each bridge
    // point's own, for the people invited there (`app::conference_invitees`).
    ("GET", "/api/v1/conferences/{id}/invitees", Signed(Read)),
    ("POST", "/api/v1/conferences/{id}/invitees", Signed(UpdateConference)),
    (
        "POST",
        "/api/v1/conferences/{id}/invitees/generate",
        Signed(UpdateConference),
    ),
    (
        "DELETE",
        "/api/v1/conferences/{id}/invitees/{person_id}",
        Signed(UpdateConference),
    ),
    ("POST", "/api/v1/conferences/{id}/roll-call", Signed(RecordAttendance)),
    // Inspections: the record checks are `app::inspections` (the commission acts on its
    // inspections; a subject's officers submit its self-report; papers' files by the paper's
    // own operation, checked on the paper).
    ("GET", "/api/v1/inspection-plans", Signed(Read)),
    ("POST", "/api/v1/inspection-plans", Signed(PlanInspections)),
    ("GET", "/api/v1/inspection-plans/{id}", Signed(Read)),
    ("GET", "/api/v1/inspections", Signed(Read)),
    ("GET", "/api/v1/inspections/{id}", Signed(Read)),
    ("POST", "/api/v1/inspections/{id}/decision", Signed(DecideInspection)),
    (
        "POST",
        "/api/v1/inspections/{id}/self-reports",
        Signed(SubmitSelfReport),
    ),
    (
        "POST",
        "/api/v1/inspections/{id}/verifications",
        Signed(RecordVerification),
    ),
    ("POST", "/api/v1/inspections/{id}/drafts", Signed(DraftInspectionReport)),
    (
        "POST",
        "/api/v1/inspections/{id}/conclusion",
        Signed(ConcludeInspection),
    ),
    (
        "POST",
        "/api/v1/inspections/{id}/recommendations/{recommendation_id}/close",
        Signed(CloseRecommendation),
    ),
    ("POST", "/api/v1/inspections/{id}/close", Signed(CloseInspection)),
    ("GET", "/api/v1/inspection-records/{id}", Signed(Read)),
    ("POST", "/api/v1/inspection-records/{id}/files", Signed(Read)),
    ("GET", "/api/v1/inspection-follow-ups/overdue", Signed(Read)),
    ("GET", "/api/v1/feedback-points", Signed(Read)),
    ("POST", "/api/v1/feedback-points", Signed(ManageFeedback)),
    ("GET", "/api/v1/feedback/{code}", Public),
    ("POST", "/api/v1/feedback/{code}", Public),
];

/// The policy of a route, if it has one.
pub fn policy_for(method: &Method, route: &str) -> Option<Policy> {
    ROUTE_POLICY
        .iter()
        .find(|(m, r, _)| *m == method.as_str() && *r == route)
        .map(|(_, _, p)| *p)
}

/// The methods a route takes (empty for an unknown route).
pub fn methods_of(route: &str) -> Vec<&'static str> {
    ROUTE_POLICY
        .iter()
        .filter(|(_, r, _)| *r == route)
        .map(|(m, _, _)| *m)
        .collect()
}
