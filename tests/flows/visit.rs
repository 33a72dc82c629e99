//! How a kiosk visit ends reaches the service's audit log (for the day's report), with nothing
//! about who the visitor was: a reset, a dead end handed to the counter, and F6.

use crate::common::{ava_pin_reset, lookup, service, Harness, Service};
use account_service::store::AuditRow;
use crossterm::event::KeyCode;
use kiosk::screens::{HandoffState, Screen};

const NEW_PASSWORD: &str = "Purple-Otter-Skates-91";

/// The audit events of `action`, waiting a little for the ones sent after the visit ended.
async fn events(svc: &Service, action: &str, expected: usize) -> Vec<AuditRow> {
    for _ in 0..100 {
        let rows: Vec<AuditRow> = svc
            .store
            .audit_events(None, 1000)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == action)
            .collect();
        if rows.len() >= expected {
            return rows;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no {expected} {action} events");
}

fn detail(row: &AuditRow) -> serde_json::Value {
    serde_json::from_str(&row.detail).unwrap()
}

#[tokio::test]
async fn a_reset_visit_ends_as_password_changed() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    ava_pin_reset(&mut h, NEW_PASSWORD).await;
    assert_eq!(h.screen_name(), "done");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "language");
    let visits = events(&svc, "visit_ended", 1).await;
    let d = detail(&visits[0]);
    assert_eq!(d["language"], "en");
    assert_eq!(d["outcome"], "password_changed");
    assert!(d["seconds"].as_u64().unwrap() < 60, "{d}");
    assert!(visits[0].student_ref.is_none());
    for secret in ["AvaM1234", "50317", NEW_PASSWORD] {
        assert!(!visits[0].detail.contains(secret));
    }
}

#[tokio::test]
async fn a_dead_end_hands_the_visit_to_the_counter_with_the_student() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "DanaC1357", "01/30/2013").await;
    h.settle().await;
    let number = match &h.app.screen {
        Screen::Handoff(s) => match &s.state {
            HandoffState::Number(n) => n.clone(),
            other => panic!("no number: {other:?}"),
        },
        other => panic!("expected the hand-off, got {}", other.name()),
    };
    let created = events(&svc, "handoff_created", 1).await;
    assert_eq!(
        created[0].detail,
        format!(r#"{{"language":"en","reason":"no_method","number":"{number}"}}"#)
    );
    assert!(
        created[0].student_ref.is_some(),
        "the verified flow named Dana"
    );
    // Enter goes on to the menu (the dead end's own key); leaving from there ends the visit.
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "menu");
    h.key(KeyCode::Esc);
    let visits = events(&svc, "visit_ended", 1).await;
    assert_eq!(detail(&visits[0])["outcome"], "handed_off");
}

#[tokio::test]
async fn f6_asks_at_the_counter_from_any_family_screen() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    h.key(KeyCode::F(6));
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(screen.contains("Your number for the counter"), "{screen}");
    assert!(
        !screen.contains("AvaM1234"),
        "the typed name is dropped with its screen"
    );
    let created = events(&svc, "handoff_created", 1).await;
    assert!(created[0].detail.contains(r#""reason":"asked""#));
    assert!(created[0].student_ref.is_none(), "nobody was verified");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "language");
    let visits = events(&svc, "visit_ended", 1).await;
    assert_eq!(detail(&visits[0])["outcome"], "handed_off");
}

#[tokio::test]
async fn a_visit_without_a_key_reports_nothing() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.app.restart(tokio::time::Instant::now());
    h.key(KeyCode::Enter);
    h.key(KeyCode::Esc);
    let visits = events(&svc, "visit_ended", 1).await;
    assert_eq!(visits.len(), 1, "only the visit that had a key");
    assert_eq!(detail(&visits[0])["outcome"], "gave_up");
}
