//! `theme = "high_contrast"` changes what reaches the terminal, and the background is always
//! the kiosk's own, in both themes (one test: the theme is process-wide).

use kiosk::config::{KioskConfig, DEFAULT_TOML};
use ratatui::style::Color;
use std::sync::Arc;

fn drawn(theme: &str) -> ratatui::buffer::Buffer {
    let env = [("KIOSK_THEME".to_string(), theme.to_string())];
    let config = Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap());
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let app = kiosk::app::App::new(config, kiosk::i18n::Locales::load(), None, tx);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.draw(f)).unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn high_contrast_is_used_and_the_background_is_always_set() {
    let normal = drawn("normal");
    let high = drawn("high_contrast");
    assert_ne!(normal, high, "the two themes draw differently");
    for buffer in [&normal, &high] {
        // An empty cell well below the text and the header's first cell.
        let empty = &buffer[(40, 18)];
        assert_eq!(empty.bg, Color::Indexed(16), "the background is set");
        assert_ne!(
            buffer[(0, 0)].bg,
            Color::Reset,
            "the header has its own background"
        );
    }
    assert_eq!(high[(0, 0)].bg, Color::Indexed(231));
}
