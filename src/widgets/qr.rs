//! QR codes drawn with half-block characters: two modules per character cell, so a code for a
//! short URL fits beside text on an 80x24 screen. Dark modules on a light ground, as scanners
//! expect, whatever the terminal's colors.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use std::sync::Arc;

use super::memo::Memo;
use super::Canvas;

const QUIET: usize = 2;

/// The rows of text for a QR code of `data`, or `None` if it cannot be encoded. Encoding
/// takes most of a millisecond, and a screen with a code is drawn several times a second, so
/// codes already made are kept (they are the public addresses of the help routes).
pub fn qr_lines(data: &str) -> Option<Arc<[String]>> {
    MADE.get_or_make(data, |d| encode(d).map(Arc::from))
}

static MADE: Memo<Option<Arc<[String]>>> = Memo::new(32);

fn encode(data: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let dark = |x: usize, y: usize| -> bool {
        if x < QUIET || y < QUIET || x >= width + QUIET || y >= width + QUIET {
            return false;
        }
        colors[(y - QUIET) * width + (x - QUIET)] == Module::Dark
    };
    let mut rows = Vec::with_capacity(size.div_ceil(2));
    for y in (0..size).step_by(2) {
        let row: String = (0..size)
            .map(|x| match (dark(x, y), dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            })
            .collect();
        rows.push(row);
    }
    Some(rows)
}

/// The size in cells a QR code of `data` takes.
pub fn qr_size(data: &str) -> (u16, u16) {
    qr_lines(data)
        .map(|rows| {
            (
                rows.first().map_or(0, |r| r.chars().count()) as u16,
                rows.len() as u16,
            )
        })
        .unwrap_or((0, 0))
}

/// Draws the code at the top-left of `area` if it fits; returns whether it was drawn.
pub fn draw_qr(canvas: &mut Canvas, area: Rect, data: &str) -> bool {
    let Some(rows) = qr_lines(data) else {
        return false;
    };
    let w = rows.first().map_or(0, |r| r.chars().count()) as u16;
    let h = rows.len() as u16;
    if w > area.width || h > area.height {
        return false;
    }
    let style = Style::default().fg(Color::Black).bg(Color::White);
    canvas.picture(
        Rect {
            width: w,
            height: h,
            ..area
        },
        &rows,
        style,
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_url_fits_in_a_corner_of_80x24() {
        let (w, h) = qr_size("https://mystudent.nyc");
        assert!(w <= 30 && h <= 15, "{w}x{h}");
    }

    #[test]
    fn encodes_what_it_is_given() {
        // Decoding needs an image library; check the module grid instead.
        let rows = qr_lines("https://www.myschools.nyc").unwrap();
        let code =
            QrCode::with_error_correction_level("https://www.myschools.nyc".as_bytes(), EcLevel::L)
                .unwrap();
        assert_eq!(rows.len(), (code.width() + 2 * QUIET).div_ceil(2));
        assert!(rows.iter().any(|r| r.contains('█')));
    }
}
