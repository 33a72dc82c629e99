//! Latency histograms per endpoint (microseconds, 3 significant digits) and the printed report.

use hdrhistogram::Histogram;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

#[derive(Default)]
struct Endpoint {
    ok: Option<Histogram<u64>>,
    errors: BTreeMap<String, u64>,
}

pub struct Recorder {
    /// False during the warm-up: nothing is counted.
    pub recording: AtomicBool,
    endpoints: Mutex<BTreeMap<&'static str, Endpoint>>,
}

fn micros(d: Duration) -> u64 {
    d.as_micros().clamp(1, 3_600_000_000) as u64
}

impl Recorder {
    pub fn new() -> Self {
        Recorder {
            recording: AtomicBool::new(false),
            endpoints: Mutex::new(BTreeMap::new()),
        }
    }

    pub fn ok(&self, name: &'static str, latency: Duration) {
        if !self.recording.load(Ordering::Relaxed) {
            return;
        }
        let mut map = self.endpoints.lock().unwrap_or_else(|e| e.into_inner());
        let h = map.entry(name).or_default().ok.get_or_insert_with(|| {
            Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("static bounds")
        });
        let _ = h.record(micros(latency));
    }

    pub fn failed(&self, name: &'static str, _latency: Duration, why: &str) {
        if !self.recording.load(Ordering::Relaxed) {
            return;
        }
        let mut map = self.endpoints.lock().unwrap_or_else(|e| e.into_inner());
        *map.entry(name)
            .or_default()
            .errors
            .entry(why.to_string())
            .or_default() += 1;
    }

    /// Prints the table and returns one JSON object per endpoint.
    pub fn report(&self, title: &str, seconds: f64) -> Vec<serde_json::Value> {
        let map = self.endpoints.lock().unwrap_or_else(|e| e.into_inner());
        println!("{title}");
        println!(
            "{:<10} {:>9} {:>10} {:>9} {:>9} {:>9} {:>9}  errors",
            "endpoint", "ok", "req/s", "p50 ms", "p99 ms", "p99.9 ms", "max ms"
        );
        let mut rows = Vec::new();
        for (name, e) in map.iter() {
            let ms = |us: u64| us as f64 / 1000.0;
            let (count, p50, p99, p999, max) = match &e.ok {
                Some(h) => (
                    h.len(),
                    ms(h.value_at_quantile(0.5)),
                    ms(h.value_at_quantile(0.99)),
                    ms(h.value_at_quantile(0.999)),
                    ms(h.max()),
                ),
                None => (0, 0.0, 0.0, 0.0, 0.0),
            };
            let rate = count as f64 / seconds;
            let errors: Vec<String> = e.errors.iter().map(|(k, v)| format!("{k}×{v}")).collect();
            println!(
                "{name:<10} {count:>9} {rate:>10.1} {p50:>9.2} {p99:>9.2} {p999:>9.2} {max:>9.2}  {}",
                if errors.is_empty() { "-".to_string() } else { errors.join(" ") }
            );
            rows.push(serde_json::json!({
                "endpoint": name, "ok": count, "rps": rate, "p50_ms": p50, "p99_ms": p99,
                "p999_ms": p999, "max_ms": max, "errors": e.errors,
            }));
        }
        rows
    }
}
