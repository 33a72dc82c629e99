//! Every endpoint of API v1, declared once. The service's router, the kiosk's client, the
//! OpenAPI document, the load generator and the tests all read method, path, body, answer,
//! idempotency and errors from here, so they cannot disagree.

use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::report::{DayReport, ReportQuery};
use crate::wire::*;
use crate::ErrorCode;
use crate::ErrorCode as E;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
}

impl HttpMethod {
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Delete => "DELETE",
        }
    }
}

/// Who may call an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone (the load balancer's health check).
    Open,
    /// A registered terminal: `Authorization: Bearer <device token>`.
    Device,
    /// A counter terminal with a signed-in staff member: the device token and
    /// `X-Staff-Session`.
    Staff,
}

/// No request body.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema)]
pub struct NoBody;

/// No query string.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema)]
pub struct NoQuery;

/// A `204 No Content` answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NoContent;

/// One operation of the API.
pub trait Endpoint: 'static {
    /// The JSON body sent, or [`NoBody`].
    type Body: Serialize + DeserializeOwned + JsonSchema + 'static;
    /// The query string, or [`NoQuery`].
    type Query: Serialize + DeserializeOwned + JsonSchema + 'static;
    /// The JSON answer on success, or [`NoContent`].
    type Answer: Serialize + DeserializeOwned + JsonSchema + 'static;
    /// The OpenAPI `operationId`.
    const ID: &'static str;
    const SUMMARY: &'static str;
    const METHOD: HttpMethod;
    /// With `{name}` for each path parameter, as the router writes it.
    const PATH: &'static str;
    const ACCESS: Access;
    /// Whether an `Idempotency-Key` header is required: the change applies once however many
    /// times it is sent with that key.
    const IDEMPOTENT: bool = false;
    /// The success status.
    const STATUS: u16 = 200;
    /// The problem codes this operation answers beyond the ones every operation can.
    const ERRORS: &'static [ErrorCode];
}

/// The path with its parameters filled in, each percent-encoded so none can change the path.
pub fn path_with<EP: Endpoint>(params: &[&str]) -> String {
    let mut out = String::with_capacity(EP::PATH.len() + 16);
    let mut rest = EP::PATH;
    let mut values = params.iter();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
        if let Some(value) = values.next() {
            percent_encode_into(value, &mut out);
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// The names of the path's `{parameters}`, in order.
pub fn path_params(path: &'static str) -> impl Iterator<Item = &'static str> {
    path.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

pub fn percent_encode_into(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// Something that is shown every endpoint in turn (the OpenAPI generator, the router test).
pub trait Visit {
    fn visit<EP: Endpoint>(&mut self);
}

macro_rules! endpoints {
    ($(
        $(#[$doc:meta])*
        $name:ident {
            id: $id:literal,
            summary: $summary:literal,
            $method:ident $path:literal,
            access: $access:ident,
            body: $body:ty,
            $(query: $query:ty,)?
            answer: $answer:ty,
            $(status: $status:literal,)?
            $(idempotent: $idem:literal,)?
            errors: [$($err:ident),* $(,)?] $(,)?
        }
    )*) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl Endpoint for $name {
                type Body = $body;
                type Query = endpoints!(@query $($query)?);
                type Answer = $answer;
                const ID: &'static str = $id;
                const SUMMARY: &'static str = $summary;
                const METHOD: HttpMethod = HttpMethod::$method;
                const PATH: &'static str = $path;
                const ACCESS: Access = Access::$access;
                $(const IDEMPOTENT: bool = $idem;)?
                $(const STATUS: u16 = $status;)?
                const ERRORS: &'static [ErrorCode] = &[$(E::$err),*];
            }
        )*

        /// Shows `visitor` every endpoint, in the order of the API's documentation.
        pub fn visit_all(visitor: &mut impl Visit) {
            $(visitor.visit::<$name>();)*
        }
    };
    (@query) => { NoQuery };
    (@query $query:ty) => { $query };
}

endpoints! {
    HealthCheck {
        id: "health",
        summary: "Whether the service is up (for load balancers; no token)",
        Get "/v1/health",
        access: Open,
        body: NoBody,
        answer: Health,
        errors: [],
    }
    TerminalReportCall {
        id: "terminalReport",
        summary: "A terminal's health check, carrying its report (never anything about a visitor)",
        Post "/v1/terminal/report",
        access: Device,
        body: TerminalReport,
        answer: Health,
        errors: [],
    }
    PasswordPolicy {
        id: "passwordPolicy",
        summary: "The password, PIN and answer rules, so a terminal checks them as the service does",
        Get "/v1/password-policy",
        access: Device,
        body: NoBody,
        answer: PasswordPolicyInfo,
        errors: [],
    }
    OpenApi {
        id: "openApi",
        summary: "This document",
        Get "/v1/openapi.json",
        access: Device,
        body: NoBody,
        answer: serde_json::Value,
        errors: [],
    }
    Start {
        id: "selfServiceStart",
        summary: "A student names their account and birth date; answers which ways to verify they have",
        Post "/v1/self-service/start",
        access: Device,
        body: StartRequest,
        answer: StartResponse,
        errors: [NotVerified, RateLimited],
    }
    Verify {
        id: "selfServiceVerify",
        summary: "The PIN or the three answers; answers a single-use reset token",
        Post "/v1/self-service/verify",
        access: Device,
        body: VerifyRequest,
        answer: VerifyResponse,
        errors: [VerificationFailed, SelfServicePaused, FlowExpired, RateLimited],
    }
    Reset {
        id: "selfServiceReset",
        summary: "The new password, with the reset token",
        Post "/v1/self-service/reset",
        access: Device,
        body: ResetRequest,
        answer: ResetResponse,
        idempotent: true,
        errors: [PasswordRejected, ResetTooSoon, SelfServicePaused, FlowExpired, IdempotencyConflict, RateLimited, DirectoryUnavailable],
    }
    EnrollSession {
        id: "enrollmentSignIn",
        summary: "A student signs in with the current password to set up a PIN or questions",
        Post "/v1/enrollment/session",
        access: Device,
        body: EnrollSessionRequest,
        answer: EnrollSessionResponse,
        errors: [SignInFailed, RateLimited, DirectoryUnavailable],
    }
    SetPin {
        id: "enrollmentSetPin",
        summary: "Sets or replaces the student's PIN (uses up the session)",
        Put "/v1/enrollment/pin",
        access: Device,
        body: SetPinRequest,
        answer: NoContent,
        status: 204,
        errors: [PinRejected, FlowExpired, PasswordChangeRequired],
    }
    SetQuestions {
        id: "enrollmentSetQuestions",
        summary: "Sets the three security questions, with the password typed again (uses up the session)",
        Put "/v1/enrollment/questions",
        access: Device,
        body: SetQuestionsRequest,
        answer: NoContent,
        status: 204,
        errors: [QuestionsRejected, SignInFailed, SelfServicePaused, FlowExpired, PasswordChangeRequired, RateLimited, DirectoryUnavailable],
    }
    SetPassword {
        id: "enrollmentSetPassword",
        summary: "Replaces a temporary password from staff (uses up the session)",
        Put "/v1/enrollment/password",
        access: Device,
        body: SetPasswordRequest,
        answer: NoContent,
        status: 204,
        errors: [PasswordRejected, FlowExpired, DirectoryUnavailable],
    }
    NycsaSession {
        id: "nycsaSignIn",
        summary: "A parent signs in to their NYC Schools Account; answers the linked children",
        Post "/v1/nycsa/session",
        access: Device,
        body: NycsaSessionRequest,
        answer: NycsaSessionResponse,
        errors: [SignInFailed, RateLimited],
    }
    NycsaEnd {
        id: "nycsaSignOut",
        summary: "Ends a parent's session",
        Delete "/v1/nycsa/session",
        access: Device,
        body: NycsaEndRequest,
        answer: NoContent,
        status: 204,
        errors: [],
    }
    ChildPassword {
        id: "nycsaChildPassword",
        summary: "A signed-in parent sets a linked child's new password",
        Post "/v1/nycsa/children/{student_ref}/password",
        access: Device,
        body: ChildPasswordRequest,
        answer: ResetResponse,
        idempotent: true,
        errors: [PasswordRejected, FlowExpired, NotFound, IdempotencyConflict, DirectoryUnavailable],
    }
    NycsaLink {
        id: "nycsaPasswordResetLink",
        summary: "Emails an NYC Schools Account reset link; the same answer whether or not the address is known",
        Post "/v1/nycsa/password-reset-requests",
        access: Device,
        body: ResetLinkRequest,
        answer: ResetLinkAccepted,
        status: 202,
        errors: [RateLimited],
    }
    MySchoolsLink {
        id: "mySchoolsPasswordResetLink",
        summary: "Emails a MySchools reset link; the same answer whether or not the address is known",
        Post "/v1/myschools/password-reset-requests",
        access: Device,
        body: ResetLinkRequest,
        answer: ResetLinkAccepted,
        status: 202,
        errors: [RateLimited],
    }
    Ticket {
        id: "openTicket",
        summary: "Opens a support ticket",
        Post "/v1/tickets",
        access: Device,
        body: TicketRequest,
        answer: TicketResponse,
        status: 201,
        errors: [RateLimited],
    }
    HandoffCreate {
        id: "createHandoff",
        summary: "A kiosk sends the family to the counter; answers the number they say there",
        Post "/v1/handoffs",
        access: Device,
        body: HandoffRequest,
        answer: HandoffCreated,
        status: 201,
        errors: [Forbidden, FlowExpired, RateLimited],
    }
    VisitEnd {
        id: "endVisit",
        summary: "How a kiosk visit ended and how long it took (for the day's report)",
        Post "/v1/visits",
        access: Device,
        body: VisitRequest,
        answer: NoContent,
        status: 204,
        errors: [Forbidden, RateLimited],
    }
    StaffSession {
        id: "staffSignIn",
        summary: "A staff member signs in at a counter terminal",
        Post "/v1/staff/session",
        access: Device,
        body: StaffSessionRequest,
        answer: StaffSessionResponse,
        errors: [SignInFailed, Forbidden, RateLimited],
    }
    StaffEnd {
        id: "staffSignOut",
        summary: "Ends the staff session named by X-Staff-Session",
        Delete "/v1/staff/session",
        access: Staff,
        body: NoBody,
        answer: NoContent,
        status: 204,
        errors: [Forbidden],
    }
    StaffSearch {
        id: "staffSearchStudents",
        summary: "Finds students by student ID, username, or last name and birth date",
        Get "/v1/staff/students",
        access: Staff,
        body: NoBody,
        query: StudentSearch,
        answer: StudentMatches,
        errors: [Forbidden],
    }
    StaffStatus {
        id: "staffStudentStatus",
        summary: "What is set up for a student, whether self-service is paused, and the last reset",
        Get "/v1/staff/students/{student_ref}",
        access: Staff,
        body: NoBody,
        answer: StudentStatus,
        errors: [Forbidden, NotFound],
    }
    IdentityCheck {
        id: "staffIdentityCheck",
        summary: "Records the in-person identity check that the staff actions below require",
        Post "/v1/staff/students/{student_ref}/identity-checks",
        access: Staff,
        body: IdentityCheckRequest,
        answer: IdentityCheckResponse,
        status: 201,
        errors: [Forbidden, NotFound, GuardianNotLinked, SupervisorRequired],
    }
    StaffPassword {
        id: "staffSetPassword",
        summary: "Sets the password the visitor chose, or a temporary one to change at next sign-in",
        Post "/v1/staff/students/{student_ref}/password",
        access: Staff,
        body: StaffPasswordRequest,
        answer: StaffPasswordResponse,
        idempotent: true,
        errors: [Forbidden, NotFound, IdentityCheckRequired, PasswordRejected, IdempotencyConflict, DirectoryUnavailable],
    }
    StaffResume {
        id: "staffResumeSelfService",
        summary: "Lifts a self-service pause",
        Post "/v1/staff/students/{student_ref}/resume-self-service",
        access: Staff,
        body: CheckRequest,
        answer: NoContent,
        status: 204,
        idempotent: true,
        errors: [Forbidden, NotFound, IdentityCheckRequired, IdempotencyConflict],
    }
    StaffClearPin {
        id: "staffClearPin",
        summary: "Removes the student's PIN",
        Delete "/v1/staff/students/{student_ref}/pin",
        access: Staff,
        body: CheckRequest,
        answer: NoContent,
        status: 204,
        idempotent: true,
        errors: [Forbidden, NotFound, IdentityCheckRequired, IdempotencyConflict],
    }
    StaffClearQuestions {
        id: "staffClearQuestions",
        summary: "Removes the student's security questions",
        Delete "/v1/staff/students/{student_ref}/questions",
        access: Staff,
        body: CheckRequest,
        answer: NoContent,
        status: 204,
        idempotent: true,
        errors: [Forbidden, NotFound, IdentityCheckRequired, IdempotencyConflict],
    }
    StaffHandoffs {
        id: "staffHandoffs",
        summary: "The open hand-offs of the staff member's center, oldest first",
        Get "/v1/staff/handoffs",
        access: Staff,
        body: NoBody,
        answer: HandoffList,
        errors: [Forbidden],
    }
    StaffClaimHandoff {
        id: "staffClaimHandoff",
        summary: "Takes a hand-off; the first counter to claim it gets it",
        Post "/v1/staff/handoffs/{handoff}/claim",
        access: Staff,
        body: NoBody,
        answer: Handoff,
        errors: [Forbidden, NotFound, HandoffTaken],
    }
    StaffAudit {
        id: "staffAudit",
        summary: "A student's audit trail, newest first",
        Get "/v1/staff/audit",
        access: Staff,
        body: NoBody,
        query: AuditQuery,
        answer: AuditList,
        errors: [Forbidden, NotFound],
    }
    StaffReport {
        id: "staffDayReport",
        summary: "The day's visits, outcomes and waits at the supervisor's center (supervisors only)",
        Get "/v1/staff/report",
        access: Staff,
        body: NoBody,
        query: ReportQuery,
        answer: DayReport,
        errors: [Forbidden, SupervisorRequired],
    }
}

/// The codes every operation can answer, beside its own.
pub fn common_errors<EP: Endpoint>() -> Vec<ErrorCode> {
    let mut codes = vec![
        E::InvalidRequest,
        E::PayloadTooLarge,
        E::Timeout,
        E::Internal,
    ];
    if EP::ACCESS != Access::Open {
        codes.push(E::Unauthorized);
    }
    if EP::ACCESS == Access::Staff {
        codes.push(E::RateLimited);
    }
    codes
}

/// Whether `T` is one of the "nothing here" markers.
pub fn is_nothing<T: 'static>() -> bool {
    use std::any::TypeId;
    let t = TypeId::of::<T>();
    t == TypeId::of::<NoBody>() || t == TypeId::of::<NoQuery>() || t == TypeId::of::<NoContent>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_fill_and_encode_their_parameters() {
        assert_eq!(
            path_with::<ChildPassword>(&["stu_1"]),
            "/v1/nycsa/children/stu_1/password"
        );
        assert_eq!(
            path_with::<StaffStatus>(&["../x y"]),
            "/v1/staff/students/..%2Fx%20y"
        );
        assert_eq!(path_with::<HealthCheck>(&[]), "/v1/health");
        assert_eq!(
            path_params(IdentityCheck::PATH).collect::<Vec<_>>(),
            ["student_ref"]
        );
    }

    #[test]
    fn every_operation_is_declared_once() {
        struct Seen(Vec<(&'static str, &'static str, &'static str)>);
        impl Visit for Seen {
            fn visit<EP: Endpoint>(&mut self) {
                self.0.push((EP::ID, EP::METHOD.as_str(), EP::PATH));
            }
        }
        let mut seen = Seen(Vec::new());
        visit_all(&mut seen);
        let mut ids: Vec<_> = seen.0.iter().map(|s| s.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), seen.0.len());
        let mut routes: Vec<_> = seen.0.iter().map(|s| (s.1, s.2)).collect();
        routes.sort_unstable();
        routes.dedup();
        assert_eq!(routes.len(), seen.0.len());
    }
}
