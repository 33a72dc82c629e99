//! The adults linked to a student, and the notices they get when the child's account changes.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::sql::SqlStore;
use super::StoreResult;

/// A parent or guardian linked to a student, as the counter sees them.
#[derive(Clone)]
pub struct GuardianRecord {
    pub parent_ref: String,
    pub name: String,
    pub email: String,
    /// `parent`, `guardian` or `relative`, as the roster says.
    pub relationship: String,
    pub language: String,
}

impl std::fmt::Debug for GuardianRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GuardianRecord")
            .field("parent_ref", &self.parent_ref)
            .field("relationship", &self.relationship)
            .finish_non_exhaustive()
    }
}

/// A notice to every guardian of a minor whose account changed, queued with the change.
/// Owned, so it can wait in a directory intent until the directory accepted the password.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GuardianNotice {
    pub student_ref: String,
    /// The parent who made the change and was told already; empty when none.
    pub except_parent: String,
    pub payload: serde_json::Value,
}

pub const NOTICE_TEMPLATE: &str = "guardian_notice";

pub(super) async fn of_student(
    store: &SqlStore,
    student_ref: &str,
) -> StoreResult<Vec<GuardianRecord>> {
    let rows = sqlx::query(
        "SELECT p.parent_ref, p.name, p.email_lower, p.language, pc.relationship \
         FROM parent_children pc JOIN parents p ON p.parent_ref = pc.parent_ref \
         WHERE pc.student_ref = $1 ORDER BY p.name, p.parent_ref",
    )
    .bind(student_ref)
    .fetch_all(store.read_pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(GuardianRecord {
                parent_ref: r.try_get("parent_ref")?,
                name: r.try_get("name")?,
                email: r.try_get("email_lower")?,
                relationship: r.try_get("relationship")?,
                language: r.try_get("language")?,
            })
        })
        .collect()
}

/// One outbox row per linked guardian with an email, each in that guardian's language; read
/// inside the change's transaction so a link made or removed meanwhile is seen as it stands.
pub(super) async fn queue_notices(
    tx: &mut sqlx::AnyConnection,
    now: i64,
    notice: &GuardianNotice,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "INSERT INTO outbox (created_at, recipient, template, language, payload) \
         SELECT $1, p.email_lower, $2, p.language, $3 \
         FROM parent_children pc JOIN parents p ON p.parent_ref = pc.parent_ref \
         WHERE pc.student_ref = $4 AND p.email_lower <> '' AND p.parent_ref <> $5",
    )
    .bind(now)
    .bind(NOTICE_TEMPLATE)
    .bind(notice.payload.to_string())
    .bind(&notice.student_ref)
    .bind(&notice.except_parent)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected())
}
