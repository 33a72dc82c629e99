//! End to end in a pseudo-terminal: Ava's PIN reset done entirely in Spanish, then the idle
//! timeout brings the picker back in English.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, TAB};

const DOWN: &str = "\x1b[B";

#[test]
fn ava_resets_in_spanish_and_the_kiosk_returns_to_english_when_idle() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let env = [
        ("KIOSK_IDLE_TIMEOUT_SECS", "10"),
        ("KIOSK_IDLE_WARNING_SECS", "5"),
    ];
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &env);
    k.wait_for("Choose your language");
    k.send(DOWN);
    k.send(ENTER);
    k.wait_for("Español");
    k.send("1");
    k.wait_for("Paso 1 de 3");
    k.type_text("AvaM1234");
    k.send(TAB);
    k.type_text("03/14/2012");
    k.send(ENTER);
    k.wait_for("PIN");
    k.type_text("50317");
    k.send(ENTER);
    k.wait_for("Paso 3 de 3");
    k.type_text("Purple-Otter-Skates-91");
    k.send(TAB);
    k.type_text("Purple-Otter-Skates-91");
    k.send(ENTER);
    k.wait_for("Su contraseña se cambió");
    let screen = k.screen();
    assert!(
        !screen.contains("Your password has been changed"),
        "the done screen is in Spanish:\n{screen}"
    );
    assert!(!screen.contains("Purple-Otter"), "{screen}");
    // Walk away: the warning, then the picker again, in English.
    k.wait_for("Choose your language");
    k.wait_for("English");
}
