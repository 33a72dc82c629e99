//! Logs: text to standard error by default; JSON lines, optionally into daily-rotated files,
//! for a server. Secrets never reach a log: request bodies are not logged and every type
//! holding one redacts itself in `Debug`.

use crate::settings::LogSettings;
use tracing_subscriber::EnvFilter;

/// Keeps the background log writer alive; logs are flushed when it is dropped.
pub type LogGuard = Option<tracing_appender::non_blocking::WorkerGuard>;

pub fn init_stderr() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

pub fn init(settings: &LogSettings) -> anyhow::Result<LogGuard> {
    // RUST_LOG, when set, wins: it is how an operator turns on detail for one run.
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&settings.level))
        .map_err(|e| anyhow::anyhow!("log.level: {e}"))?;
    let (writer, guard) = match &settings.directory {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| anyhow::anyhow!("log.directory: {}: {e}", dir.display()))?;
            let files = tracing_appender::rolling::Builder::new()
                .rotation(tracing_appender::rolling::Rotation::DAILY)
                .filename_prefix("account-service")
                .filename_suffix("log")
                .max_log_files(settings.keep_files.max(1))
                .build(dir)
                .map_err(|e| anyhow::anyhow!("log.directory: {}: {e}", dir.display()))?;
            let (w, g) = tracing_appender::non_blocking(files);
            (w, Some(g))
        }
        None => {
            let (w, g) = tracing_appender::non_blocking(std::io::stderr());
            (w, Some(g))
        }
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    let result = if settings.format == "json" {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init()
    } else {
        builder.with_ansi(settings.directory.is_none()).try_init()
    };
    result.map_err(|e| anyhow::anyhow!("logging: {e}"))?;
    Ok(guard)
}
