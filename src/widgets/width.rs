//! How many columns a terminal gives a piece of text.
//!
//! Terminals (glibc's wcwidth, tmux, xterm, mlterm) give each code point its own width and add
//! them up. unicode-width, which ratatui uses for its cells, counts a few spacing vowel signs
//! (class Mc, but also Grapheme_Extend, such as Bengali া U+09BE) as 0 columns where every
//! terminal counts 1, and it counts some sequences (Arabic lam-alef) as one column where a
//! terminal counts two. When the kiosk and the terminal disagree the cursor drifts and letters
//! are overwritten, so the kiosk lays text out by the terminal's count.

use unicode_width::UnicodeWidthChar;

/// Spacing marks that unicode-width counts as zero columns but a terminal advances over.
const SPACING_EXTENDERS: &[(u32, u32)] = &[
    (0x09BE, 0x09BE),
    (0x09D7, 0x09D7),
    (0x0B3E, 0x0B3E),
    (0x0B57, 0x0B57),
    (0x0BBE, 0x0BBE),
    (0x0BD7, 0x0BD7),
    (0x0CC2, 0x0CC2),
    (0x0CD5, 0x0CD6),
    (0x0D3E, 0x0D3E),
    (0x0D57, 0x0D57),
    (0x0DCF, 0x0DCF),
    (0x0DDF, 0x0DDF),
    (0x1B35, 0x1B35),
    (0x1133E, 0x1133E),
    (0x11357, 0x11357),
    (0x114B0, 0x114B0),
    (0x114BD, 0x114BD),
    (0x115AF, 0x115AF),
    (0x11930, 0x11930),
    (0x1D165, 0x1D165),
    (0x1D16E, 0x1D172),
];

pub use crate::config::CellWidths;

/// Columns one code point takes on a terminal that counts like glibc's wcwidth.
pub fn char_width(c: char) -> usize {
    let code = c as u32;
    if matches!(code, 0x302E | 0x302F) {
        // Hangul tone marks: spacing and, like the syllables they follow, wide.
        return 2;
    }
    if SPACING_EXTENDERS
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&code))
    {
        return 1;
    }
    c.width().unwrap_or(0)
}

/// Columns a string takes on a terminal that counts like glibc's wcwidth: the sum over its
/// code points.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Columns a string takes on a terminal that counts the way `model` says.
pub fn width_in(s: &str, model: CellWidths) -> usize {
    match model {
        CellWidths::Wcwidth => width(s),
        CellWidths::Mlterm => s
            .chars()
            .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
            .map(|c| match c {
                // Measured: mlterm moves its cursor over a direction mark.
                '\u{200E}' | '\u{200F}' => 1,
                c => char_width(c),
            })
            .sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mlterm_gives_bengali_marks_no_column_of_their_own() {
        // As measured in mlterm 3.9 (cursor position after each string).
        for (text, columns) in [
            ("বাংলা", 2),
            ("শিক্ষার্থী", 5),
            ("ক্ষা", 2),
            ("ক্ক", 2),
            ("中文", 4),
            ("العربية", 7),
        ] {
            assert_eq!(width_in(text, CellWidths::Mlterm), columns, "{text}");
        }
    }

    #[test]
    fn bengali_vowel_signs_take_their_column() {
        assert_eq!(width("বাংলা"), 5);
        assert_eq!(width("ক্ষ"), 2);
        assert_eq!(width("中文"), 4);
        assert_eq!(width("لا"), 2);
        assert_eq!(width("\u{064E}"), 0);
    }

    extern "C" {
        fn wcwidth(c: libc::wchar_t) -> libc::c_int;
    }

    /// Every character of every locale file, and every Arabic presentation form the shaper
    /// can produce, has the width glibc's wcwidth gives it (what tmux and xterm use).
    #[test]
    fn agrees_with_glibc_wcwidth() {
        // SAFETY: setlocale with a valid C string; this test binary sets no other locale.
        let set = unsafe { libc::setlocale(libc::LC_CTYPE, c"C.UTF-8".as_ptr()) };
        if set.is_null() {
            eprintln!("SKIPPED: no C.UTF-8 locale to compare wcwidth with");
            return;
        }
        let mut chars: Vec<char> = (0xFB50..=0xFDFF)
            .chain(0xFE70..=0xFEFF)
            .filter_map(char::from_u32)
            .collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales");
        for lang in std::fs::read_dir(dir).unwrap() {
            for file in std::fs::read_dir(lang.unwrap().path()).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                chars.extend(text.chars().filter(|c| !c.is_control()));
            }
        }
        chars.sort_unstable();
        chars.dedup();
        let mut wrong = Vec::new();
        for c in chars {
            // SAFETY: wcwidth only reads its argument.
            let theirs = unsafe { wcwidth(c as libc::wchar_t) };
            if theirs >= 0 && theirs as usize != char_width(c) {
                wrong.push(format!(
                    "U+{:04X} ours {} wcwidth {theirs}",
                    c as u32,
                    char_width(c)
                ));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
