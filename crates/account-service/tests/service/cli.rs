//! The command lines deployment scripts rely on (DESIGN.md §7), run as real processes.

use std::process::Command;

fn service() -> Command {
    Command::new(env!("CARGO_BIN_EXE_account-service"))
}

#[test]
fn seed_demo_devices_add_outbox_and_audit() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("cli.db").display());
    let cheap = ["--hash-memory-kib", "64", "--hash-iterations", "1"];

    for _ in 0..2 {
        let out = service()
            .args(["seed-demo", "--database", &db])
            .args(cheap)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let out = service()
        .args([
            "devices",
            "add",
            "--database",
            &db,
            "--name",
            "front desk",
            "--mode",
            "counter",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "the token alone on stdout: {stdout:?}");
    assert!(lines[0].len() >= 43);

    let bad = service()
        .args([
            "devices",
            "add",
            "--database",
            &db,
            "--name",
            "x",
            "--mode",
            "admin",
        ])
        .output()
        .unwrap();
    assert!(!bad.status.success());

    let out = service()
        .args(["outbox", "list", "--database", &db])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "nothing queued yet");

    let out = service()
        .args(["audit", "--database", &db])
        .output()
        .unwrap();
    let audit = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(audit.lines().next().unwrap()).unwrap();
    assert_eq!(first["action"], "device_registered");
    // Only the hash of the token is stored.
    let raw = std::fs::read(dir.path().join("cli.db")).unwrap();
    let wal = std::fs::read(dir.path().join("cli.db-wal")).unwrap_or_default();
    let needle = lines[0].as_bytes();
    assert!(!raw.windows(needle.len()).any(|w| w == needle));
    assert!(!wal.windows(needle.len()).any(|w| w == needle));
}

#[test]
fn a_bad_database_url_is_a_clear_error() {
    let out = service()
        .args(["seed-demo", "--database", "mysql://x"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
}

/// A terminal stands in the center `--center` names, the demo center without it; a center
/// that is blank or holds control characters is refused before anything is registered.
#[test]
fn devices_add_puts_a_terminal_in_its_center() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("centers.db").display());
    let add = |name: &str, center: Option<&str>| {
        let mut cmd = service();
        cmd.args([
            "devices",
            "add",
            "--database",
            &db,
            "--name",
            name,
            "--mode",
            "kiosk",
        ]);
        if let Some(c) = center {
            cmd.args(["--center", c]);
        }
        cmd.output().unwrap()
    };
    assert!(add("queens", Some("Queens Family Welcome Center"))
        .status
        .success());
    assert!(add("bronx", None).status.success());
    for bad in ["   ", "Line\nbreak"] {
        let out = add("bad", Some(bad));
        assert!(!out.status.success(), "{bad:?} was taken");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--center"));
    }
    let out = service()
        .args(["devices", "list", "--database", &db])
        .output()
        .unwrap();
    let mut centers: Vec<(String, String)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let row: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                row["name"].as_str().unwrap().to_string(),
                row["center"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    centers.sort();
    let want = [
        ("bronx", "Bronx Family Welcome Center"),
        ("queens", "Queens Family Welcome Center"),
    ]
    .map(|(n, c)| (n.to_string(), c.to_string()));
    assert_eq!(centers, want);
}
