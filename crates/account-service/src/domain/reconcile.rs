//! Settles password changes left unfinished (a crash, `kill -9`, a write whose answer was
//! lost): the directory is the truth. If the entry's password marker moved since the intent
//! was written, the change landed and is recorded now (audit row, email, 30-day clock) —
//! exactly once, since only a pending intent is recorded. If not, the intent is abandoned and
//! the reset token it would have used stays good for a retry.

use std::sync::Arc;
use std::time::Duration;

use crate::directory::Directory;
use crate::state::AppState;
use crate::store::PendingIntent;

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Settled {
    pub recorded: u32,
    pub abandoned: u32,
    /// The directory could not be asked; they wait for the next pass.
    pub waiting: u32,
}

async fn settle(
    state: &AppState,
    directory: &Directory,
    intent: &PendingIntent,
    settled: &mut Settled,
) -> Result<(), sqlx::Error> {
    let now = state.clock.now();
    match directory.marker(&intent.plan.username).await {
        Ok(Some(marker)) if marker.0 != intent.marker_before => {
            if state
                .store
                .commit_directory_intent(intent.id, &intent.plan, "ok", now)
                .await?
            {
                tracing::info!(student = %intent.student_ref, intent = intent.id, "reconciled: the directory has the new password; recorded");
                settled.recorded += 1;
            }
        }
        Ok(_) => {
            if state.store.abandon_directory_intent(intent.id, now).await? {
                tracing::info!(student = %intent.student_ref, intent = intent.id, "reconciled: the directory kept the old password; abandoned");
                settled.abandoned += 1;
            }
        }
        Err(e) => {
            tracing::warn!(student = %intent.student_ref, intent = intent.id, error = %e, "cannot reconcile yet");
            settled.waiting += 1;
        }
    }
    Ok(())
}

/// Settles one student's expired intents, before a new change for them starts.
pub async fn student(
    state: &AppState,
    directory: &Directory,
    student_ref: &str,
) -> Result<Settled, sqlx::Error> {
    let mut settled = Settled::default();
    let now = state.clock.now();
    for intent in state
        .store
        .expired_directory_intents(Some(student_ref), now)
        .await?
    {
        settle(state, directory, &intent, &mut settled).await?;
    }
    Ok(settled)
}

/// Settles every expired intent (at start-up, and then periodically).
pub async fn all(state: &AppState, directory: &Directory) -> anyhow::Result<Settled> {
    let mut settled = Settled::default();
    let now = state.clock.now();
    for intent in state.store.expired_directory_intents(None, now).await? {
        settle(state, directory, &intent, &mut settled).await?;
    }
    Ok(settled)
}

/// The reconciler's loop: once at once, then every `every`.
pub async fn run(state: AppState, directory: Arc<Directory>, every: Duration) {
    loop {
        match all(&state, &directory).await {
            Ok(s) if s != Settled::default() => {
                tracing::info!(
                    recorded = s.recorded,
                    abandoned = s.abandoned,
                    waiting = s.waiting,
                    "directory intents reconciled"
                );
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "directory reconciliation failed"),
        }
        tokio::time::sleep(every).await;
    }
}
