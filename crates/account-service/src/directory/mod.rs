//! The district's directory (OpenLDAP or Active Directory) as the home of student passwords.
//!
//! With `[directory] kind = "ldap"` or `"active_directory"` the service checks a student's
//! current password by binding as the student, and writes every new password to the
//! directory before its own database records the change (see `domain::directory_change`).
//! The service account's password lives in a zeroizing buffer and is never formatted.

mod connector;
mod pool;
mod tls;

pub use connector::{Directory, Marker, CRASH_AFTER_WRITE_VAR};

/// Whether `path` is a readable PEM bundle of CA certificates.
pub fn check_ca_bundle(path: &std::path::Path) -> anyhow::Result<()> {
    tls::client_config(Some(path)).map(|_| ())
}

use account_api::SecretString;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectoryKind {
    /// OpenLDAP and other RFC 4511 servers: Password Modify (RFC 3062).
    Ldap,
    /// `unicodePwd` over TLS, `pwdLastSet = 0` for a temporary password.
    ActiveDirectory,
}

impl DirectoryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DirectoryKind::Ldap => "ldap",
            DirectoryKind::ActiveDirectory => "active_directory",
        }
    }
}

/// A validated `[directory]` section for `ldap` or `active_directory`.
pub struct DirectoryConfig {
    pub kind: DirectoryKind,
    pub url: String,
    pub bind_dn: String,
    pub bind_password: SecretString,
    pub user_base: String,
    pub username_attribute: String,
    pub ca_bundle: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub operation_timeout: Duration,
    /// Connections open at once, service account and student binds together.
    pub pool_size: usize,
}

impl fmt::Debug for DirectoryConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DirectoryConfig")
            .field("kind", &self.kind)
            .field("url", &self.url)
            .field("bind_dn", &self.bind_dn)
            .field("user_base", &self.user_base)
            .field("username_attribute", &self.username_attribute)
            .field("ca_bundle", &self.ca_bundle)
            .field("connect_timeout", &self.connect_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("pool_size", &self.pool_size)
            .finish_non_exhaustive()
    }
}

/// Why the directory did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectoryError {
    /// Not reached, too slow, or busy. `sent` tells whether the change may have reached the
    /// directory (the write itself timed out): then only the reconciler can tell.
    Unavailable { sent: bool, why: String },
    /// The directory's own password policy refused the new password.
    PolicyRefused(String),
    /// The account cannot take a password here (disabled, missing, no rights): the counter.
    AccountRefused(String),
    /// The service account itself was refused: a configuration problem.
    ServiceBindRefused(String),
}

impl fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DirectoryError::Unavailable { why, .. } => write!(f, "directory unavailable: {why}"),
            DirectoryError::PolicyRefused(why) => {
                write!(
                    f,
                    "the directory's password policy refused the password: {why}"
                )
            }
            DirectoryError::AccountRefused(why) => {
                write!(f, "the directory refused the account: {why}")
            }
            DirectoryError::ServiceBindRefused(why) => {
                write!(f, "the directory refused the service account's bind: {why}")
            }
        }
    }
}

impl std::error::Error for DirectoryError {}

/// Whether a student's password was right, per the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindOutcome {
    Accepted,
    WrongPassword,
    /// The password may be right, but the account cannot sign in (disabled, expired).
    AccountUnusable,
}
