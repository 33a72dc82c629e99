//! Enrollment (menu 5) through the real app and a real service.

use crate::common::{service, Harness};
use crossterm::event::KeyCode;

async fn sign_in(h: &mut Harness, student: &str, password: &str) {
    h.key(KeyCode::Enter);
    h.text("5");
    assert_eq!(h.screen_name(), "enroll_sign_in");
    h.text(student);
    h.key(KeyCode::Enter);
    h.text(password);
    h.key(KeyCode::Enter);
    h.settle().await;
}

#[tokio::test]
async fn dana_creates_a_pin_then_sets_questions_in_one_visit() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    sign_in(&mut h, "DanaC1357", "Violet-Comet-88").await;
    assert_eq!(h.screen_name(), "enroll_menu");
    let screen = h.render(80, 24);
    assert!(screen.contains("PIN: not set"), "{screen}");
    assert!(screen.contains("optional"), "{screen}");
    assert!(screen.contains("NYCSA"), "{screen}");

    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "enroll_pin");
    h.text("Tiger7");
    h.key(KeyCode::Enter);
    h.text("Tiger7");
    assert!(!h.render(80, 24).contains("Tiger7"));
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    assert!(h.render(80, 24).contains("Your PIN is saved"));

    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "enroll_menu");
    assert!(h.render(80, 24).contains("PIN: set"));
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "enroll_questions");
    // Question 1 stays "first pet"; question 2 moves on from "birth city" past the one
    // question 3 holds.
    h.key(KeyCode::Tab);
    h.text("Biscuit");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    h.text("Ms Okoye");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("Coney Island");
    h.key(KeyCode::Tab);
    h.text("Violet-Comet-88");
    let screen = h.render(80, 24);
    assert!(
        !screen.contains("Biscuit") && !screen.contains("Okoye") && !screen.contains("Violet"),
        "{screen}"
    );
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done", "{}", h.render(80, 24));
    assert!(h.render(80, 24).contains("security questions are saved"));

    let outbox = svc.store.outbox(10).await.unwrap();
    let templates: Vec<_> = outbox.iter().map(|m| m.template.as_str()).collect();
    assert_eq!(
        templates,
        vec![
            "pin_set",
            "guardian_notice",
            "questions_set",
            "guardian_notice"
        ],
        "Dana is told, and her mother after each change"
    );
    let ident = account_api::identifiers::parse_student("DanaC1357").unwrap();
    let dana = svc.store.find_student(&ident).await.unwrap().unwrap();
    let answers = svc.store.student_answers(&dana.student_ref).await.unwrap();
    let ids: Vec<_> = answers.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(ids, vec!["first_pet", "favorite_book", "favorite_teacher"]);
}

#[tokio::test]
async fn wrong_password_and_rule_breaking_answers_are_explained() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    sign_in(&mut h, "DanaC1357", "wrong-password-1").await;
    let screen = h.render(80, 24);
    assert!(
        screen.contains("username or password is not right"),
        "{screen}"
    );
    h.key(KeyCode::Enter);
    assert_eq!(
        h.screen_name(),
        "enroll_sign_in",
        "try again keeps the username"
    );
    h.text("Violet-Comet-88");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "enroll_menu");
    h.text("2");
    h.key(KeyCode::Tab);
    h.text("my pet rex");
    let screen = h.render(80, 24);
    assert!(
        !screen.contains("cannot use words"),
        "not judged before all three are typed"
    );
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("lagos");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("lagos");
    h.key(KeyCode::Tab);
    h.text("Violet-Comet-88");
    h.key(KeyCode::Enter);
    assert!(!h.app.is_busy(), "refused before sending");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("cannot use words from its question"),
        "{screen}"
    );
    assert!(screen.contains("Each answer must be different"), "{screen}");
}

#[tokio::test]
async fn a_pin_the_service_refuses_is_explained_on_the_pin_screen() {
    let svc = service().await;
    let mut h = Harness::with_service(&svc);
    sign_in(&mut h, "DanaC1357", "Violet-Comet-88").await;
    h.text("1");
    // Dana's birth date, 01/30/2013: only the service knows it.
    h.text("01302013");
    h.key(KeyCode::Enter);
    h.text("01302013");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "enroll_pin");
    let screen = h.render(80, 24);
    assert!(screen.contains("✗ Not your date of birth"), "{screen}");
}
