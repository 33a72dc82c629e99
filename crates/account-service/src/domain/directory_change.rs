//! A new password on its way to the district's directory, recorded here only once the
//! directory has it.
//!
//! intent (pending, with the entry's marker) → directory write → one transaction that records
//! the change and settles the intent. A failure before the write abandons the intent; a write
//! whose answer was lost leaves it pending for `domain::reconcile`, which asks the directory
//! whether the password changed. The visitor sees "changed" only after the directory said so.

use account_api::policy::PasswordReason;
use account_api::SecretString;
use std::sync::OnceLock;

use crate::directory::{BindOutcome, Directory, DirectoryError};
use crate::domain::password::PasswordRejected;
use crate::state::AppState;
use crate::store::PasswordPlan;

/// The directory cannot be asked: nothing changed, the same request may come again (the
/// kiosk keeps the password and the idempotency key).
#[derive(Debug, thiserror::Error)]
#[error("the directory cannot be reached")]
pub struct DirectoryUnavailable;

/// Why a password did not reach the directory.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryChangeError {
    #[error(transparent)]
    Unavailable(#[from] DirectoryUnavailable),
    /// The directory's own policy or the account's state refused it.
    #[error(transparent)]
    Refused(#[from] PasswordRejected),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for DirectoryChangeError {
    fn from(e: sqlx::Error) -> Self {
        DirectoryChangeError::Internal(e.into())
    }
}

fn refused(reason: PasswordReason) -> DirectoryChangeError {
    PasswordRejected(vec![reason]).into()
}

enum Failure {
    Directory(DirectoryError),
    Change(DirectoryChangeError),
}

impl From<DirectoryError> for Failure {
    fn from(e: DirectoryError) -> Self {
        Failure::Directory(e)
    }
}

/// Writes `password` to the directory for `plan`'s student, then records `plan`. Ok(true)
/// once recorded by this call; Ok(false) when a reconciler recorded the same change first.
pub async fn apply(
    state: &AppState,
    directory: &Directory,
    plan: &PasswordPlan,
    password: &SecretString,
) -> Result<bool, DirectoryChangeError> {
    crate::domain::reconcile::student(state, directory, &plan.student_ref).await?;
    let intent = OnceLock::new();
    let written = directory
        .set_password(&plan.username, password, plan.must_change, |marker| {
            let intent = &intent;
            async move {
                let now = state.clock.now();
                let lease = directory.lease().as_secs().max(1) as i64;
                match state
                    .store
                    .begin_directory_intent(plan, &marker.0, now, now + lease)
                    .await
                {
                    Ok(Some(id)) => {
                        let _ = intent.set(id);
                        Ok(())
                    }
                    // Another change for this student is in flight (this instance or another).
                    Ok(None) => Err(Failure::Change(DirectoryUnavailable.into())),
                    Err(e) => Err(Failure::Change(e.into())),
                }
            }
        })
        .await;
    let id = intent.get().copied();
    match written {
        Ok(()) => {
            let Some(id) = id else {
                return Err(anyhow::anyhow!("directory write without an intent").into());
            };
            let recorded = state
                .store
                .commit_directory_intent(id, plan, "ok", state.clock.now())
                .await?;
            tracing::info!(
                student = %plan.student_ref,
                path = %plan.path,
                directory = directory.kind().as_str(),
                "password written to the directory"
            );
            Ok(recorded)
        }
        Err(Failure::Change(e)) => Err(e),
        Err(Failure::Directory(e)) => {
            let may_have_landed = matches!(e, DirectoryError::Unavailable { sent: true, .. });
            if let (Some(id), false) = (id, may_have_landed) {
                state
                    .store
                    .abandon_directory_intent(id, state.clock.now())
                    .await?;
            }
            tracing::warn!(student = %plan.student_ref, error = %e, "the directory did not take the password");
            Err(match e {
                DirectoryError::PolicyRefused(_) => refused(PasswordReason::DirectoryPolicy),
                DirectoryError::AccountRefused(_) => refused(PasswordReason::DirectoryAccount),
                DirectoryError::ServiceBindRefused(_) | DirectoryError::Unavailable { .. } => {
                    DirectoryUnavailable.into()
                }
            })
        }
    }
}

/// Whether a student's current password is right, per the directory. An unusable account
/// (disabled, locked there) is answered as a wrong password, like elsewhere at sign-in.
pub async fn password_matches(
    directory: &Directory,
    username: &str,
    password: &SecretString,
) -> Result<bool, DirectoryUnavailable> {
    match directory.check_password(username, password).await {
        Ok(BindOutcome::Accepted) => Ok(true),
        Ok(BindOutcome::WrongPassword | BindOutcome::AccountUnusable) => Ok(false),
        Err(e) => {
            tracing::warn!(error = %e, "the directory could not check a password");
            Err(DirectoryUnavailable)
        }
    }
}
