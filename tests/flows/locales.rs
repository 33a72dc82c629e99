//! Every language has exactly the English keys, parses cleanly, and formats every message.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use kiosk::i18n::{Locales, LANGUAGES};
use std::collections::BTreeSet;

fn keys(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .collect()
}

fn variables(source: &str, key: &str) -> BTreeSet<String> {
    let mut in_message = false;
    let mut vars = BTreeSet::new();
    for line in source.lines() {
        if line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            in_message = line.starts_with(&format!("{key} ="));
        }
        if in_message {
            for part in line.split("{ $").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                vars.insert(name);
            }
        }
    }
    vars
}

#[test]
fn all_ten_languages_are_there_with_exactly_the_english_keys() {
    assert_eq!(LANGUAGES.len(), 10);
    let english = LANGUAGES[0].source.unwrap();
    let en_keys = keys(english);
    assert!(en_keys.len() > 150);
    for lang in LANGUAGES {
        let source = lang
            .source
            .unwrap_or_else(|| panic!("{} has no locale file", lang.code));
        let k = keys(source);
        let missing: Vec<_> = en_keys.iter().filter(|x| !k.contains(x)).collect();
        let extra: Vec<_> = k.iter().filter(|x| !en_keys.contains(x)).collect();
        assert!(missing.is_empty(), "{} is missing {missing:?}", lang.code);
        assert!(
            extra.is_empty(),
            "{} has keys English does not: {extra:?}",
            lang.code
        );
        let unique: BTreeSet<_> = k.iter().collect();
        assert_eq!(unique.len(), k.len(), "{} has a duplicate key", lang.code);
        for key in &en_keys {
            let theirs = variables(source, key);
            let ours = variables(english, key);
            assert!(
                theirs.is_subset(&ours),
                "{} {key}: variables {theirs:?} not in {ours:?}",
                lang.code
            );
        }
    }
}

#[test]
fn every_file_parses_and_every_message_formats() {
    for lang in LANGUAGES {
        let source = lang.source.unwrap();
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", lang.code));
        let mut bundle = FluentBundle::new_concurrent(vec![lang.code.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let mut args = FluentArgs::new();
        for (name, n) in [
            ("count", 3),
            ("step", 2),
            ("total", 4),
            ("seconds", 5),
            ("minutes", 15),
            ("number", 2),
            ("visits", 12),
            ("claimed", 2),
        ] {
            args.set(name, n);
        }
        for (name, v) in [
            ("date", "12/07/2026"),
            ("label", "x"),
            ("method", "pin"),
            ("name", "Ana"),
            ("center", "C"),
            ("ticket", "SH-1"),
            ("day", "14"),
            ("month", "March"),
            ("year", "2012"),
            ("choice", "Español"),
            ("language", "中文"),
            ("reason", "asked"),
            ("handoff", "417"),
            ("time", "1 min 35 s"),
            ("median", "5 min 0 s"),
            ("longest", "12 min 0 s"),
        ] {
            args.set(name, v);
        }
        for key in keys(source) {
            let message = bundle.get_message(&key).unwrap();
            let mut errors = vec![];
            let text = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{} {key}: {errors:?}", lang.code);
            assert!(!text.trim().is_empty(), "{} {key} is empty", lang.code);
        }
    }
}

#[test]
fn arabic_plurals_use_all_six_forms_and_product_names_stay() {
    let l = Locales::load();
    let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| {
            l.t_args(
                "ar",
                "attempts-left",
                &[("count", kiosk::i18n::Arg::Num(*n))],
            )
        })
        .collect();
    assert!(forms.len() >= 5, "Arabic plural forms: {forms:?}");
    for lang in LANGUAGES {
        assert!(
            l.t(lang.code, "help-phone").contains("718-935-2009"),
            "{}",
            lang.code
        );
        assert!(
            l.t(lang.code, "parent-sign-in").contains("NYCSA"),
            "{}",
            lang.code
        );
    }
}
