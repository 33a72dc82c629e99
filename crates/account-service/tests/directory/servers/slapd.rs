//! A throw-away OpenLDAP server: its own slapd.conf and mdb database in a temporary folder,
//! the demo students loaded with `slapadd`, listening on a free loopback port.
//!
//! The tree: `uid=<username>,ou=students,dc=wck,dc=test` for each demo student (with the demo
//! password), the service account `cn=kiosk-service,ou=services,dc=wck,dc=test` allowed to
//! write passwords, ppolicy with a strict policy on Eli's entry (40 characters, so the
//! directory refuses what our own rules accept), and Dana's password closed to the service
//! account (the directory refuses to change it).

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use account_api::SecretString;
use account_service::directory::{DirectoryConfig, DirectoryKind};

use super::{program, wait_for_port, STUDENTS};

pub const BASE: &str = "dc=wck,dc=test";
pub const USERS: &str = "ou=students,dc=wck,dc=test";
pub const SERVICE_DN: &str = "cn=kiosk-service,ou=services,dc=wck,dc=test";
pub const SERVICE_PASSWORD: &str = "Service-Account-Secret-31";
pub const ROOT_DN: &str = "cn=admin,dc=wck,dc=test";
pub const ROOT_PASSWORD: &str = "Root-Secret-77";
/// The student whose entry has the strict password policy.
pub const STRICT: &str = "EliH9753";
/// The student whose password the service account may not write.
pub const CLOSED: &str = "DanaC1357";

pub struct Slapd {
    pub dir: tempfile::TempDir,
    pub port: u16,
    child: Option<Child>,
    /// How long the last start took until the port answered.
    pub started_in: Duration,
}

fn config(dir: &Path) -> String {
    let d = dir.display();
    format!(
        "include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
pidfile {d}/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
database mdb
suffix \"{BASE}\"
rootdn \"{ROOT_DN}\"
rootpw {ROOT_PASSWORD}
directory {d}/data
overlay ppolicy
access to dn.exact=\"uid={CLOSED},{USERS}\" attrs=userPassword
  by self write
  by anonymous auth
  by * none
access to attrs=userPassword
  by dn.exact=\"{SERVICE_DN}\" write
  by self write
  by anonymous auth
  by * none
access to * by * read
"
    )
}

fn tree() -> String {
    let mut ldif = format!(
        "dn: {BASE}
objectClass: dcObject
objectClass: organization
o: Welcome Center test district
dc: wck

dn: ou=students,{BASE}
objectClass: organizationalUnit
ou: students

dn: ou=services,{BASE}
objectClass: organizationalUnit
ou: services

dn: ou=policies,{BASE}
objectClass: organizationalUnit
ou: policies

dn: cn=strict,ou=policies,{BASE}
objectClass: device
objectClass: pwdPolicy
cn: strict
pwdAttribute: userPassword
pwdMinLength: 40
pwdCheckQuality: 2

dn: {SERVICE_DN}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: kiosk-service
userPassword: {SERVICE_PASSWORD}
"
    );
    for (username, name, password) in STUDENTS {
        let last = name.rsplit(' ').next().unwrap_or(name);
        ldif.push_str(&format!(
            "
dn: uid={username},{USERS}
objectClass: inetOrgPerson
uid: {username}
cn: {name}
sn: {last}
userPassword: {password}
"
        ));
        if username == STRICT {
            ldif.push_str(&format!(
                "pwdPolicySubentry: cn=strict,ou=policies,{BASE}\n"
            ));
        }
    }
    ldif
}

impl Slapd {
    /// Creates the database and starts the server.
    pub fn start() -> Slapd {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("data")).unwrap();
        std::fs::write(dir.path().join("slapd.conf"), config(dir.path())).unwrap();
        std::fs::write(dir.path().join("tree.ldif"), tree()).unwrap();
        let out = Command::new(program("slapadd"))
            .arg("-f")
            .arg(dir.path().join("slapd.conf"))
            .arg("-l")
            .arg(dir.path().join("tree.ldif"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "slapadd: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut slapd = Slapd {
            dir,
            port: super::free_port(),
            child: None,
            started_in: Duration::ZERO,
        };
        slapd.start_again();
        slapd
    }

    /// Starts the server (again) on the same port and database.
    pub fn start_again(&mut self) {
        let started = Instant::now();
        let mut cmd = Command::new(program("slapd"));
        cmd.arg("-f")
            .arg(self.dir.path().join("slapd.conf"))
            .arg("-h")
            .arg(self.url())
            // In the foreground, so that the child is the server itself.
            .args(["-d", "0"])
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
        self.child = Some(child);
        wait_for_port(self.port, Duration::from_secs(10));
        self.started_in = started.elapsed();
    }

    /// Stops the server, as a crash or an outage would.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    pub fn dn(username: &str) -> String {
        format!("uid={username},{USERS}")
    }

    pub fn bind(&self, username: &str, password: &str) -> Result<(), String> {
        super::bind(&self.url(), &Self::dn(username), password, None)
    }

    pub fn password_file(&self, secret: &str) -> PathBuf {
        super::write_secret(self.dir.path(), "bind-password", secret)
    }

    /// The connector's configuration for this server, with short timeouts for the tests.
    pub fn connector(&self, url: &str, bind_password: &str) -> DirectoryConfig {
        DirectoryConfig {
            kind: DirectoryKind::Ldap,
            url: url.to_string(),
            bind_dn: SERVICE_DN.to_string(),
            bind_password: SecretString::from_str_exact(bind_password),
            user_base: USERS.to_string(),
            username_attribute: "uid".to_string(),
            ca_bundle: None,
            connect_timeout: Duration::from_secs(1),
            operation_timeout: Duration::from_secs(1),
            pool_size: 4,
        }
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
    }
}
