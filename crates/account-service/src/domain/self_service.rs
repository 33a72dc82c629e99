//! Student self-service: prove who you are with birth date, then PIN or answers, then choose
//! a new password. Every failure counts against the account, is answered after a growing
//! delay, and pauses self-service at the §5 thresholds.

use account_api::identifiers::{
    format_wire_date, parse_student, parse_wire_date, StudentIdentifier,
};
use account_api::policy::{check_password, normalize_answer, PasswordReason};
use account_api::problem::RejectReason;
use account_api::wire::{
    Method, ResetRequest, ResetResponse, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
};
use account_api::{ErrorCode, Problem, SecretString};
use time::OffsetDateTime;

use crate::domain::attempts::{self, Door, DoorKind, Refusal};
use crate::domain::directory_change;
use crate::domain::guardians::{self, Change, Place};
use crate::domain::lockout::{attempts_remaining, current_pause, next_self_reset, Pause};
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{
    AuditEvent, ChangeOutcome, Device, IdempotencyRecord, NewToken, OutboxMessage, PasswordPlan,
    SelfReset, StoredResponse, StudentRecord, TokenRecord,
};
use crate::tokens::{digest, new_token, request_fingerprint};

pub const FLOW_TOKEN: &str = "flow";
pub const RESET_TOKEN: &str = "reset";

/// Longest secret accepted before any work is done on it.
const MAX_SECRET_BYTES: usize = 256;
const MAX_IDEMPOTENCY_KEY: usize = 128;

pub fn paused_problem(pause: Pause) -> ApiError {
    let mut p = Problem::new(ErrorCode::SelfServicePaused);
    p.pause = Some(pause.kind().to_string());
    if let Pause::Temporary { retry_after_secs } = pause {
        p.retry_after = Some(retry_after_secs.max(1) as u64);
    }
    ApiError::with(p)
}

fn too_soon_problem(next: i64) -> ApiError {
    let mut p = Problem::new(ErrorCode::ResetTooSoon);
    p.next_allowed = OffsetDateTime::from_unix_timestamp(next)
        .ok()
        .map(|t| format_wire_date(t.date()));
    ApiError::with(p)
}

pub(crate) fn invalid(detail: &str) -> ApiError {
    ApiError::with(Problem::new(ErrorCode::InvalidRequest).with_detail(detail))
}

/// What text that is neither a username nor a student ID is looked up as: a username no
/// account can have (usernames hold no spaces), so it is answered, limited and timed like an
/// unknown account.
pub(crate) fn unusable_identifier(typed: &str) -> StudentIdentifier {
    StudentIdentifier::Username(format!(" {}", digest(typed.trim())))
}

/// The subject an unknown student's guesses count against: what was typed, so that unknown
/// and known accounts are limited alike.
pub(crate) fn unknown_subject(ident: &StudentIdentifier) -> String {
    format!("unknown:{}", digest(&format!("{ident:?}")))
}

/// What a paused account does where its answer must not tell it is paused: the work of a
/// failure and the delay the failure that paused it got.
pub(crate) async fn as_if_failed(state: &AppState, secret: &str) {
    state.hasher.verify(secret, None).await;
    let s = &state.security;
    state
        .delay
        .wait(s.failure_delay(s.short_window_failures))
        .await;
}

pub async fn start(
    state: &AppState,
    device: &Device,
    req: StartRequest,
) -> Result<StartResponse, ApiError> {
    // The body was checked against its schema; text that is no username or student ID names
    // no account, and is answered like one that does not exist.
    let ident = parse_student(&req.student).unwrap_or_else(|| unusable_identifier(&req.student));
    let birth_date =
        parse_wire_date(&req.birth_date).ok_or_else(|| invalid("birth_date must be YYYY-MM-DD"))?;
    let device_subject = format!("start-device:{}", device.id);
    let device_try = match attempts::enter(
        state,
        device,
        Door::other(DoorKind::Device, &device_subject),
    )
    .await?
    {
        Ok(attempt) => attempt,
        Err(refusal) => return Err(refusal.rate_limited()),
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
            return Err(Refusal::Busy.rate_limited());
        }
        Err(Refusal::Paused(_)) => {
            // Checked before the birth date is looked at: a paused account answers a right
            // date exactly as a wrong one, so the pause is no birth-date oracle.
            as_if_failed(state, "").await;
            device_try.wrong_quietly(state, device).await?;
            return Err(ApiError::code(ErrorCode::NotVerified));
        }
    };
    let matched = found
        .as_ref()
        .filter(|(s, _)| parse_wire_date(&s.birth_date) == Some(birth_date));
    let Some((student, answers)) = matched else {
        // Unknown students and wrong birth dates do the same work and give the same answer.
        attempt.wrong(state, device).await?;
        device_try.wrong_quietly(state, device).await?;
        return Err(ApiError::code(ErrorCode::NotVerified));
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

/// A token that is of the right kind, belongs to this device, is unused and unexpired.
pub(crate) async fn live_token(
    state: &AppState,
    device: &Device,
    token: &SecretString,
    kind: &str,
) -> Result<(String, TokenRecord), ApiError> {
    if token.len() > MAX_SECRET_BYTES {
        return Err(ApiError::code(ErrorCode::FlowExpired));
    }
    let hash = digest(token.expose());
    let record = state.store.token(&hash).await?;
    match record {
        Some(t)
            if t.kind == kind
                && t.device_id == device.id
                && t.used_at.is_none()
                && t.expires_at > state.clock.now() =>
        {
            Ok((hash, t))
        }
        _ => Err(ApiError::code(ErrorCode::FlowExpired)),
    }
}

pub(crate) async fn token_student(
    state: &AppState,
    token: &TokenRecord,
) -> Result<StudentRecord, ApiError> {
    state
        .store
        .student(&token.subject)
        .await?
        .ok_or_else(|| ApiError::code(ErrorCode::FlowExpired))
}

async fn check_secret(
    state: &AppState,
    student: &StudentRecord,
    req: &VerifyRequest,
) -> Result<bool, ApiError> {
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
        _ => Err(invalid("send either pin or answers")),
    }
}

pub async fn verify(
    state: &AppState,
    device: &Device,
    req: VerifyRequest,
) -> Result<VerifyResponse, ApiError> {
    let (flow_hash, flow) = live_token(state, device, &req.flow, FLOW_TOKEN).await?;
    let student = token_student(state, &flow).await?;
    let attempt = match attempts::enter(state, device, Door::student(&student.student_ref)).await? {
        Ok(attempt) => attempt,
        Err(Refusal::Paused(pause)) => return Err(paused_problem(pause)),
        Err(Refusal::Busy) => return Err(Refusal::Busy.rate_limited()),
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
            return Err(paused_problem(Pause::UntilReset));
        }
        if counts.short >= s.short_window_failures {
            return Err(paused_problem(Pause::Temporary {
                retry_after_secs: s.short_pause_secs,
            }));
        }
        let mut p = Problem::new(ErrorCode::VerificationFailed);
        p.attempts_remaining = Some(attempts_remaining(s, counts.short, counts.long));
        return Err(ApiError::with(p));
    }
    attempt.right(state).await?;
    let now = state.clock.now();
    if let Some(next) = next_self_reset(&state.security, &student, now) {
        state.store.use_token(&flow_hash, now).await?;
        return Err(too_soon_problem(next));
    }
    if !state.store.use_token(&flow_hash, now).await? {
        return Err(ApiError::code(ErrorCode::FlowExpired));
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

pub fn valid_idempotency_key(key: Option<&str>) -> Result<&str, ApiError> {
    key.filter(|k| {
        !k.is_empty() && k.len() <= MAX_IDEMPOTENCY_KEY && k.bytes().all(|b| b.is_ascii_graphic())
    })
    .ok_or_else(|| {
        invalid("an Idempotency-Key header (1-128 visible ASCII characters) is required")
    })
}

/// Replays a stored answer for a repeated idempotency key, or refuses a key reused for
/// another request.
pub fn replay(stored: StoredResponse, fingerprint: &str) -> Result<StoredResponse, ApiError> {
    if stored.fingerprint == fingerprint {
        Ok(stored)
    } else {
        Err(ApiError::code(ErrorCode::IdempotencyConflict))
    }
}

/// Applies the password policy of §5 for `student`, including "not the current password".
pub async fn check_new_password(
    state: &AppState,
    student: &StudentRecord,
    password: &SecretString,
) -> Result<(), ApiError> {
    let rules = &state.security.password_rules;
    if password.expose().chars().count() > rules.max_chars {
        return Err(ApiError::rejected(
            ErrorCode::PasswordRejected,
            vec![RejectReason::Password(PasswordReason::TooLong)],
        ));
    }
    let check = check_password(password.expose(), rules, &student.context_words());
    let mut reasons: Vec<RejectReason> = check
        .reasons
        .into_iter()
        .map(RejectReason::Password)
        .collect();
    if state
        .hasher
        .verify(password.expose(), Some(&student.password_hash))
        .await
    {
        reasons.push(RejectReason::Password(PasswordReason::SameAsCurrent));
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(ApiError::rejected(ErrorCode::PasswordRejected, reasons))
    }
}

pub fn rfc3339(now: i64) -> String {
    OffsetDateTime::from_unix_timestamp(now)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

pub async fn reset(
    state: &AppState,
    device: &Device,
    key: Option<&str>,
    req: ResetRequest,
) -> Result<StoredResponse, ApiError> {
    let key = valid_idempotency_key(key)?;
    let fingerprint = request_fingerprint(&[
        "self_service_reset",
        req.reset_token.expose(),
        req.new_password.expose(),
    ]);
    if let Some(stored) = state.store.idempotent_response(&device.id, key).await? {
        return replay(stored, &fingerprint);
    }
    let outcome = reset_once(state, device, key, &fingerprint, req).await;
    settle_duplicate(state, &device.id, key, &fingerprint, outcome).await
}

/// A duplicate can arrive while its original is being applied (on this instance or another):
/// its own checks then fail (token used, password now current). Once the original has stored
/// its answer under the key, that answer is the duplicate's answer too.
pub async fn settle_duplicate(
    state: &AppState,
    device_id: &str,
    key: &str,
    fingerprint: &str,
    outcome: Result<StoredResponse, ApiError>,
) -> Result<StoredResponse, ApiError> {
    match outcome {
        Ok(answer) => Ok(answer),
        Err(error) => match state.store.idempotent_response(device_id, key).await? {
            Some(stored) => replay(stored, fingerprint),
            None => Err(error),
        },
    }
}

async fn reset_once(
    state: &AppState,
    device: &Device,
    key: &str,
    fingerprint: &str,
    req: ResetRequest,
) -> Result<StoredResponse, ApiError> {
    let (token_hash, token) = live_token(state, device, &req.reset_token, RESET_TOKEN).await?;
    let student = token_student(state, &token).await?;
    let now = state.clock.now();
    if let Some(pause) = current_pause(&student, now) {
        return Err(paused_problem(pause));
    }
    check_new_password(state, &student, &req.new_password).await?;
    if let Some(next) = next_self_reset(&state.security, &student, now) {
        return Err(too_soon_problem(next));
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
        ChangeOutcome::TooSoon => Err(too_soon_problem(now + interval)),
        ChangeOutcome::TokenAlreadyUsed => Err(ApiError::code(ErrorCode::FlowExpired)),
        ChangeOutcome::Paused => {
            let pause = state
                .store
                .student(&student.student_ref)
                .await?
                .and_then(|s| current_pause(&s, state.clock.now()))
                .unwrap_or(Pause::UntilReset);
            Err(paused_problem(pause))
        }
    }
}
