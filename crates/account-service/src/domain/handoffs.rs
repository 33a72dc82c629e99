//! Hand-offs from a kiosk to its center's counters, and the end of a kiosk visit. A hand-off
//! names a student only when the service itself resolves one from a token it gave this
//! kiosk after checking the birth date (or the password), so a kiosk cannot put a student of
//! its choosing in front of the counter.

use account_api::wire::{
    Handoff, HandoffCreated, HandoffList, HandoffReason, HandoffRequest, HandoffStudent,
    VisitRequest,
};
use account_api::SecretString;

use crate::domain::enrollment::ENROLL_TOKEN;
use crate::domain::session_tokens::{FLOW_TOKEN, RESET_TOKEN};
use crate::state::AppState;
use crate::store::{
    AuditEvent, ClaimOutcome, Device, DeviceMode, HandoffRow, NewHandoff, StaffRecord,
};
use crate::tokens::{digest, new_id};

/// Hand-offs one kiosk may create per hour (a family may ask more than once).
const HANDOFFS_PER_DEVICE_PER_HOUR: u32 = 60;
/// Visits one kiosk may report per hour.
const VISITS_PER_DEVICE_PER_HOUR: u32 = 240;
/// Longest proof looked at before any work is done on it.
const MAX_PROOF_BYTES: usize = 256;

/// Tokens that show the kiosk verified who the student is: a flow (birth date checked), a
/// reset token (PIN or answers checked), or an enrollment session (password checked).
const PROOF_KINDS: [&str; 3] = [FLOW_TOKEN, RESET_TOKEN, ENROLL_TOKEN];

/// Why a hand-off or a visit report was refused.
#[derive(Debug, thiserror::Error)]
pub enum HandoffError {
    #[error("only a kiosk hands off and reports visits")]
    KioskOnly,
    /// Over this kiosk's hourly limit, or the center's queue is full.
    #[error("too many")]
    TooMany,
    /// The proof of the student is no token this kiosk was given, or it expired.
    #[error("the proof is unknown or expired")]
    ProofExpired,
    #[error("no such hand-off")]
    NotFound,
    #[error("another counter took the hand-off")]
    Taken,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(HandoffError);

fn kiosk_only(device: &Device) -> Result<(), HandoffError> {
    match device.mode {
        DeviceMode::Kiosk => Ok(()),
        DeviceMode::Counter => Err(HandoffError::KioskOnly),
    }
}

async fn within_rate(state: &AppState, bucket: &str, per_hour: u32) -> Result<(), HandoffError> {
    let count = state
        .store
        .rate_event(bucket, state.clock.now(), 3600)
        .await?;
    if count > per_hour {
        return Err(HandoffError::TooMany);
    }
    Ok(())
}

/// The student a proof names: a token of a proving kind, given to this device, unexpired.
/// Used tokens still prove it (the flow of a student who then hit the 30-day rule is used).
async fn proven_student(
    state: &AppState,
    device: &Device,
    proof: &SecretString,
) -> Result<String, HandoffError> {
    if proof.len() > MAX_PROOF_BYTES {
        return Err(HandoffError::ProofExpired);
    }
    let token = state
        .store
        .token(&digest(proof.expose()))
        .await?
        .ok_or(HandoffError::ProofExpired)?;
    let live = PROOF_KINDS.contains(&token.kind.as_str())
        && token.device_id == device.id
        && token.expires_at > state.clock.now();
    if !live {
        return Err(HandoffError::ProofExpired);
    }
    match state.store.student(&token.subject).await? {
        Some(student) => Ok(student.student_ref),
        None => Err(HandoffError::ProofExpired),
    }
}

pub async fn create(
    state: &AppState,
    device: &Device,
    req: HandoffRequest,
) -> Result<HandoffCreated, HandoffError> {
    kiosk_only(device)?;
    within_rate(
        state,
        &format!("handoff-device:{}", device.id),
        HANDOFFS_PER_DEVICE_PER_HOUR,
    )
    .await?;
    let student_ref = match &req.student {
        Some(proof) => Some(proven_student(state, device, proof).await?),
        None => None,
    };
    let id = new_id("hof");
    let number = state
        .store
        .create_handoff(&NewHandoff {
            id: &id,
            center: &device.center,
            language: &req.language,
            reason: req.reason.as_str(),
            student_ref: student_ref.as_deref(),
            device_id: &device.id,
            now: state.clock.now(),
            ttl_secs: state.security.handoff_ttl_secs,
        })
        .await?
        // 900 families waiting at one center: the queue is past any use.
        .ok_or(HandoffError::TooMany)?;
    tracing::info!(handoff = %id, %number, device = %device.id, reason = req.reason.as_str(), "hand-off created");
    Ok(HandoffCreated {
        handoff: id,
        number,
    })
}

fn wire(row: HandoffRow, now: i64) -> Handoff {
    let student = match (row.student_ref, row.student_name) {
        (Some(student_ref), Some(name)) => Some(HandoffStudent { student_ref, name }),
        _ => None,
    };
    Handoff {
        handoff: row.id,
        number: row.number,
        language: row.language,
        // Written by this service from the same enum; an unknown one would be a bug.
        reason: HandoffReason::parse(&row.reason).unwrap_or(HandoffReason::Asked),
        minutes_waiting: u32::try_from((now - row.created_at).max(0) / 60).unwrap_or(u32::MAX),
        student,
    }
}

pub async fn list(state: &AppState, staff: &StaffRecord) -> Result<HandoffList, sqlx::Error> {
    let now = state.clock.now();
    let rows = state.store.open_handoffs(&staff.center, now).await?;
    Ok(HandoffList {
        handoffs: rows.into_iter().map(|r| wire(r, now)).collect(),
    })
}

/// What a hand-off id looks like (`hof_…`); anything else is not one.
fn plausible_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub async fn claim(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    handoff: &str,
) -> Result<Handoff, HandoffError> {
    if !plausible_id(handoff) {
        return Err(HandoffError::NotFound);
    }
    let now = state.clock.now();
    let outcome = state
        .store
        .claim_handoff(handoff, &staff.center, &staff.staff_id, &device.id, now)
        .await?;
    match outcome {
        ClaimOutcome::Claimed(row) => {
            tracing::info!(handoff = %row.id, staff = %staff.staff_id, "hand-off claimed");
            // Minutes waited until the claim.
            Ok(wire(row, now))
        }
        ClaimOutcome::Taken => Err(HandoffError::Taken),
        ClaimOutcome::Missing => Err(HandoffError::NotFound),
    }
}

/// The detail the day's report reads, keys in this order.
#[derive(serde::Serialize)]
struct VisitDetail<'a> {
    language: &'a str,
    outcome: &'a str,
    seconds: u32,
}

pub async fn visit_ended(
    state: &AppState,
    device: &Device,
    req: VisitRequest,
) -> Result<(), HandoffError> {
    kiosk_only(device)?;
    within_rate(
        state,
        &format!("visit-device:{}", device.id),
        VISITS_PER_DEVICE_PER_HOUR,
    )
    .await?;
    let detail = serde_json::to_string(&VisitDetail {
        language: &req.language,
        outcome: req.outcome.as_str(),
        seconds: req.seconds,
    })
    .map_err(anyhow::Error::from)?;
    let audit = AuditEvent {
        device_id: Some(&device.id),
        actor: "kiosk",
        student_ref: None,
        action: "visit_ended",
        result: "ok",
        detail: &detail,
    };
    state.store.put_audit(&audit, state.clock.now()).await?;
    Ok(())
}
