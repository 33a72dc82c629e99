//! Spoken guidance never says a secret (issue 20): whole visits that type a PIN, answers and
//! passwords, with speech on, against the real service. Each key in a secret field is
//! acknowledged ("one character"), and nothing typed there is in what was said.

use crate::common::speech::Recorder;
use crate::common::Harness;
use crossterm::event::KeyCode;
use kiosk::i18n::{Arg, Locales};

const SECRETS: [&str; 9] = [
    "50317",
    "Purple-Otter-Skates-91",
    "lagos",
    "rivera",
    "Violet-Comet-88",
    "Tiger7",
    "Familia-Bronx-2026",
    "Maple-Harbor-Violin-52",
    "Biscuit",
];

fn said_nothing_secret(recorder: &Recorder) {
    let text = recorder.all_text().to_lowercase();
    for s in SECRETS {
        assert!(!text.contains(&s.to_lowercase()), "{s:?} was said:\n{text}");
    }
    // Nor one character of a PIN on its own line.
    for (_, line) in recorder.lines() {
        assert!(
            !(line.len() <= 2 && line.chars().all(|c| c.is_ascii_alphanumeric())),
            "a typed character was said: {line:?}"
        );
    }
}

fn wait_for(recorder: &Recorder, text: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while !recorder.lines().iter().any(|(_, l)| l == text) {
        assert!(
            std::time::Instant::now() < deadline,
            "{text:?} was not said; said: {:#?}",
            recorder.lines()
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visits_with_pins_answers_and_passwords_say_none_of_them() {
    let svc = crate::common::service().await;
    let recorder = Recorder::new();
    let locales = Locales::load();
    let one = locales.t_args("en", "speech-secret-typed", &[("count", Arg::Num(1))]);
    let pasted = locales.t_args("en", "speech-secret-typed", &[("count", Arg::Num(22))]);

    // Ava's PIN reset: the PIN typed, a password pasted, then typed.
    let mut h = Harness::with_config(&svc, recorder.config());
    crate::common::lookup(&mut h, "AvaM1234", "03/14/2012").await;
    assert_eq!(h.screen_name(), "pin");
    wait_for(&recorder, &locales.t("en", "pin-label"));
    h.text("50317");
    wait_for(&recorder, &one);
    h.key(KeyCode::Backspace);
    wait_for(&recorder, &locales.t("en", "speech-secret-deleted"));
    h.text("7");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    h.app
        .handle(kiosk::app::AppEvent::Paste("Purple-Otter-Skates-91".into()));
    wait_for(&recorder, &pasted);
    h.key(KeyCode::Tab);
    h.text("Purple-Otter-Skates-91");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    wait_for(&recorder, &locales.t("en", "done-title"));
    said_nothing_secret(&recorder);
    drop(h);

    // Ben's questions.
    let mut h = Harness::with_config(&svc, recorder.config());
    crate::common::lookup(&mut h, "223456789", "07/02/2011").await;
    assert_eq!(h.screen_name(), "questions");
    for (i, answer) in ["rex", "lagos", "ms rivera"].iter().enumerate() {
        h.text(answer);
        if i < 2 {
            h.key(KeyCode::Enter);
        }
    }
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    wait_for(&recorder, &locales.t("en", "password-title"));
    drop(h);

    // Dana enrolls a PIN and questions, signing in with her password.
    let mut h = Harness::with_config(&svc, recorder.config());
    h.key(KeyCode::Enter);
    h.text("5");
    h.text("DanaC1357");
    h.key(KeyCode::Enter);
    h.text("Violet-Comet-88");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "enroll_menu");
    h.key(KeyCode::Enter);
    h.text("Tiger7");
    h.key(KeyCode::Enter);
    h.text("Tiger7");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    h.key(KeyCode::Enter);
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "enroll_questions");
    h.key(KeyCode::Tab);
    h.text("Biscuit");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    wait_for(&recorder, "2. What is your favorite book?");
    drop(h);

    // Maria signs in to NYCSA and resets Dana's password.
    let mut h = Harness::with_config(&svc, recorder.config());
    h.key(KeyCode::Enter);
    h.text("2");
    h.text("1");
    h.text("maria.martinez@example.org");
    h.key(KeyCode::Enter);
    h.text("Familia-Bronx-2026");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "parent_children");
    wait_for(&recorder, "Press 2 for Dana Cohen.");
    h.text("2");
    h.text("2");
    h.text("Maple-Harbor-Violin-52");
    h.key(KeyCode::Enter);
    h.text("Maple-Harbor-Violin-52");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "done");
    wait_for(&recorder, &locales.t("en", "child-done-title"));
    drop(h);

    said_nothing_secret(&recorder);
    assert!(
        recorder.lines().iter().filter(|(_, l)| *l == one).count() >= 1,
        "keys in secret fields were acknowledged"
    );
}

/// Speech is for one visit: turned off with F5, it is back on for the next visitor, and
/// the visit's end silences what was being said.
#[tokio::test]
async fn the_visitor_turns_the_voice_off_and_the_next_visit_has_it_again() {
    let svc = crate::common::service().await;
    let recorder = Recorder::new();
    let locales = Locales::load();
    let mut h = Harness::with_config(&svc, recorder.config());
    h.key(KeyCode::Enter);
    wait_for(&recorder, &locales.t("en", "menu-title"));
    h.key(KeyCode::F(5));
    wait_for(&recorder, &locales.t("en", "speech-off"));
    assert!(!h.app.speech.is_on());
    recorder.clear();
    h.text("7");
    assert_eq!(h.screen_name(), "help");
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert!(
        recorder.lines().is_empty(),
        "silent after F5: {:?}",
        recorder.lines()
    );
    // F4 says the screen again, and so turns the voice back on.
    h.key(KeyCode::F(4));
    wait_for(&recorder, &locales.t("en", "help-title"));
    assert!(h.app.speech.is_on());
    h.key(KeyCode::F(5));
    assert!(!h.app.speech.is_on());
    // The visit ends (Esc on the menu): the next one speaks from the start.
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(h.screen_name(), "language");
    assert!(h.app.speech.is_on());
    recorder.clear();
    h.app.handle(kiosk::app::AppEvent::Tick);
    wait_for(&recorder, &locales.t("en", "language-title"));
}
