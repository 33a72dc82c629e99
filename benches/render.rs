//! Kiosk speed (issue 9 targets: under 200 µs to draw a screen, under 20 µs for a key in a
//! text field). `render` times every screen of the snapshot tour rendered into a buffer, in
//! English at 80x24 and 200x60 and in Arabic at 80x24; `draw` times a few of them through
//! ratatui's `Terminal::draw`, which adds the diff against the last frame, with an empty frame
//! as the floor. Run with `cargo bench --bench render`.

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use crossterm::event::KeyCode;
use kiosk::keys::Key;
use kiosk::widgets::field::TextField;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::time::Duration;

/// The app after `keys` (`\n` for Enter), with no service.
fn app_on(keys: &str) -> common::Harness {
    let mut h = common::Harness::new(None);
    for c in keys.chars() {
        match c {
            '\n' => h.key(KeyCode::Enter),
            c => h.key(KeyCode::Char(c)),
        }
    }
    h
}

fn draw(c: &mut Criterion) {
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
    for (name, harness) in &screens {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            c.bench_function(&format!("draw {name} {w}x{h}"), |b| {
                b.iter(|| {
                    terminal.draw(|f| harness.app.draw(f)).unwrap();
                })
            });
        }
    }
}

fn every_screen(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _in_runtime = runtime.enter();
    let mut group = c.benchmark_group("render");
    group
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20);
    common::tour::every_screen(&mut |name, h, _secrets| {
        for (lang, w, height) in [("en", 80u16, 24u16), ("en", 200, 60), ("ar", 80, 24)] {
            h.app.ctx.lang = lang;
            let mut terminal = Terminal::new(TestBackend::new(w, height)).unwrap();
            group.bench_function(format!("{name} {lang} {w}x{height}"), |b| {
                b.iter(|| {
                    terminal.current_buffer_mut().reset();
                    let mut frame = terminal.get_frame();
                    h.app.draw(&mut frame);
                })
            });
        }
        h.app.ctx.lang = "en";
    });
    group.finish();
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

criterion_group!(benches, draw, every_screen, key);
criterion_main!(benches);
