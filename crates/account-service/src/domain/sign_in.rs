//! Signing in with a password: a student to enroll, a parent to NYCSA, staff at a counter.
//! Whatever was wrong (unknown account, wrong password, a pause that must not show), the
//! answer is one failure.

use crate::domain::attempts::Refusal;
use crate::domain::directory_change::DirectoryUnavailable;

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// A request the schema let through that still names no account.
    #[error("{0}")]
    Invalid(&'static str),
    #[error("staff actions need a counter terminal")]
    NotCounter,
    #[error("too many attempts")]
    RateLimited(Refusal),
    #[error("sign-in failed")]
    Failed,
    /// The directory could not check the password; nothing was counted.
    #[error(transparent)]
    Directory(#[from] DirectoryUnavailable),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(SignInError);
