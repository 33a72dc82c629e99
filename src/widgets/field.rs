use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use tui_input::{Input, InputRequest};

use super::layout::{lay_out_line, Rendering};
use super::theme::palette;
use super::width::width_in;
use super::Canvas;
use crate::keys::Key;
use crate::secret::SecretBuf;

/// Rows a field takes: its label and its box.
pub const FIELD_ROWS: u16 = 2;
const FIELD_WIDTH: u16 = 44;

/// A plain text field (usernames, dates): grapheme- and width-aware editing from tui-input,
/// with a length limit and no control characters.
pub struct TextField {
    input: Input,
    max_chars: usize,
}

impl TextField {
    pub fn new(max_chars: usize) -> Self {
        TextField {
            input: Input::default(),
            max_chars,
        }
    }

    pub fn with_value(max_chars: usize, value: &str) -> Self {
        let mut f = Self::new(max_chars);
        f.paste(value);
        f
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// Handles an editing key; returns false for keys that are not editing.
    pub fn key(&mut self, key: Key) -> bool {
        let request = match key {
            Key::Char(c) => {
                if c.is_control() || self.input.value().chars().count() >= self.max_chars {
                    return true;
                }
                InputRequest::InsertChar(c)
            }
            Key::Backspace => InputRequest::DeletePrevChar,
            Key::Delete => InputRequest::DeleteNextChar,
            Key::Left => InputRequest::GoToPrevChar,
            Key::Right => InputRequest::GoToNextChar,
            Key::Home => InputRequest::GoToStart,
            Key::End => InputRequest::GoToEnd,
            _ => return false,
        };
        self.input.handle(request);
        true
    }

    /// Inserts pasted text up to the limit, dropping control and format characters.
    pub fn paste(&mut self, text: &str) {
        for c in text.chars() {
            if self.input.value().chars().count() >= self.max_chars {
                break;
            }
            if !c.is_control() && !is_invisible_format(c) {
                self.input.handle(InputRequest::InsertChar(c));
            }
        }
    }
}

/// Bidi controls and zero-width characters: invisible, and a way to make two usernames look
/// the same, so fields refuse them.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The label's row, and the box under it: where reading starts, so on the right in a
/// right-to-left language (also on a terminal that does its own bidi: a row with no letters
/// in it is not mirrored there).
fn field_box(area: Rect, mirrored: bool) -> (Rect, Rect) {
    let label = Rect { height: 1, ..area };
    let width = area.width.min(FIELD_WIDTH);
    let x = if mirrored {
        area.right() - width
    } else {
        area.x
    };
    let boxed = Rect {
        x,
        y: area.y + 1,
        height: 1,
        width,
    };
    (label, boxed)
}

fn draw_label(canvas: &mut Canvas, area: Rect, label: &str, focused: bool, note: Option<&str>) {
    let p = palette();
    let mut spans = vec![Span::styled(
        label.to_string(),
        if focused { p.accent } else { p.text },
    )];
    if let Some(note) = note {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(note.to_string(), p.bad));
    }
    canvas.lines(area, &[Line::from(spans)]);
}

/// The value in its box, scrolled so the cursor column stays inside; the cursor is put there
/// when the field has the focus.
fn draw_value(
    canvas: &mut Canvas,
    boxed: Rect,
    value: &str,
    cursor_col: u16,
    focused: bool,
    secret: bool,
) {
    let p = palette();
    let style = if focused { p.field_focused } else { p.field };
    canvas.fill(boxed, style);
    let inner = boxed.width.saturating_sub(1);
    let scroll = cursor_col.saturating_sub(inner);
    if secret {
        // A secret goes straight into the cells: never shaped (the shaper remembers what it
        // shaped) and never copied into laid-out glyphs on its way.
        canvas.put_secret(boxed, value, style, scroll);
    } else {
        // What is typed (a username, a date, an email address) reads left to right from the
        // box's left edge, in every language; on a terminal that does bidi, a right-to-left
        // mark would make it mirror the row, box and all.
        let value = Line::from(Span::styled(value, style));
        let dir = Rendering {
            rtl: false,
            ..canvas.direction()
        };
        let line = lay_out_line(&value, u16::MAX, dir).with_side(false);
        canvas.put_line(boxed, &line, scroll);
    }
    if focused {
        let x = cursor_col - scroll;
        canvas.set_cursor(Position::new(
            boxed.x + x.min(boxed.width.saturating_sub(1)),
            boxed.y,
        ));
    }
}

pub fn draw_text(
    canvas: &mut Canvas,
    area: Rect,
    label: &str,
    field: &TextField,
    focused: bool,
    error: Option<&str>,
) {
    if area.height < FIELD_ROWS {
        return;
    }
    let (label_area, box_area) = field_box(area, canvas.direction().rtl);
    draw_label(canvas, label_area, label, focused, error);
    let value = field.value();
    let before: String = value.chars().take(field.input.cursor()).collect();
    let cursor_col = width_in(&before, canvas.direction().widths).min(usize::from(u16::MAX)) as u16;
    draw_value(canvas, box_area, value, cursor_col, focused, false);
}

/// A masked field: one bullet per character typed; the secret itself is drawn only when the
/// visitor asks to see it.
pub fn draw_secret(
    canvas: &mut Canvas,
    area: Rect,
    label: &str,
    secret: &SecretBuf,
    focused: bool,
    reveal: bool,
    note: Option<&str>,
) {
    if area.height < FIELD_ROWS {
        return;
    }
    let (label_area, box_area) = field_box(area, canvas.direction().rtl);
    draw_label(canvas, label_area, label, focused, note);
    // Shown, the secret is lent to the canvas as it is: no copy of it is made to draw it.
    let bullets;
    let shown: &str = if reveal {
        secret.expose()
    } else {
        bullets = "•".repeat(secret.char_count());
        &bullets
    };
    let cursor_col = width_in(shown, canvas.direction().widths).min(usize::from(u16::MAX)) as u16;
    draw_value(canvas, box_area, shown, cursor_col, focused, true);
}

/// Typing into a secret buffer; returns false for keys that are not editing.
pub fn secret_key(buf: &mut SecretBuf, key: Key) -> bool {
    match key {
        Key::Char(c) => {
            buf.push(c);
            true
        }
        Key::Backspace => {
            buf.pop();
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_field_limits_and_filters() {
        let mut f = TextField::new(5);
        f.paste("ab\u{1b}[31mcdefgh");
        assert_eq!(f.value(), "ab[31");
        let mut f = TextField::new(20);
        f.paste("Ava\u{202E}M\u{200B}1234\n");
        assert_eq!(f.value(), "AvaM1234");
        f.key(Key::Backspace);
        assert_eq!(f.value(), "AvaM123");
    }
}
