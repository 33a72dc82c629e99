//! The real speech program (issue 20): espeak-ng, run as `kiosk.toml` configures it with each
//! language's voice, speaks the menu of each of the ten languages, and sox finds audio of a
//! plausible length in what it wrote. Says SKIPPED when espeak-ng or sox is missing, unless
//! SPEECH_TESTS_REQUIRED=1 (as in CI), when that fails.

use kiosk::i18n::LANGUAGES;
use kiosk::screens::{MenuScreen, Screen};
use kiosk::speech::{group, SpeechSettings};
use std::io::Write;
use std::process::{Command, Stdio};

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

fn tools_or_skip() -> bool {
    if have("espeak-ng") && have("sox") && have("soxi") {
        return true;
    }
    assert!(
        std::env::var("SPEECH_TESTS_REQUIRED").as_deref() != Ok("1"),
        "SPEECH_TESTS_REQUIRED=1 but espeak-ng or sox is not installed (apt-get install espeak-ng sox)"
    );
    eprintln!("SKIPPED: espeak-ng or sox is not installed (apt-get install espeak-ng sox)");
    false
}

fn seconds(wav: &std::path::Path) -> f64 {
    let out = Command::new("soxi").arg("-D").arg(wav).output().unwrap();
    assert!(
        out.status.success(),
        "soxi could not read {}",
        wav.display()
    );
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// The loudest sample, from 0 to 1: silence would be 0.
fn peak(wav: &std::path::Path) -> f64 {
    let out = Command::new("sox")
        .arg(wav)
        .args(["-n", "stat"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stderr);
    report
        .lines()
        .find_map(|l| l.strip_prefix("Maximum amplitude:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0.0)
}

#[test]
fn espeak_ng_speaks_the_menu_in_each_of_the_ten_voices() {
    if !tools_or_skip() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let settings = SpeechSettings::default();
    let mut h = crate::common::Harness::new(None);
    h.app.screen = Screen::Menu(MenuScreen::default());
    for lang in LANGUAGES {
        h.app.ctx.lang = lang.code;
        let spoken = h.app.spoken(tokio::time::Instant::now());
        let utterances = group(&spoken.lines);
        assert_eq!(utterances.len(), 1, "{}: one voice for the menu", lang.code);
        let text = &utterances[0].text;
        // The command the kiosk runs, writing a file instead of playing it.
        let wav = dir.path().join(format!("{}.wav", lang.code));
        let command = settings.command_for(lang.code);
        let started = std::time::Instant::now();
        let mut child = Command::new(&command[0])
            .args(&command[1..])
            .arg("-w")
            .arg(&wav)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let took = started.elapsed();
        assert!(
            out.status.success(),
            "{}: {command:?} failed: {}",
            lang.code,
            String::from_utf8_lossy(&out.stderr)
        );
        let length = seconds(&wav);
        let chars = text.chars().count();
        eprintln!(
            "{}: voice {:<6} {chars:>4} characters -> {length:5.1} s of audio (made in {:.2} s), peak {:.2}",
            lang.code,
            settings.voice(lang.code),
            took.as_secs_f64(),
            peak(&wav)
        );
        // Seven choices, a title and the keys: tens of seconds, never a blip or a stall. A
        // voice that spells each letter (no rules for the script) would run far longer.
        assert!(
            (10.0..150.0).contains(&length),
            "{}: {length} s of audio for {chars} characters",
            lang.code
        );
        assert!(peak(&wav) > 0.1, "{}: the audio is silent", lang.code);
    }
}
