//! Support tickets: what a ticket may hold, and how many a terminal may open.

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use serde_json::json;

fn ticket() -> serde_json::Value {
    json!({"topic": "nycsa", "description": "I cannot sign in to NYCSA.", "name": "Maria Martinez",
           "email": "maria.martinez@example.org", "language": "es",
           "center": "Bronx Family Welcome Center"})
}

#[tokio::test]
async fn a_ticket_gets_a_number_and_is_stored() {
    let app = spawn().await;
    let a = app.post(ep::Ticket::PATH, ticket()).await;
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    let number = a.json()["ticket"].as_str().unwrap().to_string();
    assert!(
        number.starts_with("SH-2026-") && number.len() == "SH-2026-000001".len(),
        "{number}"
    );
    let second = app.post(ep::Ticket::PATH, ticket()).await.json()["ticket"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(number, second);
    let rows = app.store.tickets(10).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].number, number);
    assert_eq!(rows[0].language, "es");
    assert_eq!(rows[0].device_name, "test kiosk");
    assert_eq!(
        rows[0].center.as_deref(),
        Some("Bronx Family Welcome Center")
    );
}

#[tokio::test]
async fn each_field_is_validated() {
    let app = spawn().await;
    let cases = [
        (json!({"topic": "pizza"}), "topic"),
        (json!({"description": ""}), "description"),
        (json!({"description": "x".repeat(1001)}), "description"),
        (json!({"description": "hello\u{1b}[2J"}), "description"),
        (json!({"name": "  "}), "name"),
        (json!({"email": "not-an-email"}), "email"),
        (json!({"email": null, "phone": "123"}), "phone"),
        (json!({"email": null}), "contact"),
    ];
    for (patch, field) in cases {
        let mut t = ticket();
        for (k, v) in patch.as_object().unwrap() {
            if v.is_null() {
                t.as_object_mut().unwrap().remove(k);
            } else {
                t[k] = v.clone();
            }
        }
        let a = app.post(ep::Ticket::PATH, t).await;
        assert_eq!(a.status, 400, "{field}");
        assert!(
            a.json()["reasons"]
                .as_array()
                .unwrap()
                .contains(&json!(field)),
            "{field}: {}",
            a.json()
        );
    }
    let mut t = ticket();
    t["phone"] = json!("(718) 935-2009");
    t.as_object_mut().unwrap().remove("email");
    assert_eq!(app.post(ep::Ticket::PATH, t).await.status, 201);
}

#[tokio::test]
async fn a_terminal_can_open_only_so_many_tickets_an_hour() {
    let app = spawn().await;
    for _ in 0..10 {
        assert_eq!(app.post(ep::Ticket::PATH, ticket()).await.status, 201);
    }
    let limited = app.post(ep::Ticket::PATH, ticket()).await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.code(), "rate_limited");
    app.clock.advance(3601);
    assert_eq!(app.post(ep::Ticket::PATH, ticket()).await.status, 201);
}
