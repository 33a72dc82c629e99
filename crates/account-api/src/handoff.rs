//! Hand-offs from a kiosk to the counter, and the end of a kiosk visit: the bodies of
//! `/v1/handoffs`, `/v1/staff/handoffs` and `/v1/visits`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::secret::SecretString;

/// Why the kiosk sent the family to the counter: each of the kiosk's dead ends, or the family
/// asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HandoffReason {
    /// The student has neither a PIN nor security questions.
    NoMethod,
    /// Self-service is paused for the student.
    Paused,
    /// The password was reset by self-service less than 30 days ago.
    TooSoon,
    /// The student's or the parent's sign-in did not work.
    SignInFailed,
    /// The student could not be found (or the details did not match).
    NotFound,
    /// The service refused for a reason the family cannot fix.
    Refused,
    /// The family pressed "ask at the counter".
    Asked,
}

impl HandoffReason {
    pub const ALL: [HandoffReason; 7] = [
        HandoffReason::NoMethod,
        HandoffReason::Paused,
        HandoffReason::TooSoon,
        HandoffReason::SignInFailed,
        HandoffReason::NotFound,
        HandoffReason::Refused,
        HandoffReason::Asked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            HandoffReason::NoMethod => "no_method",
            HandoffReason::Paused => "paused",
            HandoffReason::TooSoon => "too_soon",
            HandoffReason::SignInFailed => "sign_in_failed",
            HandoffReason::NotFound => "not_found",
            HandoffReason::Refused => "refused",
            HandoffReason::Asked => "asked",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A kiosk sends the family to the counter.
#[derive(Debug, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandoffRequest {
    /// The language the family uses at the kiosk.
    #[schemars(extend("enum" = ["en", "es", "zh", "bn", "ru", "ht", "ko", "ar", "ur", "fr"]), example = &"es")]
    pub language: String,
    pub reason: HandoffReason,
    /// Who the student is, only when the kiosk verified it: the flow token (or reset token)
    /// this service gave this kiosk in this visit. A student reference is never accepted
    /// here, so a kiosk cannot name a student it did not verify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 256), example = &"flow-token-from-self-service-start")]
    pub student: Option<SecretString>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HandoffCreated {
    #[schemars(example = &"hof_3b9d")]
    pub handoff: String,
    /// Three digits, unique among the center's open hand-offs, said aloud at the counter.
    #[schemars(pattern(r"^[1-9][0-9]{2}$"), example = &"417")]
    pub number: String,
}

/// A student the kiosk verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HandoffStudent {
    #[schemars(example = &"stu_ava")]
    pub student_ref: String,
    #[schemars(example = &"Ava Martinez")]
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Handoff {
    #[schemars(example = &"hof_3b9d")]
    pub handoff: String,
    #[schemars(pattern(r"^[1-9][0-9]{2}$"), example = &"417")]
    pub number: String,
    #[schemars(example = &"es")]
    pub language: String,
    pub reason: HandoffReason,
    /// Whole minutes since the kiosk sent the family.
    pub minutes_waiting: u32,
    /// Only when the kiosk had verified who the student is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student: Option<HandoffStudent>,
}

/// The center's open hand-offs, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HandoffList {
    pub handoffs: Vec<Handoff>,
}

/// How a kiosk visit ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VisitOutcome {
    PasswordChanged,
    Enrolled,
    HandedOff,
    /// Left (idle timeout or abandoned) after at least one key.
    GaveUp,
}

impl VisitOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            VisitOutcome::PasswordChanged => "password_changed",
            VisitOutcome::Enrolled => "enrolled",
            VisitOutcome::HandedOff => "handed_off",
            VisitOutcome::GaveUp => "gave_up",
        }
    }
}

/// The end of a kiosk visit, for the day's report: nothing about who the visitor was.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VisitRequest {
    #[schemars(extend("enum" = ["en", "es", "zh", "bn", "ru", "ht", "ko", "ar", "ur", "fr"]), example = &"es")]
    pub language: String,
    pub outcome: VisitOutcome,
    /// From the visit's first key to its end.
    #[schemars(range(max = 86400), example = 95)]
    pub seconds: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_round_trip_their_wire_names() {
        for r in HandoffReason::ALL {
            assert_eq!(HandoffReason::parse(r.as_str()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        assert_eq!(HandoffReason::parse("other"), None);
    }

    #[test]
    fn the_proof_is_not_shown_in_debug() {
        let req = HandoffRequest {
            language: "es".into(),
            reason: HandoffReason::Paused,
            student: Some(SecretString::from_str_exact("flow-secret-1")),
        };
        assert!(!format!("{req:?}").contains("flow-secret-1"));
    }
}
