//! End to end in a pseudo-terminal: Dana (nothing enrolled) signs in, creates a PIN, sets
//! three questions, then resets her password through self-service — with the new PIN in one
//! run, with the new answers in another (each run on a fresh embedded database, since the
//! 30-day rule allows one self-service reset).

use crate::common::pty::{
    assert_log_has_no_secrets, exit_hash, write_config, Kiosk, ENTER, ESC, TAB, TRACE,
};

const RIGHT: &str = "\x1b[C";

fn enroll_dana(k: &mut Kiosk) {
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("5");
    k.wait_for("Sign in with your NYC Public Schools username and password");
    k.type_text("DanaC1357");
    k.send(TAB);
    k.type_text("Violet-Comet-88");
    k.send(ENTER);
    k.wait_for("PIN: not set");

    k.send("1");
    k.wait_for("Create your PIN");
    k.type_text("Tiger7");
    k.send(TAB);
    k.type_text("Tiger7");
    k.wait_for("✓ Both entries match");
    k.send(ENTER);
    k.wait_for("Your PIN is saved");
    k.send(ENTER);
    k.wait_for("PIN: set");

    k.send("2");
    k.wait_for("Set up your security questions");
    k.send(TAB);
    k.type_text("Biscuit");
    k.send(TAB);
    k.send(RIGHT);
    k.send(TAB);
    k.type_text("Dune");
    k.send(TAB);
    k.send(TAB);
    k.type_text("Ms Okoye");
    k.send(TAB);
    k.type_text("Violet-Comet-88");
    assert!(!k.screen().contains("Biscuit"));
    k.send(ENTER);
    k.wait_for("security questions are saved");
    k.send(ESC);
    k.wait_for("Choose your language");
}

fn reset_start(k: &mut Kiosk) {
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("1");
    k.wait_for("Username or student ID");
    k.type_text("DanaC1357");
    k.send(TAB);
    k.type_text("01/30/2013");
    k.send(ENTER);
    k.wait_for("How do you want to prove it is you?");
}

fn finish_reset(k: &mut Kiosk) {
    k.wait_for("Choose a new password");
    k.type_text("Maple-Harbor-Violin-52");
    k.send(TAB);
    k.type_text("Maple-Harbor-Violin-52");
    k.send(ENTER);
    k.wait_for("Your password has been changed");
}

/// What Dana types in these runs: her password, PIN, answers and new password.
const DANA_SECRETS: &[&str] = &[
    "Violet-Comet-88",
    "Tiger7",
    "Biscuit",
    "biscuit",
    "Dune",
    "dune",
    "Okoye",
    "okoye",
    "Maple-Harbor-Violin-52",
];

fn run(dir: &std::path::Path) -> Kiosk {
    let config = write_config(dir, &exit_hash());
    Kiosk::spawn(&["--config", config.to_str().unwrap()], dir, &[TRACE])
}

#[test]
fn dana_enrolls_then_resets_with_her_new_pin() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = run(dir.path());
    enroll_dana(&mut k);
    reset_start(&mut k);
    k.send(ENTER);
    k.wait_for("Enter your PIN");
    k.type_text("Tiger7");
    k.send(ENTER);
    finish_reset(&mut k);
    drop(k);
    assert_log_has_no_secrets(dir.path(), DANA_SECRETS);
}

#[test]
fn dana_enrolls_then_resets_with_her_new_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = run(dir.path());
    enroll_dana(&mut k);
    reset_start(&mut k);
    k.send("\x1b[B");
    k.send(ENTER);
    k.wait_for("Answer your security questions");
    k.wait_for("favorite book");
    k.type_text("biscuit");
    k.send(ENTER);
    k.type_text("dune");
    k.send(ENTER);
    k.type_text("ms  okoye");
    k.send(ENTER);
    finish_reset(&mut k);
    drop(k);
    assert_log_has_no_secrets(dir.path(), DANA_SECRETS);
}
