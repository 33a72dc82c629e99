//! End to end: the real `kiosk` binary in a pseudo-terminal, on its embedded service, driven
//! by keystrokes like a visitor would.

use crate::common::pty::{exit_hash, write_config, Kiosk, CTRL_C, CTRL_Q, ENTER, ESC, TAB};

const AVA_NEW: &str = "Purple-Otter-Skates-91";
const BEN_NEW: &str = "Granite-Kayak-Meadow-37";

fn start_reset(k: &mut Kiosk, student: &str, birth: &str) {
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("1");
    k.wait_for("Username or student ID");
    k.type_text(student);
    k.send(TAB);
    k.type_text(birth);
    k.send(ENTER);
}

fn new_password(k: &mut Kiosk, password: &str) {
    k.wait_for("Choose a new password");
    k.type_text(password);
    k.send(TAB);
    k.type_text(password);
    k.wait_for("✓ Both entries match");
    assert!(!k.screen().contains(password), "the password is masked");
    k.send(ENTER);
    k.wait_for("Your password has been changed");
    k.wait_for("confirm the change");
    k.send(ENTER);
}

#[test]
fn ava_with_her_pin_then_ben_with_his_answers_then_chens_thirty_days() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    // Everything logged at TRACE, kiosk and embedded service alike, is checked for secrets below.
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap()],
        dir.path(),
        &[("KIOSK_LOG", "trace")],
    );

    // Ctrl-C does nothing in kiosk mode.
    k.wait_for("Choose your language");
    k.send(CTRL_C);

    start_reset(&mut k, "AvaM1234", "03/14/2012");
    k.wait_for("Enter your PIN");
    k.type_text("50317");
    k.wait_for("•••••");
    assert!(!k.screen().contains("50317"));
    k.send(ENTER);
    new_password(&mut k, AVA_NEW);

    start_reset(&mut k, "BenO5678", "07/02/2011");
    k.wait_for("Answer your security questions");
    k.type_text("rex");
    k.send(ENTER);
    k.type_text("Lagos");
    k.send(ENTER);
    k.type_text("ms rivera");
    assert!(!k.screen().contains("Lagos"));
    k.send(ENTER);
    new_password(&mut k, BEN_NEW);

    start_reset(&mut k, "ChenW2468", "11/23/2010");
    k.wait_for("How do you want to prove it is you?");
    k.send(ENTER);
    k.wait_for("Enter your PIN");
    k.type_text("72946");
    k.send(ENTER);
    k.wait_for("once every 30 days");
    k.send(ESC);
    k.wait_for("How can we help you today?");

    // Leaving takes the staff exit code.
    k.send(CTRL_Q);
    k.wait_for("Exit code");
    k.type_text("1111");
    k.send(ENTER);
    k.wait_for("not right");
    // A wrong code locks the prompt for a second.
    k.type_text("2");
    k.wait_for("Please wait");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    k.type_text("2468");
    k.send(ENTER);
    assert_eq!(
        k.wait_exit(),
        Some(0),
        "the kiosk exits cleanly with the right code"
    );

    // The changes are in the embedded database: a second start reuses it and its device.
    let db = format!("sqlite:{}", dir.path().join("data/accounts.db").display());
    let audit = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = account_service::store::connect(&db).await.unwrap();
        store.audit_events(None, 1000).await.unwrap()
    });
    let resets = audit
        .iter()
        .filter(|e| e.action == "password_reset")
        .count();
    assert_eq!(resets, 2, "Ava's and Ben's resets are recorded");
    let log = std::fs::read_to_string(dir.path().join("data/kiosk.log")).unwrap_or_default();
    assert!(
        log.lines().count() > 100,
        "TRACE logging was on: {} lines",
        log.lines().count()
    );
    let token = std::fs::read_to_string(dir.path().join("data/device-token")).unwrap();
    assert!(
        !log.contains(token.trim()),
        "the device token is not logged"
    );
    for secret in ["50317", "Lagos", "ms rivera", AVA_NEW, BEN_NEW] {
        assert!(!log.contains(secret), "log contains {secret}");
    }
    // PIN hashes, birth dates, reset links and the token are readable by the kiosk user only.
    use std::os::unix::fs::PermissionsExt;
    let data = dir.path().join("data");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "data folder");
    let mut files = 0;
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        files += 1;
    }
    assert!(files >= 3, "database, token and log at least");
}
