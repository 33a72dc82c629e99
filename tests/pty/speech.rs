//! End to end in a pseudo-terminal with speech on (issue 20): Ava resets her password with
//! her PIN in Spanish, and the speech program hears every screen in order, in Spanish with
//! the Spanish voice after the picker, and none of her secrets.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, TAB};
use crate::common::speech::Recorder;
use kiosk::i18n::{Arg, Locales, LANGUAGES};
use kiosk::speech::spoken_form;
use std::time::{Duration, Instant};

const DOWN: &str = "\x1b[B";

/// Waits until `line` has been said; returns how long after `since` it was recorded.
fn heard(recorder: &Recorder, line: &str, since: Instant) -> Duration {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if recorder.lines().iter().any(|(_, l)| l == line) {
            return since.elapsed();
        }
        assert!(
            Instant::now() < deadline,
            "{line:?} was not said; said: {:#?}",
            recorder.lines()
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Waits until `line` has been said `times` times.
fn heard_times(recorder: &Recorder, line: &str, times: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while recorder.lines().iter().filter(|(_, l)| l == line).count() < times {
        assert!(
            Instant::now() < deadline,
            "{line:?} was not said {times} times"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn avas_pin_reset_in_spanish_is_spoken_screen_by_screen() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let recorder = Recorder::new();
    let env = recorder.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let l = Locales::load();
    let es = |key: &str| spoken_form(&l.t("es", key));
    let press = |n: i64, key: &str| {
        let choice = spoken_form(&l.t("es", key));
        spoken_form(&l.t_args(
            "es",
            "speech-press",
            &[("number", Arg::Num(n)), ("choice", Arg::Str(&choice))],
        ))
    };
    let one = l.t_args("es", "speech-secret-typed", &[("count", Arg::Num(1))]);

    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &env);
    k.wait_for("Choose your language");
    // The picker: its title in English, then each language's choice in that language.
    let mut want: Vec<(String, String)> =
        vec![("en".into(), spoken_form(&l.t("en", "language-title")))];
    for (i, lang) in LANGUAGES.iter().enumerate() {
        let number = Arg::Num(((i + 1) % 10) as i64);
        let text = l.t_args(lang.code, "speech-language-choice", &[("number", number)]);
        want.push((lang.code.into(), spoken_form(&text)));
    }
    let started = Instant::now();
    heard(&recorder, &want.last().unwrap().1, started);

    // Down: the highlighted choice, said in Spanish.
    k.send(DOWN);
    want.push(("es".into(), want[2].1.clone()));
    heard(&recorder, &want[2].1, Instant::now());
    while recorder.lines().len() < want.len() {
        std::thread::sleep(Duration::from_millis(5));
    }

    let sent = Instant::now();
    k.send_now(ENTER);
    for line in [
        es("menu-title"),
        press(1, "menu-student-reset"),
        press(2, "menu-parent"),
        press(3, "menu-forgot-nycsa"),
        press(4, "menu-forgot-myschools"),
        press(5, "menu-enroll"),
        press(6, "menu-ticket"),
        press(7, "menu-help"),
        es("speech-keys"),
    ] {
        want.push(("es".into(), line));
    }
    let menu_latency = heard(&recorder, &es("menu-title"), sent);
    heard(&recorder, &es("speech-keys"), sent);
    k.wait_for("¿Cómo podemos ayudarle hoy?");

    let sent = Instant::now();
    k.send_now("1");
    for key in [
        "lookup-title",
        "lookup-intro",
        "lookup-student",
        "lookup-birth-date",
    ] {
        want.push(("es".into(), es(key)));
    }
    let lookup_latency = heard(&recorder, &es("lookup-title"), sent);
    heard(&recorder, &es("lookup-birth-date"), sent);
    k.type_text("AvaM1234");
    k.send(TAB);
    want.push(("es".into(), es("lookup-birth-date")));
    while recorder.lines().len() < want.len() {
        std::thread::sleep(Duration::from_millis(5));
    }
    k.type_text("03/14/2012");
    k.send(ENTER);
    for key in ["pin-title", "pin-hint", "pin-label"] {
        want.push(("es".into(), es(key)));
    }
    heard(&recorder, &es("pin-label"), Instant::now());

    // Each key of the PIN: "one character", never the digit.
    for digit in "50317".chars() {
        let before = recorder.lines().len();
        k.send(&digit.to_string());
        let deadline = Instant::now() + Duration::from_secs(10);
        while recorder.lines().len() == before {
            assert!(Instant::now() < deadline, "the key was not acknowledged");
            std::thread::sleep(Duration::from_millis(2));
        }
        want.push(("es".into(), one.clone()));
    }
    k.send(ENTER);
    want.push(("es".into(), es("password-title")));
    for key in [
        "password-new",
        "password-confirm",
        "password-rule-length",
        "password-rule-common",
        "password-rule-name",
        "password-rule-current",
        "password-rule-strength",
        "password-rule-match",
        "password-hint",
    ] {
        want.push(("es".into(), es(key)));
    }
    heard(&recorder, &es("password-hint"), Instant::now());
    k.type_text("Purple-Otter-Skates-91");
    k.send(TAB);
    // Tab: the field moved to is said (its label was said once with the screen).
    want.push(("es".into(), es("password-confirm")));
    heard_times(&recorder, &es("password-confirm"), 2);
    k.type_text("Purple-Otter-Skates-91");
    k.send(ENTER);
    heard(&recorder, &es("done-title"), Instant::now());
    want.push(("es".into(), es("done-title")));
    want.push(("es".into(), es("done-body")));
    want.push((
        "es".into(),
        spoken_form(&l.t_args("es", "done-return", &[("seconds", Arg::Num(60))])),
    ));
    heard(&recorder, &want.last().unwrap().1, Instant::now());

    // Fast typing cuts acknowledgements short (each new key silences the last), so the
    // password's are not counted; everything else is, in order.
    let said: Vec<(String, String)> = recorder.lines();
    let mut acks_in_password = 0;
    let mut kept = Vec::new();
    let pin_acks_end = want.iter().rposition(|(_, t)| *t == one).unwrap_or(0);
    for (lang, text) in said {
        if text == one && kept.len() > pin_acks_end {
            acks_in_password += 1;
            continue;
        }
        kept.push((lang, text));
    }
    assert_eq!(kept, want);
    for u in recorder.utterances() {
        let expected_voice = if u.lang == "es" { "es-419" } else { &u.voice };
        assert_eq!(u.voice, expected_voice);
    }
    let all = recorder.all_text();
    for secret in ["50317", "Purple-Otter"] {
        assert!(!all.contains(secret), "{secret:?} was said");
    }
    eprintln!(
        "key sent to the screen's speech recorded (pty, kiosk, speech thread, recording script): menu {:?}, lookup {:?}; {acks_in_password} password keys acknowledged whole",
        menu_latency, lookup_latency
    );
}
