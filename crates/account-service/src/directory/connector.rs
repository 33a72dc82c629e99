//! The LDAP operations the service needs, on ldap3: find a student's entry, bind as the
//! student, set a new password (RFC 3062 Password Modify, or Active Directory's `unicodePwd`),
//! and read the entry's password-change marker for the reconciler.

use account_api::SecretString;
use ldap3::exop::PasswordModify;
use ldap3::{
    Ldap, LdapConnAsync, LdapConnSettings, LdapError, LdapResult, Mod, Scope, SearchEntry,
};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;
use zeroize::Zeroizing;

use super::pool::Pool;
use super::{BindOutcome, DirectoryConfig, DirectoryError, DirectoryKind};

/// Test-only: the process kills itself (SIGKILL) right after the directory accepted a new
/// password and before the database commits, so the suite can prove the reconciler right.
/// Documented in deploy/README.md; nothing sets it outside the tests.
pub const CRASH_AFTER_WRITE_VAR: &str = "WCK_TEST_CRASH_AFTER_DIRECTORY_WRITE";

/// What the directory says about an entry's password, read before a write: when it differs
/// afterwards, the write reached the directory. OpenLDAP: `pwdChangedTime` (ppolicy) and
/// `entryCSN` (any change to the entry, so an unrelated edit during the intent's few seconds
/// would count as the change); Active Directory: `pwdLastSet` (100 ns resolution).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker(pub String);

struct Entry {
    dn: String,
    marker: Marker,
}

pub struct Directory {
    config: DirectoryConfig,
    pool: Pool,
    tls: Option<Arc<rustls::ClientConfig>>,
    crash_after_write: bool,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

fn unavailable(sent: bool, why: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable {
        sent,
        why: why.to_string(),
    }
}

fn describe(r: &LdapResult) -> String {
    if r.text.is_empty() {
        format!("result {}", r.rc)
    } else {
        format!("result {}: {}", r.rc, r.text)
    }
}

/// A refused write, by its result code (RFC 4511 appendix A) and, for Active Directory, the
/// Windows error in the diagnostic text.
fn classify_write(r: &LdapResult) -> DirectoryError {
    let text = r.text.to_ascii_uppercase();
    match r.rc {
        // constraintViolation: ppolicy's quality checks, AD's 0000052D (length, complexity,
        // history).
        19 => DirectoryError::PolicyRefused(describe(r)),
        53 if text.contains("052D") => DirectoryError::PolicyRefused(describe(r)),
        3 | 51 | 52 | 80 => unavailable(true, describe(r)),
        _ => DirectoryError::AccountRefused(describe(r)),
    }
}

/// A student's bind. Active Directory answers 49 for several reasons, told apart by the
/// `data NNN` code in the text: 52e wrong password; 773 right password that must be changed
/// (a temporary one); 533 disabled, 532 and 701 expired, 775 locked.
fn classify_bind(r: &LdapResult) -> Result<BindOutcome, DirectoryError> {
    let text = r.text.to_ascii_lowercase();
    match r.rc {
        0 => Ok(BindOutcome::Accepted),
        49 if text.contains("data 773") => Ok(BindOutcome::Accepted),
        49 if ["data 533", "data 532", "data 701", "data 775"]
            .iter()
            .any(|code| text.contains(code)) =>
        {
            Ok(BindOutcome::AccountUnusable)
        }
        49 => Ok(BindOutcome::WrongPassword),
        3 | 51 | 52 | 80 => Err(unavailable(false, describe(r))),
        _ => Ok(BindOutcome::AccountUnusable),
    }
}

fn from_ldap_error(sent: bool, e: LdapError) -> DirectoryError {
    match e {
        LdapError::LdapResult { result } => match result.rc {
            3 | 51 | 52 | 80 => unavailable(sent, describe(&result)),
            _ => DirectoryError::AccountRefused(describe(&result)),
        },
        // Refused before anything left this process.
        LdapError::OpSend { .. } => unavailable(false, "the connection was closed"),
        other => unavailable(sent, other),
    }
}

/// `"password"` in UTF-16LE, what Active Directory expects in `unicodePwd`.
fn ad_password(password: &str) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity((password.len() + 2) * 2));
    for unit in std::iter::once(u16::from(b'"'))
        .chain(password.encode_utf16())
        .chain(std::iter::once(u16::from(b'"')))
    {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

impl Directory {
    pub fn new(config: DirectoryConfig) -> anyhow::Result<Self> {
        let tls = if config.url.starts_with("ldaps://") {
            Some(super::tls::client_config(config.ca_bundle.as_deref())?)
        } else {
            None
        };
        Ok(Directory {
            pool: Pool::new(config.pool_size),
            config,
            tls,
            crash_after_write: std::env::var_os(CRASH_AFTER_WRITE_VAR).is_some(),
        })
    }

    pub fn kind(&self) -> DirectoryKind {
        self.config.kind
    }

    pub fn url(&self) -> &str {
        &self.config.url
    }

    /// How long a change may be in flight: past this, an unfinished intent is the
    /// reconciler's to settle (a connection, a search, the write, with room to spare).
    pub fn lease(&self) -> Duration {
        (self.config.connect_timeout + self.config.operation_timeout * 3) * 2
    }

    fn op_timeout(&self) -> Duration {
        self.config.operation_timeout
    }

    async fn open(&self) -> Result<Ldap, DirectoryError> {
        let mut settings = LdapConnSettings::new().set_conn_timeout(self.config.connect_timeout);
        if let Some(tls) = &self.tls {
            settings = settings.set_config(tls.clone());
        }
        // ldap3's timeout covers the TCP connect; this one covers the TLS handshake too.
        let connect = LdapConnAsync::with_settings(settings, &self.config.url);
        let (conn, ldap) = tokio::time::timeout(self.config.connect_timeout, connect)
            .await
            .map_err(|_| unavailable(false, "connecting timed out"))?
            .map_err(|e| unavailable(false, e))?;
        tokio::spawn(async move {
            if let Err(e) = conn.drive().await {
                tracing::debug!(error = %e, "directory connection ended");
            }
        });
        Ok(ldap)
    }

    /// A connection bound as the service account: an idle one, or a new one.
    async fn service(&self, fresh: bool) -> Result<(super::pool::Slot, Ldap), DirectoryError> {
        let mut slot = tokio::time::timeout(self.op_timeout(), self.pool.slot(!fresh))
            .await
            .map_err(|_| unavailable(false, "every directory connection is busy"))?;
        if let Some(ldap) = slot.idle.take() {
            return Ok((slot, ldap));
        }
        let mut ldap = self.open().await?;
        let bound = ldap
            .with_timeout(self.op_timeout())
            .simple_bind(&self.config.bind_dn, self.config.bind_password.expose())
            .await
            .map_err(|e| from_ldap_error(false, e))?;
        match bound.rc {
            0 => Ok((slot, ldap)),
            3 | 51 | 52 | 80 => Err(unavailable(false, describe(&bound))),
            _ => Err(DirectoryError::ServiceBindRefused(describe(&bound))),
        }
    }

    fn marker_attributes(&self) -> &'static [&'static str] {
        match self.config.kind {
            DirectoryKind::Ldap => &["pwdChangedTime", "entryCSN"],
            DirectoryKind::ActiveDirectory => &["pwdLastSet"],
        }
    }

    async fn search(&self, ldap: &mut Ldap, username: &str) -> Result<Option<Entry>, LdapError> {
        let filter = format!(
            "({}={})",
            self.config.username_attribute,
            ldap3::ldap_escape(username)
        );
        let (entries, _) = ldap
            .with_timeout(self.op_timeout())
            .search(
                &self.config.user_base,
                Scope::Subtree,
                &filter,
                self.marker_attributes().to_vec(),
            )
            .await?
            .success()?;
        let mut entries = entries.into_iter().map(SearchEntry::construct);
        let Some(entry) = entries.next() else {
            return Ok(None);
        };
        if entries.next().is_some() {
            // Two entries for one username: writing to either could be the wrong student.
            return Err(LdapError::LdapResult {
                result: LdapResult {
                    rc: 32,
                    matched: String::new(),
                    text: "more than one entry has this username".into(),
                    refs: Vec::new(),
                    ctrls: Vec::new(),
                },
            });
        }
        // Every marker attribute the entry has: pwdChangedTime alone has one-second
        // resolution, entryCSN tells changes within a second apart.
        let marker = self
            .marker_attributes()
            .iter()
            .filter_map(|name| {
                entry
                    .attrs
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(k, v)| format!("{k}={}", v.join(",")))
            })
            .collect::<Vec<_>>()
            .join(";");
        Ok(Some(Entry {
            dn: entry.dn,
            marker: Marker(marker),
        }))
    }

    /// The student's entry on a service connection. A pooled connection the directory has
    /// since closed fails here, before any write: the search is tried once more on a new one.
    async fn find(
        &self,
        username: &str,
    ) -> Result<(super::pool::Slot, Ldap, Option<Entry>), DirectoryError> {
        let (slot, mut ldap) = self.service(false).await?;
        match self.search(&mut ldap, username).await {
            Ok(entry) => return Ok((slot, ldap, entry)),
            Err(LdapError::LdapResult { result }) => {
                self.pool.put_back(ldap);
                return Err(classify_write(&result));
            }
            Err(_) => drop((slot, ldap)),
        }
        let (slot, mut ldap) = self.service(true).await?;
        let entry = self
            .search(&mut ldap, username)
            .await
            .map_err(|e| from_ldap_error(false, e))?;
        Ok((slot, ldap, entry))
    }

    /// The marker of a student's entry now, or `None` when the directory has no such entry.
    pub async fn marker(&self, username: &str) -> Result<Option<Marker>, DirectoryError> {
        let (_slot, ldap, entry) = self.find(username).await?;
        self.pool.put_back(ldap);
        Ok(entry.map(|e| e.marker))
    }

    /// Binds as the student on a connection of its own, then closes it.
    pub async fn check_password(
        &self,
        username: &str,
        password: &SecretString,
    ) -> Result<BindOutcome, DirectoryError> {
        // An empty password is an unauthenticated bind, which servers accept (RFC 4513 5.1.2).
        if password.is_empty() {
            return Ok(BindOutcome::WrongPassword);
        }
        let (slot, ldap, entry) = self.find(username).await?;
        self.pool.put_back(ldap);
        drop(slot);
        let Some(entry) = entry else {
            return Ok(BindOutcome::WrongPassword);
        };
        let _slot = tokio::time::timeout(self.op_timeout(), self.pool.slot(false))
            .await
            .map_err(|_| unavailable(false, "every directory connection is busy"))?;
        let mut ldap = self.open().await?;
        let bound = ldap
            .with_timeout(self.op_timeout())
            .simple_bind(&entry.dn, password.expose())
            .await
            .map_err(|e| from_ldap_error(false, e));
        let _ = ldap.unbind().await;
        classify_bind(&bound?)
    }

    /// Sets a student's password as the service account; returns the marker read just
    /// before, for the intent record. `marker_before` is called with it before the write goes
    /// out, so the intent exists in the database before the directory can change.
    pub async fn set_password<F, Fut, E>(
        &self,
        username: &str,
        password: &SecretString,
        must_change: bool,
        marker_before: F,
    ) -> Result<(), E>
    where
        F: FnOnce(Marker) -> Fut,
        Fut: std::future::Future<Output = Result<(), E>>,
        E: From<DirectoryError>,
    {
        let (slot, mut ldap, entry) = self.find(username).await.map_err(E::from)?;
        let Some(entry) = entry else {
            self.pool.put_back(ldap);
            return Err(DirectoryError::AccountRefused(
                "no entry with this username under user_base".into(),
            )
            .into());
        };
        marker_before(entry.marker.clone()).await?;
        let result = match self.config.kind {
            DirectoryKind::Ldap => ldap
                .with_timeout(self.op_timeout())
                .extended(PasswordModify {
                    user_id: Some(&entry.dn),
                    old_pass: None,
                    new_pass: Some(password.expose()),
                })
                .await
                .map(|r| r.1),
            DirectoryKind::ActiveDirectory => {
                let quoted = ad_password(password.expose());
                // 0: must change at next sign-in; -1: set to now, clearing a must-change.
                let last_set: &[u8] = if must_change { b"0" } else { b"-1" };
                let mods: Vec<Mod<&[u8]>> = vec![
                    Mod::Replace(b"unicodePwd", HashSet::from([quoted.as_slice()])),
                    Mod::Replace(b"pwdLastSet", HashSet::from([last_set])),
                ];
                ldap.with_timeout(self.op_timeout())
                    .modify(&entry.dn, mods)
                    .await
            }
        };
        match result {
            Ok(r) if r.rc == 0 => {
                self.pool.put_back(ldap);
                drop(slot);
                if self.crash_after_write {
                    tracing::warn!("{CRASH_AFTER_WRITE_VAR} is set: killing the process");
                    // SAFETY: kill(2) on our own pid; no memory is touched.
                    unsafe {
                        libc::kill(libc::getpid(), libc::SIGKILL);
                    }
                }
                Ok(())
            }
            Ok(r) => {
                self.pool.put_back(ldap);
                Err(classify_write(&r).into())
            }
            // The request may have reached the directory: the connection is not reused.
            Err(e) => Err(from_ldap_error(true, e).into()),
        }
    }

    /// For `check-config`: binds as the service account once and reads `user_base`.
    pub async fn check(&self) -> Result<(), DirectoryError> {
        let (_slot, mut ldap) = self.service(true).await?;
        let found = ldap
            .with_timeout(self.op_timeout())
            .search(
                &self.config.user_base,
                Scope::Base,
                "(objectClass=*)",
                vec!["1.1"],
            )
            .await
            .map_err(|e| from_ldap_error(false, e))?;
        let _ = ldap.unbind().await;
        match found.1.rc {
            0 => Ok(()),
            32 => Err(DirectoryError::AccountRefused(format!(
                "user_base {:?} does not exist in the directory",
                self.config.user_base
            ))),
            _ => Err(from_ldap_error(false, LdapError::from(found.1))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(rc: u32, text: &str) -> LdapResult {
        LdapResult {
            rc,
            matched: String::new(),
            text: text.into(),
            refs: Vec::new(),
            ctrls: Vec::new(),
        }
    }

    #[test]
    fn ad_password_is_quoted_utf16le() {
        assert_eq!(
            ad_password("Ab").as_slice(),
            &[b'"', 0, b'A', 0, b'b', 0, b'"', 0]
        );
    }

    #[test]
    fn active_directory_bind_codes() {
        let wrong = result(49, "80090308: LdapErr: DSID-0C09041C, data 52e, v4563");
        let temporary = result(49, "80090308: LdapErr: DSID-0C09041C, data 773, v4563");
        let disabled = result(49, "80090308: LdapErr: DSID-0C09041C, data 533, v4563");
        assert_eq!(classify_bind(&wrong), Ok(BindOutcome::WrongPassword));
        assert_eq!(classify_bind(&temporary), Ok(BindOutcome::Accepted));
        assert_eq!(classify_bind(&disabled), Ok(BindOutcome::AccountUnusable));
        assert!(matches!(
            classify_bind(&result(51, "busy")),
            Err(DirectoryError::Unavailable { .. })
        ));
    }

    #[test]
    fn refused_writes() {
        let policy = result(
            19,
            "0000052D: Constraint violation - check_password_restrictions",
        );
        assert!(matches!(
            classify_write(&policy),
            DirectoryError::PolicyRefused(_)
        ));
        assert!(matches!(
            classify_write(&result(50, "no write access")),
            DirectoryError::AccountRefused(_)
        ));
        assert!(matches!(
            classify_write(&result(52, "")),
            DirectoryError::Unavailable { sent: true, .. }
        ));
    }
}
