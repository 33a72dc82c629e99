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
