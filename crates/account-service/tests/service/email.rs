//! Email delivery over real SMTP (issue 10): a small SMTP server in the test accepts or refuses
//! messages; the worker sends each outbox message once, as multipart text + HTML in the
//! visitor's language, retries after a refusal, and a claim left by a worker that died is
//! taken over only when its lease runs out.

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::email::delivery::{deliver_due, Security, SmtpConfig};
use account_service::store::Store;
use base64::Engine;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

#[derive(Default)]
struct Sink {
    refuse_next: AtomicUsize,
    messages: Mutex<Vec<String>>,
}

async fn smtp_sink(sink: Arc<Sink>) -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let sink = sink.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                while let Ok(Some(line)) = lines.next_line().await {
                    let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250-sink\r\n250 8BITMIME\r\n",
                        "DATA" => {
                            let _ = write.write_all(b"354 go on\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(&l);
                                data.push('\n');
                            }
                            let refuse = sink
                                .refuse_next
                                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                                    n.checked_sub(1)
                                })
                                .is_ok();
                            if refuse {
                                b"451 4.3.0 try again later\r\n"
                            } else {
                                sink.messages.lock().unwrap().push(data);
                                b"250 2.0.0 queued\r\n"
                            }
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            return;
                        }
                        _ => b"250 ok\r\n",
                    };
                    if write.write_all(reply).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    port
}

fn config(port: u16) -> SmtpConfig {
    SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        security: Security::None,
        credentials: None,
        from: "Family Welcome Centers <no-reply@example.org>"
            .parse()
            .unwrap(),
        nycsa_link: "https://accounts.example.org/nycsa/reset?token=".into(),
        myschools_link: "https://accounts.example.org/myschools/reset?token=".into(),
        retry_base: Duration::from_secs(30),
        retry_max: Duration::from_secs(3600),
        poll: Duration::from_millis(50),
        lease: Duration::from_secs(120),
    }
}

fn mailer(c: &SmtpConfig) -> lettre::AsyncSmtpTransport<lettre::Tokio1Executor> {
    lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::builder_dangerous(&c.host)
        .port(c.port)
        .build()
}

fn header<'a>(message: &'a str, name: &str) -> Option<&'a str> {
    message
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with(&format!("{}:", name.to_ascii_lowercase()))
        })
        .map(|l| l[name.len() + 1..].trim())
}

/// An RFC 2047 `=?utf-8?b?…?=` subject (as lettre writes non-ASCII), decoded.
fn decoded_subject(message: &str) -> String {
    let raw = header(message, "Subject").unwrap_or("");
    raw.split_whitespace()
        .map(|word| {
            match word
                .strip_prefix("=?utf-8?b?")
                .and_then(|w| w.strip_suffix("?="))
            {
                Some(b64) => String::from_utf8(
                    base64::engine::general_purpose::STANDARD
                        .decode(b64)
                        .unwrap_or_default(),
                )
                .unwrap_or_default(),
                None => word.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("")
}

#[tokio::test]
async fn a_spanish_reset_email_is_retried_after_a_refusal_and_sent_once() {
    let app = spawn().await;
    // One email per change here: Ava's guardians' notices are tested in guardians.rs.
    app.sql("DELETE FROM parent_children").await;
    let token = app.ava_reset_token().await;
    let body = serde_json::json!({"reset_token": token, "new_password": "Purple-Otter-Skates-91"});
    let done = app
        .client
        .post(format!("{}/v1/self-service/reset", app.base))
        .bearer_auth(&app.token)
        .header("Idempotency-Key", "email-1")
        .header("Accept-Language", "es-US,es;q=0.9")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    let row = app.store.outbox(10).await.unwrap().remove(0);
    assert_eq!(row.language, "es", "the visitor's language is recorded");

    let sink = Arc::new(Sink::default());
    sink.refuse_next.store(1, Ordering::SeqCst);
    let c = config(smtp_sink(sink.clone()).await);
    let m = mailer(&c);
    let store: &dyn Store = app.store.as_ref();

    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        1
    );
    assert!(
        sink.messages.lock().unwrap().is_empty(),
        "refused the first time"
    );
    assert_eq!(app.store.outbox(10).await.unwrap()[0].attempts, 1);
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        0,
        "not due again before its backoff"
    );
    app.clock.advance(31);
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        1
    );
    app.clock.advance(3600);
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        0,
        "never sent twice"
    );

    let messages = sink.messages.lock().unwrap().clone();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert!(message.contains("multipart/alternative"), "{message}");
    assert!(
        message.contains("text/plain") && message.contains("text/html"),
        "{message}"
    );
    assert!(header(message, "To")
        .unwrap()
        .contains("avam1234@nycstudents.net"));
    let expected = account_service::email::render(&row, "").unwrap();
    // Encoded words drop the spaces between them; compare without spaces.
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(
        squeeze(&decoded_subject(message)),
        squeeze(&expected.subject),
        "the Spanish subject"
    );
    assert!(header(message, "Message-ID")
        .unwrap()
        .starts_with(&format!("<outbox-{}-", row.id)));
    assert!(!message.contains("Purple-Otter"), "never the password");
    assert!(app.store.outbox(10).await.unwrap()[0].sent_at.is_some());
}

#[tokio::test]
async fn a_claim_left_by_a_worker_that_died_is_taken_over_after_its_lease() {
    let app = spawn().await;
    // One email per change here: Ava's guardians' notices are tested in guardians.rs.
    app.sql("DELETE FROM parent_children").await;
    let token = app.ava_reset_token().await;
    let done = app.reset(&token, "Purple-Otter-Skates-91", "email-2").await;
    assert_eq!(done.status, 200);
    let sink = Arc::new(Sink::default());
    let c = config(smtp_sink(sink.clone()).await);
    let m = mailer(&c);
    let store: &dyn Store = app.store.as_ref();

    // A worker claims the message and dies before sending or marking it.
    let now = account_service::clock::Clock::now(app.clock.as_ref());
    assert_eq!(store.claim_outbox(now, 120, 10).await.unwrap().len(), 1);
    // Another worker (or the restarted service) leaves it alone while the lease runs…
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        0
    );
    // …and sends it, once, when the lease is over.
    app.clock.advance(121);
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        deliver_due(store, app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        0
    );
    assert_eq!(sink.messages.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_reset_link_gets_its_token_when_it_is_sent_and_the_outbox_never_holds_it() {
    let app = spawn().await;
    let asked = app
        .post(
            ep::NycsaLink::PATH,
            serde_json::json!({"email": "maria.martinez@example.org"}),
        )
        .await;
    assert_eq!(asked.status, 202);
    let row = app.outbox_after(1).await.remove(0);
    assert_eq!(row.template, "nycsa_reset_link");
    let live = "SELECT COUNT(*) FROM tokens WHERE kind = 'nycsa_reset' AND used_at IS NULL";
    assert_eq!(count(&app, live).await, 0, "no token before sending");

    let sink = Arc::new(Sink::default());
    let c = config(smtp_sink(sink.clone()).await);
    let m = mailer(&c);
    assert_eq!(
        deliver_due(app.store.as_ref(), app.clock.as_ref(), &c, &m)
            .await
            .unwrap(),
        1
    );
    assert_eq!(sink.messages.lock().unwrap().len(), 1);
    assert_eq!(count(&app, live).await, 1, "one live link, made at sending");
    let sent = app.store.outbox(10).await.unwrap().remove(0);
    assert!(sent.sent_at.is_some());
    assert!(sent.payload.get("token").is_none(), "{}", sent.payload);

    // The link in the email is the token whose digest was stored.
    let prepared = account_service::email::delivery::with_link_token(
        app.store.as_ref(),
        app.clock.as_ref(),
        &row,
    )
    .await
    .unwrap();
    let token = prepared.payload["token"].as_str().unwrap().to_string();
    let email = account_service::email::render::render(&prepared, &c.nycsa_link).unwrap();
    assert!(email.text.contains(&format!("{}{token}", c.nycsa_link)));
    let stored = app
        .store
        .token(&account_service::tokens::digest(&token))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.kind, "nycsa_reset");
}

async fn count(app: &crate::common::TestApp, query: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.db_url).await.unwrap();
    let n: i64 = sqlx::query_scalar(query).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}
