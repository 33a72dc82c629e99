//! The `[directory]` section of the settings file: where student passwords live.
//! Each check's message starts with the key it is about, so `Settings::load` can point at the
//! line (or the `ACCOUNT_SERVICE_DIRECTORY_*` variable) that set it.

use account_api::SecretString;
use serde::Deserialize;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::directory::{DirectoryConfig, DirectoryKind};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DirectorySettings {
    /// `builtin` (this service's own store, the default), `ldap` or `active_directory`.
    pub kind: String,
    /// `ldaps://host[:port]`; `ldap://` only to a loopback address unless `allow_insecure`.
    pub url: Option<String>,
    /// The service account's DN.
    pub bind_dn: Option<String>,
    /// A file holding the service account's password alone.
    pub bind_password_file: Option<PathBuf>,
    /// Where student entries are searched (subtree).
    pub user_base: Option<String>,
    /// `uid` for OpenLDAP, `sAMAccountName` for Active Directory (the defaults).
    pub username_attribute: Option<String>,
    /// PEM CA certificates for `ldaps://` (the system's roots without it).
    pub ca_bundle: Option<PathBuf>,
    /// Allows `ldap://` to another machine: passwords then cross the network in the clear.
    pub allow_insecure: bool,
    pub connect_timeout_secs: u64,
    pub operation_timeout_secs: u64,
    /// Connections to the directory at most, per service instance.
    pub pool_size: u64,
}

impl Default for DirectorySettings {
    fn default() -> Self {
        DirectorySettings {
            kind: "builtin".into(),
            url: None,
            bind_dn: None,
            bind_password_file: None,
            user_base: None,
            username_attribute: None,
            ca_bundle: None,
            allow_insecure: false,
            connect_timeout_secs: 5,
            operation_timeout_secs: 5,
            pool_size: 8,
        }
    }
}

/// The host of an `ldap://` or `ldaps://` URL, brackets of an IPv6 literal removed.
fn url_host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("ldaps://")
        .or_else(|| url.strip_prefix("ldap://"))?;
    let authority = rest.split('/').next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    (!host.is_empty()).then_some(host)
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

fn required<'a>(value: &'a Option<String>, key: &str) -> anyhow::Result<&'a str> {
    match value.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Ok(v),
        _ => anyhow::bail!(
            "directory.{key}: required when directory.kind is ldap or active_directory"
        ),
    }
}

impl DirectorySettings {
    /// The connector's configuration, or `None` for the built-in store. Reads the bind
    /// password file.
    pub fn config(&self) -> anyhow::Result<Option<DirectoryConfig>> {
        let kind = match self.kind.as_str() {
            "builtin" => return Ok(None),
            "ldap" => DirectoryKind::Ldap,
            "active_directory" => DirectoryKind::ActiveDirectory,
            other => anyhow::bail!(
                "directory.kind: expected \"builtin\", \"ldap\" or \"active_directory\", got {other:?}"
            ),
        };
        let url = required(&self.url, "url")?;
        let host = url_host(url).ok_or_else(|| {
            anyhow::anyhow!(
                "directory.url: expected ldaps://host[:port] or ldap://host[:port], got {url:?}"
            )
        })?;
        let tls = url.starts_with("ldaps://");
        if !tls && !is_loopback(host) && !self.allow_insecure {
            anyhow::bail!(
                "directory.url: ldap:// sends passwords in the clear; use ldaps:// (or set directory.allow_insecure = true)"
            );
        }
        if !tls && kind == DirectoryKind::ActiveDirectory && !self.allow_insecure {
            anyhow::bail!(
                "directory.url: Active Directory accepts unicodePwd only over TLS; use ldaps://"
            );
        }
        let bind_dn = required(&self.bind_dn, "bind_dn")?;
        let user_base = required(&self.user_base, "user_base")?;
        let path = self.bind_password_file.as_ref().ok_or_else(|| {
            anyhow::anyhow!("directory.bind_password_file: required when directory.kind is ldap or active_directory")
        })?;
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(path).map_err(|e| {
            anyhow::anyhow!("directory.bind_password_file: {}: {e}", path.display())
        })?);
        let password = text.trim_end_matches(['\r', '\n']);
        if password.is_empty() {
            anyhow::bail!("directory.bind_password_file: {} is empty", path.display());
        }
        if let Some(ca) = &self.ca_bundle {
            crate::directory::check_ca_bundle(ca)
                .map_err(|e| anyhow::anyhow!("directory.ca_bundle: {e:#}"))?;
        }
        for (key, secs) in [
            ("connect_timeout_secs", self.connect_timeout_secs),
            ("operation_timeout_secs", self.operation_timeout_secs),
        ] {
            if !(1..=120).contains(&secs) {
                anyhow::bail!("directory.{key}: must be 1..=120");
            }
        }
        if !(1..=256).contains(&self.pool_size) {
            anyhow::bail!("directory.pool_size: must be 1..=256");
        }
        let username_attribute = match &self.username_attribute {
            Some(a) if !a.trim().is_empty() => a.trim().to_string(),
            Some(_) => anyhow::bail!("directory.username_attribute: must not be empty"),
            None => match kind {
                DirectoryKind::Ldap => "uid".into(),
                DirectoryKind::ActiveDirectory => "sAMAccountName".into(),
            },
        };
        if !username_attribute
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            anyhow::bail!(
                "directory.username_attribute: {username_attribute:?} is not an attribute name"
            );
        }
        Ok(Some(DirectoryConfig {
            kind,
            url: url.to_string(),
            bind_dn: bind_dn.to_string(),
            bind_password: SecretString::from_str_exact(password),
            user_base: user_base.to_string(),
            username_attribute,
            ca_bundle: self.ca_bundle.clone(),
            connect_timeout: Duration::from_secs(self.connect_timeout_secs),
            operation_timeout: Duration::from_secs(self.operation_timeout_secs),
            pool_size: self.pool_size as usize,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    /// Loads settings from `text`; PWFILE names a bind password file kept while `dir` lives.
    fn load_in(
        dir: &tempfile::TempDir,
        text: &str,
        env: &[(&str, &str)],
    ) -> Result<Settings, String> {
        let file = dir.path().join("service.toml");
        std::fs::write(dir.path().join("pw"), "Bind-Secret-That-Never-Shows\n").unwrap();
        let text = text.replace("PWFILE", &dir.path().join("pw").display().to_string());
        std::fs::write(&file, text).unwrap();
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    v.replace("PWFILE", &dir.path().join("pw").display().to_string()),
                )
            })
            .collect();
        Settings::load(Some(&file), &env).map_err(|e| format!("{e:#}"))
    }

    fn load(text: &str, env: &[(&str, &str)]) -> Result<Settings, String> {
        load_in(&tempfile::tempdir().unwrap(), text, env)
    }

    const LDAP: &str = "database = \"sqlite:x.db\"\n[directory]\nkind = \"ldap\"\nurl = \"ldap://127.0.0.1:389\"\nbind_dn = \"cn=svc,dc=x\"\nbind_password_file = \"PWFILE\"\nuser_base = \"ou=students,dc=x\"\n";

    #[test]
    fn builtin_is_the_default_and_a_loopback_ldap_is_accepted() {
        let builtin = load("database = \"sqlite:x.db\"\n", &[]).unwrap();
        assert!(builtin.directory.config().unwrap().is_none());
        let dir = tempfile::tempdir().unwrap();
        let ldap = load_in(&dir, LDAP, &[])
            .unwrap()
            .directory
            .config()
            .unwrap()
            .unwrap();
        assert_eq!(ldap.kind, DirectoryKind::Ldap);
        assert_eq!(ldap.username_attribute, "uid");
        assert_eq!(ldap.bind_password.expose(), "Bind-Secret-That-Never-Shows");
        let shown = format!("{ldap:?}");
        assert!(!shown.contains("Bind-Secret"), "{shown}");
    }

    #[test]
    fn errors_name_the_line_or_the_variable() {
        let remote = LDAP.replace("ldap://127.0.0.1:389", "ldap://dc1.example.org");
        let e = load(&remote, &[]).unwrap_err();
        assert!(
            e.contains(":4:") && e.contains("directory.url") && e.contains("clear"),
            "{e}"
        );
        assert!(load(
            &remote,
            &[("ACCOUNT_SERVICE_DIRECTORY_ALLOW_INSECURE", "true")]
        )
        .is_ok());
        let e = load(LDAP, &[("ACCOUNT_SERVICE_DIRECTORY_KIND", "novell")]).unwrap_err();
        assert!(
            e.contains("ACCOUNT_SERVICE_DIRECTORY_KIND") && e.contains("novell"),
            "{e}"
        );
        let e = load(&LDAP.replace("user_base = \"ou=students,dc=x\"\n", ""), &[]).unwrap_err();
        assert!(
            e.contains("directory.user_base") && e.contains("required"),
            "{e}"
        );
        let ad = LDAP.replace("\"ldap\"", "\"active_directory\"");
        let e = load(&ad, &[]).unwrap_err();
        assert!(e.contains("ldaps://"), "{e}");
        let e = load(LDAP, &[("ACCOUNT_SERVICE_DIRECTORY_POOL_SIZE", "0")]).unwrap_err();
        assert!(e.contains("directory.pool_size"), "{e}");
        assert!(!e.contains("Bind-Secret"));
    }

    #[test]
    fn hosts_of_urls() {
        assert_eq!(url_host("ldaps://dc1.example.org"), Some("dc1.example.org"));
        assert_eq!(url_host("ldap://127.0.0.1:3890/"), Some("127.0.0.1"));
        assert_eq!(url_host("ldap://[::1]:389"), Some("::1"));
        assert_eq!(url_host("http://x"), None);
        assert!(is_loopback("::1") && is_loopback("127.0.0.1") && !is_loopback("10.0.0.1"));
    }
}
