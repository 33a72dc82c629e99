//! Kiosk speed: drawing a screen, and handling one key in a text field (issue 9 targets:
//! under 200 µs and under 20 µs). Run with `cargo bench --bench render`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiosk::app::{App, AppEvent};
use kiosk::config::{KioskConfig, DEFAULT_TOML};
use kiosk::i18n::Locales;
use kiosk::keys::Key;
use kiosk::widgets::field::TextField;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;

fn app_on(keys: &str) -> App {
    let (tx, _rx) = tokio::sync::mpsc::unbounded_channel();
    let config = Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &[]).unwrap());
    let mut app = App::new(config, Locales::load(), None, tx);
    for c in keys.chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        app.handle(AppEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
    app
}

fn render(c: &mut Criterion) {
    // The picker, the menu, the lookup form with text, and the menu in Arabic (shaping and
    // reordering on every draw).
    let screens = [
        ("language", app_on("")),
        ("menu", app_on("\n")),
        ("lookup", app_on("\n1AvaM1234")),
        ("menu_ar", app_on("8")),
    ];
    // The floor under every screen: ratatui clearing, diffing and swapping a whole buffer
    // with nothing drawn into it.
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        c.bench_function(&format!("draw nothing {w}x{h}"), |b| {
            b.iter(|| {
                terminal.draw(|_| {}).unwrap();
            })
        });
    }
    for (name, app) in &screens {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            // Our part alone: the screen rendered into a cleared buffer.
            c.bench_function(&format!("render {name} {w}x{h}"), |b| {
                b.iter(|| {
                    terminal.current_buffer_mut().reset();
                    let mut frame = terminal.get_frame();
                    app.draw(&mut frame);
                })
            });
            // What the kiosk pays per frame: rendering plus ratatui's diff against the last
            // frame.
            c.bench_function(&format!("draw {name} {w}x{h}"), |b| {
                b.iter(|| {
                    terminal.draw(|f| app.draw(f)).unwrap();
                })
            });
        }
    }
}

fn key(c: &mut Criterion) {
    c.bench_function("one key in a text field", |b| {
        let mut field = TextField::new(40);
        b.iter(|| {
            field.key(black_box(Key::Char('a')));
            field.key(black_box(Key::Backspace));
        })
    });
}

criterion_group!(benches, render, key);
criterion_main!(benches);
