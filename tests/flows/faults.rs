//! A service that misbehaves on purpose: refused connections, hangs past the timeout, 500s,
//! truncated and malformed JSON, a slow-drip body. Each ends on the offline screen within the
//! timeout, the kiosk takes keys the whole time, and a reset whose answer was lost is retried
//! with the same key and applied once.

use crate::common::{service, Harness};
use account_api::endpoints::{self as ep, Endpoint as _};
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, post};
use axum::Router;
use crossterm::event::KeyCode;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_millis(800);

async fn fault_server(mode: &'static str) -> String {
    let app = Router::new().route(
        ep::Start::PATH,
        post(move || async move {
            match mode {
                "500" => (StatusCode::INTERNAL_SERVER_ERROR, "<html>oops</html>").into_response(),
                "malformed" => (
                    StatusCode::OK,
                    [("content-type", "application/json")],
                    "{\"flow\": [1,2",
                )
                    .into_response(),
                "garbage-problem" => {
                    (StatusCode::BAD_REQUEST, "not a problem document").into_response()
                }
                "hang" => {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                    StatusCode::OK.into_response()
                }
                _ => {
                    let chunks = futures::stream::unfold(0, |i| async move {
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        (i < 100).then(|| {
                            (
                                Ok::<_, std::io::Error>(bytes::Bytes::from_static(b" ")),
                                i + 1,
                            )
                        })
                    });
                    Response::builder()
                        .status(200)
                        .body(Body::from_stream(chunks))
                        .unwrap()
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

/// Promises 500 bytes, sends a few, and hangs up: written by hand, since an HTTP server
/// library will not send a body shorter than its own Content-Length.
async fn truncating_server() -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"flow\":\"abc\"")
                .await;
            let _ = socket.shutdown().await;
        }
    });
    format!("http://{addr}")
}

fn harness(base: &str) -> Harness {
    let api = kiosk::api::ApiClient::new(
        base,
        account_api::SecretString::from_str_exact("t"),
        TIMEOUT,
        None,
    )
    .unwrap();
    Harness::new(Some(api))
}

#[tokio::test]
async fn every_fault_ends_on_the_offline_screen_in_time_and_keys_work_meanwhile() {
    let refused = "http://127.0.0.1:9".to_string();
    for mode in [
        "refused",
        "500",
        "malformed",
        "garbage-problem",
        "hang",
        "truncated",
        "drip",
    ] {
        let base = match mode {
            "refused" => refused.clone(),
            "truncated" => truncating_server().await,
            _ => fault_server(mode).await,
        };
        let mut h = harness(&base);
        h.key(KeyCode::Enter);
        h.text("1");
        h.text("AvaM1234");
        h.key(KeyCode::Tab);
        h.text("03/14/2012");
        let started = Instant::now();
        h.key(KeyCode::Enter);
        assert!(h.app.is_busy(), "{mode}");
        // While waiting, the kiosk still takes keys: the staff exit prompt opens and closes.
        h.ctrl('q');
        assert!(
            h.app.exit_prompt().is_some(),
            "{mode}: keys are handled while a request is out"
        );
        h.key(KeyCode::Esc);
        assert!(h.app.exit_prompt().is_none());
        h.settle().await;
        // Reported, not asserted (wall time is not a test condition); `settle` itself gives up
        // after 20 s, so a hang fails the test.
        eprintln!(
            "{mode}: offline screen after {:?} (request timeout {TIMEOUT:?})",
            started.elapsed()
        );
        let screen = h.render(80, 24);
        assert!(
            screen.contains("cannot reach") || screen.contains("went wrong"),
            "{mode}:\n{screen}"
        );
        h.key(KeyCode::Enter);
        assert_eq!(
            h.screen_name(),
            "lookup",
            "{mode}: try again keeps what was typed"
        );
    }
}

#[tokio::test]
async fn the_kiosk_parks_the_visitor_while_offline_and_returns_by_itself() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    h.app.handle(kiosk::app::AppEvent::Health(false));
    let screen = h.render(80, 24);
    assert!(screen.contains("cannot be reached"), "banner:\n{screen}");
    assert!(screen.contains("718-935-2009"), "{screen}");
    assert_eq!(h.screen_name(), "problem");
    h.app.handle(kiosk::app::AppEvent::Health(true));
    assert_eq!(h.screen_name(), "lookup");
    assert!(
        h.render(80, 24).contains("AvaM1234"),
        "nothing typed was lost"
    );
    assert!(!h.render(80, 24).contains("cannot be reached"));

    // Choosing a flow while offline goes to the offline screen, and on from there when back.
    h.key(KeyCode::Esc);
    h.app.handle(kiosk::app::AppEvent::Health(false));
    h.text("5");
    assert_eq!(h.screen_name(), "problem");
    h.app.handle(kiosk::app::AppEvent::Health(true));
    assert_eq!(h.screen_name(), "enroll_sign_in");
}

/// Forwards to the real service, but swallows the answer to the first reset: the kiosk times
/// out and sends it again with the same idempotency key.
async fn lossy_proxy(target: String) -> (String, Arc<AtomicU32>) {
    #[derive(Clone)]
    struct P {
        target: String,
        client: reqwest::Client,
        resets: Arc<AtomicU32>,
    }
    async fn forward(State(p): State<P>, req: axum::extract::Request) -> Response {
        let path = req.uri().path().to_string();
        let method = req.method().clone();
        let headers: HeaderMap = req.headers().clone();
        let body = axum::body::to_bytes(req.into_body(), 1 << 20)
            .await
            .unwrap();
        let mut out = p
            .client
            .request(method, format!("{}{path}", p.target))
            .body(body);
        for name in ["authorization", "content-type", "idempotency-key"] {
            if let Some(v) = headers.get(name) {
                out = out.header(name, v.to_str().unwrap());
            }
        }
        let resp = out.send().await.unwrap();
        let status = resp.status().as_u16();
        let bytes = resp.bytes().await.unwrap();
        if path.ends_with("/reset") && p.resets.fetch_add(1, Ordering::SeqCst) == 0 {
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
        Response::builder()
            .status(status)
            .header("content-type", "application/json")
            .body(Body::from(bytes))
            .unwrap()
    }
    let resets = Arc::new(AtomicU32::new(0));
    let state = P {
        target,
        client: reqwest::Client::new(),
        resets: resets.clone(),
    };
    let app = Router::new()
        .route("/{*path}", any(forward))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), resets)
}

#[tokio::test]
async fn a_reset_whose_answer_was_lost_is_retried_with_the_same_key_and_applied_once() {
    let svc = service().await;
    let (proxy, resets) = lossy_proxy(svc.base.clone()).await;
    let api = kiosk::api::ApiClient::new(
        &proxy,
        account_api::SecretString::from_str_exact(&svc.token),
        Duration::from_secs(2),
        None,
    )
    .unwrap();
    let mut h = Harness::new(Some(api));
    crate::common::ava_pin_reset(&mut h, "Purple-Otter-Skates-91").await;
    assert_eq!(h.screen_name(), "done", "{}", h.render(80, 24));
    assert!(
        resets.load(Ordering::SeqCst) >= 2,
        "the reset was sent again"
    );
    let audit = svc.store.audit_events(None, 100).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "password_reset")
            .count(),
        1,
        "applied once"
    );
}
