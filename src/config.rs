//! `kiosk.toml`: loaded, overridden by `KIOSK_*` environment variables, and validated with
//! errors that name the bad key.

use account_api::config_errors::Source;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::i18n;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Kiosk,
    Counter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Normal,
    HighContrast,
}

/// How the terminal counts the columns of a cluster; the kiosk lays text out the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CellWidths {
    /// Each code point as glibc's wcwidth counts it (tmux, xterm, the Linux console).
    #[default]
    Wcwidth,
    /// Every combining mark, spacing vowel signs too, shares its letter's cells (mlterm).
    Mlterm,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BackendKind {
    Embedded,
    Url,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendConfig {
    pub kind: BackendKind,
    /// Embedded backend: folder for the SQLite file and this terminal's device token.
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// `url` backend: the service's base URL.
    #[serde(default)]
    pub url: Option<String>,
    /// `url` backend: file holding this terminal's device token.
    #[serde(default)]
    pub device_token_file: Option<PathBuf>,
    /// `url` backend: PEM bundle of CAs to trust instead of the system roots.
    #[serde(default)]
    pub ca_bundle: Option<PathBuf>,
    /// `url` backend: allow plain `http://` to a host other than this machine. Off: tokens
    /// and PINs would cross the network in the clear.
    #[serde(default)]
    pub allow_insecure_http: bool,
    #[serde(default = "default_request_timeout")]
    pub request_timeout_secs: u64,
    /// Embedded backend: argon2 memory cost in KiB.
    #[serde(default = "default_hash_memory")]
    pub hash_memory_kib: u32,
    /// Embedded backend: argon2 iterations.
    #[serde(default = "default_hash_iterations")]
    pub hash_iterations: u32,
    /// Embedded backend: staff sign in with a TOTP code too (the demo's Jordan Lee has the
    /// published secret JBSWY3DPEHPK3PXP). `false` lets any six digits through, for a demo
    /// on a machine without an authenticator; only the embedded service can turn it off.
    #[serde(default = "default_staff_totp")]
    pub staff_totp: bool,
}

fn default_staff_totp() -> bool {
    true
}

fn default_data_dir() -> PathBuf {
    PathBuf::from("data")
}
fn default_request_timeout() -> u64 {
    10
}
fn default_hash_memory() -> u32 {
    19_456
}
fn default_hash_iterations() -> u32 {
    2
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    pub mode: Mode,
    pub center_name: String,
    pub terminal_id: String,
    pub languages: Vec<String>,
    pub default_language: String,
    pub idle_timeout_secs: u64,
    #[serde(default = "default_idle_warning")]
    pub idle_warning_secs: u64,
    #[serde(default = "default_done_return")]
    pub done_return_secs: u64,
    pub theme: Theme,
    /// Reorder right-to-left text for terminals that do no bidi themselves.
    #[serde(default = "default_true")]
    pub bidi_reorder: bool,
    /// How the terminal counts columns (see `CellWidths`).
    #[serde(default)]
    pub cell_widths: CellWidths,
    /// argon2 PHC string of the staff exit code (`kiosk hash-exit-code`).
    #[serde(default)]
    pub staff_exit_code_hash: Option<String>,
    /// Log file; relative paths are under the backend's data folder.
    #[serde(default)]
    pub log_file: Option<PathBuf>,
    pub backend: BackendConfig,
    #[serde(default)]
    pub links: Links,
    /// Spoken guidance (`[speech]`).
    #[serde(default)]
    pub speech: crate::speech::SpeechSettings,
}

/// Official pages shown as QR codes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Links {
    pub nycsa: String,
    pub myschools: String,
    pub support_hub: String,
}

impl Default for Links {
    fn default() -> Self {
        Links {
            nycsa: "https://mystudent.nyc".into(),
            myschools: "https://www.myschools.nyc".into(),
            support_hub: "https://www.schools.nyc.gov/contact-us".into(),
        }
    }
}

fn default_idle_warning() -> u64 {
    20
}
fn default_done_return() -> u64 {
    20
}
fn default_true() -> bool {
    true
}

/// The configuration shipped in `kiosk.toml`, used when no file is given and none exists.
pub const DEFAULT_TOML: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml"));

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// Names the file, the line, the key and what is allowed.
    #[error("{0}")]
    Parse(account_api::config_errors::ConfigProblem),
    #[error("{0}")]
    Invalid(account_api::config_errors::ConfigProblem),
}

impl KioskConfig {
    /// Keeps only the languages the terminal named by `term` (the `TERM` variable) can draw,
    /// and returns the ones left out. The Linux text console (`TERM=linux`) draws Latin and
    /// Cyrillic only; if the default language is left out, the first one kept is the
    /// default.
    pub fn fit_terminal(&mut self, term: Option<&str>) -> Vec<String> {
        if term != Some("linux") {
            return Vec::new();
        }
        let (kept, dropped): (Vec<String>, Vec<String>) = self
            .languages
            .drain(..)
            .partition(|code| i18n::find_language(code).is_some_and(|l| l.console));
        self.languages = if kept.is_empty() {
            vec!["en".to_string()]
        } else {
            kept
        };
        if !self.languages.contains(&self.default_language) {
            self.default_language = self.languages[0].clone();
        }
        dropped
    }

    /// Loads `path` (or the built-in default when `None`), then applies `env` overrides.
    pub fn load(path: Option<&Path>, env: &[(String, String)]) -> Result<Self, ConfigError> {
        let (name, text) = match path {
            Some(p) => (
                p.display().to_string(),
                std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.display().to_string(),
                    source,
                })?,
            ),
            None => (
                "kiosk.toml (built in)".to_string(),
                DEFAULT_TOML.to_string(),
            ),
        };
        Self::parse(&name, &text, env)
    }

    pub fn parse(name: &str, text: &str, env: &[(String, String)]) -> Result<Self, ConfigError> {
        let env_keys = env_keys(env);
        let source = Source {
            file: name,
            text,
            env_keys: &env_keys,
        };
        let mut table: toml::Table = toml::from_str(text)
            .map_err(|e: toml::de::Error| ConfigError::Parse(source.syntax(&e)))?;
        apply_env(&mut table, env);
        let config: KioskConfig = source.deserialize(table).map_err(ConfigError::Parse)?;
        config.validate(&source)?;
        Ok(config)
    }

    fn validate(&self, source: &Source<'_>) -> Result<(), ConfigError> {
        let invalid =
            |key: &'static str, message: String| ConfigError::Invalid(source.problem(key, message));
        if self.center_name.trim().is_empty() || self.center_name.chars().count() > 60 {
            return Err(invalid("center_name", "must be 1 to 60 characters".into()));
        }
        if self.terminal_id.trim().is_empty() {
            return Err(invalid("terminal_id", "must not be empty".into()));
        }
        if self.languages.is_empty() {
            return Err(invalid(
                "languages",
                "must list at least one language".into(),
            ));
        }
        for code in &self.languages {
            if i18n::find_language(code).is_none() {
                return Err(invalid(
                    "languages",
                    format!("has unknown language code {code:?}"),
                ));
            }
        }
        if !self.languages.contains(&self.default_language) {
            return Err(invalid(
                "default_language",
                "must be one of `languages`".into(),
            ));
        }
        if !(10..=3600).contains(&self.idle_timeout_secs) {
            return Err(invalid(
                "idle_timeout_secs",
                "must be between 10 and 3600".into(),
            ));
        }
        if !(5..=120).contains(&self.idle_warning_secs) {
            return Err(invalid(
                "idle_warning_secs",
                "must be between 5 and 120".into(),
            ));
        }
        if !self.backend.staff_totp && self.backend.kind != BackendKind::Embedded {
            return Err(invalid(
                "backend.staff_totp",
                "can be false only with kind = \"embedded\" (the demo service inside the kiosk)"
                    .into(),
            ));
        }
        if !(1..=120).contains(&self.backend.request_timeout_secs) {
            return Err(invalid(
                "backend.request_timeout_secs",
                "must be between 1 and 120".into(),
            ));
        }
        if let Some(hash) = &self.staff_exit_code_hash {
            if argon2::PasswordHash::new(hash).is_err() {
                return Err(invalid(
                    "staff_exit_code_hash",
                    "is not an argon2 PHC string (use `kiosk hash-exit-code`)".into(),
                ));
            }
        }
        if let Some((key, message)) = self.speech.problem() {
            return Err(invalid(key, message));
        }
        if self.backend.kind == BackendKind::Url {
            let url = self.backend.url.as_deref().unwrap_or("");
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(invalid(
                    "backend.url",
                    "must be an http:// or https:// URL when backend.kind = \"url\"".into(),
                ));
            }
            if url.starts_with("http://") && !self.backend.allow_insecure_http && !is_loopback(url)
            {
                return Err(invalid(
                    "backend.url",
                    "uses plain http:// to another machine; use https:// (or set \
                     backend.allow_insecure_http = true on a network you trust)"
                        .into(),
                ));
            }
            if self.backend.device_token_file.is_none() {
                return Err(invalid(
                    "backend.device_token_file",
                    "is required when backend.kind = \"url\"".into(),
                ));
            }
        }
        Ok(())
    }

    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.idle_timeout_secs)
    }

    pub fn idle_warning(&self) -> Duration {
        Duration::from_secs(self.idle_warning_secs)
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.backend.request_timeout_secs)
    }
}

/// The dotted key each `KIOSK_*` variable sets, for naming it in an error.
fn env_keys(env: &[(String, String)]) -> Vec<(String, String)> {
    env.iter()
        .filter_map(|(name, _)| {
            let rest = name.strip_prefix("KIOSK_")?.to_ascii_lowercase();
            let key = match section_key(&rest) {
                Some((section, k)) => format!("{section}.{k}"),
                None => rest,
            };
            Some((key, name.clone()))
        })
        .collect()
}

/// The table a lower-cased variable name (after `KIOSK_`) belongs to, and its key there:
/// `backend_url` is `backend.url`, `speech_enabled` is `speech.enabled`.
fn section_key(name: &str) -> Option<(&'static str, &str)> {
    ["backend", "speech"].into_iter().find_map(|section| {
        let rest = name.strip_prefix(section)?.strip_prefix('_')?;
        Some((section, rest))
    })
}

/// `KIOSK_<KEY>` overrides a top-level key, `KIOSK_BACKEND_<KEY>` a backend key and
/// `KIOSK_SPEECH_<KEY>` a speech key. Values are
/// read as TOML when they parse (numbers, booleans, arrays) and as strings otherwise.
fn apply_env(table: &mut toml::Table, env: &[(String, String)]) {
    for (name, raw) in env {
        let Some(rest) = name.strip_prefix("KIOSK_") else {
            continue;
        };
        let key = rest.to_ascii_lowercase();
        // Read as a value: read as a document, `["/usr/bin/say"]` is a table header.
        let value = toml::from_str::<toml::Table>(&format!("v = {raw}"))
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or_else(|| toml::Value::String(raw.clone()));
        if let Some((section, section_key)) = section_key(&key) {
            let entry = table
                .entry(section)
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if let toml::Value::Table(t) = entry {
                t.insert(section_key.to_string(), value);
            }
        } else {
            table.insert(key, value);
        }
    }
}

/// Whether an `http://` URL names this machine (127.0.0.0/8, ::1 or localhost), read by the
/// same URL parser the client connects with: a hand-made split reads `http://a\@127.0.0.1/`
/// as loopback where the client goes to `a`.
fn is_loopback(url: &str) -> bool {
    let Some(host) = reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
    else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_default_is_valid() {
        let c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &[]).unwrap();
        assert_eq!(c.mode, Mode::Kiosk);
        assert_eq!(c.backend.kind, BackendKind::Embedded);
        assert_eq!(c.idle_timeout_secs, 90);
    }

    #[test]
    fn the_staff_code_can_be_off_only_in_the_embedded_demo() {
        let env = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Vec<_>>()
        };
        let c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &[]).unwrap();
        assert!(c.backend.staff_totp, "on by default");
        let off = env(&[("KIOSK_BACKEND_STAFF_TOTP", "false")]);
        let c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &off).unwrap();
        assert!(!c.backend.staff_totp);
        let served = env(&[
            ("KIOSK_BACKEND_STAFF_TOTP", "false"),
            ("KIOSK_BACKEND_KIND", "url"),
            ("KIOSK_BACKEND_URL", "http://127.0.0.1:8080"),
            ("KIOSK_BACKEND_DEVICE_TOKEN_FILE", "/dev/null"),
        ]);
        let e = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &served)
            .expect_err("refused with a url backend")
            .to_string();
        assert!(e.contains("backend.staff_totp"), "{e}");
    }

    #[test]
    fn the_linux_console_is_offered_only_what_it_can_draw() {
        let mut c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &[]).unwrap();
        assert!(c.fit_terminal(Some("xterm-256color")).is_empty());
        assert_eq!(c.languages.len(), 10);
        let dropped = c.fit_terminal(Some("linux"));
        assert_eq!(c.languages, ["en", "es", "ru", "ht", "fr"]);
        assert_eq!(dropped, ["zh", "bn", "ko", "ar", "ur"]);
        let env = vec![
            (
                "KIOSK_LANGUAGES".to_string(),
                r#"["ar", "ur", "fr"]"#.to_string(),
            ),
            ("KIOSK_DEFAULT_LANGUAGE".to_string(), "ar".to_string()),
        ];
        let mut c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap();
        c.fit_terminal(Some("linux"));
        assert_eq!(
            (c.languages.as_slice(), c.default_language.as_str()),
            (&["fr".to_string()][..], "fr")
        );
    }

    #[test]
    fn env_overrides_and_errors_name_the_key() {
        let env = vec![
            ("KIOSK_IDLE_TIMEOUT_SECS".to_string(), "30".to_string()),
            ("KIOSK_MODE".to_string(), "counter".to_string()),
            ("KIOSK_BACKEND_DATA_DIR".to_string(), "/tmp/x".to_string()),
        ];
        let c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap();
        assert_eq!(c.idle_timeout_secs, 30);
        assert_eq!(c.mode, Mode::Counter);
        assert_eq!(c.backend.data_dir, PathBuf::from("/tmp/x"));

        let env = vec![("KIOSK_IDLE_TIMEOUT_SECS".to_string(), "1".to_string())];
        let err = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("idle_timeout_secs"), "{err}");

        let bad = format!("{DEFAULT_TOML}\nsurprise = 1\n");
        let err = KioskConfig::parse("kiosk.toml", &bad, &[])
            .unwrap_err()
            .to_string();
        assert!(err.contains("surprise"), "{err}");

        let env = vec![("KIOSK_MODE".to_string(), "party".to_string())];
        let err = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("party") || err.contains("mode"), "{err}");
    }

    #[test]
    fn speech_is_set_from_the_environment_and_checked() {
        let env = vec![
            ("KIOSK_SPEECH_ENABLED".to_string(), "true".to_string()),
            (
                "KIOSK_SPEECH_COMMAND".to_string(),
                r#"["/usr/local/bin/say"]"#.to_string(),
            ),
        ];
        let c = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap();
        assert!(c.speech.enabled);
        assert_eq!(c.speech.command, ["/usr/local/bin/say"]);
        assert_eq!(c.speech.voice("es"), "es-419");
        let env = vec![
            ("KIOSK_SPEECH_ENABLED".to_string(), "true".to_string()),
            ("KIOSK_SPEECH_COMMAND".to_string(), "[]".to_string()),
        ];
        let err = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("speech.command"), "{err}");
    }

    #[test]
    fn url_backend_needs_a_token_file() {
        let env = vec![
            ("KIOSK_BACKEND_KIND".to_string(), "url".to_string()),
            (
                "KIOSK_BACKEND_URL".to_string(),
                "http://127.0.0.1:9".to_string(),
            ),
        ];
        let err = KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env)
            .unwrap_err()
            .to_string();
        assert!(err.contains("device_token_file"), "{err}");
    }

    #[test]
    fn plain_http_only_to_this_machine_unless_allowed() {
        let with = |url: &str, allow: &str| {
            let env = vec![
                ("KIOSK_BACKEND_KIND".to_string(), "url".to_string()),
                ("KIOSK_BACKEND_URL".to_string(), url.to_string()),
                (
                    "KIOSK_BACKEND_DEVICE_TOKEN_FILE".to_string(),
                    "/t".to_string(),
                ),
                (
                    "KIOSK_BACKEND_ALLOW_INSECURE_HTTP".to_string(),
                    allow.to_string(),
                ),
            ];
            KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).map_err(|e| e.to_string())
        };
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost/",
            "http://[::1]:80",
            "https://accounts.example.org",
        ] {
            assert!(with(ok, "false").is_ok(), "{ok}");
        }
        for refused in [
            "http://10.0.0.5:8080",
            "http://accounts.example.org",
            "http://127.0.0.1.evil.example/",
            "http://accounts.example.org:8080\\@127.0.0.1/",
            "http://accounts.example.org\\@localhost/",
        ] {
            let err = with(refused, "false").unwrap_err();
            assert!(
                err.contains("backend.url") && err.contains("https://"),
                "{err}"
            );
            assert!(
                with(refused, "true").is_ok(),
                "{refused} allowed on purpose"
            );
        }
    }
}
