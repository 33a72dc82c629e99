//! Persistence. Handlers see only the traits below, through one `Store` handle made of
//! focused parts; each method that changes something is one transaction that also writes
//! its audit event (and outbox message, where there is one).

mod attempts;
mod bulk;
mod guardians;
mod handoffs;
mod intents;
mod roster;
mod sql;
mod staff_admin;
mod write_tx;

pub use guardians::{GuardianNotice, GuardianRecord, NOTICE_TEMPLATE};
pub use handoffs::{ClaimOutcome, HandoffRow, NewHandoff};
pub use intents::{PasswordPlan, PendingIntent, PlannedAudit, PlannedIdempotency, PlannedMessage};
pub use sql::{Dialect, SqlStore, DEFAULT_POSTGRES_POOL};
pub use staff_admin::{CenterDirectory, StaffListRow};

use account_api::identifiers::StudentIdentifier;
use async_trait::async_trait;
use std::fmt;
use std::sync::Arc;

pub type StoreResult<T> = Result<T, sqlx::Error>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceMode {
    Kiosk,
    Counter,
}

impl DeviceMode {
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceMode::Kiosk => "kiosk",
            DeviceMode::Counter => "counter",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "kiosk" => Some(DeviceMode::Kiosk),
            "counter" => Some(DeviceMode::Counter),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: String,
    pub name: String,
    pub mode: DeviceMode,
    /// The Welcome Center it stands in.
    pub center: String,
}

/// Where terminals registered without `--center` stand (the demo data's center).
pub const DEFAULT_CENTER: &str = crate::demo::DEMO_CENTER;

/// A registered terminal as `devices list` shows it (never its token or token hash).
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct DeviceRow {
    pub id: String,
    pub name: String,
    pub mode: String,
    pub center: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    /// When a token of this terminal was last used (flows, sessions), if ever.
    pub last_seen_at: Option<i64>,
    /// Its last report (health check), and what it said.
    pub reported_at: Option<i64>,
    pub version: Option<String>,
    pub reported_mode: Option<String>,
    pub languages: Option<i64>,
    pub uptime_secs: Option<i64>,
    pub state: Option<String>,
    pub errors: Option<i64>,
    /// Set when it fell silent for longer than the setting; cleared when it reports again.
    pub lost_at: Option<i64>,
}

/// A terminal's report, as stored.
pub struct TerminalHealth<'a> {
    pub device_id: &'a str,
    pub now: i64,
    pub version: &'a str,
    pub mode: &'a str,
    pub languages: i64,
    pub uptime_secs: i64,
    pub state: &'a str,
    pub errors: i64,
}

/// A student row. Hashes are deliberately left out of `Debug`.
#[derive(Clone)]
pub struct StudentRecord {
    pub student_ref: String,
    pub username: String,
    pub student_id: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: String,
    pub school: String,
    pub email: String,
    pub password_hash: String,
    pub pin_hash: Option<String>,
    pub must_change_password: bool,
    pub pause_kind: Option<String>,
    pub paused_until: Option<i64>,
    pub last_self_reset_at: Option<i64>,
    pub last_reset_at: Option<i64>,
    pub last_reset_path: Option<String>,
}

impl fmt::Debug for StudentRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StudentRecord")
            .field("student_ref", &self.student_ref)
            .field("username", &self.username)
            .field("pin_set", &self.pin_hash.is_some())
            .field("pause_kind", &self.pause_kind)
            .finish_non_exhaustive()
    }
}

impl StudentRecord {
    /// Words a new password must not contain.
    pub fn context_words(&self) -> Vec<&str> {
        vec![
            self.username.as_str(),
            self.first_name.as_str(),
            self.last_name.as_str(),
            self.student_id.as_str(),
        ]
    }
}

/// An NYCSA parent account. The hash is left out of `Debug`.
#[derive(Clone)]
pub struct ParentRecord {
    pub parent_ref: String,
    pub email: String,
    pub name: String,
    pub password_hash: String,
}

impl fmt::Debug for ParentRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParentRecord")
            .field("parent_ref", &self.parent_ref)
            .finish_non_exhaustive()
    }
}

/// A password change made by a parent for a linked child: not limited by the 30-day rule, and
/// it lifts any pause on the child's self-service.
pub struct ParentReset<'a> {
    pub student_ref: &'a str,
    pub new_password_hash: &'a str,
    pub now: i64,
    pub audit: AuditEvent<'a>,
    pub outbox: Vec<OutboxMessage<'a>>,
    pub idempotency: IdempotencyRecord<'a>,
    /// Queued for the guardians of a minor whose account this changes.
    pub guardian_notice: Option<GuardianNotice>,
}

pub struct LinkRequest<'a> {
    /// The token kind the link will carry (`nycsa_reset`, `myschools_reset`).
    pub token_kind: &'a str,
    pub account_ref: &'a str,
    pub now: i64,
    pub outbox: OutboxMessage<'a>,
}

pub struct NewTicket<'a> {
    pub now: i64,
    pub year: i32,
    pub device: &'a Device,
    pub request: &'a account_api::wire::TicketRequest,
}

#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct TicketRow {
    pub number: String,
    pub created_at: i64,
    pub device_name: String,
    pub topic: String,
    pub description: String,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: String,
    pub center: Option<String>,
}

/// A staff account. The hash is left out of `Debug`.
#[derive(Clone, sqlx::FromRow)]
pub struct StaffRecord {
    pub staff_id: String,
    pub name: String,
    pub center: String,
    pub password_hash: String,
    /// `staff` or `supervisor`.
    pub role: String,
    /// Set when the staff member was disabled: they can no longer sign in.
    pub disabled_at: Option<i64>,
}

impl fmt::Debug for StaffRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaffRecord")
            .field("staff_id", &self.staff_id)
            .finish_non_exhaustive()
    }
}

/// What a staff action changes.
pub enum StaffChange<'a> {
    /// A new password; `must_change` for a temporary one. Lifts any pause.
    Password {
        password_hash: &'a str,
        must_change: bool,
    },
    ResumeSelfService,
    ClearPin,
    ClearQuestions,
}

pub struct StaffAction<'a> {
    pub student_ref: &'a str,
    pub now: i64,
    pub change: StaffChange<'a>,
    pub audit: AuditEvent<'a>,
    pub outbox: Option<OutboxMessage<'a>>,
    /// Sent with an idempotency key: the change applies once per key.
    pub idempotency: Option<IdempotencyRecord<'a>>,
    /// Queued for the guardians of a minor whose account this changes.
    pub guardian_notice: Option<GuardianNotice>,
}

pub enum StudentQuery {
    Ident(StudentIdentifier),
    NameAndBirth {
        last_name: String,
        birth_date: String,
    },
}

#[derive(sqlx::FromRow)]
pub struct StoredAnswer {
    pub question: String,
    pub answer_hash: String,
}

#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub kind: String,
    pub subject: String,
    pub device_id: String,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub failures: u32,
    pub last_used_at: Option<i64>,
}

pub struct NewToken<'a> {
    pub token_hash: &'a str,
    pub kind: &'a str,
    pub subject: &'a str,
    pub device_id: &'a str,
    pub now: i64,
    pub ttl_secs: i64,
}

/// What a failed verification writes, and the thresholds that turn it into a pause.
pub struct FailureRecord<'a> {
    pub subject: &'a str,
    /// Set when the subject is a known student: the pause is then the student's own (lifted
    /// by a parent or staff reset). Other subjects keep theirs in `subject_pauses`.
    pub student_ref: Option<&'a str>,
    /// What kind of door the subject is behind (`student`, `parent`, `staff`, `device`, …),
    /// for the audit event of a pause.
    pub door: &'a str,
    pub device_id: &'a str,
    pub now: i64,
    pub short_window_secs: i64,
    pub short_window_failures: u32,
    pub short_pause_secs: i64,
    pub long_window_secs: i64,
    pub long_window_failures: u32,
}

/// What a roster import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct RosterCounts {
    pub students_added: u64,
    pub students_updated: u64,
    pub students_unchanged: u64,
    pub students_deactivated: u64,
    pub parents_added: u64,
    pub parents_updated: u64,
    pub parents_unchanged: u64,
    /// Rows of other roles (teachers, administrators), not imported.
    pub other_roles: u64,
}

/// A guess about to be verified. It is counted as a failure before it is verified, inside
/// the same write that checks the limits, so guesses sent at once get no more tries than
/// guesses sent one after another (§5).
pub struct AttemptRequest<'a> {
    pub failure: FailureRecord<'a>,
    /// Refuse while another attempt on the same subject is in flight: one verification at a
    /// time per account, on every instance.
    pub exclusive: bool,
    /// How long an unsettled attempt holds the subject; one whose verifier died stays counted
    /// as a failure but stops holding the subject after this.
    pub lease_secs: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reservation {
    /// Counted as a failure until it is withdrawn (right secret) or settled (wrong one).
    Granted {
        attempt_id: i64,
        /// Failures in the long window, this attempt included.
        failures: u32,
    },
    /// Over a limit: nothing is verified, the right secret included.
    Paused {
        kind: &'static str,
        until: Option<i64>,
    },
    /// Another attempt on this subject is being verified right now.
    Busy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailureCounts {
    pub short: u32,
    pub long: u32,
    /// The pause this failure started (`temporary` or `until_reset`), if it started one.
    pub paused: Option<&'static str>,
}

pub struct AuditEvent<'a> {
    pub device_id: Option<&'a str>,
    pub actor: &'a str,
    pub student_ref: Option<&'a str>,
    pub action: &'a str,
    pub result: &'a str,
    pub detail: &'a str,
}

pub struct OutboxMessage<'a> {
    pub recipient: &'a str,
    pub template: &'a str,
    pub language: &'a str,
    pub payload: serde_json::Value,
}

pub struct IdempotencyRecord<'a> {
    pub device_id: &'a str,
    pub key: &'a str,
    pub fingerprint: &'a str,
    pub status: u16,
    pub body: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub fingerprint: String,
    pub status: u16,
    pub body: String,
}

/// A self-service password change, applied only if the reset token is still unused and the
/// 30-day rule still holds at commit time.
pub struct SelfReset<'a> {
    pub reset_token_hash: &'a str,
    pub student_ref: &'a str,
    pub new_password_hash: &'a str,
    pub now: i64,
    /// The change is refused if the last self-service reset is after this time.
    pub last_self_reset_before: i64,
    pub audit: AuditEvent<'a>,
    pub outbox: OutboxMessage<'a>,
    pub idempotency: IdempotencyRecord<'a>,
    /// Queued for the guardians of a minor whose account this changes.
    pub guardian_notice: Option<GuardianNotice>,
}

/// What an enrollment session saves.
pub enum EnrollmentKind<'a> {
    Pin {
        pin_hash: &'a str,
    },
    /// (question id, answer hash), three of them, in order.
    Questions {
        answers: &'a [(String, String)],
    },
    Password {
        password_hash: &'a str,
    },
}

/// A change made in an enrollment session: applied only if the session is still unused, and
/// the session is used up by it.
pub struct EnrollmentChange<'a> {
    pub session_hash: &'a str,
    pub student_ref: &'a str,
    pub now: i64,
    pub kind: EnrollmentKind<'a>,
    pub audit: AuditEvent<'a>,
    pub outbox: OutboxMessage<'a>,
    /// Queued for the guardians of a minor whose account this changes.
    pub guardian_notice: Option<GuardianNotice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeOutcome {
    Applied,
    TokenAlreadyUsed,
    TooSoon,
    /// Self-service was paused after the reset token was handed out.
    Paused,
}

#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub device_id: Option<String>,
    pub actor: String,
    pub student_ref: Option<String>,
    pub action: String,
    pub result: String,
    pub detail: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct OutboxRow {
    pub id: i64,
    pub created_at: i64,
    pub recipient: String,
    pub template: String,
    pub language: String,
    pub payload: serde_json::Value,
    pub sent_at: Option<i64>,
    /// Delivery attempts that failed so far.
    pub attempts: i64,
}

/// A student to create, with secrets already hashed.
pub struct NewStudent {
    pub username: String,
    pub student_id: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: String,
    pub school: String,
    pub password_hash: String,
    pub pin_hash: Option<String>,
    pub answers: Vec<(String, String)>,
    pub pause_kind: Option<String>,
    pub last_self_reset_at: Option<i64>,
}

/// Rows for a bulk load (`seed-scale`): refs are chosen by the caller so that parents can name
/// children of the same batch.
pub struct BulkBatch {
    pub students: Vec<BulkStudent>,
    pub parents: Vec<BulkParent>,
}

pub struct BulkStudent {
    pub student_ref: String,
    pub student: NewStudent,
}

pub struct BulkParent {
    pub parent_ref: String,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    /// Student refs of the linked children.
    pub children: Vec<String>,
}

pub struct NewParent {
    pub email: String,
    pub name: String,
    pub password_hash: String,
    /// Student IDs of the linked children.
    pub children: Vec<String>,
    /// `parent`, `guardian` or `relative`, for every child in `children`.
    pub relationship: String,
    /// The language of the notices this parent gets.
    pub language: String,
}

pub struct NewAccount {
    pub email: String,
    pub name: String,
    pub password_hash: String,
}

pub struct NewStaff {
    pub staff_id: String,
    pub name: String,
    pub center: String,
    pub password_hash: String,
    pub role: account_api::wire::StaffRole,
    /// Base32, stored as it is (a verifier needs it back; see migration 0012).
    pub totp_secret: zeroize::Zeroizing<String>,
}

/// The terminals: registration, their token, their center, their reports, and lost or revoked
/// ones.
#[async_trait]
pub trait Terminals: Send + Sync {
    async fn add_device(
        &self,
        name: &str,
        mode: DeviceMode,
        token_hash: &str,
        now: i64,
    ) -> StoreResult<String>;
    async fn device_by_token_hash(&self, token_hash: &str) -> StoreResult<Option<Device>>;
    /// Moves a terminal to another Welcome Center.
    async fn set_device_center(&self, id: &str, center: &str) -> StoreResult<()>;
    async fn devices(&self) -> StoreResult<Vec<DeviceRow>>;
    /// Stores a terminal's report; true when the terminal had been marked lost.
    async fn record_report(&self, report: &TerminalHealth<'_>) -> StoreResult<bool>;
    /// Marks the live terminals silent since `silent_since` as lost and returns them (id,
    /// name); each is returned once, however many instances ask.
    async fn mark_lost(&self, silent_since: i64, now: i64) -> StoreResult<Vec<(String, String)>>;
    /// Revokes a terminal (its token stops working at once); false if no such live device.
    async fn revoke_device(&self, id: &str, now: i64) -> StoreResult<bool>;
}

/// Looking students up.
#[async_trait]
pub trait Students: Send + Sync {
    async fn find_student(&self, ident: &StudentIdentifier) -> StoreResult<Option<StudentRecord>>;
    /// The student and their security questions in one round trip (what `start` needs).
    async fn find_student_with_answers(
        &self,
        ident: &StudentIdentifier,
    ) -> StoreResult<Option<(StudentRecord, Vec<StoredAnswer>)>>;
    async fn student(&self, student_ref: &str) -> StoreResult<Option<StudentRecord>>;
    async fn student_answers(&self, student_ref: &str) -> StoreResult<Vec<StoredAnswer>>;
    async fn student_exists(&self, student_id: &str) -> StoreResult<bool>;
    /// Exact student ID, exact username, or last name and birth date.
    async fn search_students(&self, query: &StudentQuery) -> StoreResult<Vec<StudentRecord>>;
}

/// Guesses counted before they are checked, pauses, and rate-limit buckets (DESIGN §5).
#[async_trait]
pub trait Attempts: Send + Sync {
    /// Reserves one attempt at a guess (see [`AttemptRequest`]).
    async fn reserve_attempt(&self, r: &AttemptRequest<'_>) -> StoreResult<Reservation>;
    /// The reserved guess was wrong: it stays counted; applies a pause when a threshold is
    /// reached (auditing it), and returns the counts in both windows after this failure.
    async fn settle_failed_attempt(
        &self,
        attempt_id: i64,
        f: &FailureRecord<'_>,
    ) -> StoreResult<FailureCounts>;
    /// The reserved guess was right: it no longer counts.
    async fn withdraw_attempt(&self, attempt_id: i64) -> StoreResult<()>;
    /// Records one event in a rate-limit bucket and returns how many it holds within the
    /// window, this one included.
    async fn rate_event(&self, bucket: &str, now: i64, window_secs: i64) -> StoreResult<u32>;
}

/// Flow, reset, session and identity-check tokens, stored by digest.
#[async_trait]
pub trait Tokens: Send + Sync {
    async fn put_token(&self, t: &NewToken<'_>) -> StoreResult<()>;
    async fn token(&self, token_hash: &str) -> StoreResult<Option<TokenRecord>>;
    /// Marks a token used; false if it was already used.
    async fn use_token(&self, token_hash: &str, now: i64) -> StoreResult<bool>;
    /// Counts a failure against a flow token and returns the new count.
    async fn add_token_failure(&self, token_hash: &str) -> StoreResult<u32>;
    /// Marks a session token as used now (for idle limits).
    async fn touch_token(&self, token_hash: &str, now: i64) -> StoreResult<()>;
    /// Stores a token and its audit event in one transaction.
    async fn put_token_audited(
        &self,
        token: &NewToken<'_>,
        audit: &AuditEvent<'_>,
    ) -> StoreResult<()>;
}

/// Answers stored under a terminal's idempotency key.
#[async_trait]
pub trait Idempotency: Send + Sync {
    async fn idempotent_response(
        &self,
        device_id: &str,
        key: &str,
    ) -> StoreResult<Option<StoredResponse>>;
}

/// The account changes, each one transaction with its audit event, email, guardian notice and
/// idempotency record.
#[async_trait]
pub trait Changes: Send + Sync {
    async fn apply_self_reset(&self, change: &SelfReset<'_>) -> StoreResult<ChangeOutcome>;
    async fn apply_enrollment(&self, change: &EnrollmentChange<'_>) -> StoreResult<ChangeOutcome>;
    async fn apply_parent_reset(&self, change: &ParentReset<'_>) -> StoreResult<ChangeOutcome>;
    /// Applies a staff action; false when its idempotency key was already used (the change
    /// was applied by the first request with that key).
    async fn apply_staff_action(&self, action: &StaffAction<'_>) -> StoreResult<bool>;
}

/// Parents and guardians, MySchools accounts, and their reset links.
#[async_trait]
pub trait Parents: Send + Sync {
    async fn find_parent(&self, email: &str) -> StoreResult<Option<ParentRecord>>;
    async fn parent(&self, parent_ref: &str) -> StoreResult<Option<ParentRecord>>;
    /// The students linked to a parent, in name order.
    async fn children(&self, parent_ref: &str) -> StoreResult<Vec<StudentRecord>>;
    /// The parents and guardians linked to a student.
    async fn guardians(&self, student_ref: &str) -> StoreResult<Vec<GuardianRecord>>;
    /// The MySchools account ref and name for an address.
    async fn find_myschools(&self, email: &str) -> StoreResult<Option<(String, String)>>;
    /// Queues a reset-link email (its token is made when it is sent, so none is stored in
    /// the clear) and revokes the account's older live links of this kind, in one
    /// transaction: only the newest link requested works.
    async fn queue_reset_link(&self, link: &LinkRequest<'_>) -> StoreResult<()>;
}

/// Hand-offs from a kiosk to its center's counters.
#[async_trait]
pub trait Handoffs: Send + Sync {
    /// Stores a hand-off with a number no other open hand-off of its center has, and its
    /// audit event; `None` when every number is taken.
    async fn create_handoff(&self, h: &NewHandoff<'_>) -> StoreResult<Option<String>>;
    /// The center's hand-offs still waiting at `now`, oldest first.
    async fn open_handoffs(&self, center: &str, now: i64) -> StoreResult<Vec<HandoffRow>>;
    /// The first claim of an open hand-off wins; the claim and its audit event are one
    /// transaction.
    async fn claim_handoff(
        &self,
        id: &str,
        center: &str,
        staff_id: &str,
        device_id: &str,
        now: i64,
    ) -> StoreResult<ClaimOutcome>;
}

/// Support tickets.
#[async_trait]
pub trait Tickets: Send + Sync {
    /// Stores a ticket and returns its number.
    async fn insert_ticket(&self, t: &NewTicket<'_>) -> StoreResult<String>;
    async fn tickets(&self, limit: i64) -> StoreResult<Vec<TicketRow>>;
}

/// Staff members, their second factor, and the centers they work at.
#[async_trait]
pub trait Staff: Send + Sync {
    async fn staff(&self, staff_id: &str) -> StoreResult<Option<StaffRecord>>;
    /// A staff member's TOTP secret (base32), if one is enrolled.
    async fn staff_totp_secret(
        &self,
        staff_id: &str,
    ) -> StoreResult<Option<zeroize::Zeroizing<String>>>;
    /// Takes a TOTP step for a staff member: true only if it is later than the last step
    /// taken, so each code signs in once even when sent twice at the same moment.
    async fn take_totp_step(&self, staff_id: &str, step: i64) -> StoreResult<bool>;
    async fn staff_list(&self) -> StoreResult<Vec<StaffListRow>>;
    /// Disables a staff member and ends their live sessions (audited); `None` when no such
    /// enabled staff member, else how many sessions were ended.
    async fn disable_staff(&self, staff_id: &str, now: i64) -> StoreResult<Option<u64>>;
    /// A new TOTP secret for a staff member; their sessions end. False if no such member.
    async fn reset_staff_totp(&self, staff_id: &str, secret: &str, now: i64) -> StoreResult<bool>;
    /// The centers staff members and terminals belong to, for placing audit events.
    async fn centers(&self) -> StoreResult<CenterDirectory>;
}

/// The audit trail and what the day's report reads from it.
#[async_trait]
pub trait Audit: Send + Sync {
    /// Writes one audit event on its own (events that change nothing else).
    async fn put_audit(&self, audit: &AuditEvent<'_>, now: i64) -> StoreResult<()>;
    /// Audit rows with `from <= at < to` and one of these actions, oldest first.
    async fn audit_between(
        &self,
        from: i64,
        to: i64,
        actions: &[&str],
    ) -> StoreResult<Vec<AuditRow>>;
    async fn audit_events(
        &self,
        student_ref: Option<&str>,
        limit: i64,
    ) -> StoreResult<Vec<AuditRow>>;
}

/// Emails queued with the changes they confirm, and their delivery.
#[async_trait]
pub trait Outbox: Send + Sync {
    async fn outbox(&self, limit: i64) -> StoreResult<Vec<OutboxRow>>;
    /// Emails queued and not yet sent.
    async fn outbox_depth(&self) -> StoreResult<i64>;
    /// Takes up to `limit` due, unsent messages for `lease_secs`: another worker (or this one
    /// after a restart) sees them again only when the lease runs out unmarked.
    async fn claim_outbox(
        &self,
        now: i64,
        lease_secs: i64,
        limit: i64,
    ) -> StoreResult<Vec<OutboxRow>>;
    async fn outbox_sent(&self, id: i64, now: i64) -> StoreResult<()>;
    async fn outbox_failed(&self, id: i64, retry_at: i64, error: &str) -> StoreResult<()>;
}

/// Password changes on their way to the district's directory (see `domain::directory_change`).
#[async_trait]
pub trait DirectoryIntents: Send + Sync {
    /// Records a password change about to be written to the directory; `None` while another
    /// change for the same student is pending.
    async fn begin_directory_intent(
        &self,
        plan: &PasswordPlan,
        marker_before: &str,
        now: i64,
        lease_until: i64,
    ) -> StoreResult<Option<i64>>;
    /// The directory did not take the change: the intent records nothing. False if it was
    /// settled already.
    async fn abandon_directory_intent(&self, id: i64, now: i64) -> StoreResult<bool>;
    /// The directory took the change: one transaction records the plan (student, token,
    /// audit with `audit_result`, outbox, idempotency key) and settles the intent. False, and
    /// nothing written, if it was settled already.
    async fn commit_directory_intent(
        &self,
        id: i64,
        plan: &PasswordPlan,
        audit_result: &str,
        now: i64,
    ) -> StoreResult<bool>;
    /// Pending intents (of one student, or all) whose lease ran out by `now`.
    async fn expired_directory_intents(
        &self,
        student_ref: Option<&str>,
        now: i64,
    ) -> StoreResult<Vec<PendingIntent>>;
}

/// Loading and keeping the data: accounts, rosters, synthetic load, backups.
#[async_trait]
pub trait Administration: Send + Sync {
    async fn insert_student(&self, s: &NewStudent, now: i64) -> StoreResult<String>;
    async fn insert_parent(&self, p: &NewParent, now: i64) -> StoreResult<()>;
    async fn insert_myschools_account(&self, a: &NewAccount, now: i64) -> StoreResult<()>;
    async fn insert_staff(&self, s: &NewStaff, now: i64) -> StoreResult<()>;
    /// Imports a checked OneRoster folder in one transaction; `progress` hears how many rows
    /// are done. PINs, answers, counters and pauses are never touched.
    async fn import_roster(
        &self,
        roster: &crate::roster::Roster,
        now: i64,
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> StoreResult<RosterCounts>;
    /// Writes a consistent copy of the database to `path` while the service runs (SQLite).
    async fn backup(&self, path: &str) -> StoreResult<()>;
    /// Loads a batch of synthetic students and parents in one transaction.
    async fn bulk_load(&self, batch: &BulkBatch, now: i64) -> StoreResult<()>;
}

/// Everything the service keeps, as one handle: handlers and tools hold an `Arc<dyn Store>`,
/// and what each part needs is one of the focused traits above.
pub trait Store:
    Terminals
    + Students
    + Attempts
    + Tokens
    + Idempotency
    + Changes
    + Parents
    + Handoffs
    + Tickets
    + Staff
    + Audit
    + Outbox
    + DirectoryIntents
    + Administration
{
}

impl<T> Store for T where
    T: ?Sized
        + Terminals
        + Students
        + Attempts
        + Tokens
        + Idempotency
        + Changes
        + Parents
        + Handoffs
        + Tickets
        + Staff
        + Audit
        + Outbox
        + DirectoryIntents
        + Administration
{
}

/// Opens the store named by a database URL (`sqlite:PATH` or `postgres://…`) and runs its
/// migrations.
pub async fn connect(database_url: &str) -> anyhow::Result<Arc<dyn Store>> {
    Ok(Arc::new(SqlStore::connect(database_url).await?))
}

/// As [`connect`], with `pool` connections per instance on PostgreSQL.
pub async fn connect_with(database_url: &str, pool: u32) -> anyhow::Result<Arc<dyn Store>> {
    Ok(Arc::new(SqlStore::connect_with(database_url, pool).await?))
}
