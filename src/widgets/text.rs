use ratatui::layout::Rect;
use ratatui::style::Style;

use super::Canvas;

/// The part of `area` below the first `rows` rows.
pub fn below(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect {
        y: area.y + rows,
        height: area.height - rows,
        ..area
    }
}

/// The first `rows` rows of `area`.
pub fn top(area: Rect, rows: u16) -> Rect {
    Rect {
        height: rows.min(area.height),
        ..area
    }
}

/// Wrapped paragraphs, one after another, separated by a blank line; returns the rows used.
pub fn paragraphs(canvas: &mut Canvas, area: Rect, items: &[(String, Style)]) -> u16 {
    canvas.paragraphs(area, items)
}
