//! Configuration errors an operator can act on, for the kiosk's `kiosk.toml` and the service's
//! settings file alike: the file, the line, the key, and what is allowed (serde's own words
//! for enums and types), or the environment variable that set the value.

use serde::de::DeserializeOwned;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    pub file: String,
    pub line: Option<usize>,
    /// Dotted, as in the file: `backend.kind`.
    pub key: Option<String>,
    /// The environment variable the value came from, when it did.
    pub from_env: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(key) = &self.key {
            write!(f, "`{key}`")?;
            if let Some(var) = &self.from_env {
                write!(f, " (set by {var})")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ConfigProblem {}

/// Where a value came from: a file's text, and the environment variables that overrode keys
/// (variable name for each dotted key).
pub struct Source<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub env_keys: &'a [(String, String)],
}

impl Source<'_> {
    /// A problem with `key`, located in the file or named by its variable.
    pub fn problem(&self, key: &str, message: impl Into<String>) -> ConfigProblem {
        let from_env = self
            .env_keys
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, var)| var.clone());
        ConfigProblem {
            file: self.file.to_string(),
            line: if from_env.is_some() {
                None
            } else {
                key_line(self.text, key)
            },
            key: Some(key.to_string()),
            from_env,
            message: message.into(),
        }
    }

    /// A syntax error of the file itself.
    pub fn syntax(&self, e: &toml::de::Error) -> ConfigProblem {
        ConfigProblem {
            file: self.file.to_string(),
            line: e.span().map(|s| line_of(self.text, s.start)),
            key: None,
            from_env: None,
            message: e.message().trim().to_string(),
        }
    }

    /// Deserializes the merged table, naming the key of the first value that does not fit.
    pub fn deserialize<T: DeserializeOwned>(&self, table: toml::Table) -> Result<T, ConfigProblem> {
        serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|e| {
            let path = e.path().to_string();
            let message = e.inner().message().trim().to_string();
            // An unknown key is reported at its parent; name the key itself.
            let key = match unknown_field(&message) {
                Some(field) if path == "." || path.is_empty() => field.to_string(),
                Some(field) if path != field && !path.ends_with(&format!(".{field}")) => {
                    format!("{path}.{field}")
                }
                _ => path,
            };
            self.problem(&key, message)
        })
    }
}

fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line (1-based) where a dotted key is set: `key = …` under its `[section]`.
pub fn key_line(text: &str, dotted: &str) -> Option<usize> {
    let (section, key) = match dotted.rsplit_once('.') {
        Some((s, k)) => (s, k),
        None => ("", dotted),
    };
    let mut current = String::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if let Some(header) = line.strip_prefix('[') {
            current = header
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            continue;
        }
        if current != section {
            continue;
        }
        if let Some(rest) = line.strip_prefix(key) {
            let rest = rest.trim_start();
            if rest.starts_with('=') {
                return Some(i + 1);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        mode: Mode,
        #[serde(default)]
        backend: Backend,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Mode {
        Kiosk,
        Counter,
    }

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Backend {
        #[serde(default)]
        timeout: u32,
    }

    fn load(text: &str, env: &[(String, String)]) -> Result<Sample, ConfigProblem> {
        let source = Source {
            file: "bad.toml",
            text,
            env_keys: env,
        };
        let table: toml::Table = text.parse().map_err(|e| source.syntax(&e))?;
        source.deserialize(table)
    }

    #[test]
    fn a_bad_value_names_the_file_the_line_the_key_and_what_is_allowed() {
        let e = load("# kiosk\n\nmode = 'sideways'\n", &[]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bad.toml:3: `mode`: unknown variant `sideways`, expected `kiosk` or `counter`"
        );
        let e = load("mode = 'kiosk'\n[backend]\ntimeout = 'soon'\n", &[]).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.key.as_deref(), Some("backend.timeout"));
        let e = load("mode = 'kiosk'\n[backend]\ntimout = 3\n", &[]).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.key.as_deref(), Some("backend.timout"));
        assert!(e.message.contains("expected"), "{e}");
    }

    #[test]
    fn a_syntax_error_names_its_line_and_an_override_its_variable() {
        let e = load("mode = 'kiosk'\nthis is not toml\n", &[]).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        let env = [("mode".to_string(), "KIOSK_MODE".to_string())];
        let e = load("mode = 'sideways'\n", &env).unwrap_err();
        assert_eq!(e.from_env.as_deref(), Some("KIOSK_MODE"));
        assert!(e.to_string().contains("(set by KIOSK_MODE)"), "{e}");
    }
}
