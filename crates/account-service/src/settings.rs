//! The service's configuration: a TOML file plus `ACCOUNT_SERVICE_*` environment overrides,
//! validated as a whole before anything starts. Every error names the key (or variable) at
//! fault, so `account-service check-config` tells IT staff exactly what to fix.

use account_api::config_errors::Source;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::config::{HashParams, ServiceConfig};
pub use crate::directory_settings::DirectorySettings;
use crate::store::Dialect;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// `sqlite:PATH` or `postgres://…`.
    pub database: String,
    /// Connections per instance to PostgreSQL.
    #[serde(default = "default_pool")]
    pub database_pool: u32,
    #[serde(default = "default_listen")]
    pub listen: SocketAddr,
    #[serde(default)]
    pub tls: Option<TlsSettings>,
    #[serde(default)]
    pub hash: HashSettings,
    #[serde(default)]
    pub limits: LimitSettings,
    #[serde(default)]
    pub log: LogSettings,
    /// Email delivery; without it emails stay queued in the outbox.
    #[serde(default)]
    pub smtp: Option<SmtpSettings>,
    /// Where student passwords live: this service's store, or the district's directory.
    #[serde(default)]
    pub directory: DirectorySettings,
    /// Accepted only as `true`: a served service always asks staff for a TOTP code. The
    /// kiosk's embedded demo service is the one place it can be off.
    #[serde(default = "default_staff_totp")]
    pub staff_totp: bool,
}

fn default_staff_totp() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpSettings {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    /// `starttls` (port 587), `tls` (port 465) or `none` (a relay on this machine only).
    #[serde(default = "default_smtp_security")]
    pub security: String,
    pub username: Option<String>,
    /// A file holding the SMTP password alone (or set ACCOUNT_SERVICE_SMTP_PASSWORD).
    pub password_file: Option<PathBuf>,
    /// `Name <address>` the emails come from.
    pub from: String,
    /// Where NYCSA and MySchools reset links point; the token is appended.
    pub nycsa_link: String,
    pub myschools_link: String,
    #[serde(default = "default_retry_base")]
    pub retry_base_secs: u64,
    #[serde(default = "default_retry_max")]
    pub retry_max_secs: u64,
}

fn default_smtp_port() -> u16 {
    587
}
fn default_smtp_security() -> String {
    "starttls".into()
}
fn default_retry_base() -> u64 {
    30
}
fn default_retry_max() -> u64 {
    3600
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsSettings {
    /// PEM certificate chain, leaf first.
    pub cert: PathBuf,
    /// PEM private key.
    pub key: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HashSettings {
    pub memory_kib: u32,
    pub iterations: u32,
    /// Hashes at once; more wait (memory stays at this × memory_kib).
    pub max_concurrent: usize,
}

impl Default for HashSettings {
    fn default() -> Self {
        let p = HashParams::default();
        HashSettings {
            memory_kib: p.memory_kib,
            iterations: p.iterations,
            max_concurrent: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitSettings {
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    /// A terminal silent this long is logged as lost.
    pub terminal_lost_after_secs: u64,
    /// A hand-off from a kiosk to the counter that nobody claimed is dropped after this.
    pub handoff_expiry_minutes: u64,
}

impl Default for LimitSettings {
    fn default() -> Self {
        LimitSettings {
            request_timeout_secs: 15,
            body_limit_bytes: 16 * 1024,
            terminal_lost_after_secs: 120,
            handoff_expiry_minutes: 60,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// `text` (for a terminal) or `json` (one JSON object per line).
    pub format: String,
    /// Write daily-rotated files here instead of standard error.
    pub directory: Option<PathBuf>,
    /// Rotated files kept.
    pub keep_files: usize,
    /// A `tracing` filter: `info`, `account_service=debug,info`, …
    pub level: String,
}

impl Default for LogSettings {
    fn default() -> Self {
        LogSettings {
            format: "text".into(),
            directory: None,
            keep_files: 14,
            level: "info".into(),
        }
    }
}

fn default_pool() -> u32 {
    crate::store::DEFAULT_POSTGRES_POOL
}
fn default_listen() -> SocketAddr {
    ([127, 0, 0, 1], 8080).into()
}

/// What an environment variable's text is read as.
#[derive(Clone, Copy, PartialEq, Eq)]
enum EnvValue {
    Text,
    Number,
    Flag,
}

/// Keys that may come from the environment, with how their value is read.
const ENV_KEYS: &[(&str, EnvValue)] = &[
    ("database", EnvValue::Text),
    ("database_pool", EnvValue::Number),
    ("listen", EnvValue::Text),
    ("staff_totp", EnvValue::Flag),
    ("tls.cert", EnvValue::Text),
    ("tls.key", EnvValue::Text),
    ("hash.memory_kib", EnvValue::Number),
    ("hash.iterations", EnvValue::Number),
    ("hash.max_concurrent", EnvValue::Number),
    ("limits.request_timeout_secs", EnvValue::Number),
    ("limits.body_limit_bytes", EnvValue::Number),
    ("limits.terminal_lost_after_secs", EnvValue::Number),
    ("limits.handoff_expiry_minutes", EnvValue::Number),
    ("log.format", EnvValue::Text),
    ("log.directory", EnvValue::Text),
    ("log.keep_files", EnvValue::Number),
    ("log.level", EnvValue::Text),
    ("smtp.host", EnvValue::Text),
    ("smtp.port", EnvValue::Number),
    ("smtp.security", EnvValue::Text),
    ("smtp.username", EnvValue::Text),
    ("smtp.password_file", EnvValue::Text),
    ("smtp.from", EnvValue::Text),
    ("smtp.nycsa_link", EnvValue::Text),
    ("smtp.myschools_link", EnvValue::Text),
    ("smtp.retry_base_secs", EnvValue::Number),
    ("smtp.retry_max_secs", EnvValue::Number),
    ("directory.kind", EnvValue::Text),
    ("directory.url", EnvValue::Text),
    ("directory.bind_dn", EnvValue::Text),
    ("directory.bind_password_file", EnvValue::Text),
    ("directory.user_base", EnvValue::Text),
    ("directory.username_attribute", EnvValue::Text),
    ("directory.ca_bundle", EnvValue::Text),
    ("directory.allow_insecure", EnvValue::Flag),
    ("directory.connect_timeout_secs", EnvValue::Number),
    ("directory.operation_timeout_secs", EnvValue::Number),
    ("directory.pool_size", EnvValue::Number),
];

pub const ENV_PREFIX: &str = "ACCOUNT_SERVICE_";

/// Variables of ours that are not configuration keys.
const ENV_OTHER: &[&str] = &["ACCOUNT_SERVICE_CONFIG", "ACCOUNT_SERVICE_SMTP_PASSWORD"];

pub fn env_name(key: &str) -> String {
    format!("{ENV_PREFIX}{}", key.replace('.', "_").to_ascii_uppercase())
}

impl Settings {
    /// Reads `file` (if any) and applies the environment; then validates.
    pub fn load(file: Option<&Path>, env: &[(String, String)]) -> anyhow::Result<Settings> {
        let (name, text) = match file {
            Some(path) => (
                path.display().to_string(),
                std::fs::read_to_string(path).map_err(|e| {
                    anyhow::anyhow!("cannot read the configuration file {}: {e}", path.display())
                })?,
            ),
            None => ("(no settings file)".to_string(), String::new()),
        };
        let mut env_keys = Vec::new();
        for (var, _) in env {
            if let Some((key, _)) = ENV_KEYS.iter().find(|(k, _)| env_name(k) == *var) {
                env_keys.push((key.to_string(), var.clone()));
            }
        }
        let source = Source {
            file: &name,
            text: &text,
            env_keys: &env_keys,
        };
        let mut table = text.parse::<toml::Table>().map_err(|e| source.syntax(&e))?;
        for (name, value) in env {
            if !name.starts_with(ENV_PREFIX) || ENV_OTHER.contains(&name.as_str()) {
                continue;
            }
            let Some((key, numeric)) = ENV_KEYS.iter().find(|(k, _)| env_name(k) == *name) else {
                anyhow::bail!("{name}: no such setting (known: {})", known_env());
            };
            let value = match numeric {
                EnvValue::Number => toml::Value::Integer(value.trim().parse().map_err(|_| {
                    source.problem(key, format!("expected a number, got {value:?}"))
                })?),
                EnvValue::Flag => toml::Value::Boolean(match value.trim() {
                    "true" | "1" | "yes" => true,
                    "false" | "0" | "no" => false,
                    _ => {
                        return Err(source
                            .problem(key, format!("expected true or false, got {value:?}"))
                            .into())
                    }
                }),
                EnvValue::Text => toml::Value::String(value.clone()),
            };
            set_path(&mut table, key, value);
        }
        let settings: Settings = source.deserialize(table)?;
        settings.validate().map_err(|e| {
            // Each check's message starts with the key it is about ("hash.memory_kib: …"):
            // that key is located in the file, or named by the variable that set it.
            let text = format!("{e:#}");
            match text.split_once(": ") {
                Some((key, rest)) if !key.contains(' ') => {
                    anyhow::Error::from(source.problem(key, rest))
                }
                _ => e,
            }
        })?;
        Ok(settings)
    }

    fn validate(&self) -> anyhow::Result<()> {
        if Dialect::of_url(&self.database).is_none() {
            anyhow::bail!(
                "database: expected sqlite:PATH or postgres://…, got {:?}",
                self.database
            );
        }
        if self.database_pool == 0 {
            anyhow::bail!("database_pool: must be at least 1");
        }
        if !self.staff_totp {
            // Loopback is no exception: a reverse proxy in front of a loopback service is
            // how the service is usually deployed.
            anyhow::bail!(
                "staff_totp: a served service always asks staff for a TOTP code; only the \
                 kiosk's embedded demo can turn it off (staff_totp = false under [backend] \
                 in kiosk.toml)"
            );
        }
        if let Some(tls) = &self.tls {
            for (key, path) in [("tls.cert", &tls.cert), ("tls.key", &tls.key)] {
                std::fs::metadata(path)
                    .map_err(|e| anyhow::anyhow!("{key}: {}: {e}", path.display()))?;
            }
            crate::tls::server_config(&tls.cert, &tls.key)
                .map_err(|e| anyhow::anyhow!("tls: {e:#}"))?;
        }
        argon2::Params::new(self.hash.memory_kib, self.hash.iterations, 1, None)
            .map_err(|e| anyhow::anyhow!("hash.memory_kib / hash.iterations: {e}"))?;
        if self.hash.memory_kib < 7 * 1024 {
            anyhow::bail!(
                "hash.memory_kib: {} is below 7168, OWASP's smallest argon2id setting",
                self.hash.memory_kib
            );
        }
        if self.hash.max_concurrent == 0 {
            anyhow::bail!("hash.max_concurrent: must be at least 1");
        }
        if !(1..=300).contains(&self.limits.request_timeout_secs) {
            anyhow::bail!("limits.request_timeout_secs: must be 1..=300");
        }
        if !(10..=86_400).contains(&self.limits.terminal_lost_after_secs) {
            anyhow::bail!("limits.terminal_lost_after_secs: must be 10..=86400");
        }
        if !(1..=24 * 60).contains(&self.limits.handoff_expiry_minutes) {
            anyhow::bail!("limits.handoff_expiry_minutes: must be 1..=1440");
        }
        if !(1024..=1024 * 1024).contains(&self.limits.body_limit_bytes) {
            anyhow::bail!("limits.body_limit_bytes: must be 1024..=1048576");
        }
        if !["text", "json"].contains(&self.log.format.as_str()) {
            anyhow::bail!(
                "log.format: expected \"text\" or \"json\", got {:?}",
                self.log.format
            );
        }
        tracing_subscriber::EnvFilter::try_new(&self.log.level)
            .map_err(|e| anyhow::anyhow!("log.level: {e}"))?;
        if let Some(smtp) = &self.smtp {
            self.smtp_config(smtp, None)?;
        }
        self.directory.config()?;
        Ok(())
    }

    /// The worker's configuration; `password` (from the environment) wins over the file.
    pub fn smtp_config(
        &self,
        smtp: &SmtpSettings,
        password: Option<zeroize::Zeroizing<String>>,
    ) -> anyhow::Result<crate::email::delivery::SmtpConfig> {
        use crate::email::delivery::{Security, SmtpConfig};
        let security = match smtp.security.as_str() {
            "starttls" => Security::StartTls,
            "tls" => Security::Tls,
            "none" => Security::None,
            other => anyhow::bail!("smtp.security: expected starttls, tls or none, got {other:?}"),
        };
        let from = smtp.from.parse().map_err(|e| {
            anyhow::anyhow!("smtp.from: {e} (expected `Name <address@example.org>`)")
        })?;
        for (key, link) in [
            ("smtp.nycsa_link", &smtp.nycsa_link),
            ("smtp.myschools_link", &smtp.myschools_link),
        ] {
            if !link.starts_with("https://") {
                anyhow::bail!("{key}: must be an https:// address");
            }
        }
        let password = match (password, &smtp.password_file) {
            (Some(p), _) => Some(p),
            (None, Some(path)) => Some(zeroize::Zeroizing::new(
                std::fs::read_to_string(path)
                    .map_err(|e| anyhow::anyhow!("smtp.password_file: {}: {e}", path.display()))?
                    .trim_end_matches(['\r', '\n'])
                    .to_string(),
            )),
            (None, None) => None,
        };
        let credentials = match (&smtp.username, password) {
            (Some(user), Some(p)) => Some((user.clone(), p)),
            (Some(_), None) => anyhow::bail!(
                "smtp.username: set smtp.password_file (or ACCOUNT_SERVICE_SMTP_PASSWORD) too"
            ),
            (None, _) => None,
        };
        Ok(SmtpConfig {
            host: smtp.host.clone(),
            port: smtp.port,
            security,
            credentials,
            from,
            nycsa_link: smtp.nycsa_link.clone(),
            myschools_link: smtp.myschools_link.clone(),
            retry_base: Duration::from_secs(smtp.retry_base_secs.max(1)),
            retry_max: Duration::from_secs(smtp.retry_max_secs.max(smtp.retry_base_secs).max(1)),
            poll: Duration::from_secs(2),
            lease: Duration::from_secs(120),
        })
    }

    pub fn service_config(&self) -> ServiceConfig {
        let mut config = ServiceConfig::new(self.database.clone(), self.listen);
        config.security.hash = HashParams {
            memory_kib: self.hash.memory_kib,
            iterations: self.hash.iterations,
            parallelism: 1,
        };
        config.security.max_concurrent_hashes = self.hash.max_concurrent;
        config.request_timeout = Duration::from_secs(self.limits.request_timeout_secs);
        config.body_limit_bytes = self.limits.body_limit_bytes;
        config.terminal_lost_after = Duration::from_secs(self.limits.terminal_lost_after_secs);
        config.security.handoff_ttl_secs = self.limits.handoff_expiry_minutes as i64 * 60;
        config.database_pool = self.database_pool;
        config
    }

    /// The directory connector, when `[directory]` names one.
    pub fn directory_connector(
        &self,
    ) -> anyhow::Result<Option<std::sync::Arc<crate::directory::Directory>>> {
        self.directory
            .config()?
            .map(|c| crate::directory::Directory::new(c).map(std::sync::Arc::new))
            .transpose()
    }

    /// The TLS configuration, when the service terminates TLS itself.
    pub fn tls_config(&self) -> anyhow::Result<Option<std::sync::Arc<rustls::ServerConfig>>> {
        self.tls
            .as_ref()
            .map(|t| crate::tls::server_config(&t.cert, &t.key))
            .transpose()
    }
}

fn known_env() -> String {
    ENV_KEYS
        .iter()
        .map(|(k, _)| env_name(k))
        .collect::<Vec<_>>()
        .join(", ")
}

fn set_path(table: &mut toml::Table, key: &str, value: toml::Value) {
    match key.split_once('.') {
        Some((section, rest)) => {
            let entry = table
                .entry(section.to_string())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if !entry.is_table() {
                *entry = toml::Value::Table(toml::Table::new());
            }
            if let toml::Value::Table(inner) = entry {
                set_path(inner, rest, value);
            }
        }
        None => {
            table.insert(key.to_string(), value);
        }
    }
}

#[cfg(test)]
mod staff_totp_tests {
    use super::*;

    #[test]
    fn a_served_service_refuses_to_run_without_the_staff_code() {
        let file = "database = \"sqlite:/tmp/x.db\"\nstaff_totp = false\n";
        let dir = std::env::temp_dir().join(format!("staff-totp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("service.toml");
        std::fs::write(&path, file).unwrap();
        let e = format!("{:#}", Settings::load(Some(&path), &[]).unwrap_err());
        assert!(e.contains("staff_totp"), "{e}");
        assert!(e.contains("embedded demo"), "{e}");
        let env = [(env_name("staff_totp"), "false".to_string())];
        let e = format!(
            "{:#}",
            Settings::load(
                None,
                &[
                    env[0].clone(),
                    (env_name("database"), "sqlite:/tmp/x.db".into())
                ]
            )
            .unwrap_err()
        );
        assert!(
            e.contains("ACCOUNT_SERVICE_STAFF_TOTP") || e.contains("staff_totp"),
            "{e}"
        );
        std::fs::write(&path, "database = \"sqlite:/tmp/x.db\"\n").unwrap();
        assert!(Settings::load(Some(&path), &[]).unwrap().staff_totp);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
