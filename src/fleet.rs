//! What this terminal tells the service about itself with every health check (DESIGN §9,
//! running a fleet): whether a visitor is at it, and how many warnings and errors it logged
//! since the last report. Never anything about the visitor.

use account_api::wire::{TerminalReport, TerminalState};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::Instant;
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer};

static SERVING: AtomicBool = AtomicBool::new(false);
static ERRORS: AtomicU32 = AtomicU32::new(0);
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Called by the app after each event: a visitor is at the terminal or not.
pub fn set_serving(serving: bool) {
    SERVING.store(serving, Ordering::Relaxed);
}

/// Counts every warning and error the kiosk logs, for the next report.
pub struct CountErrors;

impl<S: Subscriber> Layer<S> for CountErrors {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        if *event.metadata().level() <= Level::WARN {
            ERRORS.fetch_add(1, Ordering::Relaxed);
        }
    }
}

pub fn mark_started() {
    STARTED.get_or_init(Instant::now);
}

/// The report to send now; the error count starts again from zero.
pub fn report(mode: &str, languages: usize) -> TerminalReport {
    TerminalReport {
        version: env!("CARGO_PKG_VERSION").to_string(),
        mode: mode.to_string(),
        languages: languages.min(64) as u32,
        uptime_secs: STARTED.get_or_init(Instant::now).elapsed().as_secs(),
        state: if SERVING.load(Ordering::Relaxed) {
            TerminalState::Serving
        } else {
            TerminalState::Idle
        },
        errors: ERRORS.swap(0, Ordering::Relaxed),
    }
}
