//! The `[speech]` table of `kiosk.toml`: whether the kiosk speaks, with which program, and
//! the voice of each language.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The espeak-ng voice of each language, checked with `espeak-ng --voices=<code>` on
/// Debian 12 (espeak-ng 1.51). Latin American Spanish rather than Castilian, because that
/// is what most Spanish-speaking families in New York speak.
pub const DEFAULT_VOICES: [(&str, &str); 10] = [
    ("en", "en-us"),
    ("es", "es-419"),
    ("zh", "cmn"),
    ("bn", "bn"),
    ("ru", "ru"),
    ("ht", "ht"),
    ("ko", "ko"),
    ("ar", "ar"),
    ("ur", "ur"),
    ("fr", "fr-fr"),
];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SpeechSettings {
    /// Off: the kiosk never starts a speech program and shows no speech key.
    pub enabled: bool,
    /// Whether each visit begins speaking (the visitor can turn it off), or silent until
    /// the visitor asks for it.
    pub speak_at_start: bool,
    /// The program and its arguments. `{voice}` is replaced by the language's voice and
    /// `{lang}` by its code; the text arrives on standard input.
    pub command: Vec<String>,
    /// Voice per language code; languages left out keep their default voice.
    pub voices: BTreeMap<String, String>,
}

impl Default for SpeechSettings {
    fn default() -> Self {
        SpeechSettings {
            enabled: false,
            speak_at_start: true,
            command: ["espeak-ng", "-v", "{voice}", "--stdin"]
                .map(String::from)
                .to_vec(),
            voices: BTreeMap::new(),
        }
    }
}

impl SpeechSettings {
    pub fn voice(&self, lang: &str) -> &str {
        if let Some(v) = self.voices.get(lang) {
            return v;
        }
        DEFAULT_VOICES
            .iter()
            .find(|(code, _)| *code == lang)
            .map_or("en-us", |(_, voice)| *voice)
    }

    /// The command line for one utterance in `lang`.
    pub fn command_for(&self, lang: &str) -> Vec<String> {
        let voice = self.voice(lang);
        self.command
            .iter()
            .map(|part| part.replace("{voice}", voice).replace("{lang}", lang))
            .collect()
    }

    /// What is wrong with the table, if anything, as (key, message).
    pub fn problem(&self) -> Option<(&'static str, String)> {
        if self.enabled && self.command.first().is_none_or(|p| p.trim().is_empty()) {
            return Some((
                "speech.command",
                "must name a program when speech.enabled = true".into(),
            ));
        }
        for (code, voice) in &self.voices {
            if crate::i18n::find_language(code).is_none() {
                return Some((
                    "speech.voices",
                    format!("has unknown language code {code:?}"),
                ));
            }
            if voice.trim().is_empty() {
                return Some(("speech.voices", format!("{code}: the voice is empty")));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_voice_fills_the_command_and_overrides_win() {
        let mut s = SpeechSettings::default();
        assert_eq!(
            s.command_for("es"),
            ["espeak-ng", "-v", "es-419", "--stdin"]
        );
        s.voices.insert("ht".into(), "fr-fr".into());
        s.command = vec!["say".into(), "{lang}:{voice}".into()];
        assert_eq!(s.command_for("ht"), ["say", "ht:fr-fr"]);
        assert_eq!(s.command_for("ko"), ["say", "ko:ko"]);
    }

    #[test]
    fn every_language_has_a_default_voice() {
        for lang in crate::i18n::LANGUAGES {
            assert!(
                DEFAULT_VOICES.iter().any(|(code, _)| *code == lang.code),
                "{}",
                lang.code
            );
        }
    }

    #[test]
    fn an_empty_command_or_unknown_language_is_refused() {
        let s = SpeechSettings {
            enabled: true,
            command: vec![],
            ..Default::default()
        };
        assert_eq!(s.problem().map(|p| p.0), Some("speech.command"));
        let mut s = SpeechSettings::default();
        s.voices.insert("xx".into(), "v".into());
        assert_eq!(s.problem().map(|p| p.0), Some("speech.voices"));
    }
}
