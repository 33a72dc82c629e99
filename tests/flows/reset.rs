//! The student reset flow driven through the real app and a real service.

use crate::common::{lookup, service, Harness};
use crossterm::event::KeyCode;
use kiosk::screens::{ProblemKind, Screen};

const NEW_PASSWORD: &str = "Purple-Otter-Skates-91";

/// The dead end behind the hand-off screen that every dead end now shows.
fn dead_end(h: &Harness) -> &Screen {
    match &h.app.screen {
        Screen::Handoff(handoff) => handoff
            .dead_end
            .as_deref()
            .unwrap_or_else(|| panic!("a hand-off without its dead end")),
        other => panic!("expected a hand-off, got {}", other.name()),
    }
}

fn assert_no_secret(text: &str, secrets: &[&str]) {
    for s in secrets {
        assert!(!text.contains(s), "secret {s:?} is on screen:\n{text}");
    }
}

#[tokio::test]
async fn ava_resets_with_her_pin() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "AvaM1234", "03/14/2012").await;
    assert_eq!(
        h.screen_name(),
        "pin",
        "Ava has only a PIN, so no choice is shown"
    );
    h.text("50317");
    assert_no_secret(&h.render(80, 24), &["50317"]);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Tab);
    h.text(NEW_PASSWORD);
    let screen = h.render(80, 24);
    assert!(screen.contains("✓ Both entries match"), "{screen}");
    assert_no_secret(&screen, &[NEW_PASSWORD]);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    assert!(h.render(80, 24).contains("Your password has been changed"));
    let outbox = svc.store.outbox(10).await.unwrap();
    let queued: Vec<&str> = outbox.iter().map(|r| r.template.as_str()).collect();
    assert_eq!(
        queued,
        vec!["password_changed", "guardian_notice"],
        "one confirmation for Ava, one notice for her mother"
    );
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "language");
}

#[tokio::test]
async fn ben_resets_with_his_answers() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "223456789", "07/02/2011").await;
    assert_eq!(h.screen_name(), "questions");
    let screen = h.render(80, 24);
    assert!(screen.contains("first pet"), "{screen}");
    assert!(screen.contains("born"), "{screen}");
    assert!(screen.contains("teacher"), "{screen}");
    for (i, answer) in ["Rex", "lagos", "Ms Rivera"].iter().enumerate() {
        h.text(answer);
        if i < 2 {
            h.key(KeyCode::Enter);
        }
    }
    assert_no_secret(&h.render(80, 24), &["Rex", "lagos", "Rivera"]);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Enter);
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
}

#[tokio::test]
async fn chen_sees_the_thirty_day_screen() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "ChenW2468", "11/23/2010").await;
    assert_eq!(h.screen_name(), "method", "Chen has both, so he chooses");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "pin");
    h.text("72946");
    h.key(KeyCode::Enter);
    h.settle().await;
    match dead_end(&h) {
        Screen::Problem(p) => assert!(
            matches!(p.kind, ProblemKind::TooSoon { .. }),
            "{:?}",
            p.kind
        ),
        other => panic!("expected the 30-day screen, got {}", other.name()),
    }
    let screen = h.render(80, 24);
    assert!(screen.contains("Your number for the counter"), "{screen}");
    assert!(screen.contains("once every 30 days"), "{screen}");
    assert!(screen.contains("NYCSA"), "{screen}");
}

#[tokio::test]
async fn wrong_pin_counts_down_then_retry_works() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "AvaM1234", "03/14/2012").await;
    h.text("11111");
    h.key(KeyCode::Enter);
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(screen.contains("That PIN did not match"), "{screen}");
    assert!(screen.contains("4 more tries"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "pin", "try again keeps the flow");
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
}

#[tokio::test]
async fn the_service_rejection_is_shown_on_the_password_screen() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "AvaM1234", "03/14/2012").await;
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    // Passes the kiosk's own checks, but contains her last name: only the service knows it.
    let named = "Martinez-Violin-Tower-8";
    h.text(named);
    h.key(KeyCode::Enter);
    h.text(named);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    let screen = h.render(80, 24);
    assert!(screen.contains("contains your name"), "{screen}");
}

#[tokio::test]
async fn dana_without_pin_or_questions_is_shown_the_other_ways() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "DanaC1357", "01/30/2013").await;
    h.settle().await;
    assert_eq!(dead_end(&h).name(), "no_method");
    let screen = h.render(80, 24);
    assert!(screen.contains("Your number for the counter"), "{screen}");
    assert!(screen.contains("NYC Schools Account"), "{screen}");
    assert!(screen.contains("school"), "{screen}");
}

#[tokio::test]
async fn paused_eli_learns_what_still_works_but_not_that_his_birth_date_was_right() {
    let svc = service().await;
    let mut right = Harness::with_service(&svc);
    lookup(&mut right, "EliH9753", "09/09/2012").await;
    let mut wrong = Harness::with_service(&svc);
    lookup(&mut wrong, "EliH9753", "09/10/2012").await;
    let screen = right.render(80, 24);
    assert_eq!(screen, wrong.render(80, 24));
    assert!(screen.contains("NYCSA"), "{screen}");
    assert!(screen.contains("counter"), "{screen}");
}

#[tokio::test]
async fn bad_input_is_caught_before_the_service() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("x");
    h.key(KeyCode::Tab);
    h.text("14/03/2012");
    h.key(KeyCode::Enter);
    assert!(!h.app.is_busy());
    let screen = h.render(80, 24);
    assert!(screen.contains("9-digit student ID"), "{screen}");
}

#[tokio::test]
async fn an_unreachable_service_gives_the_offline_screen() {
    let api = kiosk::api::ApiClient::new(
        "http://127.0.0.1:9",
        account_api::SecretString::from_str_exact("t"),
        std::time::Duration::from_secs(2),
        None,
    )
    .unwrap();
    let mut h = Harness::new(Some(api));
    lookup(&mut h, "AvaM1234", "03/14/2012").await;
    let screen = h.render(80, 24);
    assert!(screen.contains("cannot reach"), "{screen}");
    assert!(screen.contains("718-935-2009"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "lookup", "try again keeps what was typed");
    assert!(h.render(80, 24).contains("AvaM1234"));
}

#[tokio::test]
async fn eight_failed_tries_end_the_visitor_session() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("1");
    for i in 0..8 {
        h.text(&format!("Nobody{i:04}"));
        h.key(KeyCode::Tab);
        h.text("01/01/2010");
        h.key(KeyCode::Enter);
        h.settle().await;
        if i < 7 {
            h.key(KeyCode::Enter);
            // Clear the fields for the next try.
            for _ in 0..12 {
                h.key(KeyCode::Backspace);
            }
            h.key(KeyCode::Tab);
            for _ in 0..12 {
                h.key(KeyCode::Backspace);
            }
            h.key(KeyCode::Tab);
        }
    }
    match dead_end(&h) {
        Screen::Problem(p) => assert_eq!(p.kind, ProblemKind::SessionEnded),
        other => panic!("got {}", other.name()),
    }
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "language");
}

#[tokio::test(start_paused = true)]
async fn idle_timeout_warns_then_wipes_and_returns_to_the_start() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    tokio::time::advance(std::time::Duration::from_secs(91)).await;
    h.app.handle(kiosk::app::AppEvent::Tick);
    let screen = h.render(80, 24);
    assert!(screen.contains("Are you still there?"), "{screen}");
    // A key only extends the session; it does not type.
    h.text("Z");
    assert!(!h.render(80, 24).contains("AvaM1234Z"));
    assert!(h.render(80, 24).contains("AvaM1234"));
    tokio::time::advance(std::time::Duration::from_secs(111)).await;
    h.app.handle(kiosk::app::AppEvent::Tick);
    assert_eq!(h.screen_name(), "language");
    assert!(!h.render(80, 24).contains("AvaM1234"));
}

/// The countdown is the top layer: drawn over an open overlay, and the key that answers it
/// does not reach the overlay under it.
#[tokio::test(start_paused = true)]
async fn the_idle_countdown_shows_over_an_open_overlay() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    h.key(KeyCode::F(1));
    assert!(h.app.help_open());
    tokio::time::advance(std::time::Duration::from_secs(91)).await;
    h.app.handle(kiosk::app::AppEvent::Tick);
    let screen = h.render(80, 24);
    assert!(screen.contains("Are you still there?"), "{screen}");
    h.key(KeyCode::Esc);
    assert!(
        h.app.help_open(),
        "the key only said the visitor is still here"
    );
    assert!(!h.render(80, 24).contains("Are you still there?"));
}

#[tokio::test]
async fn stale_replies_are_dropped() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("03/14/2012");
    h.key(KeyCode::Enter);
    assert!(h.app.is_busy());
    // The visitor leaves (idle wipe) before the answer arrives.
    h.app.restart(tokio::time::Instant::now());
    let event = h.rx.recv().await.unwrap();
    h.app.handle(event);
    assert_eq!(
        h.screen_name(),
        "language",
        "the old reply did not move the new session"
    );
}

#[tokio::test]
async fn ctrl_c_and_friends_do_nothing_in_kiosk_mode() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    for c in ['c', 'z', '\\', 'd'] {
        h.ctrl(c);
    }
    assert!(!h.app.quit);
    assert_eq!(h.screen_name(), "menu");
    h.ctrl('q');
    assert!(h.app.exit_prompt().is_some());
    h.text("0000");
    h.key(KeyCode::Enter);
    assert!(!h.app.quit, "a wrong exit code does not exit");
    assert!(h.render(80, 24).contains("not right"));
    h.key(KeyCode::Esc);
    assert!(h.app.exit_prompt().is_none());
}

#[tokio::test]
async fn changing_the_language_keeps_progress_and_secrets_stay_masked() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    h.key(KeyCode::F(2));
    assert!(h.app.language_open());
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Español") && screen.contains("中文"),
        "{screen}"
    );
    h.text("2");
    assert_eq!(h.app.ctx.lang, "es");
    assert_eq!(h.screen_name(), "lookup");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("AvaM1234"),
        "what was typed is still there:\n{screen}"
    );
    assert!(screen.contains("Paso 1 de 3"), "{screen}");

    h.app.screen = Screen::Pin(kiosk::screens::PinScreen::new(
        kiosk::screens::StudentFlow {
            flow: account_api::SecretString::from_str_exact("f"),
            methods: vec![account_api::wire::Method::Pin],
            questions: vec![],
        },
    ));
    h.text("50317");
    h.key(KeyCode::F(2));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert_eq!(h.app.ctx.lang, "zh");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("•••••") && !screen.contains("50317"),
        "{screen}"
    );
}

#[tokio::test]
async fn a_spanish_visitor_gets_the_confirmation_email_in_spanish() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    h.text("1");
    assert_eq!(h.screen_name(), "lookup");
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("03/14/2012");
    h.key(KeyCode::Enter);
    h.settle().await;
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Tab);
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    let outbox = svc.store.outbox(10).await.unwrap();
    assert_eq!(
        outbox[0].language, "es",
        "sent as Accept-Language, kept for the email"
    );
}

#[tokio::test]
async fn the_step_indicator_counts_without_jumps_for_a_pin_only_student() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("1");
    assert!(h.render(80, 24).contains("Step 1 of 3"));
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("03/14/2012");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "pin");
    assert!(
        h.render(80, 24).contains("Step 2 of 3"),
        "{}",
        h.render(80, 24)
    );
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert!(
        h.render(80, 24).contains("Step 3 of 3"),
        "{}",
        h.render(80, 24)
    );
}

#[tokio::test]
async fn after_the_service_refuses_a_password_no_mismatch_is_claimed() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    lookup(&mut h, "AvaM1234", "03/14/2012").await;
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    // Her current password: only the service can tell, and it refuses it.
    h.text("Sunflower-Maple-42");
    h.key(KeyCode::Tab);
    h.text("Sunflower-Maple-42");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    let screen = h.render(80, 24);
    assert!(screen.contains("same as your current password"), "{screen}");
    assert!(!screen.contains("not the same"), "{screen}");
    // A real mismatch is named as one.
    h.text("Granite-Orchard-951");
    h.key(KeyCode::Tab);
    h.text("Granite-Orchard-952");
    h.key(KeyCode::Enter);
    assert!(h
        .render(80, 24)
        .contains("The two entries are not the same."));
}
