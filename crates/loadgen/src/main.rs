//! The load generator: simulated kiosks running whole flows or single endpoints against the
//! account service, closed-loop (N kiosks, each waiting for its answer) or open-loop (a fixed
//! arrival rate, latency counted from the scheduled start so a stalled server cannot hide its
//! queue), with p50/p99/p99.9 from an HDR histogram. It also serves the bare axum handler used
//! as the ceiling and measures the argon2 rate of one core, so that all the numbers of a
//! benchmark run come from one machine in one run.

mod bare;
mod hash_rate;
mod report;
mod run;
mod scenario;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "loadgen", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Drive the service and print a report.
    Run(run::RunArgs),
    /// Serve `GET /v1/health` from a bare axum handler: the ceiling for the service's numbers.
    Bare {
        #[arg(long, default_value = "127.0.0.1:8090")]
        listen: std::net::SocketAddr,
    },
    /// argon2id hashes per second on one core, at the service's parameters.
    HashRate {
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
    },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Run(args) => {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(args.threads.max(1))
                .enable_all()
                .build()?;
            runtime.block_on(run::run(args))
        }
        Command::Bare { listen } => {
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(bare::serve(listen))
        }
        Command::HashRate { seconds } => hash_rate::measure(seconds),
    }
}
