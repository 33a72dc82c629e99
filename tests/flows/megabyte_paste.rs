//! A paste of a megabyte, with control and escape characters, bidi marks, emoji and
//! combining marks, into every text field the kiosk has without a service: cut to the field's
//! limit, nothing else changes, the frame still renders (issue 8; the random sequences of
//! `hostile_input.rs` use smaller pastes to stay quick).

use crate::common::{render_app, Harness};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiosk::app::AppEvent;
use kiosk::screens::Screen;

fn megabyte() -> String {
    let unit = "a\u{1b}[31m\u{7}\r\n\t\u{202e}\u{200f}😀e\u{301}\u{fffd}\u{0}";
    let mut s = String::with_capacity(1_100_000);
    while s.len() < 1_000_000 {
        s.push_str(unit);
    }
    s
}

fn key(h: &mut Harness, code: KeyCode) {
    h.app
        .handle(AppEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn paste(h: &mut Harness) {
    h.app.handle(AppEvent::Paste(megabyte()));
    let screen = render_app(&h.app, 80, 24);
    assert!(!screen.contains('\u{1b}'), "no escape reaches the screen");
    let _ = render_app(&h.app, 1, 1);
}

#[tokio::test]
async fn a_megabyte_paste_is_cut_to_each_fields_limit() {
    // Student lookup: both fields.
    let mut h = Harness::new(None);
    key(&mut h, KeyCode::Enter);
    h.text("1");
    paste(&mut h);
    key(&mut h, KeyCode::Tab);
    paste(&mut h);
    match &h.app.screen {
        Screen::Lookup(s) => {
            assert!(s.student.value().chars().count() <= 40);
            assert!(s.birth_date.value().chars().count() <= 10);
            assert!(!s.student.value().chars().any(char::is_control));
            assert!(
                !s.student.value().is_empty(),
                "the paste was taken, up to the limit"
            );
        }
        other => panic!("expected the lookup screen, got {}", other.name()),
    }

    // Parent sign-in (email), enrollment sign-in, the ticket form.
    for (menu, first_key, name) in [
        ("2", Some("1"), "parent_sign_in"),
        ("5", None, "enroll_sign_in"),
        ("6", None, ""),
    ] {
        let mut h = Harness::new(None);
        key(&mut h, KeyCode::Enter);
        h.text(menu);
        if let Some(k) = first_key {
            h.text(k);
        }
        if !name.is_empty() {
            assert_eq!(h.screen_name(), name);
        }
        for _ in 0..3 {
            paste(&mut h);
            key(&mut h, KeyCode::Tab);
        }
        match &h.app.screen {
            Screen::ParentSignIn(s) => assert!(s.form.name.value().chars().count() <= 254),
            Screen::EnrollSignIn(s) => assert!(s.form.name.value().chars().count() <= 40),
            Screen::TicketForm(s) => assert!(s.description.value().chars().count() <= 500),
            _ => {}
        }
    }

    // The staff exit prompt.
    let mut h = Harness::new(None);
    h.ctrl('q');
    paste(&mut h);
    let prompt = h.app.exit_prompt().expect("the exit prompt is open");
    assert!(prompt.code.char_count() <= 32);
    assert!(!h.app.quit);
}
