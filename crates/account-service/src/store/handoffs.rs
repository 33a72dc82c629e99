//! Hand-offs from a kiosk to its center's counters. A number is chosen while holding the
//! center's lock, so two kiosks never get the same open number; a claim is one conditional
//! UPDATE, so exactly one counter wins however many instances race for it.

use rand::Rng;
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::HashSet;

use super::sql::{insert_audit, SqlStore};
use super::{AuditEvent, StoreResult};

/// Numbers are three digits, said aloud as "four one seven"; none starts with 0.
const FIRST_NUMBER: u16 = 100;
const LAST_NUMBER: u16 = 999;

pub struct NewHandoff<'a> {
    pub id: &'a str,
    pub center: &'a str,
    pub language: &'a str,
    pub reason: &'a str,
    /// Resolved by the service from a verified flow, never taken from the kiosk.
    pub student_ref: Option<&'a str>,
    pub device_id: &'a str,
    pub now: i64,
    pub ttl_secs: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoffRow {
    pub id: String,
    pub number: String,
    pub language: String,
    pub reason: String,
    pub student_ref: Option<String>,
    /// First and last name, when the student is known.
    pub student_name: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimOutcome {
    Claimed(HandoffRow),
    /// Another counter claimed it first.
    Taken,
    /// No such open hand-off in this center (unknown, another center's, or expired).
    Missing,
}

/// The audit details the day's report reads, keys in this order.
#[derive(serde::Serialize)]
struct CreatedDetail<'a> {
    language: &'a str,
    reason: &'a str,
    number: &'a str,
}

#[derive(serde::Serialize)]
struct ClaimedDetail<'a> {
    waited_secs: i64,
    number: &'a str,
}

const ROW_COLUMNS: &str = "h.id, h.number, h.language, h.reason, h.student_ref, h.created_at, \
     s.first_name, s.last_name";

fn row_from(r: &AnyRow) -> StoreResult<HandoffRow> {
    let first: Option<String> = r.try_get("first_name")?;
    let last: Option<String> = r.try_get("last_name")?;
    Ok(HandoffRow {
        id: r.try_get("id")?,
        number: r.try_get("number")?,
        language: r.try_get("language")?,
        reason: r.try_get("reason")?,
        student_ref: r.try_get("student_ref")?,
        student_name: first.zip(last).map(|(f, l)| format!("{f} {l}")),
        created_at: r.try_get("created_at")?,
    })
}

fn free_number(taken: &HashSet<String>) -> Option<String> {
    let free: Vec<u16> = (FIRST_NUMBER..=LAST_NUMBER)
        .filter(|n| !taken.contains(&n.to_string()))
        .collect();
    if free.is_empty() {
        return None;
    }
    let pick = rand::thread_rng().gen_range(0..free.len());
    Some(free[pick].to_string())
}

pub(super) async fn create(store: &SqlStore, h: &NewHandoff<'_>) -> StoreResult<Option<String>> {
    let mut tx = store.write_tx().await?;
    store
        .lock_key(&mut tx, &format!("handoff-center:{}", h.center))
        .await?;
    let taken: Vec<String> = sqlx::query_scalar(
        "SELECT number FROM handoffs WHERE center = $1 AND claimed_at IS NULL AND expires_at > $2",
    )
    .bind(h.center)
    .bind(h.now)
    .fetch_all(&mut *tx)
    .await?;
    let Some(number) = free_number(&taken.into_iter().collect()) else {
        tx.rollback().await?;
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO handoffs (id, center, number, language, reason, student_ref, device_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(h.id)
    .bind(h.center)
    .bind(&number)
    .bind(h.language)
    .bind(h.reason)
    .bind(h.student_ref)
    .bind(h.device_id)
    .bind(h.now)
    .bind(h.now + h.ttl_secs)
    .execute(&mut *tx)
    .await?;
    let detail = serde_json::to_string(&CreatedDetail {
        language: h.language,
        reason: h.reason,
        number: &number,
    })
    .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let audit = AuditEvent {
        device_id: Some(h.device_id),
        actor: "kiosk",
        student_ref: h.student_ref,
        action: "handoff_created",
        result: "ok",
        detail: &detail,
    };
    insert_audit(&mut tx, h.now, &audit).await?;
    tx.commit().await?;
    Ok(Some(number))
}

pub(super) async fn open(store: &SqlStore, center: &str, now: i64) -> StoreResult<Vec<HandoffRow>> {
    let sql = format!(
        "SELECT {ROW_COLUMNS} FROM handoffs h LEFT JOIN students s ON s.student_ref = h.student_ref \
         WHERE h.center = $1 AND h.claimed_at IS NULL AND h.expires_at > $2 \
         ORDER BY h.created_at, h.seq LIMIT 200"
    );
    let rows = sqlx::query(&sql)
        .bind(center)
        .bind(now)
        .fetch_all(store.read_pool())
        .await?;
    rows.iter().map(row_from).collect()
}

pub(super) async fn claim(
    store: &SqlStore,
    id: &str,
    center: &str,
    staff_id: &str,
    device_id: &str,
    now: i64,
) -> StoreResult<ClaimOutcome> {
    let mut tx = store.write_tx().await?;
    let won = sqlx::query(
        "UPDATE handoffs SET claimed_at = $1, claimed_by = $2 \
         WHERE id = $3 AND center = $4 AND claimed_at IS NULL AND expires_at > $5",
    )
    .bind(now)
    .bind(staff_id)
    .bind(id)
    .bind(center)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    let sql = format!(
        "SELECT {ROW_COLUMNS}, h.claimed_at FROM handoffs h \
         LEFT JOIN students s ON s.student_ref = h.student_ref WHERE h.id = $1 AND h.center = $2"
    );
    let row = sqlx::query(&sql)
        .bind(id)
        .bind(center)
        .fetch_optional(&mut *tx)
        .await?;
    if !won {
        tx.rollback().await?;
        let claimed = match &row {
            Some(r) => r.try_get::<Option<i64>, _>("claimed_at")?.is_some(),
            None => false,
        };
        return Ok(if claimed {
            ClaimOutcome::Taken
        } else {
            ClaimOutcome::Missing
        });
    }
    let Some(row) = row else {
        tx.rollback().await?;
        return Ok(ClaimOutcome::Missing);
    };
    let handoff = row_from(&row)?;
    let detail = serde_json::to_string(&ClaimedDetail {
        waited_secs: (now - handoff.created_at).max(0),
        number: &handoff.number,
    })
    .map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let audit = AuditEvent {
        device_id: Some(device_id),
        actor: staff_id,
        student_ref: handoff.student_ref.as_deref(),
        action: "handoff_claimed",
        result: "ok",
        detail: &detail,
    };
    insert_audit(&mut tx, now, &audit).await?;
    tx.commit().await?;
    Ok(ClaimOutcome::Claimed(handoff))
}

pub(super) async fn set_device_center(store: &SqlStore, id: &str, center: &str) -> StoreResult<()> {
    let mut tx = store.write_tx().await?;
    sqlx::query("UPDATE devices SET center = $1 WHERE id = $2")
        .bind(center)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_number_is_never_one_in_use() {
        let mut taken: HashSet<String> =
            (FIRST_NUMBER..LAST_NUMBER).map(|n| n.to_string()).collect();
        assert_eq!(free_number(&taken).as_deref(), Some("999"));
        taken.insert("999".into());
        assert_eq!(free_number(&taken), None);
        let any = free_number(&HashSet::new()).expect("a number");
        assert_eq!(any.len(), 3);
        assert!(!any.starts_with('0'));
    }
}
