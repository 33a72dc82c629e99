//! The event loop, generic over the ratatui backend so tests drive the real loop on
//! `TestBackend`.

use ratatui::backend::Backend;
use ratatui::Terminal;
use tokio::sync::mpsc::UnboundedReceiver;

use crate::app::{App, AppEvent};

/// Runs until the app quits or every event source is gone. `on_session_end` is called when a
/// visitor's session ends, after the screen is cleared (the real terminal also purges its
/// scrollback there).
pub async fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut UnboundedReceiver<AppEvent>,
    mut on_session_end: impl FnMut(),
) -> anyhow::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let mut gate = FrameGate::default();
    terminal.draw(|f| app.draw(f))?;
    while let Some(event) = events.recv().await {
        app.handle(event);
        let mut cleared = false;
        if app.take_clear_request() {
            terminal.clear()?;
            on_session_end();
            cleared = true;
        } else if app.take_redraw_request() {
            terminal.clear()?;
            cleared = true;
        }
        if app.quit {
            break;
        }
        if app.take_bell_request() {
            ring_bell();
        }
        let size = terminal.size()?;
        if cleared || gate.changed(app, size) {
            terminal.draw(|f| app.draw(f))?;
        }
    }
    Ok(())
}

/// A new hand-off at the counter: the terminal's bell, heard without looking at the screen.
fn ring_bell() {
    use std::io::Write;
    let mut out = std::io::stdout();
    let _ = out.write_all(b"\x07");
    let _ = out.flush();
}

/// Draws the frame off screen first and lets the real draw happen only when it differs from
/// the last one. Most events (the 4 Hz tick, health checks) change nothing visible, and even
/// an unchanged draw re-sends style resets and the cursor: 28 bytes a time over a serial
/// console, three times per keystroke.
#[derive(Default)]
struct FrameGate {
    shadow: Option<Terminal<ratatui::backend::TestBackend>>,
    last: Option<(ratatui::buffer::Buffer, ratatui::layout::Position, bool)>,
}

impl FrameGate {
    fn changed(&mut self, app: &App, size: ratatui::layout::Size) -> bool {
        let fresh = || Terminal::new(ratatui::backend::TestBackend::new(size.width, size.height));
        let shadow = match &mut self.shadow {
            Some(t) if t.backend().buffer().area.as_size() == size => t,
            slot => match fresh() {
                Ok(t) => slot.insert(t),
                Err(_) => return true,
            },
        };
        if shadow.draw(|f| app.draw(f)).is_err() {
            return true;
        }
        let backend = shadow.backend_mut();
        let cursor = backend.get_cursor_position().unwrap_or_default();
        let visible = backend.cursor_visible();
        let frame = (backend.buffer().clone(), cursor, visible);
        let changed = self.last.as_ref() != Some(&frame);
        self.last = Some(frame);
        changed
    }
}
