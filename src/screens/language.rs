use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, ScreenState};
use crate::i18n::{self, Language};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::theme::palette;
use crate::widgets::width::width_in;

/// The start screen: each offered language named in its own script.
#[derive(Debug, Default)]
pub struct LanguageScreen {
    pub selected: usize,
}

fn offered(ctx: &Ctx) -> Vec<&'static Language> {
    ctx.config
        .languages
        .iter()
        .filter_map(|code| i18n::find_language(code))
        .filter(|l| ctx.locales.has(l.code))
        .collect()
}

/// "For Español, press 2", in that language.
fn language_choice(ctx: &Ctx, code: &str, index: usize) -> String {
    let number = ((index + 1) % 10) as i64;
    ctx.locales.t_args(
        code,
        "speech-language-choice",
        &[("number", crate::i18n::Arg::Num(number))],
    )
}

impl LanguageScreen {
    /// The picker's speech for `langs`, also said by the language overlay (F2).
    pub fn spoken_choices(ctx: &Ctx, langs: &[&'static str]) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("language-title"));
        for (i, &code) in langs.iter().enumerate() {
            s.say_in(code, &language_choice(ctx, code, i));
        }
        s
    }
}

impl ScreenState for LanguageScreen {
    fn name(&self) -> &'static str {
        "language"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn holds_visitor(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let langs = offered(ctx);
        if langs.is_empty() {
            return Action::None;
        }
        match key {
            Key::Up => self.selected = (self.selected + langs.len() - 1) % langs.len(),
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % langs.len(),
            Key::Enter => {
                return Action::ChooseLanguage(langs[self.selected.min(langs.len() - 1)].code)
            }
            Key::Char(c) => {
                // 1–9, then 0 for the tenth.
                if let Some(d) = c.to_digit(10) {
                    let index = if d == 0 { 9 } else { d as usize - 1 };
                    if let Some(lang) = langs.get(index) {
                        return Action::ChooseLanguage(lang.code);
                    }
                }
            }
            _ => {}
        }
        Action::None
    }

    /// The title, then each language's choice said in that language, with its own voice:
    /// a visitor who cannot read hears their language named in it.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let codes: Vec<&'static str> = offered(ctx).iter().map(|l| l.code).collect();
        let mut s = Self::spoken_choices(ctx, &codes);
        if let Some(&code) = codes.get(self.selected) {
            let choice = language_choice(ctx, code, self.selected);
            s.focus_in(code, &choice);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("language-title"),
            step: None,
            keys: vec!["key-select", "key-continue"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let hint = canvas.lines(
            area,
            &[Line::from(Span::styled(ctx.t("language-hint"), p.muted))],
        );
        let langs = offered(ctx);
        let labels: Vec<String> = langs
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let number = if i == 9 { 0 } else { i + 1 };
                // Each name in its own script.
                let native = lang.native_name;
                if lang.code == "en" {
                    format!(" {number}. {native} ")
                } else {
                    format!(" {number}. {native}  ({}) ", lang.english_name)
                }
            })
            .collect();
        // Counted in the cells this terminal gives each cluster, so the second column lines up
        // on a terminal that draws a script narrower than wcwidth says (mlterm's Bengali).
        let cells = |s: &str| width_in(s, canvas.direction().widths);
        let column = labels.iter().map(|l| cells(l)).max().unwrap_or(0) + 2;
        // What to press, said in each language, for a visitor who reads no other; shown
        // for every row or for none, and only where it fits beside the names.
        let choices: Vec<String> = langs
            .iter()
            .enumerate()
            .map(|(i, lang)| {
                let choice = language_choice(ctx, lang.code, i);
                if lang.rtl {
                    // In this left-to-right row a final full stop would stand at the right,
                    // where a right-to-left sentence starts; the row reads well without it.
                    choice.trim_end_matches('.').to_string()
                } else {
                    choice
                }
            })
            .collect();
        let widest = choices.iter().map(|c| cells(c)).max().unwrap_or(0);
        let beside = column + widest < area.width as usize;
        let mut lines = Vec::new();
        for (i, (label, choice)) in labels.into_iter().zip(choices).enumerate() {
            let style = if i == self.selected {
                p.selected
            } else {
                p.text
            };
            let pad = column.saturating_sub(cells(&label));
            let mut spans = vec![Span::styled(label, style)];
            if beside {
                spans.push(Span::raw(" ".repeat(pad)));
                spans.push(Span::styled(choice, p.muted));
            }
            lines.push(Line::from(spans));
        }
        // The picker is for every visitor, whatever language is current: left to right.
        canvas.lines_left_to_right(crate::widgets::text::below(area, hint + 1), &lines);
    }
}
