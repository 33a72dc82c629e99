//! Request and response bodies of API v1. Requests refuse unknown fields so that a typo or
//! a smuggled field is an error, not silently ignored.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::secret::SecretString;

/// Header carrying the client's idempotency key on changes that must apply once.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";
/// Header carrying a staff session on `/v1/staff/` calls.
pub const STAFF_SESSION_HEADER: &str = "X-Staff-Session";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// Whether a terminal has a visitor right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TerminalState {
    Idle,
    Serving,
}

/// What a terminal says about itself with every health check: never anything about a visitor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TerminalReport {
    pub version: String,
    /// `kiosk` or `counter`.
    pub mode: String,
    /// Languages offered on this terminal now.
    pub languages: u32,
    pub uptime_secs: u64,
    pub state: TerminalState,
    /// Warnings and errors it logged since its last report.
    pub errors: u32,
}

pub const TERMINAL_REPORT_PATH: &str = "/v1/terminal/report";

/// What the kiosk needs to pre-check passwords and PINs the same way the service does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Pin,
    Questions,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartRequest {
    /// Username (`AvaM1234`, with or without `@nycstudents.net`) or 9-digit student ID.
    pub student: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StartResponse {
    pub flow: SecretString,
    pub methods: Vec<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    pub flow: SecretString,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin: Option<SecretString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<BTreeMap<String, SecretString>>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct VerifyResponse {
    pub reset_token: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    pub reset_token: SecretString,
    pub new_password: SecretString,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollSessionRequest {
    pub student: String,
    pub password: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct EnrollSessionResponse {
    pub session: SecretString,
    pub has_pin: bool,
    pub has_questions: bool,
    /// A temporary password from staff: a new password must be chosen before anything else.
    #[serde(default)]
    pub must_change_password: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetPinRequest {
    pub session: SecretString,
    pub pin: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    pub question: String,
    pub answer: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetQuestionsRequest {
    pub session: SecretString,
    /// The FAQ asks for the password again before saving questions.
    pub password: SecretString,
    pub answers: Vec<QuestionAnswer>,
}

/// Choosing a new password inside an enrollment session (after a temporary password).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetPasswordRequest {
    pub session: SecretString,
    pub new_password: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NycsaSessionRequest {
    pub email: String,
    pub password: SecretString,
}

/// A child linked to the parent's NYC Schools Account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChildInfo {
    pub student_ref: String,
    pub name: String,
    pub school: String,
    /// The student's NYC Public Schools username.
    pub account_id: String,
    /// The student's NYC Public Schools mail address.
    pub email: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct NycsaSessionResponse {
    pub session: SecretString,
    pub parent_name: String,
    pub children: Vec<ChildInfo>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NycsaEndRequest {
    pub session: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildPasswordRequest {
    pub session: SecretString,
    pub new_password: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResetLinkRequest {
    pub email: String,
}

/// The answer to a reset-link request: the same whether or not the address is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRequest {
    pub topic: String,
    pub description: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub language: String,
    /// The Welcome Center the terminal stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketResponse {
    /// Like `SH-2026-000123`.
    pub ticket: String,
}

/// Why a ticket field was refused; shared so the kiosk shows the same checks live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffSessionRequest {
    pub staff_id: String,
    pub password: SecretString,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct StaffSessionResponse {
    pub session: SecretString,
    pub name: String,
    pub center: String,
}

/// A student as staff see them in search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudentSummary {
    pub student_ref: String,
    pub name: String,
    pub username: String,
    pub student_id: String,
    pub school: String,
    pub birth_date: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudentMatches {
    pub students: Vec<StudentSummary>,
}

/// What staff need to know before helping: what is set, whether self-service is paused
/// (and why), the last reset and by which path, and whether a password change is pending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visitor {
    Student,
    Parent,
    Guardian,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityCheckRequest {
    pub visitor: Visitor,
    /// The document seen, e.g. "NYC ID card".
    pub document: String,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct IdentityCheckResponse {
    pub check: SecretString,
    /// Seconds the check stays valid.
    pub valid_for: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffResetMode {
    VisitorChooses,
    Temporary,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffPasswordRequest {
    pub check: SecretString,
    pub mode: StaffResetMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_password: Option<SecretString>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct StaffPasswordResponse {
    /// Shown once to the visitor; never stored in the clear.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temporary_password: Option<SecretString>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    pub check: SecretString,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub result: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditList {
    pub events: Vec<AuditEntry>,
}
