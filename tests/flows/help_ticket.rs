//! Help (menu 7) and support tickets (menu 6) through the real app and service.

use crate::common::{service, Harness};
use crossterm::event::KeyCode;

#[tokio::test]
async fn help_lists_the_faq_contact_routes_with_a_qr_code() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("7");
    assert_eq!(h.screen_name(), "help");
    let screen = h.render(80, 24);
    for needle in [
        "school counselor",
        "Bronx Family Welcome Center",
        "718-935-2009",
        "Support Hub",
    ] {
        assert!(screen.contains(needle), "{needle}:\n{screen}");
    }
    assert!(screen.contains('█'), "QR code:\n{screen}");
}

#[tokio::test]
async fn every_error_screen_offers_help() {
    let mut h = Harness::new(None);
    h.app.screen = kiosk::screens::Screen::Problem(kiosk::screens::ProblemScreen::new(
        kiosk::screens::ProblemKind::Offline,
        None,
    ));
    assert!(h.render(80, 24).contains("F1: Help"));
    h.key(KeyCode::F(1));
    assert_eq!(h.screen_name(), "help");
}

#[tokio::test]
async fn a_ticket_is_checked_reviewed_sent_and_numbered() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("6");
    assert_eq!(h.screen_name(), "ticket_form");
    h.key(KeyCode::Right);
    for _ in 0..5 {
        h.key(KeyCode::Enter);
    }
    let screen = h.render(80, 24);
    assert!(screen.contains("describe the problem"), "{screen}");
    assert!(screen.contains("email or a phone number"), "{screen}");
    assert_eq!(h.screen_name(), "ticket_form", "not sent with errors");

    // Focus is on the last field after the Enters; Tab wraps to the topic, then description.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("My son cannot sign in to his account");
    h.key(KeyCode::Tab);
    h.text("Maria Martinez");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.app.handle(kiosk::app::AppEvent::Paste(
        "(718) 555-0100\u{7}\u{200B}\n".into(),
    ));
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "ticket_review", "{}", h.render(80, 24));
    let screen = h.render(80, 24);
    assert!(
        screen.contains("NYC Schools Account (NYCSA)") && screen.contains("(718) 555-0100"),
        "{screen}"
    );
    // Rows are labelled, not headed by the form's questions.
    assert!(screen.contains("Your message:"), "{screen}");
    assert!(!screen.contains("What do you need help with?"), "{screen}");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "ticket_done");
    let tickets = svc.store.tickets(10).await.unwrap();
    assert_eq!(tickets.len(), 1);
    let spaced: String = tickets[0].number.chars().flat_map(|c| [c, ' ']).collect();
    assert!(
        h.render(80, 24).contains(spaced.trim_end()),
        "{}",
        h.render(80, 24)
    );
    assert_eq!(tickets[0].topic, "nycsa");
    assert_eq!(
        tickets[0].center.as_deref(),
        Some("Bronx Family Welcome Center")
    );
    assert_eq!(
        tickets[0].phone.as_deref(),
        Some("(718) 555-0100"),
        "control and invisible characters are dropped"
    );
}
