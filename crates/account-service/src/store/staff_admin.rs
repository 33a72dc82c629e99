//! Staff accounts as `account-service staff` manages them (roles, second factor, disabling),
//! the once-only acceptance of a TOTP step, and the audit rows the day's report reads.

use sqlx::Row;
use std::collections::HashMap;
use zeroize::Zeroizing;

use super::sql::{insert_audit, SqlStore};
use super::{AuditEvent, AuditRow, StoreResult};
use crate::domain::staff::STAFF_TOKEN;

/// A staff member as `staff list` shows them: never the password hash or the TOTP secret.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct StaffListRow {
    pub staff_id: String,
    pub name: String,
    pub center: String,
    pub role: String,
    pub created_at: i64,
    pub disabled_at: Option<i64>,
    /// Whether a TOTP secret is enrolled (the secret itself is never shown again).
    pub has_totp: i64,
}

/// Where audit events can be placed: staff by their center, terminals by theirs where the
/// `devices` table records one.
#[derive(Debug, Default, Clone)]
pub struct CenterDirectory {
    pub staff: HashMap<String, String>,
    pub devices: HashMap<String, String>,
}

pub(super) async fn totp_secret(
    store: &SqlStore,
    staff_id: &str,
) -> StoreResult<Option<Zeroizing<String>>> {
    let row = sqlx::query("SELECT totp_secret FROM staff WHERE staff_id = $1")
        .bind(staff_id)
        .fetch_optional(store.read_pool())
        .await?;
    match row {
        Some(row) => Ok(row
            .try_get::<Option<String>, _>("totp_secret")?
            .map(Zeroizing::new)),
        None => Ok(None),
    }
}

/// One conditional UPDATE: of two requests carrying the same step, the database lets one
/// through and the other finds the condition false.
pub(super) async fn take_totp_step(
    store: &SqlStore,
    staff_id: &str,
    step: i64,
) -> StoreResult<bool> {
    let mut tx = store.write_tx().await?;
    let done = sqlx::query(
        "UPDATE staff SET totp_last_step = $1 WHERE staff_id = $2 \
         AND (totp_last_step IS NULL OR totp_last_step < $3)",
    )
    .bind(step)
    .bind(staff_id)
    .bind(step)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(done == 1)
}

pub(super) async fn list(store: &SqlStore) -> StoreResult<Vec<StaffListRow>> {
    sqlx::query_as::<_, StaffListRow>(
        "SELECT staff_id, name, center, role, created_at, disabled_at, \
         CASE WHEN totp_secret IS NULL THEN 0 ELSE 1 END AS has_totp FROM staff ORDER BY staff_id",
    )
    .fetch_all(store.read_pool())
    .await
}

/// Ends every live session of a staff member inside `tx`.
async fn end_sessions(tx: &mut sqlx::AnyConnection, staff_id: &str, now: i64) -> StoreResult<u64> {
    Ok(sqlx::query(
        "UPDATE tokens SET used_at = $1 WHERE kind = $2 AND subject = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(STAFF_TOKEN)
    .bind(staff_id)
    .execute(&mut *tx)
    .await?
    .rows_affected())
}

/// Disables a staff member and ends their live sessions, in one transaction; `None` if no
/// such staff member is enabled, else the sessions ended.
pub(super) async fn disable(
    store: &SqlStore,
    staff_id: &str,
    now: i64,
) -> StoreResult<Option<u64>> {
    let mut tx = store.write_tx().await?;
    let changed = sqlx::query(
        "UPDATE staff SET disabled_at = $1 WHERE staff_id = $2 AND disabled_at IS NULL",
    )
    .bind(now)
    .bind(staff_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        tx.rollback().await?;
        return Ok(None);
    }
    let ended = end_sessions(&mut tx, staff_id, now).await?;
    insert_audit(
        &mut tx,
        now,
        &AuditEvent {
            device_id: None,
            actor: "account-service",
            student_ref: None,
            action: "staff_disabled",
            result: "ok",
            detail: &serde_json::json!({ "staff_id": staff_id, "sessions_ended": ended })
                .to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(ended))
}

/// Replaces a staff member's TOTP secret (the old codes stop working, the step record starts
/// over) and ends their live sessions: a reset usually means a lost phone. False if no such
/// staff member.
pub(super) async fn reset_totp(
    store: &SqlStore,
    staff_id: &str,
    secret: &str,
    now: i64,
) -> StoreResult<bool> {
    let mut tx = store.write_tx().await?;
    let changed =
        sqlx::query("UPDATE staff SET totp_secret = $1, totp_last_step = NULL WHERE staff_id = $2")
            .bind(secret)
            .bind(staff_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if changed == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    end_sessions(&mut tx, staff_id, now).await?;
    insert_audit(
        &mut tx,
        now,
        &AuditEvent {
            device_id: None,
            actor: "account-service",
            student_ref: None,
            action: "staff_totp_reset",
            result: "ok",
            detail: &serde_json::json!({ "staff_id": staff_id }).to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Audit rows with `from <= at < to` whose action is one of `actions`, in order.
pub(super) async fn audit_between(
    store: &SqlStore,
    from: i64,
    to: i64,
    actions: &[&str],
) -> StoreResult<Vec<AuditRow>> {
    let placeholders: Vec<String> = (0..actions.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "SELECT id, at, device_id, actor, student_ref, action, result, detail FROM audit_events \
         WHERE at >= $1 AND at < $2 AND action IN ({}) ORDER BY at, id",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as::<_, AuditRow>(&sql).bind(from).bind(to);
    for action in actions {
        query = query.bind(*action);
    }
    query.fetch_all(store.read_pool()).await
}

pub(super) async fn centers(store: &SqlStore) -> StoreResult<CenterDirectory> {
    let staff = sqlx::query("SELECT staff_id, center FROM staff")
        .fetch_all(store.read_pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("staff_id")?, r.try_get("center")?)))
        .collect::<StoreResult<HashMap<String, String>>>()?;
    // Terminals have a center only once the hand-off migration gives `devices` one; before
    // that, kiosk events cannot be placed and every center's report counts them.
    let devices = match sqlx::query("SELECT id, center FROM devices WHERE center IS NOT NULL")
        .fetch_all(store.read_pool())
        .await
    {
        Ok(rows) => rows
            .iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("center")?)))
            .collect::<StoreResult<HashMap<String, String>>>()?,
        Err(sqlx::Error::Database(e)) if e.message().contains("center") => HashMap::new(),
        Err(e) => return Err(e),
    };
    Ok(CenterDirectory { staff, devices })
}
