//! Closed and open loops around a scenario.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

use crate::report::Recorder;
use crate::scenario::{Scenario, Target};

#[derive(clap::Args)]
pub struct RunArgs {
    /// The service's base URL.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    base: String,
    /// A kiosk device token (`account-service devices add`).
    #[arg(long, env = "LOADGEN_TOKEN", default_value = "")]
    token: String,
    #[arg(long, value_enum)]
    scenario: Scenario,
    /// Closed loop: this many kiosks, each starting its next iteration when the last ends.
    #[arg(long, default_value_t = 32)]
    kiosks: usize,
    /// Open loop: start this many iterations per second whatever the answers do.
    #[arg(long)]
    rate: Option<f64>,
    /// Seconds measured, after the warm-up.
    #[arg(long, default_value_t = 10.0)]
    duration: f64,
    #[arg(long, default_value_t = 2.0)]
    warmup: f64,
    /// Students loaded by `seed-scale` (random ones are picked below this).
    #[arg(long, default_value_t = 1_000_000)]
    students: u64,
    /// First student for `flow` (each is reset once; use a fresh range for each run).
    #[arg(long, default_value_t = 0)]
    first_student: u64,
    /// Threads of the load generator itself.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Print one JSON line per endpoint after the table, tagged with this label.
    #[arg(long)]
    json: Option<String>,
}

/// Open-loop iterations in flight beyond this are counted as dropped, not started.
const MAX_IN_FLIGHT: usize = 20_000;

pub async fn run(args: RunArgs) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(args.kiosks.max(64))
        .build()?;
    let target = Arc::new(Target {
        client,
        base: args.base.trim_end_matches('/').to_string(),
        token: args.token.clone(),
        students: args.students,
        next_student: AtomicU64::new(args.first_student),
    });
    let rec = Arc::new(Recorder::new());
    let iterations = Arc::new(Recorder::new());
    let begin = Instant::now();
    let measure_from = begin + Duration::from_secs_f64(args.warmup);
    let end = measure_from + Duration::from_secs_f64(args.duration);
    {
        let rec = rec.clone();
        let iterations = iterations.clone();
        tokio::spawn(async move {
            tokio::time::sleep_until(measure_from).await;
            rec.recording.store(true, Ordering::Relaxed);
            iterations.recording.store(true, Ordering::Relaxed);
        });
    }
    let dropped = Arc::new(AtomicU64::new(0));
    let mode = match args.rate {
        None => {
            let mut kiosks = Vec::new();
            for _ in 0..args.kiosks.max(1) {
                let (target, rec, iterations) = (target.clone(), rec.clone(), iterations.clone());
                let scenario = args.scenario;
                kiosks.push(tokio::spawn(async move {
                    while Instant::now() < end {
                        let started = Instant::now();
                        if target.iterate(scenario, &rec).await {
                            iterations.ok("iteration", started.elapsed());
                        } else {
                            iterations.failed("iteration", started.elapsed(), "failed");
                            if scenario == Scenario::Flow {
                                tokio::time::sleep(Duration::from_millis(10)).await;
                            }
                        }
                    }
                }));
            }
            for k in kiosks {
                k.await?;
            }
            format!("closed loop, {} kiosks", args.kiosks)
        }
        Some(rate) => {
            let interval = Duration::from_secs_f64(1.0 / rate.max(0.001));
            let in_flight = Arc::new(AtomicUsize::new(0));
            let mut next = Instant::now();
            let mut tasks = Vec::new();
            while next < end {
                tokio::time::sleep_until(next).await;
                let scheduled = next;
                next += interval;
                if in_flight.load(Ordering::Relaxed) >= MAX_IN_FLIGHT {
                    dropped.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
                in_flight.fetch_add(1, Ordering::Relaxed);
                let (target, rec, iterations) = (target.clone(), rec.clone(), iterations.clone());
                let (scenario, in_flight) = (args.scenario, in_flight.clone());
                tasks.push(tokio::spawn(async move {
                    // Latency from the scheduled start: time spent waiting counts.
                    if target.iterate(scenario, &rec).await {
                        iterations.ok("iteration", scheduled.elapsed());
                    } else {
                        iterations.failed("iteration", scheduled.elapsed(), "failed");
                    }
                    in_flight.fetch_sub(1, Ordering::Relaxed);
                }));
                tasks.retain(|t| !t.is_finished());
            }
            for t in tasks {
                t.await?;
            }
            format!("open loop, {rate} iterations/s")
        }
    };
    let measured = (Instant::now() - measure_from)
        .as_secs_f64()
        .max(args.duration);
    let title = format!(
        "scenario {:?} against {}: {mode}, {:.1} s measured after {:.1} s warm-up{}",
        args.scenario,
        target.base,
        measured,
        args.warmup,
        match dropped.load(Ordering::Relaxed) {
            0 => String::new(),
            n => format!(", {n} iterations dropped (more than {MAX_IN_FLIGHT} in flight)"),
        }
    );
    let mut rows = rec.report(&title, measured);
    rows.extend(iterations.report("", measured));
    if let Some(label) = args.json {
        for mut row in rows {
            row["label"] = serde_json::Value::String(label.clone());
            println!("{row}");
        }
    }
    Ok(())
}
