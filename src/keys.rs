//! Terminal key events reduced to the small set the screens act on.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    /// Scrolls the screen on a terminal too small to show all of it.
    PageUp,
    PageDown,
    Backspace,
    Delete,
    /// F1: help and contact information.
    Help,
    /// F2: change the language.
    Language,
    /// F3: show or hide the secret being typed.
    Reveal,
    /// F4: say the screen again (and turn speech on for this visit).
    Listen,
    /// F5: turn speech on or off for this visit.
    Voice,
    /// F10: staff sign-out (counter mode).
    SignOut,
    /// Ctrl-Q: the staff exit prompt.
    StaffExit,
    /// Anything else (Ctrl-C, Ctrl-Z, other function keys): does nothing, but counts as
    /// activity for the idle timer.
    Ignored,
}

impl Key {
    pub fn from_event(event: &KeyEvent) -> Option<Key> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        Some(match event.code {
            KeyCode::Char('q') | KeyCode::Char('Q') if ctrl => Key::StaffExit,
            KeyCode::Char(_) if ctrl || alt => Key::Ignored,
            KeyCode::Char(c) if c.is_control() => Key::Ignored,
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Tab => Key::Tab,
            KeyCode::BackTab => Key::BackTab,
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::Delete => Key::Delete,
            KeyCode::F(1) => Key::Help,
            KeyCode::F(2) => Key::Language,
            KeyCode::F(3) => Key::Reveal,
            KeyCode::F(4) => Key::Listen,
            KeyCode::F(5) => Key::Voice,
            KeyCode::F(10) => Key::SignOut,
            _ => Key::Ignored,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_combinations_do_nothing() {
        for c in ['c', 'z', '\\', 'd'] {
            let e = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
            assert_eq!(Key::from_event(&e), Some(Key::Ignored));
        }
        let e = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
        assert_eq!(Key::from_event(&e), Some(Key::StaffExit));
    }
}
