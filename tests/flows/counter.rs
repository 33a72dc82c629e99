//! Counter mode through the real app and service: staff sign-in, find a student, identity
//! check, actions; and what a kiosk-mode terminal may not do.

use crate::common::{service, Harness};
use crossterm::event::KeyCode;

async fn jordan(h: &mut Harness, svc: &crate::common::Service) {
    assert_eq!(
        h.screen_name(),
        "staff_sign_in",
        "counter mode starts with staff sign-in"
    );
    h.text("fwc.bronx.01");
    h.key(KeyCode::Enter);
    h.text("Counter-Demo-2026");
    h.key(KeyCode::Enter);
    h.text(&svc.jordan_code());
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_home", "{}", h.render(80, 24));
}

async fn open_eli(h: &mut Harness) {
    h.text("1");
    h.text("256789012");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert!(h.render(80, 24).contains("Eli Haddad"));
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_student", "{}", h.render(80, 24));
}

#[tokio::test]
async fn jordan_checks_eli_resumes_self_service_and_gives_a_temporary_password() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    jordan(&mut h, &svc).await;
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Jordan Lee") && screen.contains("Bronx Family Welcome Center"),
        "{screen}"
    );
    open_eli(&mut h).await;
    let screen = h.render(80, 24);
    assert!(screen.contains("until a parent or staff"), "{screen}");
    assert!(screen.contains("Record an identity check"), "{screen}");

    // Nothing but the identity check is offered until it is recorded.
    h.text("1");
    assert_eq!(h.screen_name(), "staff_check");
    h.key(KeyCode::Tab);
    h.text("NYC ID card");
    h.key(KeyCode::Enter);
    h.text("came with his father");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_student");
    assert!(h.render(80, 24).contains("Identity check recorded"));

    h.text("3");
    h.settle().await;
    assert!(
        h.render(80, 24).contains("Self-service is resumed"),
        "{}",
        h.render(80, 24)
    );

    h.text("2");
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_temp");
    let screen = h.render(80, 24);
    let password_line = screen
        .lines()
        .find(|l| l.trim().split(' ').all(|c| c.chars().count() == 1) && l.trim().len() > 20)
        .unwrap();
    let password: String = password_line.split_whitespace().collect();
    assert_eq!(password.chars().count(), 12, "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "staff_student");
    assert!(
        !h.render(80, 24).contains(password_line.trim()),
        "shown once, then gone"
    );
    assert!(h.render(80, 24).contains("temporary password is waiting"));

    let audit = svc.store.audit_events(None, 100).await.unwrap();
    let actions: Vec<_> = audit
        .iter()
        .filter(|e| e.actor == "fwc.bronx.01")
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        actions,
        vec![
            "staff_sign_in",
            "identity_check",
            "self_service_resumed",
            "password_reset"
        ]
    );

    // At a kiosk, Eli signs in with the temporary password and must choose a new one.
    let mut kiosk = Harness::with_service(&svc);
    kiosk.key(KeyCode::Enter);
    kiosk.text("5");
    kiosk.text("EliH9753");
    kiosk.key(KeyCode::Enter);
    kiosk.text(&password);
    kiosk.key(KeyCode::Enter);
    kiosk.settle().await;
    assert_eq!(
        kiosk.screen_name(),
        "new_password",
        "{}",
        kiosk.render(80, 24)
    );
    assert!(kiosk.render(80, 24).contains("temporary password"));
    kiosk.text("Lantern-Walrus-Piano-4");
    kiosk.key(KeyCode::Enter);
    kiosk.text("Lantern-Walrus-Piano-4");
    kiosk.key(KeyCode::Enter);
    kiosk.settle().await;
    assert_eq!(
        kiosk.screen_name(),
        "enroll_menu",
        "{}",
        kiosk.render(80, 24)
    );
}

#[tokio::test]
async fn the_visitor_types_the_password_and_staff_never_see_it() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    jordan(&mut h, &svc).await;
    open_eli(&mut h).await;
    h.text("1");
    h.key(KeyCode::Tab);
    h.text("Passport");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Enter);
    h.settle().await;
    h.text("1");
    assert_eq!(h.screen_name(), "staff_turn");
    assert!(h
        .render(80, 24)
        .contains("Please turn the keyboard to the visitor"));
    h.key(KeyCode::Enter);
    h.text("Granite-Kayak-Meadow-37");
    h.key(KeyCode::Enter);
    h.text("Granite-Kayak-Meadow-37");
    assert!(!h.render(80, 24).contains("Granite"));
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_student");
    assert!(h.render(80, 24).contains("new password is saved"));
    assert_eq!(
        h.app.ctx.staff.as_ref().map(|s| s.name.as_str()),
        Some("Jordan Lee")
    );

    // F10 signs the staff member out and wipes the session.
    h.key(KeyCode::F(10));
    assert_eq!(h.screen_name(), "staff_sign_in");
    assert!(h.app.ctx.staff.is_none());
}

#[tokio::test]
async fn a_kiosk_mode_terminal_cannot_sign_staff_in() {
    let svc = service().await;
    let mut h = Harness::counter(&svc, &svc.token);
    h.text("fwc.bronx.01");
    h.key(KeyCode::Enter);
    h.text("Counter-Demo-2026");
    h.key(KeyCode::Enter);
    h.text("123456");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "problem");
    assert!(h.app.ctx.staff.is_none());
}

#[tokio::test]
async fn fifteen_idle_minutes_sign_the_staff_member_out() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    jordan(&mut h, &svc).await;
    tokio::time::pause();
    tokio::time::advance(std::time::Duration::from_secs(10 * 60)).await;
    h.app.handle(kiosk::app::AppEvent::Tick);
    assert_eq!(h.screen_name(), "staff_home", "ten minutes is not enough");
    tokio::time::advance(std::time::Duration::from_secs(5 * 60 + 21)).await;
    h.app.handle(kiosk::app::AppEvent::Tick);
    assert_eq!(h.screen_name(), "staff_sign_in");
    assert!(h.app.ctx.staff.is_none());
}

#[tokio::test]
async fn f10_ends_the_staff_session_on_the_service() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    jordan(&mut h, &svc).await;
    h.key(KeyCode::F(10));
    assert_eq!(h.screen_name(), "staff_sign_in");
    let mut ended = false;
    for _ in 0..100 {
        let audit = svc.store.audit_events(None, 50).await.unwrap();
        if audit.iter().any(|e| e.action == "staff_sign_out") {
            ended = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(ended, "the session was only forgotten on screen");
}

#[tokio::test]
async fn an_unregistered_counter_terminal_says_what_staff_can_do() {
    let svc = service().await;
    let mut h = Harness::counter(&svc, "not-a-registered-token");
    h.text("fwc.bronx.01");
    h.key(KeyCode::Enter);
    h.text("Counter-Demo-2026");
    h.key(KeyCode::Enter);
    h.text("123456");
    h.key(KeyCode::Enter);
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(screen.contains("supervisor"), "{screen}");
    assert!(
        !screen.contains("tell the staff at the counter"),
        "{screen}"
    );
}

#[tokio::test]
async fn a_wrong_staff_password_gets_staff_advice() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    h.text("fwc.bronx.01");
    h.key(KeyCode::Enter);
    h.text("Not-The-Password-1");
    h.key(KeyCode::Enter);
    h.text("123456");
    h.key(KeyCode::Enter);
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(screen.contains("staff ID"), "{screen}");
    assert!(!screen.contains("PIN"), "{screen}");
}

#[tokio::test]
async fn a_parent_is_checked_as_a_linked_guardian_and_an_unlinked_adult_is_refused() {
    let svc = service().await;
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    jordan(&mut h, &svc).await;
    h.text("1");
    h.text("212345678");
    h.key(KeyCode::Enter);
    h.settle().await;
    h.key(KeyCode::Enter);
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Parents and guardians")
            && screen.contains("Maria Martinez (parent)")
            && screen.contains("m***@example.org"),
        "{screen}"
    );
    assert!(!screen.contains("maria.martinez@"), "{screen}");

    h.text("1");
    assert_eq!(h.screen_name(), "staff_check");
    h.key(KeyCode::Right);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Which adult: ◀ Maria Martinez (parent, m***@example.org) ▶"),
        "{screen}"
    );
    // The other choice is an adult who is not linked: that needs a supervisor's reason.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    let screen = h.render(80, 24);
    assert!(screen.contains("Not on this list"), "{screen}");
    assert!(screen.contains("Only a supervisor can approve"), "{screen}");
    h.key(KeyCode::Tab);
    h.text("IDNYC card");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("custody papers from family court");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_check", "a refusal keeps the form");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Only a supervisor can approve an adult who is not linked. Ask"),
        "{screen}"
    );
    assert!(
        screen.contains("IDNYC card"),
        "what was typed is kept: {screen}"
    );

    // Back to Maria: the same document is now accepted.
    for _ in 0..3 {
        h.key(KeyCode::BackTab);
    }
    h.key(KeyCode::Left);
    assert!(h.render(80, 24).contains("◀ Maria Martinez"));
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_student", "{}", h.render(80, 24));
    assert!(h.render(80, 24).contains("Identity check recorded"));
}

/// A supervisor at the counter helps an adult who is not linked to Eli: the reason is
/// written, the check is recorded, and the audit says it was an override.
#[tokio::test]
async fn a_supervisor_records_an_override_for_an_unlinked_adult() {
    let svc = service().await;
    let hasher = account_service::domain::hasher::Hasher::new(
        account_service::HashParams::insecure_for_tests(),
        1,
    )
    .unwrap();
    svc.store
        .insert_staff(
            &account_service::store::NewStaff {
                staff_id: "fwc.bronx.sup".into(),
                name: "Alex Rivera".into(),
                center: "Bronx Family Welcome Center".into(),
                password_hash: hasher.hash("Supervisor-Demo-2026").await.unwrap(),
                role: account_api::wire::StaffRole::Supervisor,
                totp_secret: zeroize::Zeroizing::new(account_service::demo::DEMO_STAFF_TOTP.into()),
            },
            account_service::clock::Clock::now(&account_service::clock::SystemClock),
        )
        .await
        .unwrap();
    let token = svc.counter_token().await;
    let mut h = Harness::counter(&svc, &token);
    h.text("fwc.bronx.sup");
    h.key(KeyCode::Enter);
    h.text("Supervisor-Demo-2026");
    h.key(KeyCode::Enter);
    h.text(&svc.jordan_code());
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_home", "{}", h.render(80, 24));
    open_eli(&mut h).await;
    h.text("1");
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Which adult: ◀ Not on this list ▶"),
        "Eli has no linked adult: {screen}"
    );
    h.key(KeyCode::Tab);
    h.text("Family court order");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("Custody order seen, dated 2026-10-02");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "staff_student", "{}", h.render(80, 24));
    assert!(h.render(80, 24).contains("Identity check recorded"));
    let eli = svc
        .store
        .find_student(&account_api::identifiers::parse_student("EliH9753").unwrap())
        .await
        .unwrap()
        .unwrap();
    let audit = svc
        .store
        .audit_events(Some(&eli.student_ref), 20)
        .await
        .unwrap();
    let check = audit.iter().find(|e| e.action == "identity_check").unwrap();
    assert_eq!(
        (check.result.as_str(), check.actor.as_str()),
        ("override", "fwc.bronx.sup")
    );
    assert!(
        check.detail.contains("Custody order seen"),
        "{}",
        check.detail
    );
}
