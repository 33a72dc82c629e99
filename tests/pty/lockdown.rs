//! Lockdown in a pseudo-terminal (issue 8): signals that would stop or kill the kiosk are
//! ignored, a panic brings it back at the start screen without showing anything of the
//! previous visitor, and SIGTERM or SIGHUP leaves cleanly.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, TAB};

#[test]
fn signals_panics_and_a_clean_exit() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap()],
        dir.path(),
        &[("WELCOME_KIOSK_TEST_PANIC_KEY", "§")],
    );
    k.wait_for("Choose your language");
    let pid = k.pid().expect("pid") as i32;

    for signal in [libc::SIGINT, libc::SIGQUIT, libc::SIGTSTP] {
        unsafe { libc::kill(pid, signal) };
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    k.send(ENTER);
    k.wait_for("How can we help you today?");

    // A visitor types, then something panics: the kiosk comes back at the start, clean.
    k.send("1");
    k.wait_for("Username or student ID");
    k.type_text("AvaM1234");
    k.send(TAB);
    k.type_text("03/14/2012");
    k.send("§");
    k.wait_for("Choose your language");
    let screen = k.screen();
    assert!(
        !screen.contains("AvaM1234"),
        "nothing of the previous visitor:\n{screen}"
    );
    assert!(
        !screen.contains("panicked") && !screen.contains("RUST_BACKTRACE"),
        "{screen}"
    );
    k.send(ENTER);
    k.wait_for("How can we help you today?");

    // Ending a visitor's session erases the scrollback too.
    let purges = k.scrollback_purges();
    assert!(purges >= 1, "the panic restart purged the scrollback");
    k.send("\x1b");
    k.wait_for("Choose your language");
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert!(
        k.scrollback_purges() > purges,
        "leaving to the start purged it again"
    );

    unsafe { libc::kill(pid, libc::SIGTERM) };
    assert_eq!(k.wait_exit(), Some(0), "SIGTERM ends the kiosk cleanly");
    assert!(!k.alternate_screen(), "the terminal was given back");
}

/// A hang-up (the console closed, the service manager stopping the unit) ends the kiosk like
/// SIGTERM: the terminal is given back and the exit is clean, mid-visit.
#[test]
fn sighup_mid_visit_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &[]);
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("1");
    k.wait_for("Username or student ID");
    k.type_text("AvaM1234");
    let pid = k.pid().expect("pid") as i32;
    unsafe { libc::kill(pid, libc::SIGHUP) };
    assert_eq!(k.wait_exit(), Some(0), "SIGHUP ends the kiosk cleanly");
    assert!(!k.alternate_screen(), "the terminal was given back");
}
