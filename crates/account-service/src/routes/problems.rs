//! The problem documents for the refusals several use cases share: a token that is no longer
//! good, an idempotency key, the password policy, a door's limits, a student's pause, the
//! directory, and signing in.
//! Each use case's own error is mapped beside its handlers, and delegates here.

use account_api::problem::RejectReason;
use account_api::{ErrorCode, Problem};

use crate::domain::attempts::Refusal;
use crate::domain::directory_change::{DirectoryChangeError, DirectoryUnavailable};
use crate::domain::idempotency::IdempotencyError;
use crate::domain::lockout::Pause;
use crate::domain::password::PasswordRejected;
use crate::domain::session_tokens::TokenError;
use crate::domain::sign_in::SignInError;
use crate::error::ApiError;

impl From<TokenError> for ApiError {
    fn from(e: TokenError) -> Self {
        match e {
            TokenError::Expired => ApiError::code(ErrorCode::FlowExpired),
            TokenError::Store(e) => e.into(),
        }
    }
}

impl From<IdempotencyError> for ApiError {
    fn from(e: IdempotencyError) -> Self {
        match e {
            IdempotencyError::MissingKey => ApiError::invalid(&e.to_string()),
            IdempotencyError::Conflict => ApiError::code(ErrorCode::IdempotencyConflict),
        }
    }
}

impl From<PasswordRejected> for ApiError {
    fn from(PasswordRejected(reasons): PasswordRejected) -> Self {
        ApiError::rejected(
            ErrorCode::PasswordRejected,
            reasons.into_iter().map(RejectReason::Password).collect(),
        )
    }
}

/// The answer for doors that must not say more than "not now".
impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        let mut p = Problem::new(ErrorCode::RateLimited);
        p.retry_after = Some(match refusal {
            Refusal::Paused(Pause::Temporary { retry_after_secs }) => {
                retry_after_secs.max(1) as u64
            }
            Refusal::Paused(Pause::UntilReset) => 24 * 3600,
            Refusal::Busy => 1,
        });
        ApiError::with(p)
    }
}

/// Self-service paused for the student, where the answer may say so.
impl From<Pause> for ApiError {
    fn from(pause: Pause) -> Self {
        let mut p = Problem::new(ErrorCode::SelfServicePaused);
        p.pause = Some(pause.kind().to_string());
        if let Pause::Temporary { retry_after_secs } = pause {
            p.retry_after = Some(retry_after_secs.max(1) as u64);
        }
        ApiError::with(p)
    }
}

impl From<DirectoryUnavailable> for ApiError {
    fn from(DirectoryUnavailable: DirectoryUnavailable) -> Self {
        let mut p = Problem::new(ErrorCode::DirectoryUnavailable);
        p.retry_after = Some(30);
        ApiError::with(p)
    }
}

impl From<DirectoryChangeError> for ApiError {
    fn from(e: DirectoryChangeError) -> Self {
        match e {
            DirectoryChangeError::Unavailable(e) => e.into(),
            DirectoryChangeError::Refused(e) => e.into(),
            DirectoryChangeError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<SignInError> for ApiError {
    fn from(e: SignInError) -> Self {
        match e {
            SignInError::Invalid(detail) => ApiError::invalid(detail),
            SignInError::NotCounter => {
                ApiError::with(Problem::new(ErrorCode::Forbidden).with_detail(e.to_string()))
            }
            SignInError::RateLimited(refusal) => refusal.into(),
            SignInError::Failed => ApiError::code(ErrorCode::SignInFailed),
            SignInError::Directory(e) => e.into(),
            SignInError::Internal(e) => ApiError::Internal(e),
        }
    }
}
