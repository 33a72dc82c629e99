//! The fleet: every terminal's report with its health check, shown by `devices list` and
//! `/metrics`; a terminal that falls silent is marked lost once and found again when it
//! reports.

use crate::common::spawn_with;
use account_api::endpoints::{self as ep, Endpoint as _};
use serde_json::json;
use std::time::Duration;

fn report(state: &str, errors: u32) -> serde_json::Value {
    json!({"version": "0.1.0", "mode": "kiosk", "languages": 10, "uptime_secs": 42,
           "state": state, "errors": errors})
}

#[tokio::test]
async fn a_terminal_that_stops_reporting_is_lost_once_and_found_again() {
    let _turn = crate::common::METRICS.lock().await;
    let app = spawn_with(|c| c.terminal_lost_after = Duration::from_secs(1)).await;
    let answer = app
        .post(ep::TerminalReportCall::PATH, report("serving", 3))
        .await;
    assert_eq!(
        answer.status,
        200,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    assert_eq!(answer.json()["status"], "ok", "it is the health check too");
    let row = app.store.devices().await.unwrap().remove(0);
    assert_eq!(row.version.as_deref(), Some("0.1.0"));
    assert_eq!(row.state.as_deref(), Some("serving"));
    assert_eq!(row.errors, Some(3));
    assert_eq!(row.languages, Some(10));
    assert!(row.lost_at.is_none());

    let metrics = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("terminals{state=\"serving\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("terminal_seconds_since_report"),
        "{metrics}"
    );

    // Silent past the setting: the watcher marks it lost, once.
    app.clock.advance(2);
    let mut lost = None;
    for _ in 0..200 {
        lost = app.store.devices().await.unwrap().remove(0).lost_at;
        if lost.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(lost.is_some(), "marked lost");
    let now = crate::common::START + 2;
    assert!(
        app.store.mark_lost(now, now).await.unwrap().is_empty(),
        "reported lost only once"
    );
    // It reports again: found.
    app.post(ep::TerminalReportCall::PATH, report("idle", 0))
        .await;
    let row = app.store.devices().await.unwrap().remove(0);
    assert!(row.lost_at.is_none());
    assert_eq!(row.state.as_deref(), Some("idle"));
}

#[tokio::test]
async fn a_report_says_nothing_it_should_not() {
    let app = spawn_with(|_| {}).await;
    let mut bad = report("idle", 0);
    bad["visitor"] = json!("AvaM1234");
    assert_eq!(
        app.post(ep::TerminalReportCall::PATH, bad).await.status,
        400
    );
    let mut bad = report("idle", 0);
    bad["version"] = json!("1.0\u{1b}[31m");
    assert_eq!(
        app.post(ep::TerminalReportCall::PATH, bad).await.status,
        400
    );
    let anonymous = app
        .client
        .post(format!("{}/v1/terminal/report", app.base))
        .json(&report("idle", 0))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401, "only registered terminals report");
}
