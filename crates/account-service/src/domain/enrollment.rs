//! Student enrollment: sign in with the current password, then create a PIN or set security
//! questions (the FAQ's steps), or first replace a temporary password. Each save uses up the
//! session, is audited and queues the confirmation email in the same transaction.

use account_api::identifiers::{parse_student, parse_wire_date};
use account_api::policy::{
    check_pin, check_questions, normalize_answer, PinReason, QuestionReason,
};
use account_api::wire::{
    EnrollSessionRequest, EnrollSessionResponse, SetPasswordRequest, SetPinRequest,
    SetQuestionsRequest,
};
use account_api::SecretString;

use crate::clock::rfc3339;
use crate::domain::attempts::{
    self, unknown_subject, unusable_identifier, Door, DoorKind, Refusal,
};
use crate::domain::directory_change::{self, DirectoryChangeError};
use crate::domain::guardians::{self, Change, Place};
use crate::domain::lockout::{as_if_failed, Pause};
use crate::domain::password::{check_new_password, PasswordRejected};
use crate::domain::session_tokens::{live_token, token_student, TokenError};
use crate::domain::sign_in::SignInError;
use crate::state::AppState;
use crate::store::{
    AuditEvent, ChangeOutcome, Device, EnrollmentChange, EnrollmentKind, NewToken, OutboxMessage,
    PasswordPlan, PlannedAudit, PlannedMessage, StudentRecord,
};
use crate::tokens::{digest, new_token};

pub const ENROLL_TOKEN: &str = "enroll";

/// Why a PIN, questions or a password were not saved.
#[derive(Debug, thiserror::Error)]
pub enum EnrollmentError {
    #[error(transparent)]
    Token(#[from] TokenError),
    /// A temporary password must be replaced before anything else.
    #[error("the temporary password must be changed first")]
    PasswordChangeRequired,
    #[error("the PIN was refused")]
    PinRejected(Vec<PinReason>),
    #[error("the questions were refused")]
    QuestionsRejected(Vec<QuestionReason>),
    #[error("self-service is paused")]
    Paused(Pause),
    #[error("too many attempts")]
    RateLimited(Refusal),
    /// The current password, asked again before questions are saved, was wrong.
    #[error("sign-in failed")]
    SignInFailed,
    #[error(transparent)]
    Password(#[from] PasswordRejected),
    #[error(transparent)]
    Directory(#[from] DirectoryChangeError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(EnrollmentError);

pub async fn session(
    state: &AppState,
    device: &Device,
    req: EnrollSessionRequest,
) -> Result<EnrollSessionResponse, SignInError> {
    let ident = parse_student(&req.student).unwrap_or_else(|| unusable_identifier(&req.student));
    let student = state.store.find_student(&ident).await?;
    let unknown = unknown_subject(&ident);
    let door = match &student {
        Some(s) => Door::student(&s.student_ref),
        None => Door::other(DoorKind::Unknown, &unknown),
    };
    let attempt = match attempts::enter(state, device, door).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Busy) => return Err(SignInError::RateLimited(Refusal::Busy)),
        Err(Refusal::Paused(_)) => {
            // The password is not checked while paused, and the answer is an unknown
            // account's: a paused account is no sign that it exists.
            as_if_failed(state, req.password.expose()).await;
            return Err(SignInError::Failed);
        }
    };
    let matched = match (&state.directory, &student) {
        (Some(directory), Some(s)) => {
            match directory_change::password_matches(directory, &s.username, &req.password).await {
                Ok(matched) => matched,
                Err(e) => {
                    // Not the student's doing: nothing is counted against them.
                    attempt.right(state).await?;
                    return Err(e.into());
                }
            }
        }
        _ => {
            state
                .hasher
                .verify(
                    req.password.expose(),
                    student.as_ref().map(|s| s.password_hash.as_str()),
                )
                .await
        }
    };
    let now = state.clock.now();
    let student = match (student, matched) {
        (Some(s), true) => {
            attempt.right(state).await?;
            s
        }
        _ => {
            attempt.wrong(state, device).await?;
            return Err(SignInError::Failed);
        }
    };
    let has_questions = state
        .store
        .student_answers(&student.student_ref)
        .await?
        .len()
        == 3;
    let session = new_token();
    state
        .store
        .put_token(&NewToken {
            token_hash: &digest(&session),
            kind: ENROLL_TOKEN,
            subject: &student.student_ref,
            device_id: &device.id,
            now,
            ttl_secs: state.security.flow_ttl_secs,
        })
        .await?;
    Ok(EnrollSessionResponse {
        session: SecretString::from_str_exact(&session),
        has_pin: student.pin_hash.is_some(),
        has_questions,
        must_change_password: student.must_change_password,
    })
}

/// The session's student, refusing PIN and question changes while a temporary password is
/// still in place.
async fn session_student(
    state: &AppState,
    device: &Device,
    session: &SecretString,
    allow_must_change: bool,
) -> Result<(String, StudentRecord), EnrollmentError> {
    let (hash, token) = live_token(state, device, session, ENROLL_TOKEN).await?;
    let student = token_student(state, &token).await?;
    if student.must_change_password && !allow_must_change {
        return Err(EnrollmentError::PasswordChangeRequired);
    }
    Ok((hash, student))
}

async fn apply(
    state: &AppState,
    device: &Device,
    session_hash: &str,
    student: &StudentRecord,
    kind: EnrollmentKind<'_>,
    action: &str,
    template: &str,
) -> Result<(), EnrollmentError> {
    let now = state.clock.now();
    let change = match kind {
        EnrollmentKind::Pin { .. } => Change::PinSet,
        EnrollmentKind::Questions { .. } => Change::QuestionsSet,
        EnrollmentKind::Password { .. } => Change::Password,
    };
    let outcome = state
        .store
        .apply_enrollment(&EnrollmentChange {
            session_hash,
            student_ref: &student.student_ref,
            now,
            kind,
            audit: AuditEvent {
                device_id: Some(&device.id),
                actor: "student",
                student_ref: Some(&student.student_ref),
                action,
                result: "ok",
                detail: "enrollment",
            },
            outbox: OutboxMessage {
                recipient: &student.email,
                template,
                language: crate::language::current(),
                payload: serde_json::json!({
                    "first_name": student.first_name,
                    "username": student.username,
                    "at": rfc3339(now),
                }),
            },
            guardian_notice: guardians::notice(student, change, Place::Kiosk, now),
        })
        .await?;
    match outcome {
        ChangeOutcome::Applied => Ok(()),
        _ => Err(TokenError::Expired.into()),
    }
}

pub async fn set_pin(
    state: &AppState,
    device: &Device,
    req: SetPinRequest,
) -> Result<(), EnrollmentError> {
    let (hash, student) = session_student(state, device, &req.session, false).await?;
    let reasons = check_pin(req.pin.expose(), parse_wire_date(&student.birth_date));
    if !reasons.is_empty() {
        return Err(EnrollmentError::PinRejected(reasons));
    }
    let pin_hash = state.hasher.hash(req.pin.expose()).await?;
    drop(req);
    apply(
        state,
        device,
        &hash,
        &student,
        EnrollmentKind::Pin {
            pin_hash: &pin_hash,
        },
        "pin_set",
        "pin_set",
    )
    .await
}

pub async fn set_questions(
    state: &AppState,
    device: &Device,
    req: SetQuestionsRequest,
) -> Result<(), EnrollmentError> {
    let (hash, student) = session_student(state, device, &req.session, false).await?;
    let attempt = match attempts::enter(state, device, Door::student(&student.student_ref)).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Busy) => return Err(EnrollmentError::RateLimited(Refusal::Busy)),
        Err(Refusal::Paused(pause)) => return Err(EnrollmentError::Paused(pause)),
    };
    let matched = match &state.directory {
        Some(directory) => {
            match directory_change::password_matches(directory, &student.username, &req.password)
                .await
            {
                Ok(matched) => matched,
                Err(e) => {
                    attempt.right(state).await?;
                    return Err(DirectoryChangeError::from(e).into());
                }
            }
        }
        None => {
            state
                .hasher
                .verify(req.password.expose(), Some(&student.password_hash))
                .await
        }
    };
    if !matched {
        attempt.wrong(state, device).await?;
        return Err(EnrollmentError::SignInFailed);
    }
    attempt.right(state).await?;
    let pairs: Vec<(&str, &str)> = req
        .answers
        .iter()
        .map(|a| (a.question.as_str(), a.answer.expose()))
        .collect();
    let reasons = check_questions(&pairs);
    if !reasons.is_empty() {
        return Err(EnrollmentError::QuestionsRejected(reasons));
    }
    let mut hashed = Vec::with_capacity(3);
    for a in &req.answers {
        let normalized = normalize_answer(a.answer.expose());
        hashed.push((a.question.clone(), state.hasher.hash(&normalized).await?));
    }
    drop(req);
    apply(
        state,
        device,
        &hash,
        &student,
        EnrollmentKind::Questions { answers: &hashed },
        "questions_set",
        "questions_set",
    )
    .await
}

pub async fn set_password(
    state: &AppState,
    device: &Device,
    req: SetPasswordRequest,
) -> Result<(), EnrollmentError> {
    let (hash, student) = session_student(state, device, &req.session, true).await?;
    check_new_password(state, &student, &req.new_password).await?;
    let password_hash = state.hasher.hash(req.new_password.expose()).await?;
    if let Some(directory) = &state.directory {
        let now = state.clock.now();
        let plan = PasswordPlan {
            student_ref: student.student_ref.clone(),
            username: student.username.clone(),
            password_hash,
            must_change: false,
            path: "enrollment".into(),
            now,
            use_token: Some(hash),
            audit: PlannedAudit {
                device_id: Some(device.id.clone()),
                actor: "student".into(),
                action: "password_changed".into(),
                detail: "enrollment".into(),
            },
            outbox: vec![PlannedMessage {
                recipient: student.email.clone(),
                template: "password_changed".into(),
                language: crate::language::current().into(),
                payload: serde_json::json!({
                    "first_name": student.first_name,
                    "username": student.username,
                    "at": rfc3339(now),
                }),
            }],
            guardian_notice: guardians::notice(&student, Change::Password, Place::Kiosk, now),
            idempotency: None,
        };
        directory_change::apply(state, directory, &plan, &req.new_password).await?;
        return Ok(());
    }
    drop(req);
    apply(
        state,
        device,
        &hash,
        &student,
        EnrollmentKind::Password {
            password_hash: &password_hash,
        },
        "password_changed",
        "password_changed",
    )
    .await
}
