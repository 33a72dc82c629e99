//! What a screen draws on. Screens never see ratatui's `Frame`: the canvas only puts
//! [`Laid`] text on it (made by `layout.rs`), so every string goes through the one layout
//! path, and every cell is written with the width the terminal gives it.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};
use ratatui::Frame;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::layout::{lay_out, lay_out_line, Laid, LaidLine, Rendering};
use super::width::width_in;

pub struct Canvas<'a> {
    buf: &'a mut Buffer,
    dir: Rendering,
    cursor: Option<Position>,
}

impl<'a> Canvas<'a> {
    pub(crate) fn new(frame: &'a mut Frame<'_>, dir: Rendering) -> Self {
        Canvas::on(frame.buffer_mut(), dir)
    }

    /// A canvas over any buffer: the screen's, or one the body is drawn on before it is
    /// scrolled into view.
    pub(crate) fn on(buf: &'a mut Buffer, dir: Rendering) -> Self {
        Canvas {
            buf,
            dir,
            cursor: None,
        }
    }

    pub fn area(&self) -> Rect {
        self.buf.area
    }

    /// Where the terminal's cursor should stand, if a field asked for it.
    pub fn cursor(&self) -> Option<Position> {
        self.cursor
    }

    pub(crate) fn buffer_mut(&mut self) -> &mut Buffer {
        self.buf
    }

    pub fn direction(&self) -> Rendering {
        self.dir
    }

    /// Paragraphs laid out for this screen's direction, each wrapped to `width`.
    pub fn lay_out(&self, paragraphs: &[Line<'_>], width: u16) -> Laid {
        lay_out(paragraphs, width, self.dir)
    }

    /// One line, cut to `width` and never wrapped.
    pub fn lay_out_line(&self, paragraph: &Line<'_>, width: u16) -> LaidLine {
        lay_out_line(paragraph, width, self.dir)
    }

    /// Draws laid-out lines from the top of `area`; returns the rows used.
    pub fn draw(&mut self, area: Rect, laid: &Laid) -> u16 {
        let mut rows = 0;
        for (line, y) in laid.lines().iter().zip(area.top()..area.bottom()) {
            self.put_line(
                Rect {
                    y,
                    height: 1,
                    ..area
                },
                line,
                0,
            );
            rows += 1;
        }
        rows
    }

    /// Lays out paragraphs to the width of `area` and draws them; returns the rows used.
    pub fn lines(&mut self, area: Rect, paragraphs: &[Line<'_>]) -> u16 {
        let laid = self.lay_out(paragraphs, area.width);
        self.draw(area, &laid)
    }

    /// Like [`Canvas::lines`], but read left to right whatever the visitor's language: a list
    /// of language names, each in its own script.
    pub fn lines_left_to_right(&mut self, area: Rect, paragraphs: &[Line<'_>]) -> u16 {
        let dir = Rendering {
            rtl: false,
            ..self.dir
        };
        let laid = lay_out(paragraphs, area.width, dir);
        self.draw(area, &laid)
    }

    /// Wrapped paragraphs, one after another, separated by a blank line; returns the rows
    /// used so a caller can place more below.
    pub fn paragraphs(&mut self, area: Rect, items: &[(String, Style)]) -> u16 {
        let mut lines = Vec::with_capacity(items.len() * 2);
        for (i, (text, style)) in items.iter().enumerate() {
            if i > 0 {
                lines.push(Line::default());
            }
            lines.push(Line::from(Span::styled(text.as_str(), *style)));
        }
        self.lines(area, &lines)
    }

    /// One row holding two lines: `start` where reading starts (left, or right in a
    /// right-to-left language) and `end` at the other side, over a background.
    pub fn row_ends(&mut self, area: Rect, start: &LaidLine, end: &LaidLine, style: Style) {
        let row = Rect { height: 1, ..area };
        self.fill(row, style);
        let (left, right) = if self.dir.mirrored() {
            (end, start)
        } else {
            (start, end)
        };
        let right_w = right.width().min(row.width);
        self.put_line(
            Rect {
                x: row.right() - right_w,
                width: right_w,
                ..row
            },
            &flush(right, false),
            0,
        );
        let left_room = row.width - right_w;
        self.put_line(
            Rect {
                width: left_room,
                ..row
            },
            &flush(left, false),
            0,
        );
    }

    /// Gives `area` a background (a field's box, the header bar) without text.
    pub fn fill(&mut self, area: Rect, style: Style) {
        let area = area.intersection(self.buf.area);
        let buf = &mut *self.buf;
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                blank(buf, x, y).set_style(style);
            }
        }
    }

    /// Empties `area` (under an overlay).
    pub fn clear(&mut self, area: Rect) {
        Clear.render(area, self.buf);
    }

    /// A border around `area` with a title on its top edge; returns the area inside.
    pub fn bordered(&mut self, area: Rect, title: &str, style: Style) -> Rect {
        let block = Block::default().borders(Borders::ALL).border_style(style);
        let inner = block.inner(area);
        block.render(area, self.buf);
        if area.width > 4 && !title.is_empty() {
            let edge = Rect {
                x: area.x + 2,
                width: area.width - 4,
                height: 1,
                ..area
            };
            let text = format!(" {title} ");
            let line = self.lay_out_line(&Line::from(Span::styled(text, style)), edge.width);
            // Only the title's own cells: the rest of the edge is border.
            let x = if line.flush_right() {
                edge.right() - line.width()
            } else {
                edge.x
            };
            let own = Rect {
                x,
                width: line.width(),
                ..edge
            };
            self.put_line(own, &line, 0);
        }
        inner
    }

    /// A bar chart of labelled counts (the report's week). Its labels and values are ASCII
    /// dates and digits, the same in every language, so they skip the text layout.
    pub fn bar_chart(&mut self, area: Rect, bars: &[(String, u64)], style: Style) {
        use ratatui::widgets::{Bar, BarChart, BarGroup};
        if area.width == 0 || area.height < 3 || bars.is_empty() {
            return;
        }
        let group: Vec<Bar> = bars
            .iter()
            .map(|(label, value)| {
                Bar::default()
                    .value(*value)
                    .label(Line::from(label.clone()))
                    .text_value(value.to_string())
            })
            .collect();
        let chart = BarChart::default()
            .data(BarGroup::default().bars(&group))
            .bar_width(5)
            .bar_gap(2)
            .bar_style(style)
            .value_style(style.add_modifier(ratatui::style::Modifier::REVERSED));
        ratatui::widgets::Widget::render(chart, area.intersection(self.buf.area), self.buf);
    }

    /// Where the terminal's cursor stands after this frame.
    pub fn set_cursor(&mut self, position: Position) {
        self.cursor = Some(position);
    }

    /// Block characters of a picture (a QR code), one per cell, in one style.
    pub(super) fn picture(&mut self, area: Rect, rows: &[String], style: Style) {
        let area = area.intersection(self.buf.area);
        let buf = &mut *self.buf;
        for (row, y) in rows.iter().zip(area.top()..area.bottom()) {
            for (c, x) in row.chars().zip(area.left()..area.right()) {
                buf[(x, y)].set_char(c).set_style(style);
            }
        }
    }

    /// A secret as typed, into the first row of `area` from `skip` columns into it, one
    /// cluster per cell run, left to right, with nothing made from it on the way.
    pub(super) fn put_secret(&mut self, area: Rect, secret: &str, style: Style, skip: u16) {
        let area = area.intersection(self.buf.area);
        if area.is_empty() {
            return;
        }
        let widths = self.dir.widths;
        let buf = &mut *self.buf;
        let (mut x, mut column) = (area.x, 0u16);
        for cluster in secret.graphemes(true) {
            let cells = width_in(cluster, widths).min(usize::from(u16::MAX)) as u16;
            let start = column;
            column += cells;
            if cells == 0 || start < skip || cluster.chars().any(char::is_control) {
                continue;
            }
            if x + cells > area.right() {
                break;
            }
            put_cluster(buf, x, area.y, cluster, style, cells);
            x += cells;
        }
    }

    /// Writes one line into the first row of `area`, from `skip` columns into it, set to the
    /// side the line asks for. Every cell of the row in `area` is written, so nothing of an
    /// earlier drawing is left there.
    pub(super) fn put_line(&mut self, area: Rect, line: &LaidLine, skip: u16) {
        let area = area.intersection(self.buf.area);
        if area.is_empty() {
            return;
        }
        let y = area.y;
        let buf = &mut *self.buf;
        for x in area.left()..area.right() {
            blank(buf, x, y);
        }
        let shown = line.width().saturating_sub(skip).min(area.width);
        let mut x = if line.flush_right() {
            area.right() - shown
        } else {
            area.x
        };
        let mut column = 0u16;
        let mut room = x;
        for glyph in line.glyphs() {
            let start = column;
            column += glyph.width;
            if glyph.cells == 0 || start < skip {
                continue;
            }
            // Both the room the letters need and the cells the terminal steps over must fit.
            if room + glyph.width > area.right() || x + glyph.cells > area.right() {
                break;
            }
            room += glyph.width;
            put_cluster(buf, x, y, &glyph.text, glyph.style, glyph.cells);
            x += glyph.cells;
        }
    }
}

/// One cluster at (x, y), over `cells` cells as the terminal counts them.
fn put_cluster(buf: &mut Buffer, x: u16, y: u16, cluster: &str, style: Style, cells: u16) {
    let cell = &mut buf[(x, y)];
    cell.set_symbol(cluster).set_style(style);
    if cluster.width() != usize::from(cells) {
        // ratatui counts this cluster by unicode-width, the terminal otherwise. The forced
        // width makes ratatui step over the cells the terminal fills, and move the cursor
        // before the next cell it writes.
        if let Some(w) = NonZeroU16::new(cells) {
            cell.set_diff_option(CellDiffOption::ForcedWidth(w));
        }
    }
    for covered in x + 1..x + cells {
        blank(buf, covered, y).set_style(style);
    }
}

fn blank(buf: &mut Buffer, x: u16, y: u16) -> &mut ratatui::buffer::Cell {
    let cell = &mut buf[(x, y)];
    cell.set_symbol(" ");
    cell.set_diff_option(CellDiffOption::None);
    cell
}

fn flush(line: &LaidLine, right: bool) -> LaidLine {
    line.with_side(right)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;

    #[test]
    fn a_bengali_vowel_sign_takes_its_column_and_the_diff_moves_the_cursor() {
        let mut terminal = Terminal::new(TestBackend::new(12, 1)).unwrap();
        terminal
            .draw(|f| {
                let mut canvas = Canvas::new(f, Rendering::LTR);
                canvas.lines(Rect::new(0, 0, 12, 1), &[Line::raw("বাংলা ok")]);
            })
            .unwrap();
        let buf = terminal.backend().buffer();
        // One cluster of three code points, each a column wide on a terminal; unicode-width
        // says two.
        assert_eq!(buf[(0, 0)].symbol(), "বাং");
        assert_eq!(
            buf[(0, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(3).unwrap())
        );
        assert_eq!(buf[(3, 0)].symbol(), "লা");
        assert_eq!(buf[(6, 0)].symbol(), "o");
        let previous = Buffer::empty(buf.area);
        let updates: Vec<u16> = previous.diff(buf).iter().map(|(x, _, _)| *x).collect();
        assert!(
            [1, 2, 4].iter().all(|x| !updates.contains(x)),
            "{updates:?}"
        );
    }

    #[test]
    fn right_to_left_text_is_set_flush_right() {
        let mut terminal = Terminal::new(TestBackend::new(10, 1)).unwrap();
        let dir = Rendering {
            rtl: true,
            kiosk_reorders: true,
            ..Rendering::LTR
        };
        terminal
            .draw(|f| {
                let mut canvas = Canvas::new(f, dir);
                canvas.lines(Rect::new(0, 0, 10, 1), &[Line::raw("AB")]);
            })
            .unwrap();
        let buf = terminal.backend().buffer();
        assert_eq!(buf[(8, 0)].symbol(), "A");
        assert_eq!(buf[(9, 0)].symbol(), "B");
    }
}
