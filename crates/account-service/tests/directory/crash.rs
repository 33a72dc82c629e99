//! `kill -9` between the directory write and the database commit, with the real binary: the
//! test-only hook `WCK_TEST_CRASH_AFTER_DIRECTORY_WRITE` makes the service SIGKILL itself
//! right after OpenLDAP accepted the new password. At the next start the reconciler finds the
//! pending intent, sees the entry's marker moved, and records the change once: audit row,
//! email, 30-day clock. The kiosk's retry of the same request then gets the stored answer.

use crate::servers::slapd::{self, Slapd};
use account_api::endpoints::{self as ep, Endpoint as _};
use sqlx::Connection;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn service() -> Command {
    Command::new(env!("CARGO_BIN_EXE_account-service"))
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn serve(
    db: &str,
    port: u16,
    server: &Slapd,
    password_file: &std::path::Path,
    crash: bool,
) -> Child {
    let mut cmd = service();
    cmd.arg("serve")
        .env("ACCOUNT_SERVICE_DATABASE", db)
        .env("ACCOUNT_SERVICE_LISTEN", format!("127.0.0.1:{port}"))
        .env("ACCOUNT_SERVICE_HASH_MEMORY_KIB", "7168")
        .env("ACCOUNT_SERVICE_HASH_ITERATIONS", "1")
        .env("ACCOUNT_SERVICE_DIRECTORY_KIND", "ldap")
        .env("ACCOUNT_SERVICE_DIRECTORY_URL", server.url())
        .env("ACCOUNT_SERVICE_DIRECTORY_BIND_DN", slapd::SERVICE_DN)
        .env(
            "ACCOUNT_SERVICE_DIRECTORY_BIND_PASSWORD_FILE",
            password_file,
        )
        .env("ACCOUNT_SERVICE_DIRECTORY_USER_BASE", slapd::USERS)
        .env("ACCOUNT_SERVICE_DIRECTORY_CONNECT_TIMEOUT_SECS", "1")
        .env("ACCOUNT_SERVICE_DIRECTORY_OPERATION_TIMEOUT_SECS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if crash {
        cmd.env(account_service::directory::CRASH_AFTER_WRITE_VAR, "1");
    }
    let child = cmd.spawn().unwrap();
    crate::servers::wait_for_port(port, Duration::from_secs(30));
    child
}

async fn count(db: &str, query: &str) -> i64 {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(db).await.unwrap();
    sqlx::query_scalar(query)
        .fetch_one(&mut conn)
        .await
        .unwrap()
}

async fn post(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    path: &str,
    body: serde_json::Value,
    key: Option<&str>,
) -> reqwest::Result<reqwest::Response> {
    let mut req = client
        .post(format!("{base}{path}"))
        .bearer_auth(token)
        .json(&body);
    if let Some(key) = key {
        req = req.header("Idempotency-Key", key);
    }
    req.send().await
}

#[tokio::test]
async fn killed_between_the_directory_write_and_the_commit_is_settled_at_the_next_start() {
    let test = "killed_between_the_directory_write_and_the_commit_is_settled_at_the_next_start";
    if !crate::servers::installed(&["slapd", "slapadd", "ldapsearch"], test) {
        return;
    }
    let server = Slapd::start();
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("crash.db").display());
    run(service().args([
        "seed-demo",
        "--database",
        &db,
        "--hash-memory-kib",
        "64",
        "--hash-iterations",
        "1",
    ]));
    let token = run(service().args([
        "devices",
        "add",
        "--database",
        &db,
        "--name",
        "kiosk",
        "--mode",
        "kiosk",
    ]));
    let password_file = server.password_file(slapd::SERVICE_PASSWORD);
    let port = crate::servers::free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();

    let mut first = serve(&db, port, &server, &password_file, true);
    let start = post(
        &client,
        &base,
        &token,
        ep::Start::PATH,
        serde_json::json!({"student": "AvaM1234", "birth_date": "2012-03-14"}),
        None,
    )
    .await
    .unwrap()
    .json::<serde_json::Value>()
    .await
    .unwrap();
    let verify = post(
        &client,
        &base,
        &token,
        ep::Verify::PATH,
        serde_json::json!({"flow": start["flow"], "pin": "50317"}),
        None,
    )
    .await
    .unwrap()
    .json::<serde_json::Value>()
    .await
    .unwrap();
    let reset = serde_json::json!({"reset_token": verify["reset_token"], "new_password": "Tangerine-Harbor-Quilt-58"});
    let killed = post(
        &client,
        &base,
        &token,
        ep::Reset::PATH,
        reset.clone(),
        Some("k1"),
    )
    .await;
    assert!(killed.is_err(), "the service died before answering");
    let status = first.wait().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGKILL), "{status:?}");

    // Between the two: the directory has the password, the database has only the intent.
    server
        .bind("AvaM1234", "Tangerine-Harbor-Quilt-58")
        .unwrap();
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM directory_intents WHERE state = 'pending'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE action = 'password_reset'"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE template = 'password_changed'"
        )
        .await,
        0
    );

    let restarted = Instant::now();
    let mut second = serve(&db, port, &server, &password_file, false);
    while count(
        &db,
        "SELECT COUNT(*) FROM directory_intents WHERE state = 'pending'",
    )
    .await
        > 0
    {
        assert!(
            restarted.elapsed() < Duration::from_secs(60),
            "the intent was never settled"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    eprintln!(
        "settled {:?} after the restart (the intent's lease runs out first)",
        restarted.elapsed()
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM directory_intents WHERE state = 'done'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE action = 'password_reset'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE template = 'password_changed'"
        )
        .await,
        1
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM students WHERE username = 'AvaM1234' AND last_self_reset_at IS NOT NULL").await, 1);

    // The kiosk sends the same request again: the stored answer, nothing applied twice.
    let retry = post(&client, &base, &token, ep::Reset::PATH, reset, Some("k1"))
        .await
        .unwrap();
    assert_eq!(retry.status(), 200);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_events WHERE action = 'password_reset'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE template = 'password_changed'"
        )
        .await,
        1
    );
    assert!(server.bind("AvaM1234", "Sunflower-Maple-42").is_err());
    let _ = second.kill();
    let _ = second.wait();
}
