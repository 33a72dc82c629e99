//! `account-service staff …` and `account-service report`, run as real processes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use account_service::domain::totp::TotpSecret;

fn service() -> Command {
    Command::new(env!("CARGO_BIN_EXE_account-service"))
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = service()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).unwrap();
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The `secret: …` line of an enrolment.
fn secret_of(stdout: &str) -> String {
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("secret: "))
        .expect("a secret line");
    line.trim().to_string()
}

#[test]
fn staff_add_list_reset_disable_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("staff.db").display());
    let cheap = ["--hash-memory-kib", "64", "--hash-iterations", "1"];
    let add = |id: &str, role: &str, password: &str| {
        let mut args = vec![
            "staff",
            "add",
            "--database",
            &db,
            id,
            "--name",
            "Sam Ortiz",
            "--center",
            "Bronx Family Welcome Center",
            "--role",
            role,
        ];
        args.extend(cheap);
        run(&args, Some(password))
    };

    let out = add("fwc.bronx.02", "supervisor", "Counter-Strong-2026\n");
    let stdout = ok(&out);
    let secret = secret_of(&stdout);
    assert!(
        TotpSecret::parse(&secret).is_some(),
        "a base32 secret: {secret}"
    );
    assert_eq!(secret.len(), 32, "160 bits");
    assert_eq!(
        stdout.matches(&secret).count(),
        1,
        "the secret is printed once"
    );
    // The QR code: rows of half blocks, with the quiet zone around it.
    let qr_rows = stdout
        .lines()
        .filter(|l| l.contains('█') || l.contains('▀') || l.contains('▄'))
        .count();
    assert!(qr_rows >= 15, "a QR code drawn in the terminal:\n{stdout}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains(&secret));

    // The password never comes from the command line, and a short one is refused.
    let weak = add("fwc.bronx.03", "staff", "short\n");
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 12 characters"));
    let again = add("fwc.bronx.02", "staff", "Counter-Strong-2026\n");
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let list = ok(&run(&["staff", "list", "--database", &db], None));
    let rows: Vec<serde_json::Value> = list
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["staff_id"], "fwc.bronx.02");
    assert_eq!(rows[0]["role"], "supervisor");
    assert_eq!(rows[0]["has_totp"], 1);
    assert!(!list.contains(&secret), "list never shows the secret");
    assert!(!list.contains("argon2"), "nor the password hash");

    let reset = ok(&run(
        &["staff", "reset-totp", "--database", &db, "fwc.bronx.02"],
        None,
    ));
    let new_secret = secret_of(&reset);
    assert_ne!(new_secret, secret);
    assert_eq!(reset.matches(&new_secret).count(), 1);

    let disabled = ok(&run(
        &["staff", "disable", "--database", &db, "fwc.bronx.02"],
        None,
    ));
    assert!(disabled.contains("Disabled fwc.bronx.02"), "{disabled}");
    let list = ok(&run(&["staff", "list", "--database", &db], None));
    let row: serde_json::Value = serde_json::from_str(list.lines().next().unwrap()).unwrap();
    assert!(row["disabled_at"].is_i64(), "{row}");
    let twice = run(
        &["staff", "disable", "--database", &db, "fwc.bronx.02"],
        None,
    );
    assert!(!twice.status.success());
    let nobody = run(&["staff", "reset-totp", "--database", &db, "nobody"], None);
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("no staff member nobody"));

    // The report of a day without visits, in each format.
    for (format, expect) in [
        ("json", "\"time_zone\": \"America/New_York\""),
        ("csv", "metric,key,value\nday,,2026-12-01\n"),
        (
            "text",
            "Day's report 2026-12-01 (America/New_York), all centers",
        ),
    ] {
        let out = ok(&run(
            &[
                "report",
                "--database",
                &db,
                "--day",
                "2026-12-01",
                "--format",
                format,
            ],
            None,
        ));
        assert!(out.contains(expect), "{format}: {out}");
    }
    let bad = run(&["report", "--database", &db, "--day", "12/01/2026"], None);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("expected YYYY-MM-DD"));
}
