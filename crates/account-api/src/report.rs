//! The day's report: what a supervisor sees at the counter and `account-service report`
//! prints. Counts and durations only, computed from the audit log: no names, no student,
//! no staff member, no hand-off number.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// `?day=2026-12-01`: a day of the center's calendar (America/New_York); today there
/// when left out.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 10, max = 10), pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), extend("format" = "date"), example = &"2026-12-01")]
    pub day: Option<String>,
}

/// How visits ended, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OutcomeCounts {
    pub password_changed: u32,
    pub enrolled: u32,
    pub handed_off: u32,
    pub gave_up: u32,
}

impl OutcomeCounts {
    pub fn total(&self) -> u32 {
        self.password_changed + self.enrolled + self.handed_off + self.gave_up
    }
}

/// The visits held in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LanguageVisits {
    /// A kiosk language code (`en`, `es`, …).
    pub language: String,
    #[serde(flatten)]
    pub outcomes: OutcomeCounts,
}

/// How long families waited at the counter for a hand-off to be claimed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct HandoffWaits {
    /// Hand-offs made at the kiosks that day.
    pub created: u32,
    /// Hand-offs claimed at a counter that day.
    pub claimed: u32,
    pub median_secs: Option<i64>,
    pub max_secs: Option<i64>,
}

/// Visits on one day of the week that ends with the report's day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DayVisits {
    pub day: String,
    pub visits: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DayReport {
    /// `YYYY-MM-DD`, a day of `time_zone`.
    pub day: String,
    pub time_zone: String,
    /// The center the figures are for; `null` for every center.
    pub center: Option<String>,
    /// By language, in language-code order; only languages with visits.
    pub languages: Vec<LanguageVisits>,
    pub totals: OutcomeCounts,
    /// Median seconds from a visit's first key to its end.
    pub median_visit_secs: Option<i64>,
    pub handoffs: HandoffWaits,
    /// Seven days, oldest first, the report's day last.
    pub week: Vec<DayVisits>,
}
