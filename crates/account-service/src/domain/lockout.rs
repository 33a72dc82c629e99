use crate::config::SecurityConfig;
use crate::state::AppState;
use crate::store::StudentRecord;

/// Whether self-service is paused for a student right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    /// Too many failures in 15 minutes; lifts by itself.
    Temporary { retry_after_secs: i64 },
    /// Too many failures in 24 hours; only a parent or staff reset lifts it.
    UntilReset,
}

impl Pause {
    pub fn kind(self) -> &'static str {
        match self {
            Pause::Temporary { .. } => "temporary",
            Pause::UntilReset => "until_reset",
        }
    }
}

pub fn current_pause(student: &StudentRecord, now: i64) -> Option<Pause> {
    match student.pause_kind.as_deref() {
        Some("until_reset") => Some(Pause::UntilReset),
        Some("temporary") => match student.paused_until {
            Some(until) if until > now => Some(Pause::Temporary {
                retry_after_secs: until - now,
            }),
            _ => None,
        },
        _ => None,
    }
}

/// Attempts left before a pause, from the failure counts in both windows.
pub fn attempts_remaining(config: &SecurityConfig, short: u32, long: u32) -> u32 {
    let short_left = config.short_window_failures.saturating_sub(short);
    let long_left = config.long_window_failures.saturating_sub(long);
    short_left.min(long_left)
}

/// The date from which a self-service reset is allowed again, if it is not allowed now.
pub fn next_self_reset(config: &SecurityConfig, student: &StudentRecord, now: i64) -> Option<i64> {
    let last = student.last_self_reset_at?;
    let next = last + i64::from(config.self_service_interval_days) * 86_400;
    (next > now).then_some(next)
}

/// What a paused account does where its answer must not tell it is paused: the work of a
/// failure and the delay the failure that paused it got.
pub async fn as_if_failed(state: &AppState, secret: &str) {
    state.hasher.verify(secret, None).await;
    let s = &state.security;
    state
        .delay
        .wait(s.failure_delay(s.short_window_failures))
        .await;
}
