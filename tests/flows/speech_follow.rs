//! How speech follows the visitor (issue 20): errors and the idle warning are said when they
//! appear, the field moved to is said, Arabic is said in its logical order, a new screen
//! silences the program still speaking, and a missing program is logged once while the
//! kiosk goes on.

use crate::common::speech::Recorder;
use crate::common::Harness;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiosk::app::{App, AppEvent};
use kiosk::i18n::{Arg, Locales};
use kiosk::speech::spoken_form;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn harness(config: Arc<kiosk::config::KioskConfig>) -> Harness {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    Harness {
        app: App::new(config, Locales::load(), None, tx),
        rx,
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn texts(recorder: &Recorder) -> Vec<String> {
    recorder.lines().into_iter().map(|(_, t)| t).collect()
}

#[test]
fn an_error_is_said_alone_when_it_appears_and_so_is_the_field_moved_to() {
    let recorder = Recorder::new();
    let l = Locales::load();
    let mut h = harness(recorder.config());
    h.key(KeyCode::Enter);
    h.text("1");
    let intro = spoken_form(&l.t("en", "lookup-intro"));
    wait_until("the lookup screen", || texts(&recorder).contains(&intro));
    recorder.clear();
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    let label = l.t("en", "lookup-birth-date");
    wait_until("the field", || !recorder.lines().is_empty());
    h.text("14/13/2012");
    h.key(KeyCode::Enter);
    let error = l.t("en", "lookup-error-birth-date");
    wait_until("the error", || texts(&recorder).contains(&error));
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(texts(&recorder), [label, error], "typing says nothing");
}

#[tokio::test(start_paused = true)]
async fn the_idle_warning_is_said_once_with_the_seconds_it_starts_from() {
    let recorder = Recorder::new();
    let l = Locales::load();
    let mut h = harness(recorder.config());
    h.key(KeyCode::Enter);
    wait_until("the menu", || !recorder.lines().is_empty());
    recorder.clear();
    tokio::time::advance(Duration::from_secs(91)).await;
    h.app.handle(AppEvent::Tick);
    let body = l.t_args("en", "idle-body", &[("seconds", Arg::Num(20))]);
    wait_until("the warning", || texts(&recorder).contains(&body));
    // Ticks while it counts down say nothing more.
    for _ in 0..8 {
        tokio::time::advance(Duration::from_millis(250)).await;
        h.app.handle(AppEvent::Tick);
    }
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(
        texts(&recorder),
        [l.t("en", "idle-title"), body, l.t("en", "idle-keep")]
    );
}

#[test]
fn arabic_is_said_in_its_logical_order_not_as_displayed() {
    let recorder = Recorder::new();
    let l = Locales::load();
    let mut h = harness(recorder.config());
    h.text("8");
    assert_eq!(h.app.ctx.lang, "ar");
    let title = l.t("ar", "menu-title");
    wait_until("the Arabic menu", || texts(&recorder).contains(&title));
    let displayed = kiosk::widgets::layout::lay_out_line(
        &ratatui::text::Line::raw(title.clone()),
        u16::MAX,
        kiosk::widgets::layout::Rendering {
            rtl: true,
            kiosk_reorders: true,
            ..kiosk::widgets::layout::Rendering::LTR
        },
    )
    .text();
    assert_ne!(
        displayed.trim(),
        title,
        "the display reorders (and shapes) it"
    );
    let screen = crate::common::render_app(&h.app, 80, 24);
    assert!(screen.contains(displayed.trim()), "{screen}");
    assert!(recorder.utterances().iter().all(|u| u.voice == "ar"));
}

fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only asks whether the process exists.
    unsafe { libc::kill(pid, 0) == 0 }
}

/// A program that never finishes (and never reads its input): each new screen kills the one
/// before, the app never waits for it, and dropping the app kills the last.
#[test]
fn a_new_screen_silences_the_program_and_the_app_never_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let pids = dir.path().join("pids");
    let script = dir.path().join("slow.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\necho $$ >> {}\nexec sleep 600\n", pids.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let command = format!("[{:?}]", script.display().to_string());
    let env = [
        ("KIOSK_SPEECH_ENABLED".to_string(), "true".to_string()),
        ("KIOSK_SPEECH_COMMAND".to_string(), command),
    ];
    let config = Arc::new(
        kiosk::config::KioskConfig::parse("kiosk.toml", kiosk::config::DEFAULT_TOML, &env).unwrap(),
    );
    let read_pids = || -> Vec<i32> {
        std::fs::read_to_string(&pids)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    };
    let mut h = harness(config);
    h.app.handle(AppEvent::Tick);
    wait_until("the picker to be spoken", || read_pids().len() == 1);
    for screen in ["\r", "7", "\x1b", "6", "\x1b", "7"] {
        let before = read_pids().len();
        match screen {
            "\r" => h.key(KeyCode::Enter),
            "\x1b" => h.key(KeyCode::Esc),
            digit => h.text(digit),
        }
        wait_until("the program to start", || read_pids().len() > before);
    }
    let started = read_pids();
    assert!(started.len() >= 7, "{started:?}");
    let (last, earlier) = started.split_last().unwrap();
    wait_until("the earlier programs to be killed", || {
        earlier.iter().all(|p| !alive(*p))
    });
    assert!(alive(*last), "the newest is still speaking");
    drop(h);
    wait_until("the last program to be killed", || !alive(*last));
}

/// A tracing writer that keeps what is logged, for counting warnings.
#[derive(Clone, Default)]
struct Logged(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logged {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_missing_program_is_logged_once_and_the_kiosk_goes_on() {
    let logged = Logged::default();
    let writer = logged.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let env = [
        ("KIOSK_SPEECH_ENABLED".to_string(), "true".to_string()),
        (
            "KIOSK_SPEECH_COMMAND".to_string(),
            r#"["/nonexistent/espeak-ng", "-v", "{voice}"]"#.to_string(),
        ),
    ];
    let config = Arc::new(
        kiosk::config::KioskConfig::parse("kiosk.toml", kiosk::config::DEFAULT_TOML, &env).unwrap(),
    );
    let mut h = harness(config);
    for _ in 0..3 {
        h.key(KeyCode::Enter);
        h.text("7");
        assert_eq!(h.screen_name(), "help");
        h.key(KeyCode::Esc);
        h.key(KeyCode::F(4));
        h.app.handle(AppEvent::Key(KeyEvent::new(
            KeyCode::Esc,
            KeyModifiers::NONE,
        )));
    }
    assert_eq!(h.screen_name(), "language");
    let count = || {
        String::from_utf8_lossy(&logged.0.lock().unwrap())
            .matches("the speech program failed")
            .count()
    };
    wait_until("the failure to be logged", || count() >= 1);
    drop(h);
    let log = String::from_utf8_lossy(&logged.0.lock().unwrap()).to_string();
    assert_eq!(count(), 1, "{log}");
    assert!(log.contains("/nonexistent/espeak-ng"), "{log}");
}
