//! Digits five rows tall in block characters, readable from a step away (a hand-off number
//! the family says at the counter). Each digit is a 3x5 grid of cells two columns wide, so it
//! keeps its shape in every terminal font.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Canvas;

pub const ROWS: u16 = 5;

/// `#` marks a filled cell; rows top to bottom.
const GLYPHS: [[&str; 5]; 10] = [
    ["###", "#.#", "#.#", "#.#", "###"],
    [".#.", "##.", ".#.", ".#.", "###"],
    ["###", "..#", "###", "#..", "###"],
    ["###", "..#", "###", "..#", "###"],
    ["#.#", "#.#", "###", "..#", "..#"],
    ["###", "#..", "###", "..#", "###"],
    ["###", "#..", "###", "#.#", "###"],
    ["###", "..#", "..#", "..#", "..#"],
    ["###", "#.#", "###", "#.#", "###"],
    ["###", "#.#", "###", "..#", "###"],
];

/// The rows of `digits` drawn large; anything but an ASCII digit is left out.
pub fn rows(digits: &str) -> Vec<String> {
    let glyphs: Vec<&[&str; 5]> = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| &GLYPHS[d as usize])
        .collect();
    (0..ROWS as usize)
        .map(|row| {
            glyphs
                .iter()
                .map(|g| {
                    g[row]
                        .chars()
                        .map(|c| if c == '#' { "██" } else { "  " })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("  ")
        })
        .collect()
}

/// Rows of a compact drawing of the same shapes, two grid rows per terminal row (half
/// blocks): three rows tall, for a screen that also keeps a dead end's explanation.
pub const COMPACT_ROWS: u16 = 3;

pub fn compact_rows(digits: &str) -> Vec<String> {
    let glyphs: Vec<&[&str; 5]> = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| &GLYPHS[d as usize])
        .collect();
    let filled = |g: &[&str; 5], row: usize, col: usize| {
        g.get(row)
            .and_then(|r| r.as_bytes().get(col))
            .is_some_and(|b| *b == b'#')
    };
    (0..COMPACT_ROWS as usize)
        .map(|row| {
            glyphs
                .iter()
                .map(|g| {
                    (0..3)
                        .map(
                            |col| match (filled(g, 2 * row, col), filled(g, 2 * row + 1, col)) {
                                (true, true) => "██",
                                (true, false) => "▀▀",
                                (false, true) => "▄▄",
                                (false, false) => "  ",
                            },
                        )
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("  ")
        })
        .collect()
}

/// How many columns `digits` take when drawn (either size).
pub fn width(digits: &str) -> u16 {
    let n = digits.chars().filter(char::is_ascii_digit).count() as u16;
    n * 6 + n.saturating_sub(1) * 2
}

/// Draws `digits` large, centered in the top rows of `area`; returns the rows used.
pub fn draw(canvas: &mut Canvas, area: Rect, digits: &str, style: Style) -> u16 {
    draw_rows(canvas, area, rows(digits), style)
}

/// As [`draw`], three rows tall.
pub fn draw_compact(canvas: &mut Canvas, area: Rect, digits: &str, style: Style) -> u16 {
    draw_rows(canvas, area, compact_rows(digits), style)
}

fn draw_rows(canvas: &mut Canvas, area: Rect, rows: Vec<String>, style: Style) -> u16 {
    let width = rows.first().map_or(0, |r| r.chars().count()) as u16;
    let pad = " ".repeat(area.width.saturating_sub(width) as usize / 2);
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|r| Line::from(Span::styled(format!("{pad}{r}"), style)))
        .collect();
    // Digits read left to right in every language the kiosk speaks, Arabic and Urdu too.
    canvas.lines_left_to_right(area, &lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_digit_is_drawn_in_its_own_shape() {
        let one = rows("1");
        assert_eq!(one.len(), 5);
        assert_eq!(one[0], "  ██  ");
        assert_eq!(one[4], "██████");
        let all = rows("0123456789");
        let widths: Vec<_> = all.iter().map(|r| r.chars().count()).collect();
        assert!(widths.iter().all(|w| *w == 10 * 6 + 9 * 2), "{widths:?}");
        let shapes: std::collections::HashSet<_> = GLYPHS.iter().collect();
        assert_eq!(shapes.len(), 10, "no two digits look alike");
        assert_eq!(rows("4a1"), rows("41"));
        assert_eq!(width("417"), 22);
    }

    #[test]
    fn the_compact_digits_keep_the_shapes_in_three_rows() {
        assert_eq!(compact_rows("1"), ["▄▄██  ", "  ██  ", "▀▀▀▀▀▀"]);
        assert_eq!(compact_rows("7"), ["▀▀▀▀██", "    ██", "    ▀▀"]);
        let shapes: std::collections::HashSet<_> =
            (0..10).map(|d| compact_rows(&d.to_string())).collect();
        assert_eq!(shapes.len(), 10);
        assert!(compact_rows("417").iter().all(|r| r.chars().count() == 22));
    }
}
