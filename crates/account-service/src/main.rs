use account_service::clock::{Clock, SystemClock};
use account_service::domain::hasher::Hasher;
use account_service::logging;
use account_service::settings::{self, Settings};
use account_service::store::{self, DeviceMode};
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::sync::Arc;

/// The Welcome Center account service.
#[derive(Parser)]
#[command(name = "account-service", version)]
struct Cli {
    /// The configuration file (TOML), before or after the subcommand.
    #[arg(long, global = true, env = "ACCOUNT_SERVICE_CONFIG")]
    config: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct HashArgs {
    /// argon2id memory in KiB (default: OWASP's 19456).
    #[arg(long, default_value_t = HashParams::default().memory_kib)]
    hash_memory_kib: u32,
    /// argon2id iterations (default: 2).
    #[arg(long, default_value_t = HashParams::default().iterations)]
    hash_iterations: u32,
}

impl HashArgs {
    fn params(&self) -> HashParams {
        HashParams {
            memory_kib: self.hash_memory_kib,
            iterations: self.hash_iterations,
            parallelism: 1,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the API. Settings come from the configuration file, then `ACCOUNT_SERVICE_*`
    /// variables (ACCOUNT_SERVICE_DATABASE, ACCOUNT_SERVICE_HASH_MEMORY_KIB, …), then these
    /// flags. SIGTERM or Ctrl-C stop it after the requests in flight are answered.
    Serve {
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Check the configuration (file and environment) without starting; exit 1 naming the
    /// key at fault.
    CheckConfig {
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Write a consistent copy of a SQLite database while the service runs.
    Backup {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// The copy to create (must not exist).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Import the district's roster from a OneRoster 1.1 CSV folder (users.csv, orgs.csv,
    /// demographics.csv; manifest.csv optional): one transaction, idempotent, students
    /// removed from a bulk roster deactivated. Prints the counts as JSON.
    ImportRoster {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        #[arg(long)]
        oneroster: std::path::PathBuf,
    },
    /// Load the fixed demo data (idempotent).
    SeedDemo {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        #[command(flatten)]
        hash: HashArgs,
    },
    /// Load a synthetic directory of N students (with parents, PINs and questions) for
    /// benchmarks. Student i has ID 300000000+i; see `account_service::scale`.
    SeedScale {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        #[arg(long)]
        students: u64,
        /// Students per transaction.
        #[arg(long, default_value_t = 3000)]
        batch: u64,
        #[command(flatten)]
        hash: HashArgs,
    },
    /// Manage registered terminals.
    Devices {
        #[command(subcommand)]
        command: DevicesCommand,
    },
    /// Show queued emails.
    Outbox {
        #[command(subcommand)]
        command: OutboxCommand,
    },
    /// Support tickets opened at the kiosks.
    Tickets {
        #[command(subcommand)]
        command: TicketsCommand,
    },
    /// Manage staff accounts: their password, role and authenticator (TOTP) secret.
    Staff {
        #[command(subcommand)]
        command: StaffCommand,
    },
    /// The day's figures from the audit log: visits by language and outcome, time to done,
    /// hand-off waits and the week's trend. Days are the center's (America/New_York).
    Report {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        day: String,
        /// Only this center's events (staff by their center, terminals by theirs where
        /// known; events of a terminal with no recorded center count for every center).
        #[arg(long)]
        center: Option<String>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Export the audit log as JSON lines.
    Audit {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// Only events about this student ref.
        #[arg(long)]
        student: Option<String>,
    },
}

#[derive(Args)]
struct SettingsArgs {
    /// Overrides `database`: `sqlite:PATH` or `postgres://…`.
    #[arg(long)]
    database: Option<String>,
    /// Overrides `listen`.
    #[arg(long)]
    listen: Option<SocketAddr>,
}

impl SettingsArgs {
    fn load(&self, config: Option<&std::path::Path>) -> anyhow::Result<Settings> {
        let mut env: Vec<(String, String)> = std::env::vars()
            .filter(|(k, _)| k.starts_with(settings::ENV_PREFIX))
            .collect();
        if let Some(db) = &self.database {
            env.push((settings::env_name("database"), db.clone()));
        }
        if let Some(listen) = &self.listen {
            env.push((settings::env_name("listen"), listen.to_string()));
        }
        Settings::load(config, &env)
    }
}

#[derive(Subcommand)]
enum DevicesCommand {
    /// Register a terminal; prints its token alone on stdout. Only its hash is stored.
    Add {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["kiosk", "counter"])]
        mode: String,
        /// The Welcome Center it stands in: its kiosk's hand-offs go to this center's counters.
        #[arg(long, default_value = account_service::store::DEFAULT_CENTER)]
        center: String,
    },
    /// List terminals as JSON lines (never their tokens).
    List {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
    },
    /// Revoke a terminal: its token stops working at once.
    Revoke {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// The device id (`devices list`).
        id: String,
    },
}

#[derive(Subcommand)]
enum TicketsCommand {
    /// List tickets as JSON lines.
    List {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
    },
    /// Show one ticket, by number (SH-2026-000123).
    Show {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        number: String,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Csv,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum RoleArg {
    Staff,
    Supervisor,
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Add a staff member. The password is read from standard input (one line); a TOTP
    /// secret is made and printed once, with its QR code, for an authenticator app.
    Add {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// The ID they sign in with, e.g. fwc.bronx.02.
        staff_id: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        center: String,
        #[arg(long, value_enum, default_value_t = RoleArg::Staff)]
        role: RoleArg,
        #[command(flatten)]
        hash: HashArgs,
    },
    /// List staff members as JSON lines (never a password hash or a secret).
    List {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
    },
    /// Disable a staff member: sign-in fails from now on and their live sessions end.
    Disable {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        staff_id: String,
    },
    /// Give a staff member a new TOTP secret (a lost phone): printed once with its QR code;
    /// the old codes stop working and their live sessions end.
    ResetTotp {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        staff_id: String,
    },
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// List queued messages as JSON lines.
    List {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
    },
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    // `serve` sets up logging from its settings; the other commands log to standard error.
    if !matches!(cli.command, Command::Serve { .. }) {
        logging::init_stderr();
    }
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(e: &anyhow::Error) -> std::process::ExitCode {
    eprintln!("account-service: {e:#}");
    std::process::ExitCode::FAILURE
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { settings } => {
            let settings = settings.load(cli.config.as_deref())?;
            let _log_guard = logging::init(&settings.log)?;
            let mut config = settings.service_config();
            config.tls = settings.tls_config()?;
            config.directory = settings.directory_connector()?;
            if let Some(directory) = &config.directory {
                tracing::info!(
                    kind = directory.kind().as_str(),
                    url = directory.url(),
                    "student passwords live in the district's directory"
                );
            }
            let app = Application::build(config).await?;
            let _delivery = match &settings.smtp {
                Some(smtp) => {
                    let password = std::env::var("ACCOUNT_SERVICE_SMTP_PASSWORD")
                        .ok()
                        .map(zeroize::Zeroizing::new);
                    let state = app.state();
                    let worker = account_service::email::delivery::spawn(
                        state.store.clone(),
                        state.clock.clone(),
                        settings.smtp_config(smtp, password)?,
                    )?;
                    tracing::info!(host = %smtp.host, "email delivery on");
                    Some(worker)
                }
                None => {
                    tracing::warn!("no [smtp] configured: emails stay queued in the outbox");
                    None
                }
            };
            tracing::info!(
                port = app.port(),
                tls = settings.tls.is_some(),
                "account service listening"
            );
            app.run_with_shutdown(shutdown_signal()).await?;
            tracing::info!("account service stopped");
        }
        Command::CheckConfig { settings } => {
            let settings = settings.load(cli.config.as_deref())?;
            let directory = match settings.directory_connector()? {
                Some(directory) => {
                    // One bind as the service account and a read of user_base: what is
                    // wrong is named before any student meets it.
                    directory.check().await.map_err(|e| {
                        anyhow::anyhow!(
                            "directory ({} at {}): {e}",
                            directory.kind().as_str(),
                            directory.url()
                        )
                    })?;
                    format!(
                        "{} at {} (service account bound, user_base found)",
                        directory.kind().as_str(),
                        directory.url()
                    )
                }
                None => "builtin (passwords in this service's database)".to_string(),
            };
            println!("directory: {directory}");
            println!(
                "configuration OK: database {}, listen {}, TLS {}, logs {} to {}",
                redact_url(&settings.database),
                settings.listen,
                if settings.tls.is_some() {
                    "in the service"
                } else {
                    "off (loopback or a reverse proxy)"
                },
                settings.log.format,
                settings
                    .log
                    .directory
                    .as_ref()
                    .map(|d| d.display().to_string())
                    .unwrap_or_else(|| "standard error".into()),
            );
        }
        Command::Backup { database, to } => {
            if to.exists() {
                anyhow::bail!("{} already exists", to.display());
            }
            let store = store::connect(&database).await?;
            let path = to
                .to_str()
                .ok_or_else(|| anyhow::anyhow!("the backup path must be UTF-8"))?;
            store.backup(path).await?;
            eprintln!("backup written to {}", to.display());
        }
        Command::ImportRoster {
            database,
            oneroster,
        } => {
            let started = std::time::Instant::now();
            let roster = account_service::roster::read(&oneroster)?;
            let total = (roster.students.len() + roster.parents.len()) as u64;
            let store = store::connect(&database).await?;
            let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                indicatif::ProgressBar::new(roster.students.len() as u64)
            } else {
                indicatif::ProgressBar::hidden()
            };
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} students ({eta} left)",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let progress = |n: u64| bar.set_position(n);
            let counts = store
                .import_roster(&roster, SystemClock.now(), &progress)
                .await?;
            bar.finish_and_clear();
            eprintln!(
                "imported {total} rows from {} in {:.1} s",
                oneroster.display(),
                started.elapsed().as_secs_f64()
            );
            println!("{}", serde_json::to_string(&counts)?);
        }
        Command::SeedDemo { database, hash } => {
            let store = store::connect(&database).await?;
            let hasher = Hasher::new(hash.params(), 2)?;
            let clock: Arc<dyn Clock> = Arc::new(SystemClock);
            let loaded = demo::seed_demo(&store, &hasher, &clock).await?;
            eprintln!(
                "{}",
                if loaded {
                    "demo data loaded"
                } else {
                    "demo data already present"
                }
            );
        }
        Command::SeedScale {
            database,
            students,
            batch,
            hash,
        } => {
            let store = store::connect(&database).await?;
            let hasher = Hasher::new(hash.params(), 2)?;
            let started = std::time::Instant::now();
            let mut last_report = 0;
            account_service::scale::seed(
                store.as_ref(),
                &hasher,
                students,
                batch,
                SystemClock.now(),
                |done| {
                    if done - last_report >= 100_000 || done == students {
                        last_report = done;
                        eprintln!(
                            "{done} students loaded ({:.1} s)",
                            started.elapsed().as_secs_f64()
                        );
                    }
                },
            )
            .await?;
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "seed-scale: {students} students in {secs:.1} s ({:.0} students/s)",
                students as f64 / secs.max(1e-9)
            );
        }
        Command::Devices {
            command:
                DevicesCommand::Add {
                    database,
                    name,
                    mode,
                    center,
                },
        } => {
            let center = center.trim();
            if center.is_empty()
                || center.chars().count() > 100
                || center.chars().any(char::is_control)
            {
                anyhow::bail!("--center: 1 to 100 characters, no control characters");
            }
            let store = store::connect(&database).await?;
            let mode = DeviceMode::parse(&mode)
                .ok_or_else(|| anyhow::anyhow!("--mode must be kiosk or counter"))?;
            let token = new_token();
            let id = store
                .add_device(&name, mode, &digest(&token), SystemClock.now())
                .await?;
            store.set_device_center(&id, center).await?;
            eprintln!(
                "registered device {id} ({name}, {}, {center})",
                mode.as_str()
            );
            println!("{}", token.as_str());
        }
        Command::Devices {
            command: DevicesCommand::List { database },
        } => {
            let store = store::connect(&database).await?;
            for row in store.devices().await? {
                println!("{}", serde_json::to_string(&row)?);
            }
        }
        Command::Devices {
            command: DevicesCommand::Revoke { database, id },
        } => {
            let store = store::connect(&database).await?;
            if !store.revoke_device(&id, SystemClock.now()).await? {
                anyhow::bail!("no active device {id}");
            }
            eprintln!("revoked device {id}");
        }
        Command::Outbox {
            command: OutboxCommand::List { database },
        } => {
            let store = store::connect(&database).await?;
            for row in store.outbox(10_000).await? {
                println!("{}", serde_json::to_string(&row)?);
            }
        }
        Command::Tickets { command } => match command {
            TicketsCommand::List { database } => {
                let store = store::connect(&database).await?;
                for row in store.tickets(i64::MAX).await? {
                    println!("{}", serde_json::to_string(&row)?);
                }
            }
            TicketsCommand::Show { database, number } => {
                let store = store::connect(&database).await?;
                let ticket = store
                    .tickets(i64::MAX)
                    .await?
                    .into_iter()
                    .find(|t| t.number.eq_ignore_ascii_case(&number))
                    .ok_or_else(|| anyhow::anyhow!("no ticket {number}"))?;
                println!("{}", serde_json::to_string_pretty(&ticket)?);
            }
        },
        Command::Staff { command } => staff_command(command).await?,
        Command::Report {
            database,
            day,
            center,
            format,
        } => {
            let day = account_service::domain::report::parse_day(&day)?;
            let store = store::connect(&database).await?;
            let report =
                account_service::domain::report::day_report(store.as_ref(), day, center.as_deref())
                    .await?;
            let text = match format {
                ReportFormat::Text => account_service::report_format::text(&report),
                ReportFormat::Csv => account_service::report_format::csv(&report)?,
                ReportFormat::Json => account_service::report_format::json(&report)?,
            };
            print!("{text}");
        }
        Command::Audit { database, student } => {
            let store = store::connect(&database).await?;
            for row in store.audit_events(student.as_deref(), i64::MAX).await? {
                println!("{}", serde_json::to_string(&row)?);
            }
        }
    }
    Ok(())
}

async fn staff_command(command: StaffCommand) -> anyhow::Result<()> {
    use account_service::staff_admin;
    let mut out = std::io::stdout().lock();
    match command {
        StaffCommand::Add {
            database,
            staff_id,
            name,
            center,
            role,
            hash,
        } => {
            let password = staff_admin::read_password(&mut std::io::stdin().lock(), &staff_id)?;
            let store = store::connect(&database).await?;
            let hasher = Hasher::new(hash.params(), 1)?;
            let role = match role {
                RoleArg::Staff => account_api::wire::StaffRole::Staff,
                RoleArg::Supervisor => account_api::wire::StaffRole::Supervisor,
            };
            staff_admin::add(
                store.as_ref(),
                &hasher,
                &staff_admin::AddStaff {
                    staff_id: &staff_id,
                    name: &name,
                    center: &center,
                    role,
                },
                &password,
                SystemClock.now(),
                &mut out,
            )
            .await
        }
        StaffCommand::List { database } => {
            let store = store::connect(&database).await?;
            staff_admin::list(store.as_ref(), &mut out).await
        }
        StaffCommand::Disable { database, staff_id } => {
            let store = store::connect(&database).await?;
            staff_admin::disable(store.as_ref(), &staff_id, SystemClock.now(), &mut out).await
        }
        StaffCommand::ResetTotp { database, staff_id } => {
            let store = store::connect(&database).await?;
            staff_admin::reset_totp(store.as_ref(), &staff_id, SystemClock.now(), &mut out).await
        }
    }
}

/// SIGTERM (the service manager) or Ctrl-C: stop accepting, answer what is in flight, exit.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    tracing::info!("stopping: answering the requests in flight");
}

/// A database URL without its password, for messages.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}
