//! Every door that takes a guess — a birth date, a PIN, answers, a password — goes through
//! here: the guess is counted before it is verified, one guess per account is in flight at a
//! time, and a door over its limit refuses the right guess too (DESIGN §5).

use account_api::identifiers::StudentIdentifier;

use crate::domain::lockout::Pause;
use crate::state::AppState;
use crate::store::{
    AttemptRequest, Device, FailureCounts, FailureRecord, Reservation, StoreResult,
};
use crate::tokens::digest;

/// Which limits a door uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoorKind {
    /// A student's birth date, PIN, answers or password: the student's own pause.
    Student,
    /// An account that could not be found: limited like a student, with nothing to pause.
    Unknown,
    Parent,
    Staff,
    /// One terminal's `start`s.
    Device,
}

impl DoorKind {
    fn label(self) -> &'static str {
        match self {
            DoorKind::Student => "student",
            DoorKind::Unknown => "unknown",
            DoorKind::Parent => "parent",
            DoorKind::Staff => "staff",
            DoorKind::Device => "device",
        }
    }
}

pub struct Door<'a> {
    pub kind: DoorKind,
    pub subject: &'a str,
    /// The student whose pause this door shares, for [`DoorKind::Student`].
    pub student_ref: Option<&'a str>,
}

impl<'a> Door<'a> {
    pub fn student(student_ref: &'a str) -> Self {
        Door {
            kind: DoorKind::Student,
            subject: student_ref,
            student_ref: Some(student_ref),
        }
    }

    pub fn other(kind: DoorKind, subject: &'a str) -> Self {
        Door {
            kind,
            subject,
            student_ref: None,
        }
    }
}

/// Why a door took no guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Paused(Pause),
    /// Another guess for the same account is being verified.
    Busy,
}

/// What text that is neither a username nor a student ID is looked up as: a username no
/// account can have (usernames hold no spaces), so it is answered, limited and timed like an
/// unknown account.
pub fn unusable_identifier(typed: &str) -> StudentIdentifier {
    StudentIdentifier::Username(format!(" {}", digest(typed.trim())))
}

/// The subject an unknown student's guesses count against: what was typed, so that unknown
/// and known accounts are limited alike.
pub fn unknown_subject(ident: &StudentIdentifier) -> String {
    format!("unknown:{}", digest(&format!("{ident:?}")))
}

/// A guess that is counted as a failure until it is found right.
#[must_use = "an attempt must be settled as right or wrong"]
pub struct Attempt {
    id: i64,
    /// Failures in the long window, this one included.
    failures: u32,
    kind: DoorKind,
    subject: String,
    student_ref: Option<String>,
}

fn record<'a>(
    state: &AppState,
    device: &'a Device,
    kind: DoorKind,
    subject: &'a str,
    student_ref: Option<&'a str>,
) -> FailureRecord<'a> {
    let s = &state.security;
    let (short, long) = match kind {
        DoorKind::Device => (s.device_start_short_failures, s.device_start_long_failures),
        _ => (s.short_window_failures, s.long_window_failures),
    };
    FailureRecord {
        subject,
        student_ref,
        door: kind.label(),
        device_id: &device.id,
        now: state.clock.now(),
        short_window_secs: s.short_window_secs,
        short_window_failures: short,
        short_pause_secs: s.short_pause_secs,
        long_window_secs: s.long_window_secs,
        long_window_failures: long,
    }
}

/// Reserves one guess at `door`, or says why not.
pub async fn enter(
    state: &AppState,
    device: &Device,
    door: Door<'_>,
) -> StoreResult<Result<Attempt, Refusal>> {
    let request = AttemptRequest {
        failure: record(state, device, door.kind, door.subject, door.student_ref),
        // A terminal serves one visitor at a time, but its limit counts visitors' typos, not
        // one account's guesses: its `start`s may overlap.
        exclusive: door.kind != DoorKind::Device,
        lease_secs: state.security.attempt_lease_secs,
    };
    let now = request.failure.now;
    Ok(match state.store.reserve_attempt(&request).await? {
        Reservation::Granted {
            attempt_id,
            failures,
        } => Ok(Attempt {
            id: attempt_id,
            failures,
            kind: door.kind,
            subject: door.subject.to_string(),
            student_ref: door.student_ref.map(str::to_string),
        }),
        Reservation::Paused { kind, until } => Err(Refusal::Paused(match (kind, until) {
            ("temporary", Some(until)) => Pause::Temporary {
                retry_after_secs: until - now,
            },
            _ => Pause::UntilReset,
        })),
        Reservation::Busy => {
            metrics::counter!("guesses_refused_total", "reason" => "busy").increment(1);
            Err(Refusal::Busy)
        }
    })
}

impl Attempt {
    /// The guess was right: it no longer counts.
    pub async fn right(self, state: &AppState) -> StoreResult<()> {
        state.store.withdraw_attempt(self.id).await?;
        Ok(())
    }

    /// The guess was wrong: the growing delay is waited while the guess still holds the
    /// account (so guesses sent at once wait their turn like guesses sent one after
    /// another), then it is settled and any pause applied.
    pub async fn wrong(self, state: &AppState, device: &Device) -> StoreResult<FailureCounts> {
        state
            .delay
            .wait(state.security.failure_delay(self.failures))
            .await;
        self.wrong_quietly(state, device).await
    }

    /// As [`Attempt::wrong`] without the delay, for a door counted beside another one that
    /// already waited.
    pub async fn wrong_quietly(
        self,
        state: &AppState,
        device: &Device,
    ) -> StoreResult<FailureCounts> {
        let f = record(
            state,
            device,
            self.kind,
            &self.subject,
            self.student_ref.as_deref(),
        );
        let counts = state.store.settle_failed_attempt(self.id, &f).await?;
        crate::metrics::failure(counts.paused);
        if counts.paused.is_some() && self.kind == DoorKind::Staff {
            tracing::warn!(alert = "staff_sign_in_paused", device = %device.id,
                "staff sign-in paused after repeated wrong passwords");
            metrics::counter!("staff_sign_in_pauses_total").increment(1);
        }
        Ok(counts)
    }
}
