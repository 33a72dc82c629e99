//! Takes over the terminal and gives it back exactly as it was, on every way out: normal
//! exit, error and panic.

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute};
use std::io::{self, Write};

pub struct TerminalGuard;

impl TerminalGuard {
    pub fn enter() -> io::Result<Self> {
        terminal::enable_raw_mode()?;
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            cursor::Hide
        )?;
        install_panic_restore();
        Ok(TerminalGuard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Clears the screen and the scrollback, so the next visitor cannot scroll back to the last
/// one's session.
pub fn purge_scrollback() {
    let mut out = io::stdout();
    let _ = out.write_all(b"\x1b[3J\x1b[2J\x1b[H");
    let _ = out.flush();
}

fn install_panic_restore() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Replaces the default hook, which would print the message and a backtrace on the
        // visitor's screen.
        std::panic::set_hook(Box::new(|info| {
            restore();
            purge_scrollback();
            // The location is enough to find the bug; the message could quote data.
            let location = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            tracing::error!(%location, "kiosk panicked");
        }));
    });
}
