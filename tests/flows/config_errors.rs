//! `kiosk check-config` as an operator meets it: every configuration error names the file,
//! the line, the key and what is allowed; global options go before or after the subcommand.

use std::process::Command;

fn kiosk() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kiosk"));
    cmd.env_clear();
    cmd
}

fn check(args: &[&str], envs: &[(&str, &str)]) -> (bool, String) {
    let mut cmd = kiosk();
    cmd.args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout),
    )
}

#[test]
fn every_configuration_error_names_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    let default = kiosk::config::DEFAULT_TOML;
    let with = |key_line: &str, replacement: &str| {
        let text: String = default
            .lines()
            .map(|l| {
                if l.starts_with(key_line) {
                    replacement
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(&bad, &text).unwrap();
        let line = text
            .lines()
            .position(|l| l == replacement)
            .expect("the line is in the file")
            + 1;
        format!("{}:{line}:", bad.display())
    };
    let path = bad.to_str().unwrap().to_string();
    let cases = [
        (
            "mode =",
            "mode = 'sideways'",
            "`mode`: unknown variant `sideways`, expected `kiosk` or `counter`",
        ),
        (
            "idle_timeout_secs =",
            "idle_timeout_secs = 5",
            "`idle_timeout_secs`: must be between 10 and 3600",
        ),
        (
            "idle_timeout_secs =",
            "idle_timeout_secs = 'soon'",
            "`idle_timeout_secs`: invalid type",
        ),
        (
            "default_language =",
            "default_language = \"xx\"",
            "`default_language`",
        ),
    ];
    for (starts, replacement, expected) in cases {
        let at = with(starts, replacement);
        for args in [
            vec!["check-config", "--config", path.as_str()],
            vec!["--config", path.as_str(), "check-config"],
        ] {
            let (ok, out) = check(&args, &[]);
            assert!(!ok, "{replacement} accepted");
            assert!(out.contains(&at), "{replacement}: names {at}: {out}");
            assert!(out.contains(expected), "{replacement}: {expected}: {out}");
        }
    }
    // A value from the environment names its variable instead of a line.
    std::fs::write(&bad, default).unwrap();
    let (ok, out) = check(
        &["check-config", "--config", path.as_str()],
        &[("KIOSK_MODE", "sideways")],
    );
    assert!(!ok);
    assert!(
        out.contains("`mode` (set by KIOSK_MODE): unknown variant `sideways`"),
        "{out}"
    );
}
