use account_service::clock::{Clock, SystemClock};
use account_service::domain::hasher::Hasher;
use account_service::store::{self, DeviceMode};
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::sync::Arc;

/// The Welcome Center account service.
#[derive(Parser)]
#[command(name = "account-service", version)]
struct Cli {
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
    /// Serve the API.
    Serve {
        /// `sqlite:PATH` or `postgres://…`.
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        #[arg(long, default_value = "127.0.0.1:8080", env = "ACCOUNT_SERVICE_LISTEN")]
        listen: SocketAddr,
        #[command(flatten)]
        hash: HashArgs,
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
    /// Export the audit log as JSON lines.
    Audit {
        #[arg(long, env = "ACCOUNT_SERVICE_DATABASE")]
        database: String,
        /// Only events about this student ref.
        #[arg(long)]
        student: Option<String>,
    },
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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    match run(Cli::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("account-service: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve {
            database,
            listen,
            hash,
        } => {
            let mut config = ServiceConfig::new(database, listen);
            config.security.hash = hash.params();
            let app = Application::build(config).await?;
            tracing::info!(port = app.port(), "account service listening");
            app.run_with_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
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
                },
        } => {
            let store = store::connect(&database).await?;
            let mode = DeviceMode::parse(&mode)
                .ok_or_else(|| anyhow::anyhow!("--mode must be kiosk or counter"))?;
            let token = new_token();
            let id = store
                .add_device(&name, mode, &digest(&token), SystemClock.now())
                .await?;
            eprintln!("registered device {id} ({name}, {})", mode.as_str());
            println!("{}", token.as_str());
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
        Command::Audit { database, student } => {
            let store = store::connect(&database).await?;
            for row in store.audit_events(student.as_deref(), i64::MAX).await? {
                println!("{}", serde_json::to_string(&row)?);
            }
        }
    }
    Ok(())
}
