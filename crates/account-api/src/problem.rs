use serde::{Deserialize, Serialize};

use crate::policy::{PasswordReason, PinReason, QuestionReason};
use crate::wire::TicketField;

/// Stable error codes. The kiosk maps each one to a localized screen, so these strings are
/// part of the contract and never change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Unauthorized,
    Forbidden,
    InvalidRequest,
    NotFound,
    NotVerified,
    VerificationFailed,
    SelfServicePaused,
    ResetTooSoon,
    FlowExpired,
    PasswordRejected,
    PinRejected,
    QuestionsRejected,
    SignInFailed,
    PasswordChangeRequired,
    IdempotencyConflict,
    IdentityCheckRequired,
    /// The adult at the counter is not linked to the student.
    GuardianNotLinked,
    /// Only a supervisor may do this (an override for an unlinked adult, the day's report).
    SupervisorRequired,
    RateLimited,
    /// The district's directory (where passwords live) did not answer in time: nothing was
    /// changed or counted, and the same request may be sent again.
    DirectoryUnavailable,
    PayloadTooLarge,
    Timeout,
    Internal,
    /// A code this build does not know yet (a newer service).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::NotFound => "not_found",
            ErrorCode::NotVerified => "not_verified",
            ErrorCode::VerificationFailed => "verification_failed",
            ErrorCode::SelfServicePaused => "self_service_paused",
            ErrorCode::ResetTooSoon => "reset_too_soon",
            ErrorCode::FlowExpired => "flow_expired",
            ErrorCode::PasswordRejected => "password_rejected",
            ErrorCode::PinRejected => "pin_rejected",
            ErrorCode::QuestionsRejected => "questions_rejected",
            ErrorCode::SignInFailed => "sign_in_failed",
            ErrorCode::PasswordChangeRequired => "password_change_required",
            ErrorCode::IdempotencyConflict => "idempotency_conflict",
            ErrorCode::IdentityCheckRequired => "identity_check_required",
            ErrorCode::GuardianNotLinked => "guardian_not_linked",
            ErrorCode::SupervisorRequired => "supervisor_required",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::DirectoryUnavailable => "directory_unavailable",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::Timeout => "timeout",
            ErrorCode::Internal => "internal",
            ErrorCode::Unknown => "unknown",
        }
    }

    pub fn status(self) -> u16 {
        match self {
            ErrorCode::Unauthorized => 401,
            ErrorCode::Forbidden => 403,
            ErrorCode::InvalidRequest => 400,
            ErrorCode::NotFound => 404,
            ErrorCode::NotVerified => 401,
            ErrorCode::VerificationFailed => 401,
            ErrorCode::SelfServicePaused => 423,
            ErrorCode::ResetTooSoon => 409,
            ErrorCode::FlowExpired => 410,
            ErrorCode::PasswordRejected => 422,
            ErrorCode::PinRejected => 422,
            ErrorCode::QuestionsRejected => 422,
            ErrorCode::SignInFailed => 401,
            ErrorCode::PasswordChangeRequired => 409,
            ErrorCode::IdempotencyConflict => 422,
            ErrorCode::IdentityCheckRequired => 403,
            ErrorCode::GuardianNotLinked => 403,
            ErrorCode::SupervisorRequired => 403,
            ErrorCode::RateLimited => 429,
            ErrorCode::DirectoryUnavailable => 503,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::Timeout => 408,
            ErrorCode::Internal => 500,
            ErrorCode::Unknown => 500,
        }
    }

    fn title(self) -> &'static str {
        match self {
            ErrorCode::Unauthorized => "This terminal is not registered",
            ErrorCode::Forbidden => "Not allowed from this terminal",
            ErrorCode::InvalidRequest => "The request is not valid",
            ErrorCode::NotFound => "Not found",
            ErrorCode::NotVerified => "The details did not match",
            ErrorCode::VerificationFailed => "The PIN or answers did not match",
            ErrorCode::SelfServicePaused => "Self-service is paused for this account",
            ErrorCode::ResetTooSoon => "The password was reset less than 30 days ago",
            ErrorCode::FlowExpired => "This step has expired",
            ErrorCode::PasswordRejected => "The new password does not meet the rules",
            ErrorCode::PinRejected => "The PIN does not meet the rules",
            ErrorCode::QuestionsRejected => "The questions or answers do not meet the rules",
            ErrorCode::SignInFailed => "The sign-in details did not match",
            ErrorCode::PasswordChangeRequired => "A new password must be chosen first",
            ErrorCode::IdempotencyConflict => "This idempotency key was used for another request",
            ErrorCode::IdentityCheckRequired => "A current identity check is required",
            ErrorCode::GuardianNotLinked => "This adult is not linked to the student",
            ErrorCode::SupervisorRequired => "Only a supervisor can do this",
            ErrorCode::RateLimited => "Too many requests",
            ErrorCode::DirectoryUnavailable => "The password directory is not answering",
            ErrorCode::PayloadTooLarge => "The request is too large",
            ErrorCode::Timeout => "The request took too long",
            ErrorCode::Internal => "Something went wrong on the server",
            ErrorCode::Unknown => "Unknown error",
        }
    }
}

/// A reason a submitted secret was refused, tagged by the rule set it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum RejectReason {
    Password(PasswordReason),
    Pin(PinReason),
    Question(QuestionReason),
    Ticket(TicketField),
}

/// An RFC 9457 problem document with the extension members the kiosk relies on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_remaining: Option<u32>,
    /// Seconds until the action may be tried again; absent when only a parent or staff reset
    /// can lift the pause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Calendar date (YYYY-MM-DD) from which a self-service reset is allowed again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_allowed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reasons: Option<Vec<RejectReason>>,
    /// Why self-service is paused: `temporary` or `until_reset`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pause: Option<String>,
}

impl Problem {
    pub fn new(code: ErrorCode) -> Self {
        Problem {
            kind: format!(
                "https://welcome-kiosk.schools.nyc/problems/{}",
                code.as_str()
            ),
            title: code.title().to_string(),
            status: code.status(),
            code,
            detail: None,
            attempts_remaining: None,
            retry_after: None,
            next_allowed: None,
            reasons: None,
            pause: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_codes_from_a_newer_service_still_decode() {
        let p: Problem = serde_json::from_str(
            r#"{"type":"x","title":"t","status":418,"code":"brand_new_code"}"#,
        )
        .unwrap();
        assert_eq!(p.code, ErrorCode::Unknown);
    }

    #[test]
    fn code_strings_round_trip() {
        for code in [
            ErrorCode::NotVerified,
            ErrorCode::VerificationFailed,
            ErrorCode::SelfServicePaused,
            ErrorCode::ResetTooSoon,
            ErrorCode::PasswordRejected,
        ] {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }
}
