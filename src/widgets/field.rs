use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthStr;

use super::theme::palette;
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

fn field_box(area: Rect) -> (Rect, Rect) {
    let label = Rect { height: 1, ..area };
    let boxed = Rect {
        y: area.y + 1,
        height: 1,
        width: area.width.min(FIELD_WIDTH),
        ..area
    };
    (label, boxed)
}

fn draw_label(frame: &mut Frame, area: Rect, label: &str, focused: bool, note: Option<&str>) {
    let p = palette();
    let mut spans = vec![Span::styled(
        label.to_string(),
        if focused { p.accent } else { p.text },
    )];
    if let Some(note) = note {
        spans.push(Span::raw("  "));
        spans.push(Span::styled(note.to_string(), p.bad));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn draw_text(
    frame: &mut Frame,
    area: Rect,
    label: &str,
    field: &TextField,
    focused: bool,
    error: Option<&str>,
) {
    if area.height < FIELD_ROWS {
        return;
    }
    let p = palette();
    let (label_area, box_area) = field_box(area);
    draw_label(frame, label_area, label, focused, error);
    let inner = box_area.width.saturating_sub(1) as usize;
    let scroll = field.input.visual_scroll(inner);
    let style = if focused { p.field_focused } else { p.field };
    frame.render_widget(
        Paragraph::new(field.value().to_string())
            .style(style)
            .scroll((0, scroll as u16)),
        box_area,
    );
    if focused {
        let x = (field.input.visual_cursor().saturating_sub(scroll)) as u16;
        frame.set_cursor_position(Position::new(
            box_area.x + x.min(box_area.width.saturating_sub(1)),
            box_area.y,
        ));
    }
}

/// A masked field: one bullet per character typed; the secret itself is drawn only when the
/// visitor asks to see it.
pub fn draw_secret(
    frame: &mut Frame,
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
    let p = palette();
    let (label_area, box_area) = field_box(area);
    draw_label(frame, label_area, label, focused, note);
    // Shown, the secret is lent to the frame as it is: no copy of it is made to draw it.
    let bullets;
    let shown: &str = if reveal {
        secret.expose()
    } else {
        bullets = "•".repeat(secret.char_count());
        &bullets
    };
    let inner = box_area.width.saturating_sub(1) as usize;
    let width = shown.width();
    let scroll = width.saturating_sub(inner);
    let style = if focused { p.field_focused } else { p.field };
    frame.render_widget(
        Paragraph::new(shown)
            .style(style)
            .scroll((0, scroll as u16)),
        box_area,
    );
    if focused {
        let x = (width - scroll) as u16;
        frame.set_cursor_position(Position::new(
            box_area.x + x.min(box_area.width.saturating_sub(1)),
            box_area.y,
        ));
    }
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
