use account_api::identifiers::StudentIdentifier;
use async_trait::async_trait;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor, Row};
use std::time::Duration;

use super::attempts::forget_failures;
use super::write_tx::WriteTx;
use super::*;
use crate::tokens::new_id;

/// The store on either database sqlx speaks to through its `Any` driver: SQLite (one file in
/// WAL mode, the embedded default) or PostgreSQL (several service instances on one database).
/// The SQL is written once in the subset both understand; the few differences live in
/// [`Dialect`].
pub struct SqlStore {
    pool: AnyPool,
    dialect: Dialect,
    /// SQLite only: this process's writers take turns (see [`WriteTx`]).
    writers: Option<tokio::sync::Mutex<()>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub fn of_url(url: &str) -> Option<Dialect> {
        if url.starts_with("sqlite:") {
            Some(Dialect::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Dialect::Postgres)
        } else {
            None
        }
    }

    /// SQLite takes its single write lock up front so that concurrent writers queue (busy
    /// timeout) instead of failing on a lock upgrade; PostgreSQL locks rows as it goes.
    fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => "BEGIN",
        }
    }
}

/// Every column of a student, from `students` aliased `s` (every query reading a whole
/// student names the table so, joined or not).
const STUDENT_COLUMNS: &str = "s.student_ref, s.username, s.student_id, s.first_name, \
     s.last_name, s.birth_date, s.school, s.email, s.password_hash, s.pin_hash, \
     s.must_change_password, s.pause_kind, s.paused_until, s.last_self_reset_at, \
     s.last_reset_at, s.last_reset_path";

fn student_from_row(row: &AnyRow) -> StoreResult<StudentRecord> {
    Ok(StudentRecord {
        student_ref: row.try_get("student_ref")?,
        username: row.try_get("username")?,
        student_id: row.try_get("student_id")?,
        first_name: row.try_get("first_name")?,
        last_name: row.try_get("last_name")?,
        birth_date: row.try_get("birth_date")?,
        school: row.try_get("school")?,
        email: row.try_get("email")?,
        password_hash: row.try_get("password_hash")?,
        pin_hash: row.try_get("pin_hash")?,
        must_change_password: row.try_get::<i64, _>("must_change_password")? != 0,
        pause_kind: row.try_get("pause_kind")?,
        paused_until: row.try_get("paused_until")?,
        last_self_reset_at: row.try_get("last_self_reset_at")?,
        last_reset_at: row.try_get("last_reset_at")?,
        last_reset_path: row.try_get("last_reset_path")?,
    })
}

fn outbox_from_row(r: &AnyRow) -> StoreResult<OutboxRow> {
    let payload: String = r.try_get("payload")?;
    Ok(OutboxRow {
        id: r.try_get("id")?,
        created_at: r.try_get("created_at")?,
        recipient: r.try_get("recipient")?,
        template: r.try_get("template")?,
        language: r.try_get("language")?,
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
        sent_at: r.try_get("sent_at")?,
        attempts: r.try_get("attempts")?,
    })
}

fn parent_from_row(row: &AnyRow) -> StoreResult<ParentRecord> {
    Ok(ParentRecord {
        parent_ref: row.try_get("parent_ref")?,
        email: row.try_get("email_lower")?,
        name: row.try_get("name")?,
        password_hash: row.try_get("password_hash")?,
    })
}

pub(super) async fn insert_audit(
    tx: &mut sqlx::AnyConnection,
    now: i64,
    e: &AuditEvent<'_>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_events (at, device_id, actor, student_ref, action, result, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(now)
    .bind(e.device_id)
    .bind(e.actor)
    .bind(e.student_ref)
    .bind(e.action)
    .bind(e.result)
    .bind(e.detail)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// A new token, counted as used at creation (staff sessions measure idle time from it).
async fn insert_token<'c, E>(conn: E, t: &NewToken<'_>) -> StoreResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO tokens (token_hash, kind, subject, device_id, created_at, expires_at, last_used_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(t.token_hash)
    .bind(t.kind)
    .bind(t.subject)
    .bind(t.device_id)
    .bind(t.now)
    .bind(t.now + t.ttl_secs)
    .bind(t.now)
    .execute(conn)
    .await?;
    Ok(())
}

pub(super) async fn insert_outbox(
    tx: &mut sqlx::AnyConnection,
    now: i64,
    m: &OutboxMessage<'_>,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO outbox (created_at, recipient, template, language, payload) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(now)
    .bind(m.recipient)
    .bind(m.template)
    .bind(m.language)
    .bind(m.payload.to_string())
    .execute(&mut *tx)
    .await?;
    Ok(())
}

pub(super) async fn queue_guardian_notice(
    tx: &mut sqlx::AnyConnection,
    now: i64,
    notice: Option<&GuardianNotice>,
) -> StoreResult<()> {
    if let Some(notice) = notice {
        super::guardians::queue_notices(tx, now, notice).await?;
    }
    Ok(())
}

/// Stores an idempotency key with its answer, in the transaction of the change it guards;
/// false when a request with the same key got there first (that one's change stands).
pub(super) async fn claim_idempotency_key(
    tx: &mut sqlx::AnyConnection,
    now: i64,
    i: &IdempotencyRecord<'_>,
) -> StoreResult<bool> {
    let fresh = sqlx::query(
        "INSERT INTO idempotency_keys (device_id, key, fingerprint, status, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(i.device_id)
    .bind(i.key)
    .bind(i.fingerprint)
    .bind(i64::from(i.status))
    .bind(i.body)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(fresh.rows_affected() == 1)
}

impl SqlStore {
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        Self::connect_with(url, DEFAULT_POSTGRES_POOL).await
    }

    /// `pool` is the number of connections per instance on PostgreSQL; SQLite uses 8.
    pub async fn connect_with(url: &str, pool: u32) -> anyhow::Result<Self> {
        let dialect = Dialect::of_url(url).ok_or_else(|| {
            anyhow::anyhow!("unsupported database URL (expected sqlite:PATH or postgres://…)")
        })?;
        sqlx::any::install_default_drivers();
        let (url, connections) = match dialect {
            Dialect::Sqlite => (sqlite_url(url), 8),
            Dialect::Postgres => (url.to_string(), pool.max(1)),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the
                        // last commits, not fsync on each of them (a flow token per `start`).
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        match dialect {
            Dialect::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
            Dialect::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
        }
        Ok(SqlStore {
            pool,
            dialect,
            writers: (dialect == Dialect::Sqlite).then(|| tokio::sync::Mutex::new(())),
        })
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    async fn write_turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.writers {
            Some(queue) => Some(queue.lock().await),
            None => None,
        }
    }

    pub(super) fn read_pool(&self) -> &AnyPool {
        &self.pool
    }

    pub(super) async fn write_tx(&self) -> StoreResult<WriteTx<'_>> {
        let turn = self.write_turn().await;
        let tx = self.pool.begin_with(self.dialect.begin_write()).await?;
        Ok(WriteTx::new(tx, turn))
    }

    /// Serialises writers that count rows for one key (failures, rate events) across service
    /// instances. SQLite needs nothing more: its write transactions are already serial.
    pub(super) async fn lock_key(
        &self,
        tx: &mut sqlx::AnyConnection,
        key: &str,
    ) -> StoreResult<()> {
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(key)
                .execute(&mut *tx)
                .await?;
        }
        Ok(())
    }
}

/// The file is created on first use; sqlx opens existing files only unless told `mode=rwc`.
fn sqlite_url(url: &str) -> String {
    if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

/// Connections per instance on PostgreSQL; several instances share the server's limit.
pub const DEFAULT_POSTGRES_POOL: u32 = 16;

#[async_trait]
impl Terminals for SqlStore {
    async fn add_device(
        &self,
        name: &str,
        mode: DeviceMode,
        token_hash: &str,
        now: i64,
    ) -> StoreResult<String> {
        let id = new_id("dev");
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO devices (id, name, mode, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&id)
        .bind(name)
        .bind(mode.as_str())
        .bind(token_hash)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let audit = AuditEvent {
            device_id: Some(&id),
            actor: "cli",
            student_ref: None,
            action: "device_registered",
            result: "ok",
            detail: name,
        };
        insert_audit(&mut tx, now, &audit).await?;
        tx.commit().await?;
        Ok(id)
    }
    async fn device_by_token_hash(&self, token_hash: &str) -> StoreResult<Option<Device>> {
        let row = sqlx::query(
            "SELECT id, name, mode, center FROM devices WHERE token_hash = $1 AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            let mode: String = r.try_get("mode")?;
            Ok(Device {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                mode: DeviceMode::parse(&mode).unwrap_or(DeviceMode::Kiosk),
                center: r.try_get("center")?,
            })
        })
        .transpose()
    }
    async fn set_device_center(&self, id: &str, center: &str) -> StoreResult<()> {
        super::handoffs::set_device_center(self, id, center).await
    }
    async fn devices(&self) -> StoreResult<Vec<DeviceRow>> {
        Ok(sqlx::query_as::<_, DeviceRow>(
            "SELECT d.id, d.name, d.mode, d.center, d.created_at, d.revoked_at, \
             (SELECT MAX(t.created_at) FROM tokens t WHERE t.device_id = d.id) AS last_seen_at, \
             d.reported_at, d.version, d.reported_mode, d.languages, d.uptime_secs, d.state, \
             d.errors, d.lost_at \
             FROM devices d ORDER BY d.created_at, d.id",
        )
        .fetch_all(&self.pool)
        .await?)
    }
    async fn record_report(&self, r: &TerminalHealth<'_>) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let was_lost: Option<i64> = sqlx::query_scalar("SELECT lost_at FROM devices WHERE id = $1")
            .bind(r.device_id)
            .fetch_optional(&mut *tx)
            .await?
            .flatten();
        sqlx::query(
            "UPDATE devices SET reported_at = $1, version = $2, reported_mode = $3, languages = $4, \
             uptime_secs = $5, state = $6, errors = $7, lost_at = NULL WHERE id = $8",
        )
        .bind(r.now)
        .bind(r.version)
        .bind(r.mode)
        .bind(r.languages)
        .bind(r.uptime_secs)
        .bind(r.state)
        .bind(r.errors)
        .bind(r.device_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(was_lost.is_some())
    }
    async fn mark_lost(&self, silent_since: i64, now: i64) -> StoreResult<Vec<(String, String)>> {
        let mut tx = self.write_tx().await?;
        let rows = sqlx::query(
            "UPDATE devices SET lost_at = $1 WHERE revoked_at IS NULL AND lost_at IS NULL \
             AND reported_at IS NOT NULL AND reported_at < $2 RETURNING id, name",
        )
        .bind(now)
        .bind(silent_since)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
            .collect()
    }
    async fn revoke_device(&self, id: &str, now: i64) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        let done =
            sqlx::query("UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(false);
        }
        let audit = AuditEvent {
            device_id: Some(id),
            actor: "cli",
            student_ref: None,
            action: "device_revoked",
            result: "ok",
            detail: "",
        };
        insert_audit(&mut tx, now, &audit).await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[async_trait]
impl Students for SqlStore {
    async fn find_student(&self, ident: &StudentIdentifier) -> StoreResult<Option<StudentRecord>> {
        let (column, value) = match ident {
            StudentIdentifier::StudentId(id) => ("student_id", id),
            StudentIdentifier::Username(u) => ("username_lower", u),
        };
        let sql = format!(
            "SELECT {STUDENT_COLUMNS} FROM students s WHERE s.{column} = $1 AND s.active = 1"
        );
        let row = sqlx::query(&sql)
            .bind(value)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(student_from_row).transpose()
    }
    async fn find_student_with_answers(
        &self,
        ident: &StudentIdentifier,
    ) -> StoreResult<Option<(StudentRecord, Vec<StoredAnswer>)>> {
        let (column, value) = match ident {
            StudentIdentifier::StudentId(id) => ("student_id", id),
            StudentIdentifier::Username(u) => ("username_lower", u),
        };
        let sql = format!(
            "SELECT {STUDENT_COLUMNS}, a.question, a.answer_hash FROM students s \
             LEFT JOIN student_answers a ON a.student_ref = s.student_ref \
             WHERE s.{column} = $1 AND s.active = 1 ORDER BY a.position"
        );
        let rows = sqlx::query(&sql).bind(value).fetch_all(&self.pool).await?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let student = student_from_row(first)?;
        let mut answers = Vec::new();
        for r in &rows {
            let question: Option<String> = r.try_get("question")?;
            let answer_hash: Option<String> = r.try_get("answer_hash")?;
            if let (Some(question), Some(answer_hash)) = (question, answer_hash) {
                answers.push(StoredAnswer {
                    question,
                    answer_hash,
                });
            }
        }
        Ok(Some((student, answers)))
    }
    async fn student(&self, student_ref: &str) -> StoreResult<Option<StudentRecord>> {
        let sql = format!("SELECT {STUDENT_COLUMNS} FROM students s WHERE s.student_ref = $1");
        let row = sqlx::query(&sql)
            .bind(student_ref)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(student_from_row).transpose()
    }
    async fn student_answers(&self, student_ref: &str) -> StoreResult<Vec<StoredAnswer>> {
        Ok(sqlx::query_as::<_, StoredAnswer>(
            "SELECT question, answer_hash FROM student_answers WHERE student_ref = $1 ORDER BY position",
        )
        .bind(student_ref)
        .fetch_all(&self.pool)
        .await?)
    }
    async fn student_exists(&self, student_id: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT 1 FROM students WHERE student_id = $1")
            .bind(student_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }
    async fn search_students(&self, query: &StudentQuery) -> StoreResult<Vec<StudentRecord>> {
        match query {
            StudentQuery::Ident(ident) => Ok(self.find_student(ident).await?.into_iter().collect()),
            StudentQuery::NameAndBirth {
                last_name,
                birth_date,
            } => {
                let sql = format!(
                    "SELECT {STUDENT_COLUMNS} FROM students s WHERE s.last_name_lower = $1 AND s.birth_date = $2 AND s.active = 1 \
                     ORDER BY s.first_name LIMIT 20"
                );
                let rows = sqlx::query(&sql)
                    .bind(last_name.to_lowercase())
                    .bind(birth_date)
                    .fetch_all(&self.pool)
                    .await?;
                rows.iter().map(student_from_row).collect()
            }
        }
    }
}

#[async_trait]
impl Attempts for SqlStore {
    async fn reserve_attempt(&self, r: &AttemptRequest<'_>) -> StoreResult<Reservation> {
        super::attempts::reserve(self, r).await
    }
    async fn settle_failed_attempt(
        &self,
        attempt_id: i64,
        f: &FailureRecord<'_>,
    ) -> StoreResult<FailureCounts> {
        super::attempts::settle_failed(self, attempt_id, f).await
    }
    async fn withdraw_attempt(&self, attempt_id: i64) -> StoreResult<()> {
        super::attempts::withdraw(self, attempt_id).await
    }
    async fn rate_event(&self, bucket: &str, now: i64, window_secs: i64) -> StoreResult<u32> {
        let mut tx = self.write_tx().await?;
        self.lock_key(&mut tx, bucket).await?;
        sqlx::query("DELETE FROM rate_events WHERE bucket = $1 AND at <= $2")
            .bind(bucket)
            .bind(now - window_secs)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO rate_events (bucket, at) VALUES ($1, $2)")
            .bind(bucket)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM rate_events WHERE bucket = $1")
            .bind(bucket)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(count as u32)
    }
}

#[async_trait]
impl Tokens for SqlStore {
    async fn put_token(&self, t: &NewToken<'_>) -> StoreResult<()> {
        // One statement, no transaction: `start` makes a flow token every time, and each
        // extra round trip to the database is paid under the write lock.
        let _turn = self.write_turn().await;
        insert_token(&self.pool, t).await?;
        // Expired tokens are useless; clearing them now and then keeps the table small
        // without a job.
        if rand::random::<u8>() == 0 {
            sqlx::query("DELETE FROM tokens WHERE expires_at < $1")
                .bind(t.now - 86_400)
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }
    async fn token(&self, token_hash: &str) -> StoreResult<Option<TokenRecord>> {
        let row = sqlx::query(
            "SELECT kind, subject, device_id, expires_at, used_at, failures, last_used_at FROM tokens WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(TokenRecord {
                kind: r.try_get("kind")?,
                subject: r.try_get("subject")?,
                device_id: r.try_get("device_id")?,
                expires_at: r.try_get("expires_at")?,
                used_at: r.try_get("used_at")?,
                failures: r.try_get::<i64, _>("failures")? as u32,
                last_used_at: r.try_get("last_used_at")?,
            })
        })
        .transpose()
    }
    async fn use_token(&self, token_hash: &str, now: i64) -> StoreResult<bool> {
        let done =
            sqlx::query("UPDATE tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(now)
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        Ok(done.rows_affected() == 1)
    }
    async fn add_token_failure(&self, token_hash: &str) -> StoreResult<u32> {
        let row = sqlx::query(
            "UPDATE tokens SET failures = failures + 1 WHERE token_hash = $1 RETURNING failures",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => r.try_get::<i64, _>("failures")? as u32,
            None => 0,
        })
    }
    async fn touch_token(&self, token_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE tokens SET last_used_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    async fn put_token_audited(&self, t: &NewToken<'_>, audit: &AuditEvent<'_>) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        insert_token(&mut *tx, t).await?;
        insert_audit(&mut tx, t.now, audit).await?;
        tx.commit().await
    }
}

#[async_trait]
impl Idempotency for SqlStore {
    async fn idempotent_response(
        &self,
        device_id: &str,
        key: &str,
    ) -> StoreResult<Option<StoredResponse>> {
        let row = sqlx::query("SELECT fingerprint, status, body FROM idempotency_keys WHERE device_id = $1 AND key = $2")
            .bind(device_id)
            .bind(key)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(StoredResponse {
                fingerprint: r.try_get("fingerprint")?,
                status: r.try_get::<i64, _>("status")? as u16,
                body: r.try_get("body")?,
            })
        })
        .transpose()
    }
}

#[async_trait]
impl Changes for SqlStore {
    async fn apply_self_reset(&self, c: &SelfReset<'_>) -> StoreResult<ChangeOutcome> {
        let mut tx = self.write_tx().await?;
        let used =
            sqlx::query("UPDATE tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(c.now)
                .bind(c.reset_token_hash)
                .execute(&mut *tx)
                .await?;
        if used.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(ChangeOutcome::TokenAlreadyUsed);
        }
        let changed = sqlx::query(
            "UPDATE students SET password_hash = $1, must_change_password = 0, last_self_reset_at = $2, \
             last_reset_at = $3, last_reset_path = 'self_service' \
             WHERE student_ref = $4 AND (last_self_reset_at IS NULL OR last_self_reset_at <= $5) \
             AND (pause_kind IS NULL OR (pause_kind = 'temporary' AND paused_until <= $6))",
        )
        .bind(c.new_password_hash)
        .bind(c.now)
        .bind(c.now)
        .bind(c.student_ref)
        .bind(c.last_self_reset_before)
        .bind(c.now)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() != 1 {
            // The pause is checked again here, in the write: it may have started after the
            // reset token was handed out (on this instance or another).
            let paused: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM students WHERE student_ref = $1 AND pause_kind IS NOT NULL \
                 AND (pause_kind <> 'temporary' OR paused_until > $2)",
            )
            .bind(c.student_ref)
            .bind(c.now)
            .fetch_one(&mut *tx)
            .await?;
            tx.rollback().await?;
            return Ok(if paused > 0 {
                ChangeOutcome::Paused
            } else {
                ChangeOutcome::TooSoon
            });
        }
        forget_failures(&mut tx, c.student_ref).await?;
        insert_audit(&mut tx, c.now, &c.audit).await?;
        insert_outbox(&mut tx, c.now, &c.outbox).await?;
        queue_guardian_notice(&mut tx, c.now, c.guardian_notice.as_ref()).await?;
        let i = &c.idempotency;
        sqlx::query(
            "INSERT INTO idempotency_keys (device_id, key, fingerprint, status, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(i.device_id)
        .bind(i.key)
        .bind(i.fingerprint)
        .bind(i64::from(i.status))
        .bind(i.body)
        .bind(c.now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(ChangeOutcome::Applied)
    }
    async fn apply_enrollment(&self, c: &EnrollmentChange<'_>) -> StoreResult<ChangeOutcome> {
        let mut tx = self.write_tx().await?;
        let used =
            sqlx::query("UPDATE tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
                .bind(c.now)
                .bind(c.session_hash)
                .execute(&mut *tx)
                .await?;
        if used.rows_affected() != 1 {
            tx.rollback().await?;
            return Ok(ChangeOutcome::TokenAlreadyUsed);
        }
        match &c.kind {
            EnrollmentKind::Pin { pin_hash } => {
                sqlx::query("UPDATE students SET pin_hash = $1 WHERE student_ref = $2")
                    .bind(pin_hash)
                    .bind(c.student_ref)
                    .execute(&mut *tx)
                    .await?;
            }
            EnrollmentKind::Questions { answers } => {
                sqlx::query("DELETE FROM student_answers WHERE student_ref = $1")
                    .bind(c.student_ref)
                    .execute(&mut *tx)
                    .await?;
                for (position, (question, hash)) in answers.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO student_answers (student_ref, position, question, answer_hash) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(c.student_ref)
                    .bind(position as i64)
                    .bind(question)
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            EnrollmentKind::Password { password_hash } => {
                sqlx::query(
                    "UPDATE students SET password_hash = $1, must_change_password = 0, last_reset_at = $2, \
                     last_reset_path = 'enrollment' WHERE student_ref = $3",
                )
                .bind(password_hash)
                .bind(c.now)
                .bind(c.student_ref)
                .execute(&mut *tx)
                .await?;
            }
        }
        insert_audit(&mut tx, c.now, &c.audit).await?;
        insert_outbox(&mut tx, c.now, &c.outbox).await?;
        queue_guardian_notice(&mut tx, c.now, c.guardian_notice.as_ref()).await?;
        tx.commit().await?;
        Ok(ChangeOutcome::Applied)
    }
    async fn apply_parent_reset(&self, c: &ParentReset<'_>) -> StoreResult<ChangeOutcome> {
        let mut tx = self.write_tx().await?;
        if !claim_idempotency_key(&mut tx, c.now, &c.idempotency).await? {
            tx.rollback().await?;
            return Ok(ChangeOutcome::TokenAlreadyUsed);
        }
        sqlx::query(
            "UPDATE students SET password_hash = $1, must_change_password = 0, pause_kind = NULL, \
             paused_until = NULL, last_reset_at = $2, last_reset_path = 'nycsa' WHERE student_ref = $3",
        )
        .bind(c.new_password_hash)
        .bind(c.now)
        .bind(c.student_ref)
        .execute(&mut *tx)
        .await?;
        forget_failures(&mut tx, c.student_ref).await?;
        insert_audit(&mut tx, c.now, &c.audit).await?;
        for message in &c.outbox {
            insert_outbox(&mut tx, c.now, message).await?;
        }
        queue_guardian_notice(&mut tx, c.now, c.guardian_notice.as_ref()).await?;
        tx.commit().await?;
        Ok(ChangeOutcome::Applied)
    }
    async fn apply_staff_action(&self, a: &StaffAction<'_>) -> StoreResult<bool> {
        let mut tx = self.write_tx().await?;
        if let Some(i) = &a.idempotency {
            if !claim_idempotency_key(&mut tx, a.now, i).await? {
                tx.rollback().await?;
                return Ok(false);
            }
        }
        match &a.change {
            StaffChange::Password {
                password_hash,
                must_change,
            } => {
                sqlx::query(
                    "UPDATE students SET password_hash = $1, must_change_password = $2, pause_kind = NULL, \
                     paused_until = NULL, last_reset_at = $3, last_reset_path = 'staff' WHERE student_ref = $4",
                )
                .bind(password_hash)
                .bind(i64::from(*must_change))
                .bind(a.now)
                .bind(a.student_ref)
                .execute(&mut *tx)
                .await?;
                forget_failures(&mut tx, a.student_ref).await?;
            }
            StaffChange::ResumeSelfService => {
                sqlx::query("UPDATE students SET pause_kind = NULL, paused_until = NULL WHERE student_ref = $1")
                    .bind(a.student_ref)
                    .execute(&mut *tx)
                    .await?;
                forget_failures(&mut tx, a.student_ref).await?;
            }
            StaffChange::ClearPin => {
                sqlx::query("UPDATE students SET pin_hash = NULL WHERE student_ref = $1")
                    .bind(a.student_ref)
                    .execute(&mut *tx)
                    .await?;
            }
            StaffChange::ClearQuestions => {
                sqlx::query("DELETE FROM student_answers WHERE student_ref = $1")
                    .bind(a.student_ref)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        insert_audit(&mut tx, a.now, &a.audit).await?;
        if let Some(message) = &a.outbox {
            insert_outbox(&mut tx, a.now, message).await?;
        }
        queue_guardian_notice(&mut tx, a.now, a.guardian_notice.as_ref()).await?;
        tx.commit().await?;
        Ok(true)
    }
}

#[async_trait]
impl Parents for SqlStore {
    async fn find_parent(&self, email: &str) -> StoreResult<Option<ParentRecord>> {
        let row = sqlx::query("SELECT parent_ref, email_lower, name, password_hash FROM parents WHERE email_lower = $1")
            .bind(email.to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(parent_from_row).transpose()
    }
    async fn parent(&self, parent_ref: &str) -> StoreResult<Option<ParentRecord>> {
        let row = sqlx::query(
            "SELECT parent_ref, email_lower, name, password_hash FROM parents WHERE parent_ref = $1",
        )
        .bind(parent_ref)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(parent_from_row).transpose()
    }
    async fn children(&self, parent_ref: &str) -> StoreResult<Vec<StudentRecord>> {
        let sql = format!(
            "SELECT {STUDENT_COLUMNS} FROM students s JOIN parent_children pc ON pc.student_ref = s.student_ref \
             WHERE pc.parent_ref = $1 AND s.active = 1 ORDER BY s.first_name, s.last_name"
        );
        let rows = sqlx::query(&sql)
            .bind(parent_ref)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(student_from_row).collect()
    }
    async fn guardians(&self, student_ref: &str) -> StoreResult<Vec<GuardianRecord>> {
        super::guardians::of_student(self, student_ref).await
    }
    async fn find_myschools(&self, email: &str) -> StoreResult<Option<(String, String)>> {
        let row =
            sqlx::query("SELECT account_ref, name FROM myschools_accounts WHERE email_lower = $1")
                .bind(email.to_lowercase())
                .fetch_optional(&self.pool)
                .await?;
        row.map(|r| Ok((r.try_get("account_ref")?, r.try_get("name")?)))
            .transpose()
    }
    async fn queue_reset_link(&self, link: &LinkRequest<'_>) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE tokens SET used_at = $1 WHERE kind = $2 AND subject = $3 AND used_at IS NULL",
        )
        .bind(link.now)
        .bind(link.token_kind)
        .bind(link.account_ref)
        .execute(&mut *tx)
        .await?;
        // An older link still waiting to be sent is not sent at all.
        sqlx::query(
            "UPDATE outbox SET sent_at = $1, last_error = 'superseded by a newer link' \
             WHERE recipient = $2 AND template = $3 AND sent_at IS NULL",
        )
        .bind(link.now)
        .bind(link.outbox.recipient)
        .bind(link.outbox.template)
        .execute(&mut *tx)
        .await?;
        insert_outbox(&mut tx, link.now, &link.outbox).await?;
        tx.commit().await
    }
}

#[async_trait]
impl Handoffs for SqlStore {
    async fn create_handoff(&self, h: &NewHandoff<'_>) -> StoreResult<Option<String>> {
        super::handoffs::create(self, h).await
    }
    async fn open_handoffs(&self, center: &str, now: i64) -> StoreResult<Vec<HandoffRow>> {
        super::handoffs::open(self, center, now).await
    }
    async fn claim_handoff(
        &self,
        id: &str,
        center: &str,
        staff_id: &str,
        device_id: &str,
        now: i64,
    ) -> StoreResult<ClaimOutcome> {
        super::handoffs::claim(self, id, center, staff_id, device_id, now).await
    }
}

#[async_trait]
impl Tickets for SqlStore {
    async fn insert_ticket(&self, t: &NewTicket<'_>) -> StoreResult<String> {
        let r = t.request;
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO tickets (created_at, device_id, device_name, topic, description, name, email, phone, language, center) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(t.now)
        .bind(&t.device.id)
        .bind(&t.device.name)
        .bind(&r.topic)
        .bind(r.description.trim())
        .bind(r.name.trim())
        .bind(r.email.as_deref().map(str::trim).filter(|e| !e.is_empty()))
        .bind(r.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()))
        .bind(&r.language)
        .bind(r.center.as_deref().map(str::trim))
        .fetch_one(&mut *tx)
        .await?;
        let number = format!("SH-{}-{id:06}", t.year);
        sqlx::query("UPDATE tickets SET number = $1 WHERE id = $2")
            .bind(&number)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(number)
    }
    async fn tickets(&self, limit: i64) -> StoreResult<Vec<TicketRow>> {
        Ok(sqlx::query_as::<_, TicketRow>(
            "SELECT number, created_at, device_name, topic, description, name, email, phone, language, center \
             FROM tickets ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}

#[async_trait]
impl Staff for SqlStore {
    async fn staff(&self, staff_id: &str) -> StoreResult<Option<StaffRecord>> {
        Ok(sqlx::query_as::<_, StaffRecord>(
            "SELECT staff_id, name, center, password_hash, role, disabled_at FROM staff WHERE staff_id = $1",
        )
        .bind(staff_id)
        .fetch_optional(&self.pool)
        .await?)
    }
    async fn staff_totp_secret(
        &self,
        staff_id: &str,
    ) -> StoreResult<Option<zeroize::Zeroizing<String>>> {
        super::staff_admin::totp_secret(self, staff_id).await
    }
    async fn take_totp_step(&self, staff_id: &str, step: i64) -> StoreResult<bool> {
        super::staff_admin::take_totp_step(self, staff_id, step).await
    }
    async fn staff_list(&self) -> StoreResult<Vec<StaffListRow>> {
        super::staff_admin::list(self).await
    }
    async fn disable_staff(&self, staff_id: &str, now: i64) -> StoreResult<Option<u64>> {
        super::staff_admin::disable(self, staff_id, now).await
    }
    async fn reset_staff_totp(&self, staff_id: &str, secret: &str, now: i64) -> StoreResult<bool> {
        super::staff_admin::reset_totp(self, staff_id, secret, now).await
    }
    async fn centers(&self) -> StoreResult<CenterDirectory> {
        super::staff_admin::centers(self).await
    }
}

#[async_trait]
impl Audit for SqlStore {
    async fn put_audit(&self, audit: &AuditEvent<'_>, now: i64) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        insert_audit(&mut tx, now, audit).await?;
        tx.commit().await
    }
    async fn audit_between(
        &self,
        from: i64,
        to: i64,
        actions: &[&str],
    ) -> StoreResult<Vec<AuditRow>> {
        super::staff_admin::audit_between(self, from, to, actions).await
    }
    async fn audit_events(
        &self,
        student_ref: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<AuditRow>> {
        Ok(sqlx::query_as::<_, AuditRow>(
            "SELECT id, at, device_id, actor, student_ref, action, result, detail FROM audit_events \
             WHERE ($1 IS NULL OR student_ref = $2) ORDER BY id LIMIT $3",
        )
        .bind(student_ref)
        .bind(student_ref)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }
}

#[async_trait]
impl Outbox for SqlStore {
    async fn outbox(&self, limit: i64) -> StoreResult<Vec<OutboxRow>> {
        let rows = sqlx::query(
            "SELECT id, created_at, recipient, template, language, payload, sent_at, attempts FROM outbox ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(outbox_from_row).collect()
    }
    async fn outbox_depth(&self) -> StoreResult<i64> {
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
            .fetch_one(&self.pool)
            .await
    }
    async fn claim_outbox(
        &self,
        now: i64,
        lease_secs: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxRow>> {
        // PostgreSQL: concurrent workers skip each other's rows instead of waiting on them.
        let skip_locked = match self.dialect {
            Dialect::Postgres => " FOR UPDATE SKIP LOCKED",
            Dialect::Sqlite => "",
        };
        let sql = format!(
            "UPDATE outbox SET claimed_until = $1 WHERE id IN (\
             SELECT id FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $2 \
             AND (claimed_until IS NULL OR claimed_until <= $2) ORDER BY id LIMIT $3{skip_locked}) \
             RETURNING id, created_at, recipient, template, language, payload, sent_at, attempts"
        );
        let mut tx = self.write_tx().await?;
        let rows = sqlx::query(&sql)
            .bind(now + lease_secs)
            .bind(now)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        let mut claimed: Vec<OutboxRow> = rows
            .iter()
            .map(outbox_from_row)
            .collect::<StoreResult<_>>()?;
        claimed.sort_by_key(|r| r.id);
        Ok(claimed)
    }
    async fn outbox_sent(&self, id: i64, now: i64) -> StoreResult<()> {
        let _turn = self.write_turn().await;
        sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL WHERE id = $2 AND sent_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    async fn outbox_failed(&self, id: i64, retry_at: i64, error: &str) -> StoreResult<()> {
        let _turn = self.write_turn().await;
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, \
             last_error = $2 WHERE id = $3 AND sent_at IS NULL",
        )
        .bind(retry_at)
        .bind(error.chars().take(500).collect::<String>())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

#[async_trait]
impl DirectoryIntents for SqlStore {
    async fn begin_directory_intent(
        &self,
        plan: &PasswordPlan,
        marker_before: &str,
        now: i64,
        lease_until: i64,
    ) -> StoreResult<Option<i64>> {
        super::intents::begin(self, plan, marker_before, now, lease_until).await
    }
    async fn abandon_directory_intent(&self, id: i64, now: i64) -> StoreResult<bool> {
        super::intents::abandon(self, id, now).await
    }
    async fn commit_directory_intent(
        &self,
        id: i64,
        plan: &PasswordPlan,
        audit_result: &str,
        now: i64,
    ) -> StoreResult<bool> {
        super::intents::commit(self, id, plan, audit_result, now).await
    }
    async fn expired_directory_intents(
        &self,
        student_ref: Option<&str>,
        now: i64,
    ) -> StoreResult<Vec<PendingIntent>> {
        super::intents::pending(self, student_ref, now).await
    }
}

#[async_trait]
impl Administration for SqlStore {
    async fn insert_student(&self, s: &NewStudent, now: i64) -> StoreResult<String> {
        let student_ref = new_id("stu");
        let email = format!(
            "{}@{}",
            s.username.to_ascii_lowercase(),
            account_api::identifiers::STUDENT_MAIL_DOMAIN
        );
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO students (student_ref, username, username_lower, student_id, first_name, \
             last_name, last_name_lower, birth_date, school, email, password_hash, pin_hash, \
             pause_kind, last_self_reset_at, last_reset_at, last_reset_path, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)",
        )
        .bind(&student_ref)
        .bind(&s.username)
        .bind(s.username.to_ascii_lowercase())
        .bind(&s.student_id)
        .bind(&s.first_name)
        .bind(&s.last_name)
        .bind(s.last_name.to_lowercase())
        .bind(&s.birth_date)
        .bind(&s.school)
        .bind(&email)
        .bind(&s.password_hash)
        .bind(&s.pin_hash)
        .bind(&s.pause_kind)
        .bind(s.last_self_reset_at)
        .bind(s.last_self_reset_at)
        .bind(s.last_self_reset_at.map(|_| "self_service"))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        for (position, (question, hash)) in s.answers.iter().enumerate() {
            sqlx::query("INSERT INTO student_answers (student_ref, position, question, answer_hash) VALUES ($1, $2, $3, $4)")
                .bind(&student_ref)
                .bind(position as i64)
                .bind(question)
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(student_ref)
    }
    async fn insert_parent(&self, p: &NewParent, now: i64) -> StoreResult<()> {
        let parent_ref = new_id("par");
        let mut tx = self.write_tx().await?;
        sqlx::query("INSERT INTO parents (parent_ref, email_lower, name, password_hash, created_at, language) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&parent_ref)
            .bind(p.email.to_lowercase())
            .bind(&p.name)
            .bind(&p.password_hash)
            .bind(now)
            .bind(&p.language)
            .execute(&mut *tx)
            .await?;
        for student_id in &p.children {
            sqlx::query(
                "INSERT INTO parent_children (parent_ref, student_ref, relationship) \
                 SELECT $1, student_ref, $2 FROM students WHERE student_id = $3",
            )
            .bind(&parent_ref)
            .bind(&p.relationship)
            .bind(student_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }
    async fn insert_myschools_account(&self, a: &NewAccount, now: i64) -> StoreResult<()> {
        sqlx::query("INSERT INTO myschools_accounts (account_ref, email_lower, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(new_id("msa"))
            .bind(a.email.to_lowercase())
            .bind(&a.name)
            .bind(&a.password_hash)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
    async fn insert_staff(&self, s: &NewStaff, now: i64) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO staff (staff_id, name, center, password_hash, created_at, role, totp_secret) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&s.staff_id)
        .bind(&s.name)
        .bind(&s.center)
        .bind(&s.password_hash)
        .bind(now)
        .bind(s.role.as_str())
        .bind(s.totp_secret.as_str())
        .execute(&self.pool)
        .await?;
        Ok(())
    }
    async fn import_roster(
        &self,
        roster: &crate::roster::Roster,
        now: i64,
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> StoreResult<RosterCounts> {
        super::roster::import(self, roster, now, progress).await
    }
    async fn bulk_load(&self, batch: &BulkBatch, now: i64) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        super::bulk::load(&mut tx, batch, now).await?;
        tx.commit().await
    }
    async fn backup(&self, path: &str) -> StoreResult<()> {
        match self.dialect {
            Dialect::Sqlite => {
                sqlx::query("VACUUM INTO $1")
                    .bind(path)
                    .execute(&self.pool)
                    .await?;
                Ok(())
            }
            Dialect::Postgres => Err(sqlx::Error::Configuration(
                "PostgreSQL is backed up with pg_dump (see the README's operations section)".into(),
            )),
        }
    }
}
