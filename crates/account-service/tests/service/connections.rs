//! Connection-level defences: a request's headers must arrive within a deadline (slowloris),
//! open connections are bounded, and made-up HTTP methods do not grow the metrics.

use crate::common::spawn_with;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn address(base: &str) -> String {
    base.trim_start_matches("http://").to_string()
}

/// Reads until the server closes the connection, or gives up after `patience`.
async fn closed_within(stream: &mut TcpStream, patience: Duration) -> bool {
    let mut buf = [0u8; 1024];
    let read = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(patience, read).await.is_ok()
}

#[tokio::test]
async fn half_sent_headers_are_cut_off_at_the_deadline() {
    let app = spawn_with(|c| {
        c.connections.header_read_timeout = Duration::from_millis(500);
    })
    .await;
    let mut slow = Vec::new();
    for _ in 0..20 {
        let mut s = TcpStream::connect(address(&app.base)).await.unwrap();
        s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: kiosk\r\n")
            .await
            .unwrap();
        slow.push(s);
    }
    // Well past the deadline (the wait is generous, so a loaded machine does not fail it):
    // every half-sent request has been dropped by the server.
    for s in &mut slow {
        assert!(
            closed_within(s, Duration::from_secs(20)).await,
            "a half-sent request was kept open"
        );
    }
    // And the service still answers a whole request.
    let ok = app
        .client
        .get(format!("{}/v1/health", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn connections_past_the_bound_wait_for_a_free_one() {
    let app = spawn_with(|c| {
        c.connections.max_connections = 4;
        c.connections.header_read_timeout = Duration::from_secs(30);
    })
    .await;
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut s = TcpStream::connect(address(&app.base)).await.unwrap();
        s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: kiosk\r\n")
            .await
            .unwrap();
        held.push(s);
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    // A fifth connection is accepted by the kernel but not served while four are open.
    let mut fifth = TcpStream::connect(address(&app.base)).await.unwrap();
    fifth
        .write_all(b"GET /v1/health HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 64];
    let early = tokio::time::timeout(Duration::from_millis(500), fifth.read(&mut buf)).await;
    assert!(early.is_err(), "served past the connection bound");
    drop(held);
    let n = tokio::time::timeout(Duration::from_secs(20), fifth.read(&mut buf))
        .await
        .expect("served once a connection was free")
        .unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
}

#[tokio::test]
async fn made_up_methods_do_not_grow_the_metrics() {
    let _turn = crate::common::METRICS.lock().await;
    let app = spawn_with(|_| {}).await;
    for i in 0..300 {
        let method = reqwest::Method::from_bytes(format!("BREW{i}").as_bytes()).unwrap();
        app.client
            .request(method, format!("{}/v1/health", app.base))
            .send()
            .await
            .unwrap();
    }
    let text = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!text.contains("BREW"), "a made-up method became a label");
    assert!(text.contains("method=\"other\""), "{text}");
}
