//! Right-to-left text (Arabic, Urdu) for terminals that do no bidi themselves: each visual
//! line is shaped (contextual letter forms) and reordered, in the view layer only. The text in
//! the locale files and in every field stays in logical order.

use super::memo::Memo;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::cell::Cell;
use unicode_bidi::{BidiInfo, Level};
use unicode_width::UnicodeWidthStr;

thread_local! {
    static RTL: Cell<bool> = const { Cell::new(false) };
}

/// Set by the view before drawing a frame: whether the visitor's language is right to left
/// and the terminal needs the kiosk to reorder it.
pub fn set_rtl(on: bool) {
    RTL.with(|r| r.set(on));
}

pub fn is_rtl() -> bool {
    RTL.with(Cell::get)
}

/// One line in display order, if the current language needs it.
pub fn visual(text: &str) -> String {
    if is_rtl() {
        force_visual(text)
    } else {
        text.to_string()
    }
}

/// One line shaped and reordered with a right-to-left base direction, whatever the current
/// language (for an Arabic language name shown in the English picker, say).
pub fn force_visual(text: &str) -> String {
    if !text.chars().any(is_rtl_char) {
        return text.to_string();
    }
    SHAPED.get_or_make(text, shape_and_reorder)
}

/// Shaped lines already worked out, by their logical text. Shaping and reordering on every
/// draw cost more than everything else in an Arabic frame; a screen shows the same few lines
/// frame after frame. Emptied when a visitor's session ends, since lines can hold a name.
static SHAPED: Memo<String> = Memo::new(512);

/// Forgets every shaped line (a visitor's session ended).
pub fn forget_shaped() {
    SHAPED.forget();
}

fn shape_and_reorder(text: &str) -> String {
    let shaped = ar_reshaper::reshape_line(isolate_ltr_words(text));
    let info = BidiInfo::new(&shaped, Some(Level::rtl()));
    let mut out = String::with_capacity(shaped.len());
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let part = &shaped[run.clone()];
            if levels[run.start].is_rtl() {
                // Right-to-left runs are reversed, and paired marks mirrored, as a
                // bidi-aware terminal would show them.
                out.extend(part.chars().rev().map(mirror).filter(|c| !is_isolate(*c)));
            } else {
                out.extend(part.chars().filter(|c| !is_isolate(*c)));
            }
        }
    }
    out
}

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

fn is_isolate(c: char) -> bool {
    c == LRI || c == PDI
}

/// Keeps each left-to-right word (a phone number, "(NYCSA)", a username) in one piece:
/// without this, "718-935-2009" comes out as "2009-935-718".
fn isolate_ltr_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let ltr = !word.chars().any(is_rtl_char) && word.chars().any(|c| c.is_ascii_alphanumeric());
        if ltr {
            let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', '،', '؛', '؟']);
            out.push(LRI);
            out.push_str(core);
            out.push(PDI);
            out.push_str(&word[core.len()..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// A styled line: in display order and right-aligned for a right-to-left language.
pub fn line(text: &str, style: Style) -> Line<'static> {
    let l = Line::from(Span::styled(visual(text), style));
    if is_rtl() {
        l.right_aligned()
    } else {
        l
    }
}

/// Wraps logical text to `width` columns by words, then puts each line in display order.
pub fn wrap_visual(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let needed = if current.is_empty() {
            word.width()
        } else {
            current.width() + 1 + word.width()
        };
        if needed > width && !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines.iter().map(|l| force_visual(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_shaped_and_reversed_latin_is_untouched() {
        set_rtl(true);
        let v = visual("مرحبا");
        // Presentation forms, in reverse order: the first logical letter is last.
        assert!(
            v.chars().all(|c| (0xFE70..=0xFEFF).contains(&(c as u32))),
            "{v:?}"
        );
        assert_eq!(visual("AvaM1234"), "AvaM1234");
        // Numbers inside Arabic keep their own order.
        let v = visual("اتصل 718-935-2009");
        assert!(v.contains("718-935-2009"), "{v:?}");
        // Brackets around a left-to-right word read correctly.
        assert!(
            visual("حساب (NYCSA)").contains("(NYCSA)"),
            "{}",
            visual("حساب (NYCSA)")
        );
        set_rtl(false);
        assert_eq!(visual("مرحبا"), "مرحبا");
    }

    #[test]
    fn shaped_lines_are_remembered_until_forgotten() {
        let text = "اسم الطالب: مريم";
        let first = force_visual(text);
        assert_eq!(force_visual(text), first);
        assert!(SHAPED.holds(text));
        forget_shaped();
        assert!(!SHAPED.holds(text));
        assert_eq!(force_visual(text), first);
    }

    #[test]
    fn wrapping_happens_before_reordering() {
        let lines = wrap_visual("واحد اثنان ثلاثة اربعة", 11);
        assert!(lines.len() >= 2);
        // The first visual line holds the first logical words.
        assert!(lines[0].contains(&force_visual("واحد")), "{lines:?}");
    }
}
