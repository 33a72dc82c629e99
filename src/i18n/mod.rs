//! Localized text. Every user-facing string comes from the Fluent files under
//! `assets/locales/<lang>/`, embedded in the binary. A key missing in a language falls back to
//! English, so a gap shows English rather than a raw key.

mod languages;

pub use languages::{find as find_language, Language, LANGUAGES};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::Arc;

pub struct Locales {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

/// An argument for a message: a number (plural rules apply) or a string.
pub enum Arg<'a> {
    Num(i64),
    Str(&'a str),
}

impl Locales {
    pub fn load() -> Arc<Locales> {
        let mut bundles = HashMap::new();
        for lang in LANGUAGES {
            let Some(source) = lang.source else { continue };
            let Ok(langid) = lang.code.parse() else {
                continue;
            };
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    tracing::warn!(
                        lang = lang.code,
                        errors = errors.len(),
                        "locale file has syntax errors"
                    );
                    r
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            if bundle.add_resource(resource).is_err() {
                tracing::warn!(lang = lang.code, "locale file has duplicate keys");
            }
            bundles.insert(lang.code, bundle);
        }
        Arc::new(Locales { bundles })
    }

    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    pub fn t(&self, lang: &str, key: &str) -> String {
        self.t_args(lang, key, &[])
    }

    pub fn t_args(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        for code in [lang, "en"] {
            if let Some(text) = self.format(code, key, args) {
                return text;
            }
        }
        key.to_string()
    }

    fn format(&self, lang: &str, key: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(*s)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// Every message key of a language, for completeness tests.
    pub fn keys(&self, lang: &str) -> Vec<String> {
        let Some(source) = LANGUAGES
            .iter()
            .find(|l| l.code == lang)
            .and_then(|l| l.source)
        else {
            return Vec::new();
        };
        source
            .lines()
            .filter_map(|l| {
                let (key, _) = l.split_once('=')?;
                let key = key.trim();
                let starts_ok = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                (starts_ok
                    && !l.starts_with(' ')
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .then(|| key.to_string())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_loads_and_formats_plurals() {
        let l = Locales::load();
        assert!(l.has("en"));
        assert_eq!(l.t("en", "key-back"), "Esc: Back");
        let one = l.t_args("en", "attempts-left", &[("count", Arg::Num(1))]);
        assert!(one.contains("1 more try"), "{one}");
        let many = l.t_args("en", "attempts-left", &[("count", Arg::Num(3))]);
        assert!(many.contains("3 more tries"), "{many}");
    }

    #[test]
    fn missing_language_falls_back_to_english() {
        let l = Locales::load();
        assert_eq!(l.t("xx", "key-back"), "Esc: Back");
        assert_eq!(l.t("en", "no-such-key"), "no-such-key");
    }

    #[test]
    fn every_question_in_the_catalog_has_a_text() {
        let l = Locales::load();
        let keys = l.keys("en");
        for q in account_api::catalog::QUESTIONS {
            assert!(keys.contains(&format!("question-{}", q.id)), "{}", q.id);
        }
    }
}
