//! What the service keeps and says about each request: failed sign-ins are audited, a ticket's
//! center is validated, answers carrying tokens are never cached, and a revoked terminal is
//! refused from the moment it is revoked.

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::clock::Clock;
use serde_json::json;

#[tokio::test]
async fn failed_sign_ins_of_every_kind_write_an_audit_row() {
    let app = spawn().await;
    app.enroll("DanaC1357", "Wrong-Password-1").await;
    app.post(
        ep::NycsaSession::PATH,
        json!({"email": "maria.martinez@example.org", "password": "Wrong-Password-1"}),
    )
    .await;
    let counter = app.counter_device("counter").await;
    app.staff(
        reqwest::Method::POST,
        ep::StaffSession::PATH,
        &counter,
        None,
        Some(json!({"staff_id": "fwc.bronx.01", "password": "Wrong-Password-1", "totp": "000000"})),
    )
    .await;
    let audit = app.store.audit_events(None, 100).await.unwrap();
    let doors: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "failed_attempt")
        .map(|e| e.detail.as_str())
        .collect();
    for door in ["student", "parent", "staff"] {
        assert!(doors.contains(&door), "{door} missing from {doors:?}");
    }
    assert!(
        !audit.iter().any(|e| e.detail.contains("Wrong-Password")),
        "no secret in the audit trail"
    );
}

#[tokio::test]
async fn a_tickets_center_must_be_plain_text() {
    let app = spawn().await;
    let mut ticket = json!({"topic": "other", "description": "Cannot sign in", "name": "Test Visitor",
        "email": "visitor@example.org", "language": "en"});
    ticket["center"] = json!(format!("\u{1b}[31m{}\r\n", "x".repeat(12_000)));
    let refused = app.post(ep::Ticket::PATH, ticket.clone()).await;
    assert_eq!(
        refused.status,
        400,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    ticket["center"] = json!("Bronx Family Welcome Center");
    assert_eq!(app.post(ep::Ticket::PATH, ticket).await.status, 201);
}

#[tokio::test]
async fn answers_with_tokens_are_not_cached() {
    let app = spawn().await;
    for path in [ep::Start::PATH, ep::PasswordPolicy::PATH] {
        let req = if path.ends_with("start") {
            app.client
                .post(format!("{}{path}", app.base))
                .json(&json!({"student": "AvaM1234", "birth_date": "2012-03-14"}))
        } else {
            app.client.get(format!("{}{path}", app.base))
        };
        let resp = req.bearer_auth(&app.token).send().await.unwrap();
        assert_eq!(resp.headers()["cache-control"], "no-store", "{path}");
    }
}

#[tokio::test]
async fn a_revoked_terminal_is_refused_at_once() {
    let app = spawn().await;
    let token = app.add_device("soon revoked").await;
    let door = |t: &str| {
        app.client
            .post(format!("{}/v1/self-service/start", app.base))
            .bearer_auth(t.to_string())
            .json(&json!({"student": "AvaM1234", "birth_date": "2012-03-14"}))
            .send()
    };
    assert_eq!(door(&token).await.unwrap().status(), 200);
    let id = app
        .store
        .devices()
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.name == "soon revoked")
        .unwrap()
        .id;
    assert!(app.store.revoke_device(&id, app.clock.now()).await.unwrap());
    assert_eq!(door(&token).await.unwrap().status(), 401);
}
