//! Intent records for password changes written to the district's directory.
//!
//! The order is: intent (pending) → directory write → one transaction that records the change
//! and marks the intent done. `commit` applies its plan only while the intent is still pending,
//! so the normal path and the reconciler after a crash cannot both record one change.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::attempts::forget_failures;
use super::sql::{
    claim_idempotency_key, insert_audit, insert_outbox, queue_guardian_notice, SqlStore,
};
use super::{AuditEvent, GuardianNotice, IdempotencyRecord, OutboxMessage, StoreResult};

/// Everything the database records once the directory has accepted a new password, owned so
/// that it can wait in the intent record until a restart.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PasswordPlan {
    pub student_ref: String,
    /// The directory's username (the student's `username`).
    pub username: String,
    pub password_hash: String,
    pub must_change: bool,
    /// `self_service`, `nycsa`, `staff` or `enrollment` (`last_reset_path`).
    pub path: String,
    pub now: i64,
    /// A reset token or enrollment session used up by the change.
    pub use_token: Option<String>,
    pub audit: PlannedAudit,
    pub outbox: Vec<PlannedMessage>,
    #[serde(default)]
    pub guardian_notice: Option<GuardianNotice>,
    pub idempotency: Option<PlannedIdempotency>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlannedAudit {
    pub device_id: Option<String>,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlannedMessage {
    pub recipient: String,
    pub template: String,
    pub language: String,
    pub payload: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlannedIdempotency {
    pub device_id: String,
    pub key: String,
    pub fingerprint: String,
    pub status: u16,
    pub body: String,
}

/// A pending intent, as the reconciler reads it.
#[derive(Debug, Clone)]
pub struct PendingIntent {
    pub id: i64,
    pub student_ref: String,
    pub lease_until: i64,
    pub marker_before: String,
    pub plan: PasswordPlan,
}

pub(super) async fn begin(
    store: &SqlStore,
    plan: &PasswordPlan,
    marker_before: &str,
    now: i64,
    lease_until: i64,
) -> StoreResult<Option<i64>> {
    let text = serde_json::to_string(plan).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let mut tx = store.write_tx().await?;
    let row = sqlx::query(
        "INSERT INTO directory_intents (student_ref, created_at, lease_until, state, marker_before, plan) \
         VALUES ($1, $2, $3, 'pending', $4, $5) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(&plan.student_ref)
    .bind(now)
    .bind(lease_until)
    .bind(marker_before)
    .bind(text)
    .fetch_optional(&mut *tx)
    .await?;
    tx.commit().await?;
    row.map(|r| r.try_get::<i64, _>("id")).transpose()
}

pub(super) async fn abandon(store: &SqlStore, id: i64, now: i64) -> StoreResult<bool> {
    let mut tx = store.write_tx().await?;
    let done = sqlx::query(
        "UPDATE directory_intents SET state = 'abandoned', finished_at = $1, plan = '' \
         WHERE id = $2 AND state = 'pending'",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected() == 1)
}

/// Records the change the directory accepted; false when it was recorded already (by the
/// reconciler), in which case nothing is written. An intent the reconciler abandoned is
/// recorded still: it looked before this write landed, so nothing was recorded for it.
pub(super) async fn commit(
    store: &SqlStore,
    id: i64,
    plan: &PasswordPlan,
    audit_result: &str,
    now: i64,
) -> StoreResult<bool> {
    let mut tx = store.write_tx().await?;
    let settled = sqlx::query(
        "UPDATE directory_intents SET state = 'done', finished_at = $1, plan = '' \
         WHERE id = $2 AND state IN ('pending', 'abandoned')",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if settled.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(false);
    }
    if let Some(i) = &plan.idempotency {
        // Only one change per student is in flight, so a key already taken is a repeat of
        // this very request; its answer stays the one stored first.
        claim_idempotency_key(
            &mut tx,
            plan.now,
            &IdempotencyRecord {
                device_id: &i.device_id,
                key: &i.key,
                fingerprint: &i.fingerprint,
                status: i.status,
                body: &i.body,
            },
        )
        .await?;
    }
    if let Some(token) = &plan.use_token {
        // The directory has the password, so the database follows even if the token was
        // used meanwhile: it can authorize nothing more either way.
        sqlx::query("UPDATE tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
            .bind(plan.now)
            .bind(token)
            .execute(&mut *tx)
            .await?;
    }
    let update = match plan.path.as_str() {
        "self_service" => {
            "UPDATE students SET password_hash = $1, must_change_password = $2, last_reset_at = $3, \
             last_reset_path = $4, last_self_reset_at = $3 WHERE student_ref = $5"
        }
        "enrollment" => {
            "UPDATE students SET password_hash = $1, must_change_password = $2, last_reset_at = $3, \
             last_reset_path = $4 WHERE student_ref = $5"
        }
        // A parent's or staff reset lifts any pause on self-service.
        _ => {
            "UPDATE students SET password_hash = $1, must_change_password = $2, last_reset_at = $3, \
             last_reset_path = $4, pause_kind = NULL, paused_until = NULL WHERE student_ref = $5"
        }
    };
    sqlx::query(update)
        .bind(&plan.password_hash)
        .bind(i64::from(plan.must_change))
        .bind(plan.now)
        .bind(&plan.path)
        .bind(&plan.student_ref)
        .execute(&mut *tx)
        .await?;
    if plan.path != "enrollment" {
        forget_failures(&mut tx, &plan.student_ref).await?;
    }
    insert_audit(
        &mut tx,
        plan.now,
        &AuditEvent {
            device_id: plan.audit.device_id.as_deref(),
            actor: &plan.audit.actor,
            student_ref: Some(&plan.student_ref),
            action: &plan.audit.action,
            result: audit_result,
            detail: &plan.audit.detail,
        },
    )
    .await?;
    for m in &plan.outbox {
        insert_outbox(
            &mut tx,
            plan.now,
            &OutboxMessage {
                recipient: &m.recipient,
                template: &m.template,
                language: &m.language,
                payload: m.payload.clone(),
            },
        )
        .await?;
    }
    queue_guardian_notice(&mut tx, plan.now, plan.guardian_notice.as_ref()).await?;
    tx.commit().await?;
    Ok(true)
}

/// Pending intents, of one student or all, whose lease ran out by `now`.
pub(super) async fn pending(
    store: &SqlStore,
    student_ref: Option<&str>,
    now: i64,
) -> StoreResult<Vec<PendingIntent>> {
    let rows = sqlx::query(
        "SELECT id, student_ref, lease_until, marker_before, plan FROM directory_intents \
         WHERE state = 'pending' AND lease_until <= $1 AND ($2 IS NULL OR student_ref = $3) ORDER BY id",
    )
    .bind(now)
    .bind(student_ref)
    .bind(student_ref)
    .fetch_all(store.read_pool())
    .await?;
    rows.iter()
        .map(|r| {
            let plan: String = r.try_get("plan")?;
            Ok(PendingIntent {
                id: r.try_get("id")?,
                student_ref: r.try_get("student_ref")?,
                lease_until: r.try_get("lease_until")?,
                marker_before: r.try_get("marker_before")?,
                plan: serde_json::from_str(&plan).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
            })
        })
        .collect()
}

impl From<&AuditEvent<'_>> for PlannedAudit {
    fn from(a: &AuditEvent<'_>) -> Self {
        PlannedAudit {
            device_id: a.device_id.map(str::to_string),
            actor: a.actor.to_string(),
            action: a.action.to_string(),
            detail: a.detail.to_string(),
        }
    }
}

impl From<&OutboxMessage<'_>> for PlannedMessage {
    fn from(m: &OutboxMessage<'_>) -> Self {
        PlannedMessage {
            recipient: m.recipient.to_string(),
            template: m.template.to_string(),
            language: m.language.to_string(),
            payload: m.payload.clone(),
        }
    }
}

impl From<&IdempotencyRecord<'_>> for PlannedIdempotency {
    fn from(i: &IdempotencyRecord<'_>) -> Self {
        PlannedIdempotency {
            device_id: i.device_id.to_string(),
            key: i.key.to_string(),
            fingerprint: i.fingerprint.to_string(),
            status: i.status,
            body: i.body.to_string(),
        }
    }
}
