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
    terminal.draw(|f| app.draw(f))?;
    while let Some(event) = events.recv().await {
        app.handle(event);
        if app.take_clear_request() {
            terminal.clear()?;
            on_session_end();
        } else if app.take_redraw_request() {
            terminal.clear()?;
        }
        if app.quit {
            break;
        }
        terminal.draw(|f| app.draw(f))?;
    }
    Ok(())
}
