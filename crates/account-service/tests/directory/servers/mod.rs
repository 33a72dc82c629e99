//! Throw-away directory servers for the directory tests: OpenLDAP (`slapd`) on a free
//! loopback port from its own configuration in a temporary folder, Samba as an Active
//! Directory domain controller, and a listener that accepts and never answers.
//!
//! Without the programs installed a test prints SKIPPED and passes, unless
//! `DIRECTORY_TESTS_REQUIRED=1` (CI sets it) makes the absence a failure.

#![allow(dead_code)]

pub mod flows;
pub mod hanging;
pub mod samba;
pub mod slapd;

use std::path::Path;
use std::time::{Duration, Instant};

/// The demo students of `account_service::demo`, as the directory knows them.
pub const STUDENTS: [(&str, &str, &str); 5] = [
    ("AvaM1234", "Ava Martinez", "Sunflower-Maple-42"),
    ("BenO5678", "Ben Okafor", "Harbor-Lantern-77"),
    ("ChenW2468", "Chen Wei", "Quiet-Bamboo-19"),
    ("DanaC1357", "Dana Cohen", "Violet-Comet-88"),
    ("EliH9753", "Eli Haddad", "Cedar-Rocket-63"),
];

pub fn required() -> bool {
    std::env::var("DIRECTORY_TESTS_REQUIRED").is_ok_and(|v| v == "1")
}

/// Whether `program` can be run; prints SKIPPED for `test` when not (or fails, if required).
pub fn installed(programs: &[&str], test: &str) -> bool {
    let missing: Vec<&str> = programs
        .iter()
        .copied()
        .filter(|p| which(p).is_none())
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        !required(),
        "{test}: {missing:?} not installed, and DIRECTORY_TESTS_REQUIRED=1"
    );
    eprintln!("SKIPPED {test}: {missing:?} not installed");
    false
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/sbin".into()])
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

pub fn program(name: &str) -> std::path::PathBuf {
    which(name).unwrap_or_else(|| name.into())
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something accepts connections on `port`.
pub fn wait_for_port(port: u16, limit: Duration) -> Duration {
    let started = Instant::now();
    while started.elapsed() < limit {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return started.elapsed();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("nothing listens on 127.0.0.1:{port} after {limit:?}");
}

/// A simple bind with ldap-utils, independent of the service's connector (then a read of the
/// root DSE: Samba has no Who am I? operation): Ok when the directory accepts `password` for
/// `dn`, and the server's words otherwise.
pub fn bind(url: &str, dn: &str, password: &str, ca: Option<&Path>) -> Result<(), String> {
    let mut cmd = std::process::Command::new(program("ldapsearch"));
    cmd.args([
        "-x", "-H", url, "-D", dn, "-w", password, "-b", "", "-s", "base", "1.1",
    ]);
    if let Some(ca) = ca {
        cmd.env("LDAPTLS_CACERT", ca);
    }
    let out = cmd.output().expect("ldapsearch runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

pub fn write_secret(dir: &Path, name: &str, secret: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{secret}\n")).unwrap();
    path
}
