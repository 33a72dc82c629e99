//! `/metrics` (issue 10): Prometheus text with requests, latencies, verifications, failures,
//! pauses and the outbox depth — and nothing about a person.

use crate::common::spawn;

#[tokio::test]
async fn metrics_count_requests_and_verifications_without_personal_data() {
    let _turn = crate::common::METRICS.lock().await;
    let app = spawn().await;
    let flow = app.flow("BenO5678", "2011-07-02").await;
    for _ in 0..5 {
        app.verify_pin(&flow, "99999").await;
    }
    let token = app.ava_reset_token().await;
    let done = app
        .reset(&token, "Purple-Otter-Skates-91", "metrics-key")
        .await;
    assert_eq!(done.status, 200, "{}", String::from_utf8_lossy(&done.body));

    let resp = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(resp.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    let text = resp.text().await.unwrap();
    for expected in [
        "http_requests_total{",
        "route=\"/v1/self-service/start\"",
        "http_request_duration_seconds_bucket{",
        "argon2_verifications_total{result=\"mismatch\"}",
        "argon2_verifications_total{result=\"match\"}",
        "failed_verifications_total",
        "pauses_total{kind=\"temporary\"}",
        "outbox_depth",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    // Names and labels only: a sample's value is a number, and a digit string such as the
    // typed PIN can turn up inside a latency sum by chance.
    let names_and_labels: String = text
        .lines()
        .map(|l| l.rsplit_once(' ').map_or(l, |(head, _value)| head))
        .collect::<Vec<_>>()
        .join("\n");
    for personal in [
        "AvaM1234",
        "BenO5678",
        "212345678",
        "2011-07-02",
        "99999",
        "Purple",
    ] {
        assert!(
            !names_and_labels.contains(personal),
            "{personal} in the metrics"
        );
    }
}
