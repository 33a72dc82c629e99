//! Colors used everywhere, so a theme swaps them in one place. Every style names its
//! background as well as its foreground (a terminal's own background may be light or dark),
//! and every pair of both themes is at least 4.5:1 (WCAG 2.2 AA), checked by a test. Colors
//! are from the 256-color palette, whose cube and grey ramp every terminal we meet draws with
//! the same values (unlike the 16 basic colors, which each terminal picks), in sequences half
//! as long as 24-bit ones.

use ratatui::style::{Color, Modifier, Style};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::config::Theme;

pub struct Palette {
    pub title: Style,
    pub text: Style,
    pub muted: Style,
    pub accent: Style,
    pub ok: Style,
    pub bad: Style,
    pub field: Style,
    pub field_focused: Style,
    pub selected: Style,
    pub header: Style,
}

static HIGH_CONTRAST: AtomicBool = AtomicBool::new(false);

/// Chosen once from `kiosk.toml`'s `theme`.
pub fn set_theme(theme: Theme) {
    HIGH_CONTRAST.store(theme == Theme::HighContrast, Ordering::Relaxed);
}

/// A color of the 6x6x6 cube: each of r, g, b from 0 to 5.
const fn cube(r: u8, g: u8, b: u8) -> Color {
    Color::Indexed(16 + 36 * r + 6 * g + b)
}

const BLACK: Color = cube(0, 0, 0);
const WHITE: Color = cube(5, 5, 5);

pub fn palette() -> Palette {
    if HIGH_CONTRAST.load(Ordering::Relaxed) {
        high_contrast()
    } else {
        normal()
    }
}

fn on_black(fg: Color) -> Style {
    Style::default().fg(fg).bg(BLACK)
}

fn normal() -> Palette {
    let blue = cube(0, 1, 3);
    let cyan = cube(1, 4, 5);
    Palette {
        title: on_black(WHITE).add_modifier(Modifier::BOLD),
        text: on_black(WHITE),
        muted: on_black(Color::Indexed(249)),
        accent: on_black(cyan).add_modifier(Modifier::BOLD),
        ok: on_black(cube(1, 4, 1)),
        bad: on_black(cube(5, 2, 2)).add_modifier(Modifier::BOLD),
        field: Style::default().fg(WHITE).bg(Color::Indexed(236)),
        field_focused: Style::default().fg(WHITE).bg(blue),
        selected: Style::default()
            .fg(BLACK)
            .bg(cyan)
            .add_modifier(Modifier::BOLD),
        header: Style::default()
            .fg(WHITE)
            .bg(blue)
            .add_modifier(Modifier::BOLD),
    }
}

/// White and yellow on black, black on white and yellow; no greys, everything bold enough
/// to read from a step back.
fn high_contrast() -> Palette {
    let yellow = cube(5, 5, 0);
    let bold = |s: Style| s.add_modifier(Modifier::BOLD);
    Palette {
        title: bold(on_black(yellow)),
        text: on_black(WHITE),
        muted: on_black(WHITE),
        accent: bold(on_black(yellow)),
        ok: bold(on_black(cube(0, 5, 0))),
        bad: bold(on_black(cube(5, 3, 3))).add_modifier(Modifier::UNDERLINED),
        field: Style::default()
            .fg(yellow)
            .bg(BLACK)
            .add_modifier(Modifier::UNDERLINED),
        field_focused: bold(Style::default().fg(BLACK).bg(yellow)),
        selected: bold(Style::default().fg(BLACK).bg(WHITE)),
        header: bold(Style::default().fg(BLACK).bg(WHITE)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    /// The values xterm (and tmux, mlterm, foot) give the 256-color palette.
    fn rgb(c: Color) -> (u8, u8, u8) {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match c {
            Color::Indexed(n @ 16..=231) => {
                let n = n - 16;
                (
                    LEVELS[usize::from(n / 36)],
                    LEVELS[usize::from(n / 6 % 6)],
                    LEVELS[usize::from(n % 6)],
                )
            }
            Color::Indexed(n @ 232..=255) => {
                let v = 8 + 10 * (n - 232);
                (v, v, v)
            }
            other => panic!("every color of a theme is from the cube or the grey ramp: {other:?}"),
        }
    }

    fn luminance(c: Color) -> f64 {
        let (r, g, b) = rgb(c);
        0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    fn contrast(a: Color, b: Color) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_pair_of_both_themes_is_at_least_4_5_to_1() {
        for (name, p) in [("normal", normal()), ("high contrast", high_contrast())] {
            let styles = [
                ("title", p.title),
                ("text", p.text),
                ("muted", p.muted),
                ("accent", p.accent),
                ("ok", p.ok),
                ("bad", p.bad),
                ("field", p.field),
                ("field_focused", p.field_focused),
                ("selected", p.selected),
                ("header", p.header),
            ];
            for (style, s) in styles {
                let (fg, bg) = (s.fg.expect("foreground set"), s.bg.expect("background set"));
                let ratio = contrast(fg, bg);
                assert!(ratio >= 4.5, "{name} {style}: {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn the_themes_differ() {
        assert_ne!(normal().muted, high_contrast().muted);
        assert_ne!(normal().field_focused, high_contrast().field_focused);
    }
}
