//! End to end in a pseudo-terminal: Jordan signs in at a counter terminal, finds Eli by
//! student ID, records an identity check, resumes his self-service, resets his password to a
//! temporary one; then, in kiosk mode, Eli signs in with it and must choose a new one.

use crate::common::pty::{
    assert_log_has_no_secrets, exit_hash, write_config, Kiosk, ENTER, TAB, TRACE,
};

#[test]
fn jordan_helps_eli_then_eli_replaces_the_temporary_password() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap(), "--mode", "counter"],
        dir.path(),
        &[TRACE],
    );
    k.wait_for("Staff sign-in");
    k.type_text("fwc.bronx.01");
    k.send(TAB);
    k.type_text("Counter-Demo-2026");
    k.send(ENTER);
    // The embedded demo asks for the code of the published demo secret, as an
    // authenticator app (or `oathtool --totp -b JBSWY3DPEHPK3PXP`) would show it now.
    k.type_text(&crate::common::jordan_code(&mut 0));
    k.send(ENTER);
    k.wait_for("Jordan Lee");
    k.send("1");
    k.wait_for("Find a student");
    k.type_text("256789012");
    k.send(ENTER);
    k.wait_for("Eli Haddad");
    k.send(ENTER);
    k.wait_for("Record an identity check");
    k.send("1");
    k.wait_for("Document seen");
    k.send(TAB);
    k.type_text("NYC ID card");
    k.send(ENTER);
    k.send(ENTER);
    k.wait_for("Identity check recorded");
    k.send("3");
    k.wait_for("Self-service is resumed");
    k.send("2");
    k.wait_for("shown only once");
    let screen = k.screen();
    let line = screen
        .lines()
        .map(str::trim)
        .find(|l| l.len() == 23 && l.split(' ').all(|c| c.chars().count() == 1))
        .unwrap_or_else(|| panic!("no temporary password on:\n{screen}"));
    let temporary: String = line.split(' ').collect();
    k.send(ENTER);
    k.wait_for("temporary password is waiting");
    drop(k);

    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap()],
        dir.path(),
        &[TRACE],
    );
    k.wait_for("Choose your language");
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("5");
    k.wait_for("Sign in with your NYC Public Schools username and password");
    k.type_text("EliH9753");
    k.send(TAB);
    k.type_text(&temporary);
    k.send(ENTER);
    k.wait_for("You signed in with a temporary password");
    k.type_text("Lantern-Walrus-Piano-4");
    k.send(TAB);
    k.type_text("Lantern-Walrus-Piano-4");
    k.send(ENTER);
    k.wait_for("Your PIN and security questions");
    drop(k);
    assert_log_has_no_secrets(
        dir.path(),
        &["Counter-Demo-2026", &temporary, "Lantern-Walrus-Piano-4"],
    );
}

/// The real binary with its embedded service: Jordan (staff) has no report and a replayed
/// code is refused; a supervisor added to the same database opens today's report.
#[test]
fn a_code_signs_in_once_and_a_supervisor_opens_the_report() {
    use account_service::domain::totp::TotpSecret;
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    // The supervisor is added before the kiosk starts, as `account-service staff add` would.
    let supervisor = TotpSecret::generate();
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        use account_service::clock::{Clock, SystemClock};
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let url = format!("sqlite:{}", data.join("accounts.db").display());
        let store = account_service::store::connect(&url).await.unwrap();
        let hasher = account_service::domain::hasher::Hasher::new(
            account_service::HashParams::insecure_for_tests(),
            1,
        )
        .unwrap();
        let clock: std::sync::Arc<dyn Clock> = std::sync::Arc::new(SystemClock);
        account_service::demo::seed_demo(&store, &hasher, &clock)
            .await
            .unwrap();
        store
            .insert_staff(
                &account_service::store::NewStaff {
                    staff_id: "fwc.bronx.sup".into(),
                    name: "Alex Rivera".into(),
                    center: "Bronx Family Welcome Center".into(),
                    password_hash: hasher.hash("Supervisor-Demo-2026").await.unwrap(),
                    role: account_api::wire::StaffRole::Supervisor,
                    totp_secret: zeroize::Zeroizing::new(supervisor.expose().into()),
                },
                SystemClock.now(),
            )
            .await
            .unwrap();
    });
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap(), "--mode", "counter"],
        dir.path(),
        &[TRACE],
    );
    let code = crate::common::jordan_code(&mut 0);
    k.wait_for("Staff sign-in");
    k.type_text("fwc.bronx.01");
    k.send(TAB);
    k.type_text("Counter-Demo-2026");
    k.send(ENTER);
    k.type_text(&code);
    k.send(ENTER);
    k.wait_for("Find a student");
    assert!(
        !k.screen().contains("Today's report"),
        "staff see no report"
    );
    k.send("3");
    k.wait_for("Staff sign-in");
    // The same code again: refused like a wrong password.
    k.type_text("fwc.bronx.01");
    k.send(TAB);
    k.type_text("Counter-Demo-2026");
    k.send(ENTER);
    k.type_text(&code);
    k.send(ENTER);
    k.wait_for("Check the staff ID, the password and the code");
    k.send(ENTER);
    k.wait_for("Staff sign-in");
    // The next visit to the counter: the same database, another staff member.
    drop(k);
    let sup_code = supervisor
        .code_at(account_service::clock::Clock::now(
            &account_service::clock::SystemClock,
        ))
        .unwrap()
        .to_string();
    let mut k = Kiosk::spawn(
        &["--config", config.to_str().unwrap(), "--mode", "counter"],
        dir.path(),
        &[TRACE],
    );
    k.wait_for("Staff sign-in");
    k.type_text("fwc.bronx.sup");
    k.send(TAB);
    k.type_text("Supervisor-Demo-2026");
    k.send(ENTER);
    k.type_text(&sup_code);
    k.send(ENTER);
    k.wait_for("Today's report");
    k.send("3");
    k.wait_for("Visits in the last 7 days");
    assert!(
        !k.screen().contains(&sup_code),
        "the code is never on screen"
    );
    drop(k);
    assert_log_has_no_secrets(
        dir.path(),
        &[
            "Counter-Demo-2026",
            "Supervisor-Demo-2026",
            &code,
            &sup_code,
        ],
    );
}
