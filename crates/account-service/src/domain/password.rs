//! The password policy of §5 applied to one student's new password.

use account_api::policy::{check_password, PasswordReason};
use account_api::SecretString;

use crate::state::AppState;
use crate::store::StudentRecord;

/// Why a new password was refused (every reason that applies).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the new password was refused")]
pub struct PasswordRejected(pub Vec<PasswordReason>);

/// Applies the policy for `student`, including "not the current password".
pub async fn check_new_password(
    state: &AppState,
    student: &StudentRecord,
    password: &SecretString,
) -> Result<(), PasswordRejected> {
    let rules = &state.security.password_rules;
    if password.expose().chars().count() > rules.max_chars {
        return Err(PasswordRejected(vec![PasswordReason::TooLong]));
    }
    let mut reasons = check_password(password.expose(), rules, &student.context_words()).reasons;
    if state
        .hasher
        .verify(password.expose(), Some(&student.password_hash))
        .await
    {
        reasons.push(PasswordReason::SameAsCurrent);
    }
    if reasons.is_empty() {
        Ok(())
    } else {
        Err(PasswordRejected(reasons))
    }
}
