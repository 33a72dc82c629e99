//! Student self-service: prove who you are with birth date, then PIN or answers, then choose
//! a new password. Every failure counts against the account, is answered after a growing
//! delay, and pauses self-service at the §5 thresholds.

use account_api::identifiers::{parse_student, parse_wire_date};
use account_api::policy::normalize_answer;
use account_api::wire::{
    Method, ResetRequest, ResetResponse, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
};
use account_api::SecretString;

use crate::clock::rfc3339;
use crate::domain::attempts::{
    self, unknown_subject, unusable_identifier, Door, DoorKind, Refusal,
};
use crate::domain::directory_change::{self, DirectoryChangeError};
use crate::domain::guardians::{self, Change, Place};
use crate::domain::idempotency::{self, IdempotencyError};
use crate::domain::lockout::{
    as_if_failed, attempts_remaining, current_pause, next_self_reset, Pause,
};
use crate::domain::password::{check_new_password, PasswordRejected};
use crate::domain::session_tokens::{
    live_token, token_student, TokenError, FLOW_TOKEN, RESET_TOKEN,
};
use crate::state::AppState;
use crate::store::{
    AuditEvent, ChangeOutcome, Device, IdempotencyRecord, NewToken, OutboxMessage, PasswordPlan,
    SelfReset, StoredResponse, StudentRecord,
};
use crate::tokens::{digest, new_token, request_fingerprint};

/// Why `start` gave no flow.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("birth_date must be YYYY-MM-DD")]
    InvalidBirthDate,
    #[error("too many attempts")]
    RateLimited(Refusal),
    /// Unknown student, wrong birth date or a paused account: one answer for all three.
    #[error("not verified")]
    NotVerified,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Why `verify` gave no reset token.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error(transparent)]
    Token(#[from] TokenError),
    #[error("send either pin or answers")]
    Malformed,
    #[error("self-service is paused")]
    Paused(Pause),
    #[error("too many attempts")]
    RateLimited(Refusal),
    #[error("the PIN or answers were wrong")]
    Failed { attempts_remaining: u32 },
    /// Right, but the last self-service reset was too recent; `next` is when it is allowed.
    #[error("too soon after the last reset")]
    TooSoon { next: i64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Why `reset` changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum ResetError {
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Token(#[from] TokenError),
    #[error("self-service is paused")]
    Paused(Pause),
    #[error(transparent)]
    Password(#[from] PasswordRejected),
    #[error("too soon after the last reset")]
    TooSoon { next: i64 },
    #[error(transparent)]
    Directory(#[from] DirectoryChangeError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(StartError, VerifyError, ResetError);

pub async fn start(
    state: &AppState,
    device: &Device,
    req: StartRequest,
) -> Result<StartResponse, StartError> {
    // The body was checked against its schema; text that is no username or student ID names
    // no account, and is answered like one that does not exist.
    let ident = parse_student(&req.student).unwrap_or_else(|| unusable_identifier(&req.student));
    let birth_date = parse_wire_date(&req.birth_date).ok_or(StartError::InvalidBirthDate)?;
    let device_subject = format!("start-device:{}", device.id);
    let device_try = match attempts::enter(
        state,
        device,
        Door::other(DoorKind::Device, &device_subject),
    )
    .await?
    {
        Ok(attempt) => attempt,
        Err(refusal) => return Err(StartError::RateLimited(refusal)),
    };
    let found = state.store.find_student_with_answers(&ident).await?;
    let unknown = unknown_subject(&ident);
    let door = match &found {
        Some((s, _)) => Door::student(&s.student_ref),
        None => Door::other(DoorKind::Unknown, &unknown),
    };
    let attempt = match attempts::enter(state, device, door).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Busy) => {
            device_try.wrong_quietly(state, device).await?;
            return Err(StartError::RateLimited(Refusal::Busy));
        }
        Err(Refusal::Paused(_)) => {
            // Checked before the birth date is looked at: a paused account answers a right
            // date exactly as a wrong one, so the pause is no birth-date oracle.
            as_if_failed(state, "").await;
            device_try.wrong_quietly(state, device).await?;
            return Err(StartError::NotVerified);
        }
    };
    let matched = found
        .as_ref()
        .filter(|(s, _)| parse_wire_date(&s.birth_date) == Some(birth_date));
    let Some((student, answers)) = matched else {
        // Unknown students and wrong birth dates do the same work and give the same answer.
        attempt.wrong(state, device).await?;
        device_try.wrong_quietly(state, device).await?;
        return Err(StartError::NotVerified);
    };
    attempt.right(state).await?;
    device_try.right(state).await?;
    let now = state.clock.now();
    let mut methods = Vec::new();
    if student.pin_hash.is_some() {
        methods.push(Method::Pin);
    }
    let questions = (answers.len() == 3).then(|| {
        answers
            .iter()
            .map(|a| a.question.clone())
            .collect::<Vec<_>>()
    });
    if questions.is_some() {
        methods.push(Method::Questions);
    }
    let flow = new_token();
    state
        .store
        .put_token(&NewToken {
            token_hash: &digest(&flow),
            kind: FLOW_TOKEN,
            subject: &student.student_ref,
            device_id: &device.id,
            now,
            ttl_secs: state.security.flow_ttl_secs,
        })
        .await?;
    Ok(StartResponse {
        flow: SecretString::from_str_exact(&flow),
        methods,
        questions,
    })
}

async fn check_secret(
    state: &AppState,
    student: &StudentRecord,
    req: &VerifyRequest,
) -> Result<bool, VerifyError> {
    match (&req.pin, &req.answers) {
        (Some(pin), None) => Ok(state
            .hasher
            .verify(pin.expose(), student.pin_hash.as_deref())
            .await),
        (None, Some(given)) => {
            let stored = state.store.student_answers(&student.student_ref).await?;
            if stored.len() != 3 {
                state.hasher.verify("", None).await;
                return Ok(false);
            }
            // All three are checked even after a miss, so timing does not tell which failed.
            let mut all = true;
            for answer in &stored {
                let typed = given
                    .get(&answer.question)
                    .map(|a| a.expose())
                    .unwrap_or("");
                let normalized = normalize_answer(typed);
                all &= state
                    .hasher
                    .verify(&normalized, Some(&answer.answer_hash))
                    .await;
            }
            Ok(all)
        }
        _ => Err(VerifyError::Malformed),
    }
}

pub async fn verify(
    state: &AppState,
    device: &Device,
    req: VerifyRequest,
) -> Result<VerifyResponse, VerifyError> {
    let (flow_hash, flow) = live_token(state, device, &req.flow, FLOW_TOKEN).await?;
    let student = token_student(state, &flow).await?;
    let attempt = match attempts::enter(state, device, Door::student(&student.student_ref)).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Paused(pause)) => return Err(VerifyError::Paused(pause)),
        Err(Refusal::Busy) => return Err(VerifyError::RateLimited(Refusal::Busy)),
    };
    let matched = match check_secret(state, &student, &req).await {
        Ok(matched) => matched,
        Err(e) => {
            // Refused unread (malformed): no guess was evaluated.
            attempt.right(state).await?;
            return Err(e);
        }
    };
    if !matched {
        let counts = attempt.wrong(state, device).await?;
        let flow_failures = state.store.add_token_failure(&flow_hash).await?;
        if flow_failures >= state.security.flow_failures_limit {
            state.store.use_token(&flow_hash, state.clock.now()).await?;
        }
        let s = &state.security;
        if counts.long >= s.long_window_failures {
            return Err(VerifyError::Paused(Pause::UntilReset));
        }
        if counts.short >= s.short_window_failures {
            return Err(VerifyError::Paused(Pause::Temporary {
                retry_after_secs: s.short_pause_secs,
            }));
        }
        return Err(VerifyError::Failed {
            attempts_remaining: attempts_remaining(s, counts.short, counts.long),
        });
    }
    attempt.right(state).await?;
    let now = state.clock.now();
    if let Some(next) = next_self_reset(&state.security, &student, now) {
        state.store.use_token(&flow_hash, now).await?;
        return Err(VerifyError::TooSoon { next });
    }
    if !state.store.use_token(&flow_hash, now).await? {
        return Err(TokenError::Expired.into());
    }
    let reset_token = new_token();
    state
        .store
        .put_token(&NewToken {
            token_hash: &digest(&reset_token),
            kind: RESET_TOKEN,
            subject: &student.student_ref,
            device_id: &device.id,
            now,
            ttl_secs: state.security.reset_token_ttl_secs,
        })
        .await?;
    Ok(VerifyResponse {
        reset_token: SecretString::from_str_exact(&reset_token),
    })
}

pub async fn reset(
    state: &AppState,
    device: &Device,
    key: Option<&str>,
    req: ResetRequest,
) -> Result<StoredResponse, ResetError> {
    let key = idempotency::valid_key(key)?;
    let fingerprint = request_fingerprint(&[
        "self_service_reset",
        req.reset_token.expose(),
        req.new_password.expose(),
    ]);
    if let Some(stored) = state.store.idempotent_response(&device.id, key).await? {
        return Ok(idempotency::replay(stored, &fingerprint)?);
    }
    let outcome = reset_once(state, device, key, &fingerprint, req).await;
    idempotency::settle_duplicate(state, &device.id, key, &fingerprint, outcome).await
}

async fn reset_once(
    state: &AppState,
    device: &Device,
    key: &str,
    fingerprint: &str,
    req: ResetRequest,
) -> Result<StoredResponse, ResetError> {
    let (token_hash, token) = live_token(state, device, &req.reset_token, RESET_TOKEN).await?;
    let student = token_student(state, &token).await?;
    let now = state.clock.now();
    if let Some(pause) = current_pause(&student, now) {
        return Err(ResetError::Paused(pause));
    }
    check_new_password(state, &student, &req.new_password).await?;
    if let Some(next) = next_self_reset(&state.security, &student, now) {
        return Err(ResetError::TooSoon { next });
    }
    let new_hash = state.hasher.hash(req.new_password.expose()).await?;
    let body = serde_json::to_string(&ResetResponse {
        changed_at: rfc3339(now),
    })
    .map_err(anyhow::Error::from)?;
    let interval = i64::from(state.security.self_service_interval_days) * 86_400;
    let change = SelfReset {
        reset_token_hash: &token_hash,
        student_ref: &student.student_ref,
        new_password_hash: &new_hash,
        now,
        last_self_reset_before: now - interval,
        audit: AuditEvent {
            device_id: Some(&device.id),
            actor: "student",
            student_ref: Some(&student.student_ref),
            action: "password_reset",
            result: "ok",
            detail: "self_service",
        },
        outbox: OutboxMessage {
            recipient: &student.email,
            template: "password_changed",
            language: crate::language::current(),
            payload: serde_json::json!({
                "first_name": student.first_name,
                "username": student.username,
                "changed_at": rfc3339(now),
                "path": "self_service",
            }),
        },
        guardian_notice: guardians::notice(&student, Change::Password, Place::Kiosk, now),
        idempotency: IdempotencyRecord {
            device_id: &device.id,
            key,
            fingerprint,
            status: 200,
            body: &body,
        },
    };
    if let Some(directory) = &state.directory {
        let plan = PasswordPlan {
            student_ref: student.student_ref.clone(),
            username: student.username.clone(),
            password_hash: new_hash.clone(),
            must_change: false,
            path: "self_service".into(),
            now,
            use_token: Some(token_hash.clone()),
            audit: (&change.audit).into(),
            outbox: vec![(&change.outbox).into()],
            guardian_notice: change.guardian_notice.clone(),
            idempotency: Some((&change.idempotency).into()),
        };
        directory_change::apply(state, directory, &plan, &req.new_password).await?;
        tracing::info!(student = %student.student_ref, device = %device.id, "self-service password reset");
        return Ok(StoredResponse {
            fingerprint: fingerprint.to_string(),
            status: 200,
            body,
        });
    }
    drop(req);
    let outcome = state.store.apply_self_reset(&change).await?;
    match outcome {
        ChangeOutcome::Applied => {
            tracing::info!(student = %student.student_ref, device = %device.id, "self-service password reset");
            Ok(StoredResponse {
                fingerprint: fingerprint.to_string(),
                status: 200,
                body,
            })
        }
        ChangeOutcome::TooSoon => Err(ResetError::TooSoon {
            next: now + interval,
        }),
        ChangeOutcome::TokenAlreadyUsed => Err(TokenError::Expired.into()),
        ChangeOutcome::Paused => {
            let pause = state
                .store
                .student(&student.student_ref)
                .await?
                .and_then(|s| current_pause(&s, state.clock.now()))
                .unwrap_or(Pause::UntilReset);
            Err(ResetError::Paused(pause))
        }
    }
}
