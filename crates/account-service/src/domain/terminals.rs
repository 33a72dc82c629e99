//! The fleet: each terminal's report with its health check, and terminals that fall silent.
//! A lost terminal is logged once when it is found silent and once when it reports again.

use account_api::wire::{Health, TerminalReport, TerminalState};
use std::time::Duration;

use crate::state::AppState;
use crate::store::{Device, TerminalHealth};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("version (1-32 visible characters), mode (kiosk or counter), languages (0-64)")]
    Invalid,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(ReportError);

fn plain(text: &str, max: usize) -> bool {
    !text.is_empty() && text.len() <= max && text.chars().all(|c| c.is_ascii_graphic())
}

pub async fn report(
    state: &AppState,
    device: &Device,
    r: TerminalReport,
) -> Result<Health, ReportError> {
    if !plain(&r.version, 32) || !matches!(r.mode.as_str(), "kiosk" | "counter") || r.languages > 64
    {
        return Err(ReportError::Invalid);
    }
    let was_lost = state
        .store
        .record_report(&TerminalHealth {
            device_id: &device.id,
            now: state.clock.now(),
            version: &r.version,
            mode: &r.mode,
            languages: i64::from(r.languages),
            uptime_secs: r.uptime_secs.min(i64::MAX as u64) as i64,
            state: match r.state {
                TerminalState::Idle => "idle",
                TerminalState::Serving => "serving",
            },
            errors: i64::from(r.errors),
        })
        .await?;
    if was_lost {
        tracing::info!(terminal = %device.id, name = %device.name, "terminal reporting again");
    }
    Ok(crate::routes::meta::health_now())
}

/// Looks for silent terminals every `every` until the service stops.
pub async fn watch_for_lost(state: AppState, lost_after: Duration, every: Duration) {
    loop {
        tokio::time::sleep(every).await;
        let now = state.clock.now();
        match state
            .store
            .mark_lost(now - lost_after.as_secs() as i64, now)
            .await
        {
            Ok(lost) => {
                for (id, name) in lost {
                    tracing::warn!(terminal = %id, %name, silent_secs = lost_after.as_secs(),
                        "terminal lost: no report");
                }
            }
            Err(e) => tracing::error!(error = %e, "could not look for lost terminals"),
        }
    }
}
