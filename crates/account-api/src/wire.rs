//! Request and response bodies of API v1. Requests refuse unknown fields so that a typo or
//! a smuggled field is an error, not silently ignored.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::secret::SecretString;

pub use crate::handoff::*;

/// An address as both sides accept it: one `@`, something before it, and after it a domain
/// with a dot that neither starts nor ends it; no white space. (Control characters are refused
/// separately, for every text.)
pub const EMAIL_PATTERN: &str = r"^[^@\s]+@[^@\s.][^@\s]*\.[^@\s]*[^@\s.]$";
/// A telephone number: 10 to 15 digits, with spaces, `+`, `-`, `(`, `)` or `.` between them.
pub const PHONE_PATTERN: &str = r"^[ +\-().]*(?:[0-9][ +\-().]*){10,15}$";

/// Header carrying the client's idempotency key on changes that must apply once.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";
/// Header carrying a staff session on `/v1/staff/` calls.
pub const STAFF_SESSION_HEADER: &str = "X-Staff-Session";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// Whether a terminal has a visitor right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TerminalState {
    Idle,
    Serving,
}

/// What a terminal says about itself with every health check: never anything about a visitor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TerminalReport {
    #[schemars(length(min = 1, max = 32), pattern(r"^[!-~]+$"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"0.1.0")]
    pub version: String,
    /// `kiosk` or `counter`.
    #[schemars(extend("enum" = ["kiosk", "counter"]), example = &"kiosk")]
    pub mode: String,
    /// Languages offered on this terminal now.
    #[schemars(range(max = 64), example = 10)]
    pub languages: u32,
    pub uptime_secs: u64,
    pub state: TerminalState,
    /// Warnings and errors it logged since its last report.
    pub errors: u32,
}

pub const TERMINAL_REPORT_PATH: &str = "/v1/terminal/report";

/// What the kiosk needs to pre-check passwords and PINs the same way the service does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PasswordPolicyInfo {
    pub min_length: usize,
    pub max_length: usize,
    pub min_strength: u8,
    pub blocklist_entries: usize,
    pub self_service_interval_days: u32,
    pub pin_min_length: usize,
    pub pin_max_length: usize,
    pub answer_min_length: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Pin,
    Questions,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StartRequest {
    /// Username (`AvaM1234`, with or without `@nycstudents.net`) or 9-digit student ID. Any
    /// other text is answered like an account that does not exist.
    #[schemars(length(min = 1, max = 64), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"AvaM1234")]
    pub student: String,
    /// `YYYY-MM-DD`.
    #[schemars(length(min = 10, max = 10), pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), extend("format" = "date"), example = &"2012-03-14")]
    pub birth_date: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct StartResponse {
    pub flow: SecretString,
    pub methods: Vec<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<String>>,
}

/// Either the PIN or the answers to the three questions `start` named, never both.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [{"required": ["pin"]}, {"required": ["answers"]}]))]
pub struct VerifyRequest {
    #[schemars(length(min = 1, max = 256), example = &"flow-token-from-start")]
    pub flow: SecretString,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 256), example = &"50317")]
    pub pin: Option<SecretString>,
    /// Question id to answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("minProperties" = 3, "maxProperties" = 3, "propertyNames" = {"minLength": 1, "maxLength": 64}, "additionalProperties" = {"type": "string", "minLength": 1, "maxLength": 256}))]
    pub answers: Option<BTreeMap<String, SecretString>>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct VerifyResponse {
    pub reset_token: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    #[schemars(length(min = 1, max = 256), example = &"reset-token-from-verify")]
    pub reset_token: SecretString,
    /// Checked against the password rules (`GET /v1/password-policy`); a refusal is a 422
    /// `password_rejected` with its reasons.
    #[schemars(length(min = 1, max = 256), example = &"Blue-Harbor-Lantern-42")]
    pub new_password: SecretString,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResetResponse {
    /// RFC 3339 time of the change.
    pub changed_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_refuse_unknown_fields() {
        let err = serde_json::from_str::<StartRequest>(
            r#"{"student":"a","birth_date":"2012-03-14","admin":true}"#,
        );
        assert!(err.is_err());
    }

    #[test]
    fn verify_request_debug_hides_secrets() {
        let mut answers = BTreeMap::new();
        answers.insert("first_pet".into(), SecretString::from_str_exact("rex"));
        let req = VerifyRequest {
            flow: SecretString::from_str_exact("tok-123"),
            pin: Some(SecretString::from_str_exact("50317")),
            answers: Some(answers),
        };
        let shown = format!("{req:?}");
        for secret in ["tok-123", "50317", "rex"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
}

/// Enrollment sign-in: username or student ID and the current password.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnrollSessionRequest {
    #[schemars(length(min = 1, max = 64), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"AvaM1234")]
    pub student: String,
    #[schemars(length(min = 1, max = 256), example = &"Sunflower-Maple-42")]
    pub password: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct EnrollSessionResponse {
    pub session: SecretString,
    pub has_pin: bool,
    pub has_questions: bool,
    /// A temporary password from staff: a new password must be chosen before anything else.
    #[serde(default)]
    pub must_change_password: bool,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPinRequest {
    #[schemars(length(min = 1, max = 256), example = &"session-from-enrollment-sign-in")]
    pub session: SecretString,
    /// Checked against the PIN rules; a refusal is a 422 `pin_rejected` with its reasons.
    #[schemars(length(min = 1, max = 256), example = &"73915")]
    pub pin: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    /// A question id from the catalog (`first_pet`, `birth_city`, …).
    #[schemars(length(min = 1, max = 64), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"first_pet")]
    pub question: String,
    #[schemars(length(min = 1, max = 256), example = &"Biscuit")]
    pub answer: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SetQuestionsRequest {
    #[schemars(length(min = 1, max = 256))]
    pub session: SecretString,
    /// The FAQ asks for the password again before saving questions.
    #[schemars(length(min = 1, max = 256))]
    pub password: SecretString,
    #[schemars(length(min = 3, max = 3))]
    pub answers: Vec<QuestionAnswer>,
}

/// Choosing a new password inside an enrollment session (after a temporary password).
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SetPasswordRequest {
    #[schemars(length(min = 1, max = 256))]
    pub session: SecretString,
    #[schemars(length(min = 1, max = 256), example = &"Blue-Harbor-Lantern-42")]
    pub new_password: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NycsaSessionRequest {
    #[schemars(length(min = 3, max = 254), pattern(EMAIL_PATTERN), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"maria.martinez@example.org")]
    pub email: String,
    #[schemars(length(min = 1, max = 256), example = &"Familia-Bronx-2026")]
    pub password: SecretString,
}

/// A child linked to the parent's NYC Schools Account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ChildInfo {
    pub student_ref: String,
    pub name: String,
    pub school: String,
    /// The student's NYC Public Schools username.
    pub account_id: String,
    /// The student's NYC Public Schools mail address.
    pub email: String,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct NycsaSessionResponse {
    pub session: SecretString,
    pub parent_name: String,
    pub children: Vec<ChildInfo>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NycsaEndRequest {
    #[schemars(length(min = 1, max = 256))]
    pub session: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChildPasswordRequest {
    #[schemars(length(min = 1, max = 256))]
    pub session: SecretString,
    #[schemars(length(min = 1, max = 256), example = &"Blue-Harbor-Lantern-42")]
    pub new_password: SecretString,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetLinkRequest {
    #[schemars(length(min = 3, max = 254), pattern(EMAIL_PATTERN), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"maria.martinez@example.org")]
    pub email: String,
}

/// The answer to a reset-link request: the same whether or not the address is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResetLinkAccepted {
    pub status: String,
}

/// Support ticket topics (the Support Hub's categories the kiosk offers).
pub const TICKET_TOPICS: [&str; 5] = [
    "student_password",
    "nycsa",
    "myschools",
    "wrong_child_info",
    "other",
];
pub const TICKET_DESCRIPTION_MAX: usize = 1000;
pub const TICKET_NAME_MAX: usize = 100;

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{"required": ["email"]}, {"required": ["phone"]}]))]
pub struct TicketRequest {
    #[schemars(extend("enum" = ["student_password", "nycsa", "myschools", "wrong_child_info", "other"]), example = &"nycsa")]
    pub topic: String,
    /// Line breaks are kept; other control characters are refused.
    #[schemars(length(min = 1, max = 1000), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]"}), example = &"I cannot sign in to my NYC Schools Account.")]
    pub description: String,
    #[schemars(length(min = 1, max = 100), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"Maria Martinez")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 3, max = 254), pattern(EMAIL_PATTERN), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"maria.martinez@example.org")]
    pub email: Option<String>,
    /// 10 to 15 digits, with spaces, `+`, `-`, `(`, `)` or `.` between them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 40), pattern(PHONE_PATTERN), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"(718) 935-2009")]
    pub phone: Option<String>,
    #[schemars(length(min = 1, max = 8), pattern(r"^[a-z]+$"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"es")]
    pub language: String,
    /// The Welcome Center the terminal stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 100), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"Bronx Family Welcome Center")]
    pub center: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TicketResponse {
    /// Like `SH-2026-000123`.
    pub ticket: String,
}

/// Why a ticket field was refused; shared so the kiosk shows the same checks live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TicketField {
    Topic,
    Description,
    Name,
    Email,
    Phone,
    Contact,
    Language,
    Center,
}

/// Checks a ticket; returns every field that is not acceptable.
pub fn check_ticket(t: &TicketRequest) -> Vec<TicketField> {
    let mut bad = Vec::new();
    let text_ok = |s: &str, max: usize| {
        let s = s.trim();
        !s.is_empty() && s.chars().count() <= max && !s.chars().any(|c| c.is_control() && c != '\n')
    };
    if !TICKET_TOPICS.contains(&t.topic.as_str()) {
        bad.push(TicketField::Topic);
    }
    if !text_ok(&t.description, TICKET_DESCRIPTION_MAX) {
        bad.push(TicketField::Description);
    }
    if !text_ok(&t.name, TICKET_NAME_MAX) || t.name.contains('\n') {
        bad.push(TicketField::Name);
    }
    let email = t.email.as_deref().map(str::trim).filter(|e| !e.is_empty());
    let phone = t.phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
    if let Some(e) = email {
        let ok = e.len() <= 254
            && !e.chars().any(|c| c.is_whitespace() || c.is_control())
            && matches!(e.split_once('@'), Some((u, d)) if !u.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.') && !d.contains('@'));
        if !ok {
            bad.push(TicketField::Email);
        }
    }
    if let Some(p) = phone {
        let digits = p.chars().filter(char::is_ascii_digit).count();
        let ok = (10..=15).contains(&digits)
            && p.chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
        if !ok {
            bad.push(TicketField::Phone);
        }
    }
    if email.is_none() && phone.is_none() {
        bad.push(TicketField::Contact);
    }
    if t.language.len() > 8
        || t.language.is_empty()
        || !t.language.chars().all(|c| c.is_ascii_lowercase())
    {
        bad.push(TicketField::Language);
    }
    if let Some(center) = t.center.as_deref() {
        if !text_ok(center, TICKET_NAME_MAX) || center.contains('\n') {
            bad.push(TicketField::Center);
        }
    }
    bad
}

#[cfg(test)]
mod ticket_tests {
    use super::*;

    fn ticket() -> TicketRequest {
        TicketRequest {
            topic: "nycsa".into(),
            description: "I cannot sign in".into(),
            name: "Maria".into(),
            email: Some("maria@example.org".into()),
            phone: None,
            language: "es".into(),
            center: Some("Bronx Family Welcome Center".into()),
        }
    }

    #[test]
    fn a_good_ticket_passes_and_each_rule_fires() {
        assert!(check_ticket(&ticket()).is_empty());
        let mut t = ticket();
        t.topic = "pizza".into();
        t.description = "bad\u{1b}[31m".into();
        t.name = " ".into();
        t.email = Some("nope".into());
        t.phone = Some("12".into());
        let bad = check_ticket(&t);
        for f in [
            TicketField::Topic,
            TicketField::Description,
            TicketField::Name,
            TicketField::Email,
            TicketField::Phone,
        ] {
            assert!(bad.contains(&f), "{f:?}");
        }
        let mut t = ticket();
        t.email = None;
        assert_eq!(check_ticket(&t), vec![TicketField::Contact]);
        t.phone = Some("(718) 935-2009".into());
        assert!(check_ticket(&t).is_empty());
        t.description = "x".repeat(TICKET_DESCRIPTION_MAX + 1);
        assert_eq!(check_ticket(&t), vec![TicketField::Description]);
    }
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffSessionRequest {
    #[schemars(length(min = 1, max = 64), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"fwc.bronx.01")]
    pub staff_id: String,
    #[schemars(length(min = 1, max = 256), example = &"Counter-Demo-2026")]
    pub password: SecretString,
    /// The 6-digit code of the staff member's authenticator app (RFC 6238, 30-second steps);
    /// each code signs in once.
    #[schemars(length(min = 6, max = 6), pattern(r"^[0-9]{6}$"), example = &"492039")]
    pub totp: SecretString,
}

/// What a staff member may do at the counter: supervisors also see the day's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Staff,
    Supervisor,
}

impl StaffRole {
    pub fn as_str(self) -> &'static str {
        match self {
            StaffRole::Staff => "staff",
            StaffRole::Supervisor => "supervisor",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "staff" => Some(StaffRole::Staff),
            "supervisor" => Some(StaffRole::Supervisor),
            _ => None,
        }
    }
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct StaffSessionResponse {
    pub session: SecretString,
    pub name: String,
    pub center: String,
    pub role: StaffRole,
}

/// A student as staff see them in search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StudentSummary {
    pub student_ref: String,
    pub name: String,
    pub username: String,
    pub student_id: String,
    pub school: String,
    pub birth_date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StudentMatches {
    pub students: Vec<StudentSummary>,
}

/// What staff need to know before helping: what is set, whether self-service is paused
/// (and why), the last reset and by which path, and whether a password change is pending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct StudentStatus {
    pub student: StudentSummary,
    pub email: String,
    pub has_pin: bool,
    pub has_questions: bool,
    /// `temporary` or `until_reset`; absent when not paused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused_until: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reset_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reset_path: Option<String>,
    pub must_change_password: bool,
    /// The parents and guardians linked to the student, whom the counter may act for.
    #[serde(default)]
    pub guardians: Vec<GuardianSummary>,
}

/// A linked parent or guardian as the counter shows them; the email is masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GuardianSummary {
    /// Names this adult in an identity check.
    pub guardian: String,
    pub name: String,
    /// `parent`, `guardian` or `relative`.
    pub relationship: String,
    /// The NYCSA email, masked: `m***@example.org`.
    pub email: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Visitor {
    Student,
    Parent,
    Guardian,
}

/// A student at the counter is checked as themselves; an adult must be one of the student's
/// linked guardians, or be let through by a supervisor who writes down why.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    {"properties": {"visitor": {"const": "student"}},
     "not": {"anyOf": [{"required": ["guardian"]}, {"required": ["override_reason"]}]}},
    {"properties": {"visitor": {"enum": ["parent", "guardian"]}}}
]))]
pub struct IdentityCheckRequest {
    pub visitor: Visitor,
    /// The document seen, e.g. "NYC ID card".
    #[schemars(length(min = 1, max = 100), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"IDNYC card")]
    pub document: String,
    #[serde(default)]
    #[schemars(length(max = 500), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"")]
    pub note: String,
    /// The linked adult the visitor is (`guardian` of the student's status); only for a
    /// parent or guardian visitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 64), pattern(r"^[A-Za-z0-9_-]+$"))]
    pub guardian: Option<String>,
    /// A supervisor's written reason to help an adult who is not linked (custody papers
    /// seen, for example); audited with the check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 10, max = 500), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}))]
    pub override_reason: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
pub struct IdentityCheckResponse {
    pub check: SecretString,
    /// Seconds the check stays valid.
    pub valid_for: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StaffResetMode {
    VisitorChooses,
    Temporary,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("oneOf" = [
    {"properties": {"mode": {"const": "visitor_chooses"}}, "required": ["new_password"]},
    {"properties": {"mode": {"const": "temporary"}}, "not": {"required": ["new_password"]}}
]))]
pub struct StaffPasswordRequest {
    #[schemars(length(min = 1, max = 256))]
    pub check: SecretString,
    pub mode: StaffResetMode,
    /// Only with `visitor_chooses`: the password the visitor typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 256))]
    pub new_password: Option<SecretString>,
}

#[derive(Debug, Default, Serialize, Deserialize, JsonSchema)]
pub struct StaffPasswordResponse {
    /// Shown once to the visitor; never stored in the clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_password: Option<SecretString>,
}

#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    #[schemars(length(min = 1, max = 256))]
    pub check: SecretString,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AuditEntry {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub result: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct AuditList {
    pub events: Vec<AuditEntry>,
}

/// What a student reference looks like in a path or a query (`stu_ava`).
pub const STUDENT_REF_PATTERN: &str = r"^[A-Za-z0-9_-]{1,64}$";

/// The query of `GET /v1/staff/students`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudentSearch {
    /// A 9-digit student ID, a username, or a last name and a birth date
    /// (`Martinez 03/14/2012`). Anything else matches nobody.
    #[schemars(length(min = 1, max = 80), pattern(r"\S"), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"AvaM1234")]
    pub q: String,
}

/// The query of `GET /v1/staff/audit`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    #[schemars(pattern(STUDENT_REF_PATTERN), extend("not" = {"pattern": "[\\x00-\\x1f\\x7f-\\x9f]"}), example = &"stu_ava")]
    pub student: String,
}
