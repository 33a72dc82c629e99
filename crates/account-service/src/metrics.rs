//! Prometheus metrics at `/metrics`: requests and latencies per route, argon2 verifications,
//! failed verifications, pauses, and the outbox depth. Labels are routes and outcomes only;
//! nothing about a person ever becomes a label.

use axum::extract::{MatchedPath, Request, State};
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

use crate::state::AppState;

const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The process-wide recorder (metrics are global; several apps in one test process share it).
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("http_request_duration_seconds".into()),
                LATENCY_BUCKETS,
            )
            .expect("static, non-empty buckets")
            .build_recorder();
        let handle = recorder.handle();
        // Another recorder may already be installed (an embedding program's); then ours only
        // renders what it is given, which is nothing, and `/metrics` says so.
        let _ = metrics::set_global_recorder(recorder);
        handle
    })
}

pub async fn track(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    // Any token is a valid HTTP method; only the standard ones become label values, so a
    // caller cannot grow the label set.
    let method: &'static str = match request.method().as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "DELETE" => "DELETE",
        "PATCH" => "PATCH",
        "OPTIONS" => "OPTIONS",
        _ => "other",
    };
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "route" => route.clone(), "method" => method, "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}

pub async fn endpoint(State(state): State<AppState>) -> Response {
    if let Ok(depth) = state.store.outbox_depth().await {
        metrics::gauge!("outbox_depth").set(depth as f64);
    }
    if let Ok(devices) = state.store.devices().await {
        terminals(&devices, state.clock.now());
    }
    (
        [(CONTENT_TYPE, "text/plain; version=0.0.4")],
        handle().render(),
    )
        .into_response()
}

pub fn verification(matched: bool) {
    let result = if matched { "match" } else { "mismatch" };
    metrics::counter!("argon2_verifications_total", "result" => result).increment(1);
}

/// A failed verification, and the pause it started (as the store decided it).
pub fn failure(paused: Option<&'static str>) {
    metrics::counter!("failed_verifications_total").increment(1);
    if let Some(kind) = paused {
        metrics::counter!("pauses_total", "kind" => kind).increment(1);
    }
}

/// Terminals by state (idle, serving, lost, never reported) and each one's seconds since its
/// last report. Labels are terminal ids and states: nothing about a visitor.
fn terminals(devices: &[crate::store::DeviceRow], now: i64) {
    let mut by_state = std::collections::BTreeMap::from([
        ("idle", 0u32),
        ("serving", 0),
        ("lost", 0),
        ("never_reported", 0),
    ]);
    for d in devices.iter().filter(|d| d.revoked_at.is_none()) {
        let state = match (d.lost_at, d.state.as_deref(), d.reported_at) {
            (Some(_), _, _) => "lost",
            (None, Some("serving"), Some(_)) => "serving",
            (None, _, Some(_)) => "idle",
            (None, _, None) => "never_reported",
        };
        *by_state.entry(state).or_default() += 1;
        if let Some(at) = d.reported_at {
            metrics::gauge!("terminal_seconds_since_report", "terminal" => d.id.clone())
                .set((now - at).max(0) as f64);
        }
    }
    for (state, n) in by_state {
        metrics::gauge!("terminals", "state" => state).set(f64::from(n));
    }
}
