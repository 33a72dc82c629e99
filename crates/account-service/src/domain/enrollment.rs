//! Student enrollment: sign in with the current password, then create a PIN or set security
//! questions (the FAQ's steps), or first replace a temporary password. Each save uses up the
//! session, is audited and queues the confirmation email in the same transaction.

use account_api::identifiers::{parse_student, parse_wire_date};
use account_api::policy::{check_pin, check_questions, normalize_answer};
use account_api::problem::RejectReason;
use account_api::wire::{
    EnrollSessionRequest, EnrollSessionResponse, SetPasswordRequest, SetPinRequest,
    SetQuestionsRequest,
};
use account_api::{ErrorCode, SecretString};

use crate::domain::attempts::{self, Door, DoorKind, Refusal};
use crate::domain::directory_change;
use crate::domain::guardians::{self, Change, Place};
use crate::domain::self_service::{
    as_if_failed, check_new_password, live_token, paused_problem, rfc3339, token_student,
    unknown_subject, unusable_identifier,
};
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{
    AuditEvent, ChangeOutcome, Device, EnrollmentChange, EnrollmentKind, NewToken, OutboxMessage,
    PasswordPlan, PlannedAudit, PlannedMessage, StudentRecord,
};
use crate::tokens::{digest, new_token};

pub const ENROLL_TOKEN: &str = "enroll";

pub async fn session(
    state: &AppState,
    device: &Device,
    req: EnrollSessionRequest,
) -> Result<EnrollSessionResponse, ApiError> {
    let ident = parse_student(&req.student).unwrap_or_else(|| unusable_identifier(&req.student));
    let student = state.store.find_student(&ident).await?;
    let unknown = unknown_subject(&ident);
    let door = match &student {
        Some(s) => Door::student(&s.student_ref),
        None => Door::other(DoorKind::Unknown, &unknown),
    };
    let attempt = match attempts::enter(state, device, door).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Busy) => return Err(Refusal::Busy.rate_limited()),
        Err(Refusal::Paused(_)) => {
            // The password is not checked while paused, and the answer is an unknown
            // account's: a paused account is no sign that it exists.
            as_if_failed(state, req.password.expose()).await;
            return Err(ApiError::code(ErrorCode::SignInFailed));
        }
    };
    let matched = match (&state.directory, &student) {
        (Some(directory), Some(s)) => {
            match directory_change::password_matches(directory, &s.username, &req.password).await {
                Ok(matched) => matched,
                Err(e) => {
                    // Not the student's doing: nothing is counted against them.
                    attempt.right(state).await?;
                    return Err(e);
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
            return Err(ApiError::code(ErrorCode::SignInFailed));
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
) -> Result<(String, StudentRecord), ApiError> {
    let (hash, token) = live_token(state, device, session, ENROLL_TOKEN).await?;
    let student = token_student(state, &token).await?;
    if student.must_change_password && !allow_must_change {
        return Err(ApiError::code(ErrorCode::PasswordChangeRequired));
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
) -> Result<(), ApiError> {
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
        _ => Err(ApiError::code(ErrorCode::FlowExpired)),
    }
}

pub async fn set_pin(
    state: &AppState,
    device: &Device,
    req: SetPinRequest,
) -> Result<(), ApiError> {
    let (hash, student) = session_student(state, device, &req.session, false).await?;
    let reasons = check_pin(req.pin.expose(), parse_wire_date(&student.birth_date));
    if !reasons.is_empty() {
        return Err(ApiError::rejected(
            ErrorCode::PinRejected,
            reasons.into_iter().map(RejectReason::Pin).collect(),
        ));
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
) -> Result<(), ApiError> {
    let (hash, student) = session_student(state, device, &req.session, false).await?;
    let attempt = match attempts::enter(state, device, Door::student(&student.student_ref)).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Busy) => return Err(Refusal::Busy.rate_limited()),
        Err(Refusal::Paused(pause)) => return Err(paused_problem(pause)),
    };
    let matched = match &state.directory {
        Some(directory) => {
            match directory_change::password_matches(directory, &student.username, &req.password)
                .await
            {
                Ok(matched) => matched,
                Err(e) => {
                    attempt.right(state).await?;
                    return Err(e);
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
        return Err(ApiError::code(ErrorCode::SignInFailed));
    }
    attempt.right(state).await?;
    let pairs: Vec<(&str, &str)> = req
        .answers
        .iter()
        .map(|a| (a.question.as_str(), a.answer.expose()))
        .collect();
    let reasons = check_questions(&pairs);
    if !reasons.is_empty() {
        return Err(ApiError::rejected(
            ErrorCode::QuestionsRejected,
            reasons.into_iter().map(RejectReason::Question).collect(),
        ));
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
) -> Result<(), ApiError> {
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
