//! Parents (menu 2) and forgotten passwords (menus 3 and 4) through the real app and service.

use crate::common::{service, Harness};
use crossterm::event::KeyCode;

async fn sign_in_maria(h: &mut Harness) {
    h.key(KeyCode::Enter);
    h.text("2");
    assert_eq!(h.screen_name(), "parent_start");
    h.text("1");
    h.text("maria.martinez@example.org");
    h.key(KeyCode::Enter);
    h.text("Familia-Bronx-2026");
    h.key(KeyCode::Enter);
    h.settle().await;
}

#[tokio::test]
async fn maria_reads_avas_id_and_resets_danas_password() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    sign_in_maria(&mut h).await;
    assert_eq!(h.screen_name(), "parent_children");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Ava Martinez") && screen.contains("Dana Cohen"),
        "{screen}"
    );
    assert!(screen.contains("AvaM1234"), "{screen}");
    assert!(!screen.contains("Familia"), "{screen}");

    h.text("1");
    h.text("1");
    let screen = h.render(80, 24);
    assert!(screen.contains("avam1234@nycstudents.net"), "{screen}");
    h.key(KeyCode::Esc);
    h.text("2");
    h.text("2");
    assert_eq!(h.screen_name(), "new_password");
    // The kiosk knows Dana's name, so it refuses it before asking the service.
    h.text("Dana-Cohen-Rocks-77");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("✗ Does not contain your child's name"),
        "{screen}"
    );
    for _ in 0..19 {
        h.key(KeyCode::Backspace);
    }
    h.text("Maple-Harbor-Violin-52");
    h.key(KeyCode::Enter);
    h.text("Maple-Harbor-Violin-52");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    assert!(
        h.render(80, 24).contains("Dana Cohen can now sign in"),
        "{}",
        h.render(80, 24)
    );
    h.key(KeyCode::Enter);
    assert_eq!(
        h.screen_name(),
        "parent_children",
        "back to the children, still signed in"
    );

    // Leaving the parent area ends the session on the service.
    let session = match &h.app.screen {
        kiosk::screens::Screen::ParentChildren(s) => s.parent.session.expose().to_string(),
        _ => unreachable!(),
    };
    h.key(KeyCode::Esc);
    assert_eq!(h.screen_name(), "menu");
    let hash = account_service::tokens::digest(&session);
    let mut ended = false;
    for _ in 0..100 {
        if svc
            .store
            .token(&hash)
            .await
            .unwrap()
            .unwrap()
            .used_at
            .is_some()
        {
            ended = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(ended, "the NYCSA session was ended");

    let ident = account_api::identifiers::parse_student("DanaC1357").unwrap();
    let dana = svc.store.find_student(&ident).await.unwrap().unwrap();
    assert_eq!(dana.last_reset_path.as_deref(), Some("nycsa"));
}

#[tokio::test]
async fn a_wrong_nycsa_password_is_explained_and_the_email_kept() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    h.key(KeyCode::Enter);
    h.text("2");
    h.text("1");
    h.text("maria.martinez@example.org");
    h.key(KeyCode::Enter);
    h.text("nope");
    h.key(KeyCode::Enter);
    h.settle().await;
    let screen = h.render(80, 24);
    assert!(screen.contains("not right"), "{screen}");
    // A parent is pointed to the NYCSA reset link (menu 3), not to a student's PIN.
    assert!(screen.contains("option 3"), "{screen}");
    assert!(!screen.contains("PIN"), "{screen}");
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "parent_sign_in");
    assert!(h.render(80, 24).contains("maria.martinez@example.org"));
}

#[tokio::test]
async fn no_nycsa_account_shows_how_to_get_one_with_a_qr_code() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("2");
    h.text("2");
    assert_eq!(h.screen_name(), "no_nycsa");
    let screen = h.render(80, 24);
    assert!(screen.contains("free"), "{screen}");
    assert!(screen.contains("Bronx Family Welcome Center"), "{screen}");
    assert!(
        screen.contains('▀') || screen.contains('▄'),
        "a QR code is drawn:\n{screen}"
    );
}

#[tokio::test]
async fn forgot_nycsa_and_myschools_give_the_same_neutral_answer() {
    let svc = service().await;
    for (entry, email, advice) in [
        ("3", "maria.martinez@example.org", "spam folder"),
        ("3", "nobody@example.org", "spam folder"),
        ("4", "maria.martinez@example.org", "718-935-2009"),
    ] {
        let mut h = Harness::with_service(&svc);
        h.key(KeyCode::Enter);
        h.text(entry);
        assert_eq!(h.screen_name(), "forgot");
        h.text(email);
        h.key(KeyCode::Enter);
        h.settle().await;
        assert_eq!(h.screen_name(), "forgot_sent");
        let screen = h.render(100, 30);
        assert!(
            screen.contains("If an account uses this address"),
            "{screen}"
        );
        assert!(screen.contains(advice), "{screen}");
    }
}
