//! Long random sequences of keys, pastes and resizes against every screen: no panic, every
//! frame renders, fields stay within their limits (issue 8).

use crate::common::{render_app, Harness};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiosk::app::AppEvent;
use kiosk::screens::Screen;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Resize(u16, u16),
    Tick,
}

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        prop::sample::select(vec!['1', '2', '3', '4', '5', '6', '7', 'a', '0'])
            .prop_map(KeyCode::Char),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        (1u8..=12).prop_map(KeyCode::F),
    ]
}

fn paste() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,200}",
        Just("\u{1b}[2J\u{1b}]0;x\u{7}\r\n\t\u{0}".to_string()),
        Just("مرحبا\u{200f}\u{202e}abc\u{2066}".to_string()),
        Just("👩‍👩‍👧‍👦e\u{301}\u{301}\u{301}字".repeat(50)),
        (1usize..1_000_000).prop_map(|n| "x".repeat(n % 200_000 + 1)),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        8 => (key_code(), prop::sample::select(vec![KeyModifiers::NONE, KeyModifiers::CONTROL, KeyModifiers::SHIFT, KeyModifiers::ALT]))
            .prop_map(|(c, m)| Input::Key(c, m)),
        1 => paste().prop_map(Input::Paste),
        1 => (1u16..=500, 1u16..=200).prop_map(|(w, h)| Input::Resize(w, h)),
        1 => Just(Input::Tick),
    ]
}

fn assert_valid(app: &kiosk::app::App) {
    match &app.screen {
        Screen::Lookup(s) => {
            assert!(s.student.value().chars().count() <= 40);
            assert!(s.birth_date.value().chars().count() <= 10);
        }
        Screen::Pin(s) => assert!(s.pin.char_count() <= 8),
        Screen::NewPassword(s) => {
            assert!(s.new.char_count() <= 64);
            assert!(s.confirm.char_count() <= 64);
        }
        Screen::EnrollSignIn(s) => assert!(s.form.name.value().chars().count() <= 40),
        Screen::TicketForm(s) => assert!(s.description.value().chars().count() <= 500),
        Screen::ParentSignIn(s) => assert!(s.form.name.value().chars().count() <= 254),
        _ => {}
    }
    if let Some(p) = app.exit_prompt() {
        assert!(p.code.char_count() <= 32);
    }
    assert!(
        !app.quit,
        "no key sequence leaves the kiosk without the exit code"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_breaks_the_kiosk(inputs in prop::collection::vec(input(), 1..150)) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let mut h = Harness::new(None);
            let (mut w, mut hgt) = (80u16, 24u16);
            for i in inputs {
                match i {
                    Input::Key(code, mods) => h.app.handle(AppEvent::Key(KeyEvent::new(code, mods))),
                    Input::Paste(text) => h.app.handle(AppEvent::Paste(text)),
                    Input::Resize(nw, nh) => {
                        w = nw;
                        hgt = nh;
                        h.app.handle(AppEvent::Resize);
                    }
                    Input::Tick => h.app.handle(AppEvent::Tick),
                }
                // Replies to requests (offline, no service) come back through the channel.
                while let Ok(e) = h.rx.try_recv() {
                    h.app.handle(e);
                }
                assert_valid(&h.app);
                let _ = render_app(&h.app, w.min(160), hgt.min(60));
            }
            let _ = render_app(&h.app, w, hgt);
        });
    }
}
