//! The route policy: what each API route requires. One table; the middleware in
//! [`super::enforce`] applies it to every request, and a test checks that every route in the
//! OpenAPI document has an entry — so a new route cannot escape authorization.

use axum::http::Method;
use domain::access::Action;

/// What a route requires before its handler runs. Record-level checks (is *this* task in
/// the user's scope?) happen in the handler with [`super::guard`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, signed in or not.
    Public,
    /// A signed-in user holding a role that grants the action somewhere.
    Signed(Action),
}

use Action::*;
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
    ("GET", "/api/v1/users", Signed(ManageUsers)),
    ("POST", "/api/v1/users", Signed(ManageUsers)),
    ("GET", "/api/v1/users/{id}", Signed(ManageUsers)),
    ("PUT", "/api/v1/users/{id}/roles", Signed(ManageUsers)),
    ("POST", "/api/v1/users/{id}/password", Signed(ManageUsers)),
    ("GET", "/api/v1/units", Signed(Read)),
    ("POST", "/api/v1/units", Signed(ManageOrganisation)),
    ("GET", "/api/v1/units/{id}", Signed(Read)),
    ("PUT", "/api/v1/units/{id}", Signed(ManageOrganisation)),
    ("DELETE", "/api/v1/units/{id}", Signed(ManageOrganisation)),
    ("GET", "/api/v1/units/{id}/children", Signed(Read)),
    ("GET", "/api/v1/units/{id}/ancestors", Signed(Read)),
    ("GET", "/api/v1/people", Signed(Read)),
    ("POST", "/api/v1/people", Signed(ManageOrganisation)),
    ("GET", "/api/v1/people/{id}", Signed(Read)),
    ("PUT", "/api/v1/people/{id}", Signed(ManageOrganisation)),
    ("POST", "/api/v1/symbols/parse", Signed(Read)),
    ("GET", "/api/v1/documents", Signed(Read)),
    ("POST", "/api/v1/documents", Signed(ManageWork)),
    ("GET", "/api/v1/documents/{id}", Signed(Read)),
    ("PUT", "/api/v1/documents/{id}", Signed(ManageWork)),
    ("GET", "/api/v1/documents/{id}/links", Signed(Read)),
    ("POST", "/api/v1/documents/{id}/links", Signed(ManageWork)),
    ("DELETE", "/api/v1/documents/{id}/links/{link_id}", Signed(ManageWork)),
    ("GET", "/api/v1/documents/{id}/descendants", Signed(Read)),
    ("GET", "/api/v1/documents/{id}/audit", Signed(Read)),
    ("GET", "/api/v1/themes", Signed(Read)),
    ("POST", "/api/v1/themes", Signed(ManageWork)),
    ("GET", "/api/v1/themes/{id}", Signed(Read)),
    ("PUT", "/api/v1/themes/{id}", Signed(ManageWork)),
    ("GET", "/api/v1/tasks", Signed(Read)),
    ("POST", "/api/v1/tasks", Signed(ManageWork)),
    ("POST", "/api/v1/tasks/batch", Signed(ManageWork)),
    ("GET", "/api/v1/tasks/{id}", Signed(Read)),
    ("PUT", "/api/v1/tasks/{id}", Signed(ManageWork)),
    ("GET", "/api/v1/tasks/{id}/history", Signed(Read)),
    ("GET", "/api/v1/tasks/{id}/audit", Signed(Read)),
    ("POST", "/api/v1/tasks/{id}/progress", Signed(ReportWork)),
    ("POST", "/api/v1/tasks/{id}/complete", Signed(ReportWork)),
    ("POST", "/api/v1/tasks/{id}/cancel", Signed(ManageWork)),
    ("POST", "/api/v1/tasks/{id}/extensions", Signed(ReportWork)),
    (
        "POST",
        "/api/v1/tasks/{id}/extensions/{request_id}/decision",
        Signed(DecideExtension),
    ),
    ("POST", "/api/v1/tasks/{id}/explanations", Signed(RequestExplanation)),
    (
        "POST",
        "/api/v1/tasks/{id}/explanations/{request_id}/answer",
        Signed(ReportWork),
    ),
    ("GET", "/api/v1/targets", Signed(Read)),
    ("POST", "/api/v1/targets", Signed(ManageWork)),
    ("GET", "/api/v1/targets/{id}", Signed(Read)),
    ("PUT", "/api/v1/targets/{id}", Signed(ManageWork)),
    ("GET", "/api/v1/targets/{id}/actuals", Signed(Read)),
    ("POST", "/api/v1/targets/{id}/actuals", Signed(ReportWork)),
    ("GET", "/api/v1/rollup", Signed(Read)),
    ("GET", "/api/v1/search", Signed(Read)),
    ("POST", "/api/v1/plans/extract", Signed(ManageWork)),
    ("POST", "/api/v1/plans/import", Signed(ManageWork)),
];

/// The policy of a route, if it has one.
pub fn policy_for(method: &Method, route: &str) -> Option<Policy> {
    ROUTE_POLICY
        .iter()
        .find(|(m, r, _)| *m == method.as_str() && *r == route)
        .map(|(_, _, p)| *p)
}
