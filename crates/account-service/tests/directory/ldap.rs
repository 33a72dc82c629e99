//! `[directory] kind = "ldap"` against a real OpenLDAP server (a throw-away slapd per test):
//! every password-changing flow reaches the directory, checked by binding as the student;
//! and the faults — directory stopped, hanging, refusing the service bind, refusing the
//! password or the account — end in a state the kiosk can explain and a retry can finish.

use crate::servers::flows::{
    self, audited, body, emails, guardian_notices, parent_reset, staff_password,
};
use crate::servers::hanging::Hanging;
use crate::servers::slapd::{self, Slapd};
use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::directory::{Directory, DirectoryConfig};
use serde_json::json;
use std::sync::Arc;
use std::time::Instant;

async fn spawn_with_directory(config: DirectoryConfig) -> crate::common::TestApp {
    let directory = Arc::new(Directory::new(config).unwrap());
    crate::common::spawn_with(move |c| c.directory = Some(directory)).await
}

fn servers(test: &str) -> bool {
    crate::servers::installed(&["slapd", "slapadd", "ldapsearch"], test)
}

async fn slapd_and_app() -> (Slapd, crate::common::TestApp) {
    let server = Slapd::start();
    eprintln!("slapd answered {:?} after start", server.started_in);
    let config = server.connector(&server.url(), slapd::SERVICE_PASSWORD);
    (server, spawn_with_directory(config).await)
}

async fn pending_intents(app: &crate::common::TestApp, state: &str) -> i64 {
    app.sql_count(&format!(
        "SELECT COUNT(*) FROM directory_intents WHERE state = '{state}'"
    ))
    .await
}

#[tokio::test]
async fn every_password_change_is_written_to_the_directory() {
    if !servers("every_password_change_is_written_to_the_directory") {
        return;
    }
    let (server, app) = slapd_and_app().await;

    // Self-service: PIN, then a new password; a repeat of the request changes nothing more.
    let token = app.ava_reset_token().await;
    let reset = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(reset.status, 200, "{}", body(&reset));
    server
        .bind("AvaM1234", "Tangerine-Harbor-Quilt-58")
        .unwrap();
    assert!(server.bind("AvaM1234", "Sunflower-Maple-42").is_err());
    let again = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!((again.status, again.body), (200, reset.body));
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 1);
    assert_eq!(emails(&app, "AvaM1234").await, 1);
    assert_eq!(
        guardian_notices(&app, "AvaM1234").await,
        1,
        "her mother is told once, when the directory took the password"
    );
    let ava = app
        .store
        .find_student(&account_api::identifiers::parse_student("AvaM1234").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        ava.last_self_reset_at,
        Some(crate::common::START),
        "the 30-day clock started"
    );

    // A parent's reset of the same child.
    let parent = parent_reset(&app, "AvaM1234", "Juniper-Canyon-Pebble-71", "p1").await;
    assert_eq!(parent.status, 200, "{}", body(&parent));
    server.bind("AvaM1234", "Juniper-Canyon-Pebble-71").unwrap();
    assert!(server
        .bind("AvaM1234", "Tangerine-Harbor-Quilt-58")
        .is_err());

    // Staff, the visitor choosing.
    let chosen = staff_password(
        &app,
        "BenO5678",
        json!({"mode": "visitor_chooses", "new_password": "Marble-Orchard-Violin-24"}),
    )
    .await;
    assert_eq!(chosen.status, 200, "{}", body(&chosen));
    server.bind("BenO5678", "Marble-Orchard-Violin-24").unwrap();
    assert!(server.bind("BenO5678", "Harbor-Lantern-77").is_err());

    // Enrollment sign-in binds as the student: the directory's password is the one.
    assert_eq!(
        app.enroll("BenO5678", "Harbor-Lantern-77").await.code(),
        "sign_in_failed"
    );
    assert_eq!(
        app.enroll("BenO5678", "Marble-Orchard-Violin-24")
            .await
            .status,
        200
    );

    // Staff, a temporary password; the student replaces it at the next sign-in.
    let temp = staff_password(&app, "ChenW2468", json!({"mode": "temporary"})).await;
    assert_eq!(temp.status, 200, "{}", body(&temp));
    let temporary = temp.json()["temporary_password"]
        .as_str()
        .unwrap()
        .to_string();
    server.bind("ChenW2468", &temporary).unwrap();
    assert!(server.bind("ChenW2468", "Quiet-Bamboo-19").is_err());
    let enroll = app.enroll("ChenW2468", &temporary).await;
    assert_eq!(
        enroll.json()["must_change_password"],
        true,
        "{}",
        body(&enroll)
    );
    let session = enroll.json()["session"].as_str().unwrap().to_string();
    let replaced = app
        .put(
            ep::SetPassword::PATH,
            json!({"session": session, "new_password": "Copper-Lagoon-Whistle-39"}),
        )
        .await;
    assert_eq!(replaced.status, 204, "{}", body(&replaced));
    server
        .bind("ChenW2468", "Copper-Lagoon-Whistle-39")
        .unwrap();
    assert!(server.bind("ChenW2468", &temporary).is_err());
    let enroll = app.enroll("ChenW2468", "Copper-Lagoon-Whistle-39").await;
    assert_eq!(enroll.json()["must_change_password"], false);

    assert_eq!(pending_intents(&app, "pending").await, 0);
    assert_eq!(pending_intents(&app, "done").await, 5);
}

#[tokio::test]
async fn a_password_or_an_account_the_directory_refuses_is_explained() {
    if !servers("a_password_or_an_account_the_directory_refuses_is_explained") {
        return;
    }
    let (server, app) = slapd_and_app().await;

    // Eli's entry has a policy stricter than ours (40 characters).
    let strict = staff_password(
        &app,
        slapd::STRICT,
        json!({"mode": "visitor_chooses", "new_password": "Marble-Orchard-Violin-24"}),
    )
    .await;
    assert_eq!(strict.status, 422, "{}", body(&strict));
    assert_eq!(strict.json()["code"], "password_rejected");
    assert_eq!(strict.json()["reasons"], json!(["directory_policy"]));
    server.bind(slapd::STRICT, "Cedar-Rocket-63").unwrap();

    // The service account may not write Dana's password: the counter can help.
    let closed = parent_reset(&app, slapd::CLOSED, "Juniper-Canyon-Pebble-71", "p1").await;
    assert_eq!(closed.status, 422, "{}", body(&closed));
    assert_eq!(closed.json()["reasons"], json!(["directory_account"]));
    server.bind(slapd::CLOSED, "Violet-Comet-88").unwrap();

    for student in [slapd::STRICT, slapd::CLOSED] {
        assert_eq!(audited(&app, student, "password_reset").await, 0);
        assert_eq!(emails(&app, student).await, 0);
    }
    assert_eq!(pending_intents(&app, "abandoned").await, 2);
    assert_eq!(pending_intents(&app, "pending").await, 0);
}

#[tokio::test]
async fn a_directory_stopped_mid_flow_loses_nothing_and_the_retry_finishes() {
    if !servers("a_directory_stopped_mid_flow_loses_nothing_and_the_retry_finishes") {
        return;
    }
    let (mut server, app) = slapd_and_app().await;
    let token = app.ava_reset_token().await;
    server.stop();

    let down = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(down.status, 503, "{}", body(&down));
    assert_eq!(down.json()["code"], "directory_unavailable");
    let signin = app.enroll("BenO5678", "Harbor-Lantern-77").await;
    assert_eq!(signin.json()["code"], "directory_unavailable");
    assert_eq!(
        app.sql_count("SELECT COUNT(*) FROM verification_failures")
            .await,
        0,
        "nothing is counted against a student for the directory's outage"
    );
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 0);
    assert_eq!(emails(&app, "AvaM1234").await, 0);
    assert_eq!(guardian_notices(&app, "AvaM1234").await, 0);

    // Back up: the same request (same token, same key) now goes through, once.
    server.start_again();
    let retry = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(retry.status, 200, "{}", body(&retry));
    server
        .bind("AvaM1234", "Tangerine-Harbor-Quilt-58")
        .unwrap();
    assert!(server.bind("AvaM1234", "Sunflower-Maple-42").is_err());
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 1);
    assert_eq!(emails(&app, "AvaM1234").await, 1);
    assert_eq!(guardian_notices(&app, "AvaM1234").await, 1);
    assert_eq!(
        app.enroll("BenO5678", "Harbor-Lantern-77").await.status,
        200
    );
}

#[tokio::test]
async fn a_hanging_directory_is_given_up_on_within_the_timeouts() {
    if !servers("a_hanging_directory_is_given_up_on_within_the_timeouts") {
        return;
    }
    let hanging = Hanging::start();
    let server = Slapd::start();
    let app = spawn_with_directory(server.connector(&hanging.url(), slapd::SERVICE_PASSWORD)).await;

    let started = Instant::now();
    let signin = app.enroll("BenO5678", "Harbor-Lantern-77").await;
    eprintln!(
        "enrollment sign-in against a hanging directory answered after {:?}",
        started.elapsed()
    );
    assert_eq!(
        signin.json()["code"],
        "directory_unavailable",
        "{}",
        body(&signin)
    );

    let token = app.ava_reset_token().await;
    let started = Instant::now();
    let reset = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    eprintln!(
        "reset against a hanging directory answered after {:?}",
        started.elapsed()
    );
    assert_eq!(reset.status, 503, "{}", body(&reset));
    assert_eq!(
        app.sql_count("SELECT COUNT(*) FROM verification_failures")
            .await,
        0
    );
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 0);
    server.bind("AvaM1234", "Sunflower-Maple-42").unwrap();
}

#[tokio::test]
async fn a_refused_service_bind_changes_nothing() {
    if !servers("a_refused_service_bind_changes_nothing") {
        return;
    }
    let server = Slapd::start();
    let app = spawn_with_directory(server.connector(&server.url(), "not-the-password")).await;
    let token = app.ava_reset_token().await;
    let reset = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(reset.status, 503, "{}", body(&reset));
    assert_eq!(reset.json()["code"], "directory_unavailable");
    server.bind("AvaM1234", "Sunflower-Maple-42").unwrap();
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 0);
    assert_eq!(
        app.sql_count("SELECT COUNT(*) FROM directory_intents WHERE state <> 'abandoned'")
            .await,
        0
    );
}

/// `account-service check-config` with the directory settings in the environment.
fn check_config(server: &Slapd, password_file: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_account-service"))
        .arg("check-config")
        .env("ACCOUNT_SERVICE_DATABASE", "sqlite:unused.db")
        .env("ACCOUNT_SERVICE_DIRECTORY_KIND", "ldap")
        .env("ACCOUNT_SERVICE_DIRECTORY_URL", server.url())
        .env("ACCOUNT_SERVICE_DIRECTORY_BIND_DN", slapd::SERVICE_DN)
        .env(
            "ACCOUNT_SERVICE_DIRECTORY_BIND_PASSWORD_FILE",
            password_file,
        )
        .env("ACCOUNT_SERVICE_DIRECTORY_USER_BASE", slapd::USERS)
        .output()
        .unwrap()
}

#[test]
fn check_config_binds_once_and_says_what_is_wrong() {
    if !servers("check_config_binds_once_and_says_what_is_wrong") {
        return;
    }
    let server = Slapd::start();
    let wrong = server.password_file("Wrong-Service-Secret-1");
    let out = check_config(&server, &wrong);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("refused the service account"), "{stderr}");
    assert!(
        !stderr.contains("Wrong-Service-Secret-1"),
        "the password is never shown"
    );

    let right = server.password_file(slapd::SERVICE_PASSWORD);
    let out = check_config(&server, &right);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("service account bound"), "{stdout}");
}

#[tokio::test]
async fn an_intent_whose_write_never_landed_is_abandoned_and_the_token_still_works() {
    let test = "an_intent_whose_write_never_landed_is_abandoned_and_the_token_still_works";
    if !servers(test) {
        return;
    }
    let (server, app) = slapd_and_app().await;
    let token = app.ava_reset_token().await;
    // What a crash right after writing the intent leaves: pending, the directory unchanged.
    let directory =
        Directory::new(server.connector(&server.url(), slapd::SERVICE_PASSWORD)).unwrap();
    let marker = directory.marker("AvaM1234").await.unwrap().unwrap();
    let plan = account_service::store::PasswordPlan {
        student_ref: flows::student_ref(&app, "AvaM1234").await,
        username: "AvaM1234".into(),
        password_hash: "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".into(),
        must_change: false,
        path: "self_service".into(),
        now: crate::common::START,
        use_token: Some(account_service::tokens::digest(&token)),
        audit: account_service::store::PlannedAudit {
            device_id: None,
            actor: "student".into(),
            action: "password_reset".into(),
            detail: "self_service".into(),
        },
        outbox: Vec::new(),
        guardian_notice: None,
        idempotency: None,
    };
    let id = app
        .store
        .begin_directory_intent(
            &plan,
            &marker.0,
            crate::common::START,
            crate::common::START + 10,
        )
        .await
        .unwrap();
    assert!(id.is_some());

    // While it may still be in flight, another change for Ava waits.
    let busy = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(
        busy.json()["code"],
        "directory_unavailable",
        "{}",
        body(&busy)
    );

    // Past its lease the directory is asked: unchanged, so the intent records nothing, and
    // the same reset token finishes the change.
    app.clock.advance(11);
    let retry = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(retry.status, 200, "{}", body(&retry));
    assert_eq!(pending_intents(&app, "abandoned").await, 1);
    assert_eq!(pending_intents(&app, "done").await, 1);
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 1);
    server
        .bind("AvaM1234", "Tangerine-Harbor-Quilt-58")
        .unwrap();
}
