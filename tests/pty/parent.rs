//! End to end in a pseudo-terminal: Maria signs in to NYCSA, reads Ava's account ID, resets
//! Dana's password; then Dana's new password works for enrollment sign-in.

use crate::common::pty::{
    assert_log_has_no_secrets, exit_hash, write_config, Kiosk, ENTER, ESC, TAB, TRACE,
};

#[test]
fn maria_resets_dana_then_dana_signs_in_with_the_new_password() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap()],
        dir.path(),
        &[TRACE],
    );
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("2");
    k.wait_for("Parents and guardians");
    k.send("1");
    k.wait_for("Email address");
    k.type_text("maria.martinez@example.org");
    k.send(TAB);
    k.type_text("Familia-Bronx-2026");
    k.send(ENTER);
    k.wait_for("Hello, Maria Martinez");
    k.wait_for("Dana Cohen");

    k.send("1");
    k.wait_for("Show the account ID");
    k.send("1");
    k.wait_for("avam1234@nycstudents.net");
    k.send(ESC);
    k.wait_for("Choose a child");

    k.send("2");
    k.wait_for("Reset the password");
    k.send("2");
    k.wait_for("Choose a new password");
    k.type_text("Maple-Harbor-Violin-52");
    k.send(TAB);
    k.type_text("Maple-Harbor-Violin-52");
    k.send(ENTER);
    k.wait_for("Dana Cohen can now sign in");
    k.send(ESC);
    k.wait_for("Choose your language");

    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("5");
    k.wait_for("Sign in with your NYC Public Schools username and password");
    k.type_text("DanaC1357");
    k.send(TAB);
    k.type_text("Maple-Harbor-Violin-52");
    k.send(ENTER);
    k.wait_for("Your PIN and security questions");
    drop(k);
    assert_log_has_no_secrets(
        dir.path(),
        &["Familia-Bronx-2026", "Maple-Harbor-Violin-52"],
    );
}
