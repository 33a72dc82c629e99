use account_api::SecretString;
use clap::{Parser, Subcommand};
use crossterm::event::{Event, EventStream};
use futures::StreamExt;
use kiosk::api::ApiClient;
use kiosk::app::{App, AppEvent};
use kiosk::config::{BackendKind, KioskConfig, Mode};
use kiosk::i18n::Locales;
use kiosk::kiosk_backend::KioskBackend;
use kiosk::{embedded, exit_prompt, runner, terminal};
use ratatui::Terminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;

/// The Welcome Center Kiosk.
#[derive(Parser)]
#[command(name = "kiosk", version)]
struct Cli {
    /// Configuration file (default: ./kiosk.toml if present, else the built-in defaults).
    /// These options go before or after a subcommand, as in cargo and git.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    /// Override the mode from the configuration.
    #[arg(long, global = true, value_parser = ["kiosk", "counter"])]
    mode: Option<String>,
    /// Folder of the embedded backend (SQLite file, device token).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Use a running account service instead of the embedded one.
    #[arg(long, global = true, requires = "device_token_file")]
    backend_url: Option<String>,
    /// File with this terminal's device token (from `account-service devices add`).
    #[arg(long, global = true)]
    device_token_file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Read an exit code from standard input and print the argon2 PHC string for kiosk.toml.
    HashExitCode,
    /// Validate the configuration and exit.
    CheckConfig,
}

fn load_config(cli: &Cli) -> anyhow::Result<KioskConfig> {
    let path = cli.config.clone().or_else(|| {
        let local = PathBuf::from("kiosk.toml");
        local.exists().then_some(local)
    });
    // KIOSK_LOG is the log filter, not a kiosk.toml key.
    let mut env: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| k.starts_with("KIOSK_") && k != "KIOSK_LOG")
        .collect();
    if let Some(mode) = &cli.mode {
        env.push(("KIOSK_MODE".into(), mode.clone()));
    }
    if let Some(dir) = &cli.data_dir {
        env.push(("KIOSK_BACKEND_DATA_DIR".into(), dir.display().to_string()));
    }
    if let Some(url) = &cli.backend_url {
        env.push(("KIOSK_BACKEND_KIND".into(), "url".into()));
        env.push(("KIOSK_BACKEND_URL".into(), url.clone()));
    }
    if let Some(file) = &cli.device_token_file {
        env.push((
            "KIOSK_BACKEND_DEVICE_TOKEN_FILE".into(),
            file.display().to_string(),
        ));
    }
    Ok(KioskConfig::load(path.as_deref(), &env)?)
}

fn init_logging(config: &KioskConfig) -> Option<tracing_appender::non_blocking::WorkerGuard> {
    let path = config.log_file.as_ref()?;
    let path = if path.is_relative() {
        config.backend.data_dir.join(path)
    } else {
        path.clone()
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&dir).ok()?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .ok()?;
    let (writer, guard) = tracing_appender::non_blocking(file);
    let filter =
        tracing_subscriber::EnvFilter::try_from_env("KIOSK_LOG").unwrap_or_else(|_| "info".into());
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    tracing_subscriber::registry()
        .with(filter)
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(writer)
                .with_ansi(false),
        )
        .with(kiosk::fleet::CountErrors)
        .init();
    Some(guard)
}

/// What the kiosk says when the terminal cannot draw some configured languages.
fn console_note(config: &KioskConfig, dropped: &[String]) -> String {
    format!(
        "TERM=linux: the Linux text console cannot draw {}; offering only {} (run the kiosk in \
         the graphical terminal of deploy/ to offer every language)",
        dropped.join(" "),
        config.languages.join(" ")
    )
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    // Everything the kiosk writes (the embedded database with its hashes and birth dates, the
    // log, the device token) is for this user alone.
    #[cfg(unix)]
    // SAFETY: umask only sets this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kiosk: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::HashExitCode) => {
            let mut line = zeroize::Zeroizing::new(String::new());
            std::io::stdin().read_line(&mut line)?;
            let code = line.trim();
            anyhow::ensure!(
                code.len() >= 4,
                "the exit code must be at least 4 characters"
            );
            println!("{}", exit_prompt::hash_exit_code(code)?);
            return Ok(());
        }
        Some(Command::CheckConfig) => {
            let mut config = load_config(&cli)?;
            println!(
                "configuration is valid (mode {:?}, backend {:?})",
                config.mode, config.backend.kind
            );
            let dropped = config.fit_terminal(std::env::var("TERM").ok().as_deref());
            if !dropped.is_empty() {
                println!("{}", console_note(&config, &dropped));
            }
            // With a remote service, also try it: a refused certificate is named here.
            if config.backend.kind == BackendKind::Url {
                let (api, _) = connect(&config).await?;
                match api
                    .send(kiosk::api::Call::<account_api::endpoints::PasswordPolicy>::new())
                    .await
                {
                    Ok(_) => println!(
                        "the service at {} answers and knows this terminal",
                        api.base_url()
                    ),
                    Err(kiosk::api::ApiError::Untrusted(p)) => {
                        anyhow::bail!("{}: {}", api.base_url(), p.describe())
                    }
                    Err(e) if e.is_transport() => {
                        anyhow::bail!("{}: the service does not answer", api.base_url())
                    }
                    Err(kiosk::api::ApiError::Problem(p)) => anyhow::bail!(
                        "{}: the service refused this terminal ({})",
                        api.base_url(),
                        p.title
                    ),
                    Err(_) => anyhow::bail!("{}: that is not the account service", api.base_url()),
                }
            }
            return Ok(());
        }
        None => {}
    }
    let mut config = load_config(&cli)?;
    let dropped = config.fit_terminal(std::env::var("TERM").ok().as_deref());
    let config = Arc::new(config);
    let _log_guard = init_logging(&config);
    if !dropped.is_empty() {
        tracing::warn!("{}", console_note(&config, &dropped));
    }
    let (api, _embedded) = connect(&config).await?;
    let locales = Locales::load();

    let (tx, rx) = mpsc::unbounded_channel();
    spawn_inputs(tx.clone(), config.mode);
    kiosk::fleet::mark_started();
    let mode_name = match config.mode {
        Mode::Kiosk => "kiosk",
        Mode::Counter => "counter",
    };
    spawn_health_checks(tx.clone(), api.clone(), mode_name, config.languages.len());
    let events = Arc::new(tokio::sync::Mutex::new(rx));

    // The supervisor: a panic anywhere in the app ends only that run. Its state, and every
    // secret in it, is dropped (and wiped) while unwinding; the terminal is restored by the
    // panic hook and taken over again, and a fresh app starts at the first screen.
    loop {
        let guard = terminal::TerminalGuard::enter()?;
        let run = {
            let (config, locales, api, tx, events) = (
                config.clone(),
                locales.clone(),
                api.clone(),
                tx.clone(),
                events.clone(),
            );
            tokio::spawn(async move {
                let mut app = App::new(config, locales, Some(api), tx);
                app.panic_key = debug_panic_key();
                let mut term = Terminal::new(KioskBackend::new(std::io::stdout()))?;
                term.clear()?;
                let mut rx = events.lock().await;
                runner::run(&mut term, &mut app, &mut rx, terminal::purge_scrollback).await
            })
        };
        match run.await {
            Ok(result) => {
                terminal::purge_scrollback();
                drop(guard);
                return result;
            }
            Err(e) if e.is_panic() => {
                terminal::purge_scrollback();
                drop(guard);
                tracing::error!("the kiosk restarted after a panic");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Debug builds only: a key that panics, so tests can prove the supervisor brings the kiosk
/// back. Release builds have no such key.
fn debug_panic_key() -> Option<char> {
    if cfg!(debug_assertions) {
        std::env::var("WELCOME_KIOSK_TEST_PANIC_KEY")
            .ok()
            .and_then(|v| v.chars().next())
    } else {
        None
    }
}

async fn connect(
    config: &KioskConfig,
) -> anyhow::Result<(ApiClient, Option<embedded::EmbeddedService>)> {
    match config.backend.kind {
        BackendKind::Embedded => {
            let service = embedded::start(config).await?;
            let token = SecretString::from_str_exact(service.token.expose());
            let api = ApiClient::new(&service.base_url, token, config.request_timeout(), None)?;
            Ok((api, Some(service)))
        }
        BackendKind::Url => {
            let url = config.backend.url.as_deref().unwrap_or_default();
            let token_file = config
                .backend
                .device_token_file
                .as_deref()
                .unwrap_or(std::path::Path::new(""));
            let text =
                zeroize::Zeroizing::new(std::fs::read_to_string(token_file).map_err(|e| {
                    anyhow::anyhow!(
                        "cannot read device token file {}: {e}",
                        token_file.display()
                    )
                })?);
            let token = SecretString::from_str_exact(text.trim());
            let ca = match &config.backend.ca_bundle {
                Some(path) => Some(std::fs::read(path)?),
                None => None,
            };
            let api = ApiClient::new(url, token, config.request_timeout(), ca.as_deref())?;
            Ok((api, None))
        }
    }
}

/// Asks the service for its health every few seconds, so the kiosk notices when it goes away
/// and when it comes back.
fn spawn_health_checks(
    tx: mpsc::UnboundedSender<AppEvent>,
    api: ApiClient,
    mode: &'static str,
    languages: usize,
) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(5));
        loop {
            interval.tick().await;
            let report = kiosk::fleet::report(mode, languages);
            let check = async {
                let call =
                    kiosk::api::Call::<account_api::endpoints::TerminalReportCall>::body(&report);
                match api.send(call).await {
                    // A service from before terminal reports: its plain health check.
                    Err(kiosk::api::ApiError::Problem(p))
                        if p.code == account_api::ErrorCode::NotFound =>
                    {
                        api.send(kiosk::api::Call::<account_api::endpoints::HealthCheck>::new())
                            .await
                            .map(|_| ())
                    }
                    other => other.map(|_| ()),
                }
            };
            let ok = matches!(
                tokio::time::timeout(Duration::from_secs(3), check).await,
                Ok(Ok(()))
            );
            if tx.send(AppEvent::Health(ok)).is_err() {
                break;
            }
        }
    });
}

/// Terminal events, a tick for timers, and the signals a service manager sends.
fn spawn_inputs(tx: mpsc::UnboundedSender<AppEvent>, mode: Mode) {
    let keys = tx.clone();
    tokio::spawn(async move {
        let mut stream = EventStream::new();
        while let Some(Ok(event)) = stream.next().await {
            let app_event = match event {
                Event::Key(k) => AppEvent::Key(k),
                Event::Paste(text) => AppEvent::Paste(text),
                Event::Resize(..) => AppEvent::Resize,
                _ => continue,
            };
            if keys.send(app_event).is_err() {
                break;
            }
        }
    });
    let ticks = tx.clone();
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_millis(250));
        loop {
            interval.tick().await;
            if ticks.send(AppEvent::Tick).is_err() {
                break;
            }
        }
    });
    #[cfg(unix)]
    tokio::spawn(async move {
        use tokio::signal::unix::{signal, SignalKind};
        let (Ok(mut term), Ok(mut hup), Ok(mut int), Ok(mut quit), Ok(mut tstp)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
            signal(SignalKind::interrupt()),
            signal(SignalKind::quit()),
            signal(SignalKind::from_raw(libc::SIGTSTP)),
        ) else {
            return;
        };
        loop {
            // Handling SIGQUIT and SIGTSTP replaces their default actions (core dump, stop):
            // nobody at the terminal can freeze or kill the kiosk with them.
            tokio::select! {
                _ = term.recv() => break,
                _ = hup.recv() => break,
                // In kiosk mode an interrupt from outside the terminal does nothing.
                _ = int.recv() => if mode == Mode::Counter { break },
                _ = quit.recv() => {}
                _ = tstp.recv() => {}
            }
        }
        let _ = tx.send(AppEvent::Quit);
    });
}
