//! Attempts at a guess (birth date, PIN, answers, a password), counted before they are
//! verified. A reservation is one write that checks the pause, counts every earlier failure
//! (unsettled reservations included) and, for an exclusive door, refuses while another
//! reservation holds the subject. The per-key lock makes this hold across service instances
//! on PostgreSQL; SQLite's write transactions are serial already.

use sqlx::Row;

use super::sql::{insert_audit, SqlStore};
use super::{AttemptRequest, AuditEvent, FailureCounts, FailureRecord, Reservation, StoreResult};

pub(super) async fn reserve(store: &SqlStore, r: &AttemptRequest<'_>) -> StoreResult<Reservation> {
    let f = &r.failure;
    let mut tx = store.write_tx().await?;
    store.lock_key(&mut tx, f.subject).await?;
    if let Some((kind, until)) = pause_in_force(&mut tx, f).await? {
        tx.rollback().await?;
        return Ok(Reservation::Paused { kind, until });
    }
    let (short, long) = counts(&mut tx, f).await?;
    if long >= f.long_window_failures || short >= f.short_window_failures {
        // Only a verifier that died before settling leaves counts over a limit without the
        // pause they earn; the guess is refused all the same.
        tx.rollback().await?;
        return Ok(Reservation::Paused {
            kind: "temporary",
            until: Some(f.now + f.short_pause_secs),
        });
    }
    if r.exclusive {
        let holding: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM verification_failures WHERE subject = $1 AND pending = 1 AND at > $2",
        )
        .bind(f.subject)
        .bind(f.now - r.lease_secs)
        .fetch_one(&mut *tx)
        .await?;
        if holding > 0 {
            tx.rollback().await?;
            return Ok(Reservation::Busy);
        }
    }
    let attempt_id: i64 = sqlx::query_scalar(
        "INSERT INTO verification_failures (subject, at, pending) VALUES ($1, $2, 1) RETURNING id",
    )
    .bind(f.subject)
    .bind(f.now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Reservation::Granted {
        attempt_id,
        failures: long + 1,
    })
}

pub(super) async fn settle_failed(
    store: &SqlStore,
    attempt_id: i64,
    f: &FailureRecord<'_>,
) -> StoreResult<FailureCounts> {
    let mut tx = store.write_tx().await?;
    store.lock_key(&mut tx, f.subject).await?;
    sqlx::query("UPDATE verification_failures SET pending = 0 WHERE id = $1")
        .bind(attempt_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM verification_failures WHERE subject = $1 AND at <= $2")
        .bind(f.subject)
        .bind(f.now - f.long_window_secs)
        .execute(&mut *tx)
        .await?;
    let (short, long) = counts(&mut tx, f).await?;
    let paused = match f.student_ref {
        Some(student_ref) => pause_student(&mut tx, f, student_ref, short, long).await?,
        None => pause_subject(&mut tx, f, short, long).await?,
    };
    // Every wrong guess is audited, whoever made it; the limits bound how many there are.
    let failed = AuditEvent {
        device_id: Some(f.device_id),
        actor: f.door,
        student_ref: f.student_ref,
        action: "failed_attempt",
        result: "wrong",
        detail: f.door,
    };
    insert_audit(&mut tx, f.now, &failed).await?;
    if let Some(kind) = paused {
        let audit = AuditEvent {
            device_id: Some(f.device_id),
            actor: "system",
            student_ref: f.student_ref,
            action: if f.student_ref.is_some() {
                "self_service_paused"
            } else {
                "sign_in_paused"
            },
            result: kind,
            detail: f.door,
        };
        insert_audit(&mut tx, f.now, &audit).await?;
    }
    tx.commit().await?;
    Ok(FailureCounts {
        short,
        long,
        paused,
    })
}

pub(super) async fn withdraw(store: &SqlStore, attempt_id: i64) -> StoreResult<()> {
    let mut tx = store.write_tx().await?;
    sqlx::query("DELETE FROM verification_failures WHERE id = $1")
        .bind(attempt_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

async fn pause_in_force(
    tx: &mut sqlx::AnyConnection,
    f: &FailureRecord<'_>,
) -> StoreResult<Option<(&'static str, Option<i64>)>> {
    let row = match f.student_ref {
        Some(student_ref) => {
            sqlx::query("SELECT pause_kind, paused_until FROM students WHERE student_ref = $1")
                .bind(student_ref)
                .fetch_optional(&mut *tx)
                .await?
        }
        None => {
            sqlx::query("SELECT pause_kind, paused_until FROM subject_pauses WHERE subject = $1")
                .bind(f.subject)
                .fetch_optional(&mut *tx)
                .await?
        }
    };
    let Some(row) = row else { return Ok(None) };
    let kind: Option<String> = row.try_get("pause_kind")?;
    let until: Option<i64> = row.try_get("paused_until")?;
    Ok(match (kind.as_deref(), until) {
        (Some("until_reset"), _) => Some(("until_reset", None)),
        (Some("temporary"), Some(until)) if until > f.now => Some(("temporary", Some(until))),
        _ => None,
    })
}

/// Failures in the short and the long window, unsettled reservations included.
async fn counts(tx: &mut sqlx::AnyConnection, f: &FailureRecord<'_>) -> StoreResult<(u32, u32)> {
    let row = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN at > $1 THEN 1 ELSE 0 END), 0) AS short, COUNT(*) AS long \
         FROM verification_failures WHERE subject = $2 AND at > $3",
    )
    .bind(f.now - f.short_window_secs)
    .bind(f.subject)
    .bind(f.now - f.long_window_secs)
    .fetch_one(&mut *tx)
    .await?;
    Ok((
        row.try_get::<i64, _>("short")? as u32,
        row.try_get::<i64, _>("long")? as u32,
    ))
}

/// A password change, or staff resuming self-service, starts the student's count again.
pub(super) async fn forget_failures(
    tx: &mut sqlx::AnyConnection,
    subject: &str,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM verification_failures WHERE subject = $1")
        .bind(subject)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

async fn pause_student(
    tx: &mut sqlx::AnyConnection,
    f: &FailureRecord<'_>,
    student_ref: &str,
    short: u32,
    long: u32,
) -> StoreResult<Option<&'static str>> {
    if long >= f.long_window_failures {
        let applied = sqlx::query(
            "UPDATE students SET pause_kind = 'until_reset', paused_until = NULL \
             WHERE student_ref = $1 AND (pause_kind IS NULL OR pause_kind <> 'until_reset')",
        )
        .bind(student_ref)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        return Ok(applied.then_some("until_reset"));
    }
    if short >= f.short_window_failures {
        let applied = sqlx::query(
            "UPDATE students SET pause_kind = 'temporary', paused_until = $1 \
             WHERE student_ref = $2 AND (pause_kind IS NULL OR (pause_kind = 'temporary' AND paused_until <= $3))",
        )
        .bind(f.now + f.short_pause_secs)
        .bind(student_ref)
        .bind(f.now)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            > 0;
        return Ok(applied.then_some("temporary"));
    }
    Ok(None)
}

/// Parents, staff, terminals and unknown accounts: no reset lifts their pause, so the long
/// one lasts the long window (24 hours by default) instead of "until reset".
async fn pause_subject(
    tx: &mut sqlx::AnyConnection,
    f: &FailureRecord<'_>,
    short: u32,
    long: u32,
) -> StoreResult<Option<&'static str>> {
    let until = if long >= f.long_window_failures {
        f.now + f.long_window_secs
    } else if short >= f.short_window_failures {
        f.now + f.short_pause_secs
    } else {
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO subject_pauses (subject, pause_kind, paused_until) VALUES ($1, 'temporary', $2) \
         ON CONFLICT (subject) DO UPDATE SET pause_kind = excluded.pause_kind, \
         paused_until = excluded.paused_until",
    )
    .bind(f.subject)
    .bind(until)
    .execute(&mut *tx)
    .await?;
    Ok(Some("temporary"))
}
