//! What IT staff run (issue 10), as real processes: check-config, devices list|revoke,
//! backup, and a SIGTERM that lets the requests in flight finish, with JSON-lines logs.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn service() -> Command {
    Command::new(env!("CARGO_BIN_EXE_account-service"))
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(path: &Path, text: &str) {
    std::fs::File::create(path)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
}

fn seeded(dir: &Path) -> String {
    let db = format!("sqlite:{}", dir.join("ops.db").display());
    let (ok, _, err) = run(service().args([
        "seed-demo",
        "--database",
        &db,
        "--hash-memory-kib",
        "64",
        "--hash-iterations",
        "1",
    ]));
    assert!(ok, "{err}");
    db
}

#[test]
fn check_config_names_the_key_at_fault() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("service.toml");
    let check = |env: &[(&str, &str)]| {
        let mut cmd = service();
        cmd.args(["check-config", "--config", file.to_str().unwrap()]);
        cmd.env_clear();
        for (k, v) in env {
            cmd.env(k, v);
        }
        run(&mut cmd)
    };

    write(
        &file,
        "database = \"postgres://kiosk:hunter2@db.example.org/accounts\"\nlisten = \"0.0.0.0:8443\"\n[log]\nformat = \"json\"\n",
    );
    let (ok, out, err) = check(&[]);
    assert!(ok, "{err}");
    assert!(out.contains("configuration OK"), "{out}");
    assert!(
        !out.contains("hunter2"),
        "the password is not printed: {out}"
    );

    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 9] = [
        (
            "database = \"sqlite:/tmp/x.db\"\n[hash]\nmemory_kib = \"lots\"\n",
            &[],
            "memory_kib",
        ),
        (
            "database = \"sqlite:/tmp/x.db\"\n[limits]\ncolour = 3\n",
            &[],
            "colour",
        ),
        ("database = \"mysql://x\"\n", &[], "database"),
        (
            "database = \"sqlite:/tmp/x.db\"\n[hash]\nmemory_kib = 64\n",
            &[],
            "hash.memory_kib",
        ),
        (
            "database = \"sqlite:/tmp/x.db\"\n[tls]\ncert = \"/nope.pem\"\nkey = \"/nope.key\"\n",
            &[],
            "tls.cert",
        ),
        (
            "database = \"sqlite:/tmp/x.db\"\n",
            &[("ACCOUNT_SERVICE_HASH_ITERATIONS", "many")],
            "ACCOUNT_SERVICE_HASH_ITERATIONS",
        ),
        (
            "database = \"sqlite:/tmp/x.db\"\n",
            &[("ACCOUNT_SERVICE_LISTN", "0.0.0.0:1")],
            "ACCOUNT_SERVICE_LISTN",
        ),
            (
            "database = \"sqlite:/tmp/x.db\"\n[smtp]\nhost = \"mail\"\nfrom = \"not an address\"\nnycsa_link = \"https://a/\"\nmyschools_link = \"https://b/\"\n",
            &[],
            "smtp.from",
        ),
        (
            "database = \"sqlite:/tmp/x.db\"\n[smtp]\nhost = \"mail\"\nfrom = \"W <w@example.org>\"\nnycsa_link = \"http://a/\"\nmyschools_link = \"https://b/\"\n",
            &[],
            "smtp.nycsa_link",
        ),
];
    for (text, env, key) in cases {
        write(&file, text);
        let (ok, _, err) = check(env);
        assert!(!ok, "{text} {env:?} should be refused");
        assert!(err.contains(key), "error names {key}: {err}");
        if env.is_empty() {
            assert!(
                err.contains("service.toml:"),
                "error names the file and line: {err}"
            );
        }
    }
    // File, line, key and what is allowed, in one line an operator can act on.
    write(
        &file,
        "database = \"sqlite:/tmp/x.db\"\n[log]\nformat = \"json\"\nlevel = 7\n",
    );
    let (_, _, err) = check(&[]);
    assert!(
        err.contains("service.toml:4: `log.level`: invalid type: integer `7`, expected a string"),
        "{err}"
    );
    write(
        &file,
        "database = \"sqlite:/tmp/x.db\"\n\n[limits]\ncolour = 3\n",
    );
    let (_, _, err) = check(&[]);
    assert!(
        err.contains("service.toml:4: `limits.colour`: unknown field `colour`"),
        "{err}"
    );
    // The global --config goes before the subcommand as well as after it.
    let mut before = service();
    before.args(["--config", file.to_str().unwrap(), "check-config"]);
    before.env_clear();
    let (ok, _, err) = run(&mut before);
    assert!(!ok && err.contains("limits.colour"), "{err}");

    // The environment overrides the file.
    write(&file, "database = \"mysql://x\"\n");
    let (ok, out, err) = check(&[("ACCOUNT_SERVICE_DATABASE", "sqlite:/tmp/y.db")]);
    assert!(ok, "{err}");
    assert!(out.contains("sqlite:/tmp/y.db"), "{out}");
}

#[test]
fn devices_are_listed_without_tokens_and_revoked() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let (ok, token, err) = run(service().args([
        "devices",
        "add",
        "--database",
        &db,
        "--name",
        "Bronx kiosk 1",
        "--mode",
        "kiosk",
    ]));
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    let (ok, list, err) = run(service().args(["devices", "list", "--database", &db]));
    assert!(ok, "{err}");
    assert!(!list.contains(&token), "no token in the list");
    let row: serde_json::Value = serde_json::from_str(list.lines().next().unwrap()).unwrap();
    assert_eq!(row["name"], "Bronx kiosk 1");
    assert!(row["revoked_at"].is_null());
    let id = row["id"].as_str().unwrap().to_string();

    let (ok, _, err) = run(service().args(["devices", "revoke", "--database", &db, &id]));
    assert!(ok, "{err}");
    let (ok, _, err) = run(service().args(["devices", "revoke", "--database", &db, &id]));
    assert!(!ok && err.contains("no active device"), "{err}");
    let (_, list, _) = run(service().args(["devices", "list", "--database", &db]));
    let row: serde_json::Value = serde_json::from_str(list.lines().next().unwrap()).unwrap();
    assert!(row["revoked_at"].is_i64());

    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let store = account_service::store::connect(&db).await.unwrap();
        let hash = account_service::tokens::digest(&token);
        assert!(store.device_by_token_hash(&hash).await.unwrap().is_none());
        let audit = store.audit_events(None, 100).await.unwrap();
        assert!(audit.iter().any(|e| e.action == "device_revoked"));
    });
}

#[test]
fn backup_copies_a_live_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("copy.db");
    let (ok, _, err) =
        run(service().args(["backup", "--database", &db, "--to", copy.to_str().unwrap()]));
    assert!(ok, "{err}");
    let (ok, _, err) =
        run(service().args(["backup", "--database", &db, "--to", copy.to_str().unwrap()]));
    assert!(!ok && err.contains("already exists"), "{err}");
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let restored = account_service::store::connect(&format!("sqlite:{}", copy.display()))
            .await
            .unwrap();
        assert!(restored.student_exists("212345678").await.unwrap());
    });
}

#[tokio::test]
async fn sigterm_lets_requests_in_flight_finish_and_logs_are_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let (ok, token, err) = run(service().args([
        "devices",
        "add",
        "--database",
        &db,
        "--name",
        "k",
        "--mode",
        "kiosk",
    ]));
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    let logs = dir.path().join("logs");
    // Three days of older logs; with keep_files = 2 the oldest two go at start-up and today's
    // file is opened beside the newest one.
    std::fs::create_dir_all(&logs).unwrap();
    for day in 1..=3 {
        write(
            &logs.join(format!("account-service.2026-01-0{day}.log")),
            "{\"old\":true}\n",
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let file = dir.path().join("service.toml");
    write(
        &file,
        &format!(
            "database = \"{db}\"\nlisten = \"127.0.0.1:0\"\n[hash]\nmemory_kib = 7168\niterations = 1\n[log]\nformat = \"json\"\ndirectory = \"{}\"\nkeep_files = 2\n",
            logs.display()
        ),
    );
    let mut child = service()
        .args(["serve", "--config", file.to_str().unwrap()])
        .env_remove("RUST_LOG")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();

    // The port is in the first log line.
    let mut port = None;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let text = read_logs(&logs);
        if let Some(line) = text.lines().find(|l| l.contains("listening")) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            port = v["port"].as_u64();
            break;
        }
    }
    let base = format!(
        "http://127.0.0.1:{}",
        port.expect("the service logged its port")
    );
    let client = reqwest::Client::new();
    let start: serde_json::Value = client
        .post(format!("{base}/v1/self-service/start"))
        .bearer_auth(&token)
        .json(&serde_json::json!({"student": "AvaM1234", "birth_date": "2012-03-14"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let flow = start["flow"].as_str().unwrap().to_string();

    // A wrong PIN is answered after the failure delay (≥ 300 ms); stop the service meanwhile.
    let in_flight = tokio::spawn({
        let (client, base, token) = (client.clone(), base.clone(), token.clone());
        async move {
            client
                .post(format!("{base}/v1/self-service/verify"))
                .bearer_auth(&token)
                .json(&serde_json::json!({"flow": flow, "pin": "99991"}))
                .send()
                .await
                .map(|r| r.status().as_u16())
        }
    });
    tokio::time::sleep(Duration::from_millis(100)).await;
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = in_flight
        .await
        .unwrap()
        .expect("the request in flight was answered");
    assert_eq!(status, 401);
    let exit = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(exit.success(), "clean exit on SIGTERM: {exit:?}");

    let text = read_logs(&logs);
    assert!(text.contains("stopping"), "{text}");
    for line in text.lines() {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(line);
        assert!(parsed.is_ok(), "not a JSON line: {line}");
    }
    assert!(
        !text.contains("99991") && !text.contains(&token),
        "no secrets in the logs"
    );
    let mut files: Vec<String> = std::fs::read_dir(&logs)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    assert_eq!(files[0], "account-service.2026-01-03.log");
    let today = &files[1];
    assert!(
        today.starts_with("account-service.20") && today.ends_with(".log") && today.len() == 30,
        "one file per day: {today}"
    );
}

fn read_logs(dir: &Path) -> String {
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            text.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    text
}
