//! Samba as an Active Directory domain controller, provisioned into a temporary folder.
//!
//! Samba's LDAP ports are fixed (389, 636), so there is one at a time per machine: the AD
//! test binary provisions once and runs its scenarios in one test. Its TLS certificate is made
//! here (for 127.0.0.1 and localhost, by a throw-away CA) so the connector verifies it like a
//! district's own CA.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use account_api::SecretString;
use account_service::directory::{DirectoryConfig, DirectoryKind};

use super::{program, wait_for_port, STUDENTS};

pub const REALM: &str = "TEST.EXAMPLE.ORG";
pub const BASE: &str = "DC=test,DC=example,DC=org";
pub const USERS: &str = "CN=Users,DC=test,DC=example,DC=org";
pub const ADMIN_DN: &str = "CN=Administrator,CN=Users,DC=test,DC=example,DC=org";
pub const ADMIN_PASSWORD: &str = "Admin-Secret-2026x";
pub const URL: &str = "ldaps://127.0.0.1:636";

pub struct Samba {
    pub dir: tempfile::TempDir,
    child: Child,
    pub provisioned_in: Duration,
    pub started_in: Duration,
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and a certificate for 127.0.0.1 signed by it, as PEM files in `dir`.
fn certificates(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "Test district CA");
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let mut params =
        CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).unwrap();
    params
        .distinguished_name
        .push(DnType::CommonName, "dc1.test.example.org");
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    let (ca_path, cert_path, key_path) = (
        dir.join("ca.pem"),
        dir.join("cert.pem"),
        dir.join("key.pem"),
    );
    std::fs::write(&ca_path, ca.pem()).unwrap();
    std::fs::write(&cert_path, cert.pem()).unwrap();
    std::fs::write(&key_path, key.serialize_pem()).unwrap();
    // Samba refuses a key file others can read.
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    (ca_path, cert_path, key_path)
}

impl Samba {
    pub fn start() -> Samba {
        let dir = tempfile::tempdir().unwrap();
        let (ca, cert, key) = certificates(dir.path());
        let target = dir.path().join("ad");
        let started = Instant::now();
        run(Command::new(program("samba-tool")).args([
            "domain",
            "provision",
            &format!("--realm={REALM}"),
            "--domain=TEST",
            "--server-role=dc",
            "--dns-backend=NONE",
            &format!("--adminpass={ADMIN_PASSWORD}"),
            "--use-rfc2307",
            "--option=interfaces=lo",
            "--option=bind interfaces only=yes",
            // LDAP is all the tests need; fewer services start faster and take no other ports.
            "--option=server services=ldap",
            "--option=tls enabled=yes",
            &format!("--option=tls keyfile={}", key.display()),
            &format!("--option=tls certfile={}", cert.display()),
            &format!("--option=tls cafile={}", ca.display()),
            &format!("--targetdir={}", target.display()),
        ]));
        let conf = target.join("etc/smb.conf");
        // Samba (like Windows for NTLM) accepts the previous password for an hour by default;
        // the tests check that it is gone at once. Provisioning does not keep this option.
        let text = std::fs::read_to_string(&conf).unwrap();
        std::fs::write(
            &conf,
            text.replacen(
                "[global]\n",
                "[global]\n\told password allowed period = 0\n",
                1,
            ),
        )
        .unwrap();
        for (username, name, password) in STUDENTS.iter().take(3) {
            let (given, surname) = name.split_once(' ').unwrap();
            run(Command::new(program("samba-tool"))
                .args(["user", "create", username, password])
                .arg(format!("--given-name={given}"))
                .arg(format!("--surname={surname}"))
                .arg("-s")
                .arg(&conf));
        }
        let provisioned_in = started.elapsed();
        let started = Instant::now();
        let mut cmd = Command::new(program("samba"));
        cmd.arg("-s")
            .arg(&conf)
            .args(["-i", "-M", "single"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: prctl in the child before exec; it touches no memory of ours. The server
        // dies with the test thread that started it, even if the test binary is killed.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap();
        wait_for_port(636, Duration::from_secs(60));
        let mut samba = Samba {
            dir,
            child,
            provisioned_in,
            started_in: Duration::ZERO,
        };
        // The port opens before the directory answers binds.
        let deadline = Instant::now() + Duration::from_secs(60);
        while samba.bind_dn(ADMIN_DN, ADMIN_PASSWORD).is_err() {
            assert!(Instant::now() < deadline, "Samba does not answer binds");
            std::thread::sleep(Duration::from_millis(200));
        }
        samba.started_in = started.elapsed();
        samba
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    pub fn upn(username: &str) -> String {
        format!("{username}@{}", REALM.to_ascii_lowercase())
    }

    pub fn bind_dn(&self, dn: &str, password: &str) -> Result<(), String> {
        super::bind(URL, dn, password, Some(&self.ca()))
    }

    pub fn bind(&self, username: &str, password: &str) -> Result<(), String> {
        self.bind_dn(&Self::upn(username), password)
    }

    /// One attribute of a user's entry, read as the administrator.
    pub fn attribute(&self, username: &str, attribute: &str) -> String {
        let out = Command::new(program("ldapsearch"))
            .env("LDAPTLS_CACERT", self.ca())
            .args([
                "-x",
                "-LLL",
                "-H",
                URL,
                "-D",
                ADMIN_DN,
                "-w",
                ADMIN_PASSWORD,
                "-b",
                USERS,
            ])
            .arg(format!("(sAMAccountName={username})"))
            .arg(attribute)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{attribute}: ")))
            .unwrap_or("")
            .to_string()
    }

    pub fn connector(&self) -> DirectoryConfig {
        DirectoryConfig {
            kind: DirectoryKind::ActiveDirectory,
            url: URL.to_string(),
            bind_dn: ADMIN_DN.to_string(),
            bind_password: SecretString::from_str_exact(ADMIN_PASSWORD),
            user_base: USERS.to_string(),
            username_attribute: "sAMAccountName".to_string(),
            ca_bundle: Some(self.ca()),
            connect_timeout: Duration::from_secs(5),
            operation_timeout: Duration::from_secs(5),
            pool_size: 4,
        }
    }
}

impl Drop for Samba {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
