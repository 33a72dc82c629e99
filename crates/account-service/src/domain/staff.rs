//! Counter mode: staff sign in on a counter terminal, find a student, record that they
//! checked the visitor's identity in person, then act — each action audited with its
//! confirmation email, in one transaction.

use account_api::identifiers::{format_wire_date, parse_student, parse_typed_date};
use account_api::wire::{
    AuditEntry, AuditList, IdentityCheckRequest, IdentityCheckResponse, StaffPasswordRequest,
    StaffPasswordResponse, StaffResetMode, StaffRole, StaffSessionRequest, StaffSessionResponse,
    StudentMatches, StudentStatus, StudentSummary, Visitor,
};
use account_api::SecretString;
use rand::Rng;

use crate::clock::rfc3339;
use crate::domain::attempts::{self, Door, DoorKind};
use crate::domain::directory_change::{self, DirectoryChangeError};
use crate::domain::guardians::{self, Change, Place};
use crate::domain::idempotency::{replay, valid_key, IdempotencyError};
use crate::domain::lockout::current_pause;
use crate::domain::password::{check_new_password, PasswordRejected};
use crate::domain::sign_in::SignInError;
use crate::domain::totp;
use crate::state::AppState;
use crate::store::{
    AuditEvent, Device, DeviceMode, IdempotencyRecord, NewToken, OutboxMessage, PasswordPlan,
    PlannedAudit, PlannedIdempotency, PlannedMessage, StaffAction, StaffChange, StaffRecord,
    StudentQuery, StudentRecord,
};
use crate::tokens::{digest, new_token, request_fingerprint};

pub const STAFF_TOKEN: &str = "staff";
pub const CHECK_TOKEN: &str = "check";
pub const SESSION_ABSOLUTE_SECS: i64 = 8 * 3600;
pub const SESSION_IDLE_SECS: i64 = 15 * 60;
pub const CHECK_VALID_SECS: i64 = 10 * 60;
/// No 0/O, 1/l/I: a temporary password is read aloud and copied by hand.
const UNAMBIGUOUS: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
const TEMPORARY_LEN: usize = 12;

/// Why a staff session was not good for a call. Missing, ended, expired, idle, another
/// terminal's, or a disabled member's: one answer.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("staff actions need a counter terminal")]
    NotCounter,
    /// At sign-out: there is no live session to end.
    #[error("a live staff session is required")]
    NotLive,
    #[error("a staff session is required")]
    Required,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Why a staff look-up, identity check or action was refused.
#[derive(Debug, thiserror::Error)]
pub enum StaffActionError {
    #[error("{0}")]
    Invalid(&'static str),
    #[error("no such student")]
    NotFound,
    /// An override for a visitor who is no linked guardian needs a supervisor.
    #[error("a supervisor is required")]
    SupervisorRequired,
    #[error("the visitor is not a linked guardian")]
    GuardianNotLinked,
    /// No identity check by this member for this student on this terminal, or too old.
    #[error("an identity check is required")]
    IdentityCheckRequired,
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Password(#[from] PasswordRejected),
    #[error(transparent)]
    Directory(#[from] DirectoryChangeError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(SessionError, StaffActionError);

fn on_counter(device: &Device) -> bool {
    device.mode == DeviceMode::Counter
}

pub async fn sign_in(
    state: &AppState,
    device: &Device,
    req: StaffSessionRequest,
) -> Result<StaffSessionResponse, SignInError> {
    if !on_counter(device) {
        return Err(SignInError::NotCounter);
    }
    let staff = state.store.staff(req.staff_id.trim()).await?;
    let subject = format!("staff:{}", digest(req.staff_id.trim()));
    let attempt =
        match attempts::enter(state, device, Door::other(DoorKind::Staff, &subject)).await? {
            Ok(attempt) => attempt,
            // Over the limit the right password is refused too.
            Err(refusal) => return Err(SignInError::RateLimited(refusal)),
        };
    let matched = state
        .hasher
        .verify(
            req.password.expose(),
            staff.as_ref().map(|s| s.password_hash.as_str()),
        )
        .await;
    // A disabled staff member, a wrong code or a code already used: the same failure as a
    // wrong password, counted against the same limit.
    let staff = staff.filter(|s| matched && s.disabled_at.is_none());
    let passed = match &staff {
        Some(s) => second_factor(state, s, req.totp.expose()).await?,
        None => false,
    };
    let Some(staff) = staff.filter(|_| passed) else {
        attempt.wrong(state, device).await?;
        return Err(SignInError::Failed);
    };
    attempt.right(state).await?;
    let now = state.clock.now();
    let session = new_token();
    state
        .store
        .put_token_audited(
            &NewToken {
                token_hash: &digest(&session),
                kind: STAFF_TOKEN,
                subject: &staff.staff_id,
                device_id: &device.id,
                now,
                ttl_secs: SESSION_ABSOLUTE_SECS,
            },
            &AuditEvent {
                device_id: Some(&device.id),
                actor: &staff.staff_id,
                student_ref: None,
                action: "staff_sign_in",
                result: "ok",
                detail: "",
            },
        )
        .await?;
    Ok(StaffSessionResponse {
        session: SecretString::from_str_exact(&session),
        role: role_of(&staff),
        name: staff.name,
        center: staff.center,
    })
}

pub fn role_of(staff: &StaffRecord) -> StaffRole {
    StaffRole::parse(&staff.role).unwrap_or(StaffRole::Staff)
}

/// The TOTP code, checked and its step taken once. With `staff_totp` off (the kiosk's
/// embedded demo only) every code passes.
async fn second_factor(
    state: &AppState,
    staff: &StaffRecord,
    code: &str,
) -> Result<bool, sqlx::Error> {
    if !state.security.staff_totp {
        return Ok(true);
    }
    let Some(stored) = state.store.staff_totp_secret(&staff.staff_id).await? else {
        return Ok(false);
    };
    let Some(secret) = totp::TotpSecret::parse(&stored) else {
        tracing::error!(staff = %staff.staff_id, "stored TOTP secret is not base32");
        return Ok(false);
    };
    match secret.matching_step(code, state.clock.now()) {
        Some(step) => Ok(state.store.take_totp_step(&staff.staff_id, step).await?),
        None => Ok(false),
    }
}

/// Ends a staff session on the service, so a session left behind on a terminal (or copied
/// from it) is worth nothing afterwards. Unknown or ended sessions are answered the same.
pub async fn sign_out(
    state: &AppState,
    device: &Device,
    session: Option<&str>,
) -> Result<(), SessionError> {
    if !on_counter(device) {
        return Err(SessionError::NotCounter);
    }
    // A session that is not live cannot be ended: the same answer as any staff call with it.
    let session = session
        .filter(|s| !s.is_empty() && s.len() <= 256)
        .ok_or(SessionError::NotLive)?;
    let hash = digest(session);
    let now = state.clock.now();
    let token = state
        .store
        .token(&hash)
        .await?
        .ok_or(SessionError::NotLive)?;
    let ended = token.kind == STAFF_TOKEN
        && token.device_id == device.id
        && token.used_at.is_none()
        && state.store.use_token(&hash, now).await?;
    if !ended {
        return Err(SessionError::NotLive);
    }
    state
        .store
        .put_audit(
            &AuditEvent {
                device_id: Some(&device.id),
                actor: &token.subject,
                student_ref: None,
                action: "staff_sign_out",
                result: "ok",
                detail: "",
            },
            now,
        )
        .await?;
    Ok(())
}

/// The staff member behind a session that is live on this counter terminal: not ended, under
/// 8 hours old, and used in the last 15 minutes.
pub async fn staff_for_session(
    state: &AppState,
    device: &Device,
    session: Option<&str>,
) -> Result<StaffRecord, SessionError> {
    if !on_counter(device) {
        return Err(SessionError::NotCounter);
    }
    let session = session
        .filter(|s| !s.is_empty() && s.len() <= 256)
        .ok_or(SessionError::Required)?;
    let hash = digest(session);
    let now = state.clock.now();
    let token = state
        .store
        .token(&hash)
        .await?
        .ok_or(SessionError::Required)?;
    let idle_ok = token
        .last_used_at
        .is_some_and(|t| t + SESSION_IDLE_SECS > now);
    if token.kind != STAFF_TOKEN
        || token.device_id != device.id
        || token.used_at.is_some()
        || token.expires_at <= now
        || !idle_ok
    {
        return Err(SessionError::Required);
    }
    state.store.touch_token(&hash, now).await?;
    state
        .store
        .staff(&token.subject)
        .await?
        .filter(|s| s.disabled_at.is_none())
        .ok_or(SessionError::Required)
}

fn summary(s: &StudentRecord) -> StudentSummary {
    StudentSummary {
        student_ref: s.student_ref.clone(),
        name: format!("{} {}", s.first_name, s.last_name),
        username: s.username.clone(),
        student_id: s.student_id.clone(),
        school: s.school.clone(),
        birth_date: s.birth_date.clone(),
    }
}

/// `212345678`, `AvaM1234`, or a last name and a birth date: `Martinez 03/14/2012`. The
/// schema of `StudentSearch` holds `q` to 1-80 characters with one that is not a space.
pub async fn search(state: &AppState, q: &str) -> Result<StudentMatches, sqlx::Error> {
    let q = q.trim();
    let query = match q.rsplit_once(' ') {
        Some((name, date)) if parse_typed_date(date).is_some() && !name.trim().is_empty() => {
            StudentQuery::NameAndBirth {
                last_name: name.trim().to_string(),
                birth_date: parse_typed_date(date)
                    .map(format_wire_date)
                    .unwrap_or_default(),
            }
        }
        _ => match parse_student(q) {
            Some(ident) => StudentQuery::Ident(ident),
            // Neither an ID, a username nor a name with a date: it matches nobody.
            None => return Ok(StudentMatches { students: vec![] }),
        },
    };
    let students = state
        .store
        .search_students(&query)
        .await?
        .iter()
        .map(summary)
        .collect();
    Ok(StudentMatches { students })
}

async fn student(state: &AppState, student_ref: &str) -> Result<StudentRecord, StaffActionError> {
    state
        .store
        .student(student_ref)
        .await?
        .ok_or(StaffActionError::NotFound)
}

pub async fn status(
    state: &AppState,
    student_ref: &str,
) -> Result<StudentStatus, StaffActionError> {
    let s = student(state, student_ref).await?;
    let now = state.clock.now();
    let pause = current_pause(&s, now);
    let has_questions = state.store.student_answers(&s.student_ref).await?.len() == 3;
    Ok(StudentStatus {
        student: summary(&s),
        email: s.email.clone(),
        has_pin: s.pin_hash.is_some(),
        has_questions,
        paused: pause.map(|p| p.kind().to_string()),
        paused_until: s.paused_until.filter(|_| pause.is_some()).map(rfc3339),
        last_reset_at: s.last_reset_at.map(rfc3339),
        last_reset_path: s.last_reset_path.clone(),
        must_change_password: s.must_change_password,
        guardians: state
            .store
            .guardians(&s.student_ref)
            .await?
            .iter()
            .map(guardians::summary)
            .collect(),
    })
}

fn clean_text(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(char::is_control)
}

pub async fn identity_check(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    student_ref: &str,
    req: IdentityCheckRequest,
) -> Result<IdentityCheckResponse, StaffActionError> {
    let document = req.document.trim();
    if document.is_empty() || !clean_text(document, 100) || !clean_text(&req.note, 500) {
        return Err(StaffActionError::Invalid(
            "document (1-100 characters) and note (up to 500) without control characters",
        ));
    }
    let s = student(state, student_ref).await?;
    let visitor = match req.visitor {
        Visitor::Student => "student",
        Visitor::Parent => "parent",
        Visitor::Guardian => "guardian",
    };
    let mut detail = visitor.to_string();
    let mut result = "ok";
    if req.visitor != Visitor::Student {
        let linked = state.store.guardians(&s.student_ref).await?;
        let named = req
            .guardian
            .as_deref()
            .filter(|g| linked.iter().any(|l| l.parent_ref == *g));
        match (named, req.override_reason.as_deref().map(str::trim)) {
            (Some(guardian), _) => detail.push_str(&format!("; guardian: {guardian}")),
            (None, Some(reason)) if !reason.is_empty() && clean_text(reason, 500) => {
                if !guardians::may_override(staff) {
                    return Err(StaffActionError::SupervisorRequired);
                }
                result = "override";
                detail.push_str(&format!("; not linked, override: {reason}"));
            }
            _ => return Err(StaffActionError::GuardianNotLinked),
        }
    }
    detail.push_str(&format!("; document: {document}"));
    let note = req.note.trim();
    if !note.is_empty() {
        detail.push_str(&format!("; note: {note}"));
    }
    let check = new_token();
    let now = state.clock.now();
    state
        .store
        .put_token_audited(
            &NewToken {
                token_hash: &digest(&check),
                kind: CHECK_TOKEN,
                subject: &format!("{}|{}", staff.staff_id, s.student_ref),
                device_id: &device.id,
                now,
                ttl_secs: CHECK_VALID_SECS,
            },
            &AuditEvent {
                device_id: Some(&device.id),
                actor: &staff.staff_id,
                student_ref: Some(&s.student_ref),
                action: "identity_check",
                result,
                detail: &detail,
            },
        )
        .await?;
    Ok(IdentityCheckResponse {
        check: SecretString::from_str_exact(&check),
        valid_for: CHECK_VALID_SECS as u64,
    })
}

/// The student, if `check` is an identity check this staff member recorded for them on this
/// terminal in the last 10 minutes.
async fn checked_student(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    student_ref: &str,
    check: &SecretString,
) -> Result<StudentRecord, StaffActionError> {
    let s = student(state, student_ref).await?;
    let token = if check.len() <= 256 {
        state.store.token(&digest(check.expose())).await?
    } else {
        None
    };
    let valid = token.is_some_and(|t| {
        t.kind == CHECK_TOKEN
            && t.device_id == device.id
            && t.subject == format!("{}|{}", staff.staff_id, s.student_ref)
            && t.expires_at > state.clock.now()
    });
    if valid {
        Ok(s)
    } else {
        Err(StaffActionError::IdentityCheckRequired)
    }
}

/// What a staff action records: the audit action and detail, and the email template.
struct Record<'a> {
    action: &'a str,
    detail: &'a str,
    template: &'a str,
    /// What the student's guardians are told, if anything.
    notice: Option<Change>,
}

/// An idempotency key and what it is bound to, for a staff action.
pub struct Once<'a> {
    pub key: &'a str,
    pub fingerprint: String,
}

/// Whether this key was already used on this terminal: `Ok(true)` when the same request
/// applied already (its answer is given again), an error when the key was used for another.
async fn applied_before(
    state: &AppState,
    device: &Device,
    once: Option<&Once<'_>>,
) -> Result<bool, StaffActionError> {
    let Some(once) = once else { return Ok(false) };
    match state
        .store
        .idempotent_response(&device.id, once.key)
        .await?
    {
        Some(stored) => Ok(replay(stored, &once.fingerprint).map(|_| true)?),
        None => Ok(false),
    }
}

async fn act(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    s: &StudentRecord,
    change: StaffChange<'_>,
    record: Record<'_>,
    once: Option<&Once<'_>>,
) -> Result<bool, StaffActionError> {
    let now = state.clock.now();
    let applied = state
        .store
        .apply_staff_action(&StaffAction {
            student_ref: &s.student_ref,
            now,
            change,
            audit: AuditEvent {
                device_id: Some(&device.id),
                actor: &staff.staff_id,
                student_ref: Some(&s.student_ref),
                action: record.action,
                result: "ok",
                detail: record.detail,
            },
            outbox: Some(OutboxMessage {
                recipient: &s.email,
                template: record.template,
                language: crate::language::current(),
                payload: serde_json::json!({
                    "first_name": s.first_name,
                    "username": s.username,
                    "at": rfc3339(now),
                    "center": staff.center,
                }),
            }),
            guardian_notice: record.notice.and_then(|change| {
                guardians::notice(
                    s,
                    change,
                    Place::Counter {
                        center: &staff.center,
                    },
                    now,
                )
            }),
            idempotency: once.map(|o| IdempotencyRecord {
                device_id: &device.id,
                key: o.key,
                fingerprint: &o.fingerprint,
                status: 200,
                body: "{}",
            }),
        })
        .await?;
    if !applied {
        // A duplicate with the same key got there first (on this instance or another).
        applied_before(state, device, once).await?;
    }
    Ok(applied)
}

/// A temporary password with an upper-case letter, a lower-case letter and a digit. Active
/// Directory's default complexity rule asks for three kinds of character, and about one in
/// seven draws from this alphabet has no digit (seen: Samba refused one in CI).
pub fn temporary_password() -> String {
    let mut rng = rand::rngs::OsRng;
    loop {
        let candidate: String = (0..TEMPORARY_LEN)
            .map(|_| UNAMBIGUOUS[rng.gen_range(0..UNAMBIGUOUS.len())] as char)
            .collect();
        let has = |kind: fn(&char) -> bool| candidate.chars().any(|c| kind(&c));
        if has(char::is_ascii_uppercase)
            && has(char::is_ascii_lowercase)
            && has(char::is_ascii_digit)
        {
            return candidate;
        }
    }
}

pub async fn password(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    student_ref: &str,
    key: Option<&str>,
    req: StaffPasswordRequest,
) -> Result<StaffPasswordResponse, StaffActionError> {
    let once = match key {
        Some(key) => Some(Once {
            key: valid_key(Some(key))?,
            fingerprint: request_fingerprint(&[
                "staff_password",
                &staff.staff_id,
                student_ref,
                req.check.expose(),
                match req.mode {
                    StaffResetMode::VisitorChooses => "visitor_chooses",
                    StaffResetMode::Temporary => "temporary",
                },
                req.new_password.as_ref().map_or("", |p| p.expose()),
            ]),
        }),
        None => None,
    };
    // Applied already: the same answer, except that a temporary password is shown once and
    // never stored, so a repeat gets none (staff make a new one if the first was lost).
    if applied_before(state, device, once.as_ref()).await? {
        return Ok(StaffPasswordResponse::default());
    }
    let s = checked_student(state, device, staff, student_ref, &req.check).await?;
    match req.mode {
        StaffResetMode::VisitorChooses => {
            let new = req.new_password.as_ref().ok_or(StaffActionError::Invalid(
                "new_password is required when the visitor chooses",
            ))?;
            check_new_password(state, &s, new).await?;
            let hash = state.hasher.hash(new.expose()).await?;
            let change = NewPassword {
                password: new,
                hash: &hash,
                must_change: false,
                detail: "staff:visitor_chooses",
            };
            set_password(state, device, staff, &s, change, once.as_ref()).await?;
            Ok(StaffPasswordResponse::default())
        }
        StaffResetMode::Temporary => {
            let temporary = SecretString::new(temporary_password());
            let hash = state.hasher.hash(temporary.expose()).await?;
            let change = NewPassword {
                password: &temporary,
                hash: &hash,
                must_change: true,
                detail: "staff:temporary",
            };
            let applied = set_password(state, device, staff, &s, change, once.as_ref()).await?;
            // A duplicate that lost the race set nothing: its password is never shown.
            Ok(StaffPasswordResponse {
                temporary_password: applied
                    .then(|| SecretString::from_str_exact(temporary.expose())),
            })
        }
    }
}

/// A password a staff action sets, and how it is recorded.
struct NewPassword<'a> {
    password: &'a SecretString,
    hash: &'a str,
    /// A temporary password: changed at the next sign-in (`pwdLastSet = 0` on AD).
    must_change: bool,
    detail: &'a str,
}

/// Sets the password in the store, or in the directory first when there is one; false when
/// a duplicate with the same key applied it first.
async fn set_password(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    s: &StudentRecord,
    change: NewPassword<'_>,
    once: Option<&Once<'_>>,
) -> Result<bool, StaffActionError> {
    let record = Record {
        action: "password_reset",
        detail: change.detail,
        template: "password_changed",
        notice: Some(Change::Password),
    };
    let Some(directory) = &state.directory else {
        let change = StaffChange::Password {
            password_hash: change.hash,
            must_change: change.must_change,
        };
        return act(state, device, staff, s, change, record, once).await;
    };
    let now = state.clock.now();
    let plan = PasswordPlan {
        student_ref: s.student_ref.clone(),
        username: s.username.clone(),
        password_hash: change.hash.to_string(),
        must_change: change.must_change,
        path: "staff".into(),
        now,
        use_token: None,
        audit: PlannedAudit {
            device_id: Some(device.id.clone()),
            actor: staff.staff_id.clone(),
            action: record.action.into(),
            detail: record.detail.into(),
        },
        outbox: vec![PlannedMessage {
            recipient: s.email.clone(),
            template: record.template.into(),
            language: crate::language::current().into(),
            payload: serde_json::json!({
                "first_name": s.first_name,
                "username": s.username,
                "at": rfc3339(now),
                "center": staff.center,
            }),
        }],
        guardian_notice: guardians::notice(
            s,
            Change::Password,
            Place::Counter {
                center: &staff.center,
            },
            now,
        ),
        idempotency: once.map(|o| PlannedIdempotency {
            device_id: device.id.clone(),
            key: o.key.to_string(),
            fingerprint: o.fingerprint.clone(),
            status: 200,
            body: "{}".into(),
        }),
    };
    directory_change::apply(state, directory, &plan, change.password).await?;
    Ok(true)
}

pub async fn simple_action(
    state: &AppState,
    device: &Device,
    staff: &StaffRecord,
    student_ref: &str,
    key: Option<&str>,
    check: &SecretString,
    change: StaffChange<'_>,
) -> Result<(), StaffActionError> {
    let (action, template, notice) = match change {
        StaffChange::ResumeSelfService => ("self_service_resumed", "self_service_resumed", None),
        StaffChange::ClearPin => ("pin_cleared", "pin_cleared", Some(Change::PinCleared)),
        StaffChange::ClearQuestions => (
            "questions_cleared",
            "questions_cleared",
            Some(Change::QuestionsCleared),
        ),
        StaffChange::Password { .. } => {
            return Err(StaffActionError::Invalid("use the password endpoint"))
        }
    };
    let once = match key {
        Some(key) => Some(Once {
            key: valid_key(Some(key))?,
            fingerprint: request_fingerprint(&[
                action,
                &staff.staff_id,
                student_ref,
                check.expose(),
            ]),
        }),
        None => None,
    };
    if applied_before(state, device, once.as_ref()).await? {
        return Ok(());
    }
    let s = checked_student(state, device, staff, student_ref, check).await?;
    act(
        state,
        device,
        staff,
        &s,
        change,
        Record {
            action,
            detail: "staff",
            template,
            notice,
        },
        once.as_ref(),
    )
    .await
    .map(|_| ())
}

pub async fn audit(state: &AppState, student_ref: &str) -> Result<AuditList, StaffActionError> {
    let s = student(state, student_ref).await?;
    let events = state
        .store
        .audit_events(Some(&s.student_ref), 500)
        .await?
        .into_iter()
        .map(|e| AuditEntry {
            at: rfc3339(e.at),
            actor: e.actor,
            action: e.action,
            result: e.result,
            detail: e.detail,
        })
        .collect();
    Ok(AuditList { events })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_passwords_hold_every_kind_of_character_from_the_unambiguous_set() {
        for _ in 0..2_000 {
            let p = temporary_password();
            assert_eq!(p.len(), TEMPORARY_LEN);
            assert!(p.bytes().all(|b| UNAMBIGUOUS.contains(&b)), "{p}");
            assert!(p.chars().any(|c| c.is_ascii_uppercase()), "{p}");
            assert!(p.chars().any(|c| c.is_ascii_lowercase()), "{p}");
            assert!(p.chars().any(|c| c.is_ascii_digit()), "{p}");
        }
    }
}
