//! What a screen says, built by the screen from the same Fluent messages it draws: spoken
//! from the messages themselves, so right-to-left text keeps its logical order (the display
//! shapes and reorders a copy), and typed text never gets in, since screens add only
//! messages and the names the service sent.

use crate::i18n::Arg;
use crate::screens::Ctx;

/// One line of speech in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub lang: &'static str,
    pub text: String,
}

/// Everything a screen says: its lines when it opens, the choice or field the visitor is
/// on (said again when it moves), and the errors showing (each said when it appears).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spoken {
    pub lines: Vec<Said>,
    pub focus: Option<Said>,
    pub alerts: Vec<String>,
}

impl Spoken {
    /// Starts with the screen's title.
    pub fn titled(ctx: &Ctx, title: &str) -> Self {
        let mut s = Spoken::default();
        s.say(ctx, title);
        s
    }

    /// A line in the visitor's language.
    pub fn say(&mut self, ctx: &Ctx, text: &str) -> &mut Self {
        self.say_in(ctx.lang, text)
    }

    pub fn say_in(&mut self, lang: &'static str, text: &str) -> &mut Self {
        let text = spoken_form(text);
        if !text.is_empty() {
            self.lines.push(Said { lang, text });
        }
        self
    }

    /// The message `key` in the visitor's language.
    pub fn say_key(&mut self, ctx: &Ctx, key: &str) -> &mut Self {
        self.say(ctx, &ctx.t(key))
    }

    /// Numbered choices, each as "press 1 for …"; the first is 1.
    pub fn choices(&mut self, ctx: &Ctx, choices: &[String]) -> &mut Self {
        for (i, choice) in choices.iter().enumerate() {
            let line = press_for(ctx, i + 1, choice);
            self.say(ctx, &line);
        }
        self
    }

    /// The choice or field the visitor is on, in the visitor's language.
    pub fn focus_on(&mut self, ctx: &Ctx, text: &str) -> &mut Self {
        self.focus_in(ctx.lang, text)
    }

    pub fn focus_in(&mut self, lang: &'static str, text: &str) -> &mut Self {
        self.focus = Some(Said {
            lang,
            text: spoken_form(text),
        });
        self
    }

    pub fn alert(&mut self, text: &str) -> &mut Self {
        let text = spoken_form(text);
        if !text.is_empty() && !self.alerts.contains(&text) {
            self.alerts.push(text);
        }
        self
    }
}

/// "Press 1 for …" in the visitor's language (the tenth choice is 0, as on the keyboard).
pub fn press_for(ctx: &Ctx, number: usize, choice: &str) -> String {
    let key = number % 10;
    ctx.t_args(
        "speech-press",
        &[
            ("number", Arg::Num(key as i64)),
            ("choice", Arg::Str(&spoken_form(choice))),
        ],
    )
}

/// A text as it is handed to the voice: without the marks that are drawn, not read (arrows,
/// bullets, check marks, the ◀ ▶ of a choice), without bidi controls, on one line.
pub fn spoken_form(text: &str) -> String {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !is_drawn_only(*c))
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_drawn_only(c: char) -> bool {
    matches!(c,
        '\u{2190}'..='\u{21FF}'   // arrows
        | '\u{2022}'              // bullet
        | '\u{2500}'..='\u{25FF}' // box drawing, blocks, geometric shapes
        | '\u{2600}'..='\u{27BF}' // symbols and dingbats (⚠ ✓ ✗)
        | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    ) || c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_marks_and_bidi_controls_are_not_spoken() {
        assert_eq!(
            spoken_form("  • Use ↑ ↓ and\nEnter ✓ \u{2067}x\u{2069} ◀ Pet ▶"),
            "Use and Enter x Pet"
        );
        assert_eq!(spoken_form("اختر لغتك"), "اختر لغتك");
    }
}
