//! Texts come from `assets/email/<lang>.ftl`; the HTML part is the same paragraphs, escaped.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::store::OutboxRow;

pub const LANGUAGES: [(&str, &str); 10] = [
    ("en", include_str!("../../assets/email/en.ftl")),
    ("es", include_str!("../../assets/email/es.ftl")),
    ("zh", include_str!("../../assets/email/zh.ftl")),
    ("bn", include_str!("../../assets/email/bn.ftl")),
    ("ru", include_str!("../../assets/email/ru.ftl")),
    ("ht", include_str!("../../assets/email/ht.ftl")),
    ("ko", include_str!("../../assets/email/ko.ftl")),
    ("ar", include_str!("../../assets/email/ar.ftl")),
    ("ur", include_str!("../../assets/email/ur.ftl")),
    ("fr", include_str!("../../assets/email/fr.ftl")),
];

/// Templates the service queues, and whether they greet a parent rather than the student.
const TEMPLATES: [(&str, Greeting); 10] = [
    ("password_changed", Greeting::Student),
    ("child_password_changed", Greeting::Parent),
    ("pin_set", Greeting::Student),
    ("questions_set", Greeting::Student),
    ("nycsa_reset_link", Greeting::Named),
    ("myschools_reset_link", Greeting::Named),
    ("self_service_resumed", Greeting::Student),
    ("pin_cleared", Greeting::Student),
    ("questions_cleared", Greeting::Student),
    // Says itself whom to call when the change was not asked for.
    ("guardian_notice", Greeting::Guardian),
];

#[derive(Clone, Copy)]
enum Greeting {
    Student,
    Parent,
    Named,
    /// A parent told about a change they may not have made.
    Guardian,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Right-to-left scripts get `dir="rtl"` in the HTML part.
    pub rtl: bool,
}

fn bundles() -> &'static HashMap<&'static str, FluentBundle<FluentResource>> {
    static BUNDLES: OnceLock<HashMap<&'static str, FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut map = HashMap::new();
        for (code, source) in LANGUAGES {
            let (Ok(langid), Ok(resource)) = (code.parse(), FluentResource::try_new(source.into()))
            else {
                tracing::error!(language = code, "email texts do not parse; English is used");
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Names and links inside Arabic and Urdu sentences need bidi isolation marks.
            bundle.set_use_isolating(matches!(code, "ar" | "ur"));
            if bundle.add_resource(resource).is_ok() {
                map.insert(code, bundle);
            }
        }
        map
    })
}

fn message(lang: &str, key: &str, args: &FluentArgs) -> Option<String> {
    let bundle = bundles().get(lang)?;
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// The email for an outbox row; `link_base` is where reset links point (the token appended).
/// `None` for a template this build does not know.
pub fn render(row: &OutboxRow, link_base: &str) -> Option<Email> {
    let (_, greeting) = TEMPLATES.iter().find(|(t, _)| *t == row.template)?;
    let lang = if bundles().contains_key(row.language.as_str()) {
        row.language.as_str()
    } else {
        "en"
    };
    let mut args = FluentArgs::new();
    if let Some(fields) = row.payload.as_object() {
        for (k, v) in fields {
            if k == "token" {
                continue;
            }
            let value = match v {
                serde_json::Value::String(s) => FluentValue::from(readable_time(s)),
                other => FluentValue::from(other.to_string()),
            };
            args.set(k.clone(), value);
        }
        if let Some(token) = fields.get("token").and_then(|t| t.as_str()) {
            args.set("link", FluentValue::from(format!("{link_base}{token}")));
        }
    }
    let t = &row.template;
    let get = |key: &str| message(lang, key, &args).or_else(|| message("en", key, &args));
    let greeting_kind = *greeting;
    let greeting = match greeting {
        Greeting::Student => get("greeting")?,
        Greeting::Parent | Greeting::Guardian => get("greeting-parent")?,
        Greeting::Named => get(&format!("{t}-greeting"))?,
    };
    let mut paragraphs = vec![greeting, get(&format!("{t}-p1"))?, get(&format!("{t}-p2"))?];
    if let Some(p3) = get(&format!("{t}-p3")) {
        paragraphs.push(p3);
    }
    if !matches!(greeting_kind, Greeting::Guardian) {
        paragraphs.push(get("not-you")?);
    }
    paragraphs.push(get("signature")?);
    let footer = get("footer")?;
    let text = format!("{}\n\n-- \n{footer}\n", paragraphs.join("\n\n"));
    let rtl = matches!(lang, "ar" | "ur");
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"{}><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family: sans-serif; font-size: 16px; line-height: 1.5\">\n{}\n<p style=\"color: #555; font-size: 13px\">{}</p>\n</body></html>\n",
        if rtl { " dir=\"rtl\"" } else { "" },
        paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", linkify(&escape(p))))
            .collect::<Vec<_>>()
            .join("\n"),
        escape(&footer)
    );
    Some(Email {
        subject: get(&format!("{t}-subject"))?,
        text,
        html,
        rtl,
    })
}

/// Times travel as RFC 3339; in an email they read `2026-11-27 15:04 UTC`, a form every
/// language's reader recognises.
fn readable_time(value: &str) -> String {
    use time::format_description::well_known::Rfc3339;
    use time::macros::format_description;
    match time::OffsetDateTime::parse(value, &Rfc3339) {
        Ok(t) => t
            .to_offset(time::UtcOffset::UTC)
            .format(format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .unwrap_or_else(|_| value.to_string()),
        Err(_) => value.to_string(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Makes an https:// link clickable; the text is already escaped, and the link is ours.
fn linkify(escaped: &str) -> String {
    match escaped.find("https://") {
        Some(start) => {
            let end = escaped[start..]
                .find(|c: char| c.is_whitespace() || c == '\u{2069}')
                .map_or(escaped.len(), |n| start + n);
            let url = &escaped[start..end];
            format!(
                "{}<a href=\"{url}\">{url}</a>{}",
                &escaped[..start],
                &escaped[end..]
            )
        }
        None => escaped.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(template: &str, language: &str, payload: serde_json::Value) -> OutboxRow {
        OutboxRow {
            id: 1,
            created_at: 0,
            recipient: "avam1234@nycstudents.net".into(),
            template: template.into(),
            language: language.into(),
            payload,
            sent_at: None,
            attempts: 0,
        }
    }

    #[test]
    fn every_template_renders_in_every_language() {
        let payload = serde_json::json!({
            "first_name": "Ava", "username": "AvaM1234", "changed_at": "2026-11-27T10:00:00Z",
            "at": "2026-11-27T10:00:00Z", "center": "Bronx Family Welcome Center",
            "name": "Maria Martinez", "token": "tok123", "expires_in_minutes": 30, "path": "self_service",
            "change": "password", "place": "counter",
        });
        for (lang, _) in LANGUAGES {
            assert!(bundles().contains_key(lang), "{lang} parses");
            for (template, _) in TEMPLATES {
                let email = render(
                    &row(template, lang, payload.clone()),
                    "https://example.org/r?t=",
                )
                .unwrap_or_else(|| panic!("{template} in {lang}"));
                assert!(!email.subject.is_empty());
                assert!(email.text.contains("718-935-2009"), "{template} {lang}");
                assert!(
                    !email.text.contains("{ $"),
                    "a placeholder left in {template} {lang}"
                );
                if template.ends_with("_link") {
                    assert!(email.text.contains("https://example.org/r?t=tok123"));
                    assert!(email
                        .html
                        .contains("<a href=\"https://example.org/r?t=tok123\">"));
                }
            }
        }
    }

    #[test]
    fn times_are_written_for_people() {
        let payload = serde_json::json!({"first_name": "Ava", "username": "AvaM1234", "at": "2026-11-27T15:04:05Z"});
        let email = render(&row("pin_set", "en", payload), "").unwrap();
        assert!(
            email.text.contains("2026-11-27 15:04 UTC"),
            "{}",
            email.text
        );
        assert!(!email.text.contains("T15:04:05Z"));
    }

    #[test]
    fn names_are_escaped_in_html_and_rtl_is_marked() {
        let payload = serde_json::json!({"first_name": "<b>Ava</b>", "username": "x", "at": "t"});
        let email = render(&row("pin_set", "ar", payload), "").unwrap();
        assert!(email.rtl && email.html.contains("dir=\"rtl\""));
        assert!(email.html.contains("&lt;b&gt;Ava") && !email.html.contains("<b>Ava"));
        assert!(render(&row("no_such_template", "en", serde_json::json!({})), "").is_none());
    }

    #[test]
    fn a_guardian_notice_says_what_changed_and_where_in_every_language() {
        let changes = [
            "password",
            "pin_set",
            "questions_set",
            "pin_cleared",
            "questions_cleared",
        ];
        let places = ["kiosk", "nycsa", "counter"];
        for (lang, _) in LANGUAGES {
            let mut seen = std::collections::HashSet::new();
            for change in changes {
                for place in places {
                    let payload = serde_json::json!({
                        "first_name": "Ava", "username": "AvaM1234", "change": change,
                        "place": place, "center": "Bronx Family Welcome Center",
                        "at": "2026-11-27T10:00:00Z",
                    });
                    let email = render(&row("guardian_notice", lang, payload), "").unwrap();
                    assert!(email.text.contains("AvaM1234") && email.text.contains("718-935-2009"));
                    assert!(
                        email.text.contains("2026-11-27 10:00 UTC"),
                        "{lang}: {}",
                        email.text
                    );
                    assert_eq!(
                        email.text.contains("Bronx Family Welcome Center"),
                        place == "counter",
                        "{lang} {place}"
                    );
                    assert!(
                        seen.insert(email.text.clone()),
                        "{lang} {change} {place} repeats"
                    );
                }
            }
        }
    }
}
