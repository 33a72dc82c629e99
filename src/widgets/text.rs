use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

/// Draws wrapped paragraphs, one after another, separated by a blank line; returns the rows
/// used so a caller can place more below.
pub fn paragraphs(frame: &mut Frame, area: Rect, items: &[(String, Style)]) -> u16 {
    if super::bidi::is_rtl() {
        return rtl_paragraphs(frame, area, items);
    }
    let mut lines: Vec<Line> = Vec::new();
    for (i, (text, style)) in items.iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.push(Line::from(Span::styled(text.clone(), *style)));
    }
    render_fitted(
        frame,
        area,
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: true }),
    )
}

/// Renders a paragraph into only the rows it fills, and returns them. ratatui styles every
/// cell of the area a paragraph is given, and a body at 200x60 is over 10,000 cells: that
/// styling was half the time of drawing a screen.
pub fn render_fitted(frame: &mut Frame, area: Rect, paragraph: Paragraph) -> u16 {
    let rows = paragraph.line_count(area.width).min(area.height as usize) as u16;
    frame.render_widget(paragraph, top(area, rows));
    rows
}

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

/// Right-to-left paragraphs: wrapped first, then each line shaped, reordered and set flush
/// right.
fn rtl_paragraphs(frame: &mut Frame, area: Rect, items: &[(String, Style)]) -> u16 {
    let mut lines: Vec<Line> = Vec::new();
    for (i, (text, style)) in items.iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        for l in super::bidi::wrap_visual(text, area.width as usize) {
            lines.push(Line::from(Span::styled(l, *style)).right_aligned());
        }
    }
    let used = (lines.len() as u16).min(area.height);
    frame.render_widget(Paragraph::new(Text::from(lines)), top(area, used));
    used
}
