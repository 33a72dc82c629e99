//! Draws the app: chrome around the active screen, then any overlay.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::Frame;
use tokio::time::Instant;

use crate::app::App;
use crate::i18n::Arg;
use crate::widgets::field::draw_secret;
use crate::widgets::layout::{Laid, Rendering};
use crate::widgets::{chrome, theme::palette, Canvas};

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// The widest body, in columns.
pub const MAX_BODY_WIDTH: u16 = 100;

pub fn draw(app: &App, frame: &mut Frame, now: Instant) {
    let ctx = &app.ctx;
    let dir = Rendering {
        rtl: crate::i18n::find_language(ctx.lang).is_some_and(|l| l.rtl),
        kiosk_reorders: ctx.config.bidi_reorder,
        widths: ctx.config.cell_widths,
    };
    let mut canvas = Canvas::new(frame, dir);
    draw_on(app, &mut canvas, now);
}

fn draw_on(app: &App, canvas: &mut Canvas, now: Instant) {
    let area = canvas.area();
    let ctx = &app.ctx;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        canvas.lines(area, &[Line::raw(ctx.t("too-small"))]);
        return;
    }
    let c = app.screen.chrome(ctx);
    chrome::header(canvas, area, ctx, &c);
    // Past about a hundred columns lines get too long to follow back to their start, so a
    // wide terminal keeps that width, from the side where reading starts.
    let width = (area.width - 2).min(MAX_BODY_WIDTH);
    let x = if canvas.direction().mirrored() {
        area.x + area.width - 1 - width
    } else {
        area.x + 1
    };
    let body = Rect {
        x,
        y: area.y + 4,
        width,
        height: area.height - 6,
    };
    app.screen.draw(canvas, body, ctx);
    if !app.online {
        let banner = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        let text = format!(" ⚠ {}", ctx.t("offline-banner"));
        let line =
            canvas.lay_out_line(&Line::from(Span::styled(text, palette().bad)), banner.width);
        canvas.draw(banner, &Laid::from(line));
    }
    let footer = Rect {
        x: area.x + 1,
        y: area.y + area.height - 1,
        width: area.width - 2,
        height: 1,
    };
    chrome::footer(canvas, footer, ctx, &c.keys);
    if ctx.config.speech.enabled {
        let row = Rect {
            y: footer.y - 1,
            ..footer
        };
        chrome::speech_keys(canvas, row, ctx);
    }

    if let Some(selected) = app.language_overlay {
        let langs = app.offered_languages();
        let popup = centered(area, 40, langs.len() as u16 + 2);
        canvas.clear(popup);
        let p = palette();
        let lines: Vec<Line> = langs
            .iter()
            .enumerate()
            .filter_map(|(i, code)| {
                let lang = crate::i18n::find_language(code)?;
                let number = if i == 9 { 0 } else { i + 1 };
                let style = if i == selected { p.selected } else { p.text };
                Some(Line::from(Span::styled(
                    format!(" {number}. {} ", lang.native_name),
                    style,
                )))
            })
            .collect();
        let inner = canvas.bordered(popup, "F2", p.text);
        canvas.lines_left_to_right(inner, &lines);
    } else if let Some(prompt) = &app.exit_prompt {
        let popup = centered(area, 44, 7);
        canvas.clear(popup);
        let inner = canvas.bordered(popup, &ctx.t("exit-title"), palette().text);
        draw_secret(
            canvas,
            inner,
            &ctx.t("exit-label"),
            &prompt.code,
            true,
            false,
            None,
        );
        if let Some(msg) = prompt.message {
            let row = Rect {
                y: inner.y + 3,
                height: 1,
                ..inner
            };
            canvas.lines(row, &[Line::from(Span::styled(ctx.t(msg), palette().bad))]);
        }
    } else if let Some(seconds) = app.idle_countdown(now) {
        let p = palette();
        let popup = centered(area, 50, 8);
        canvas.clear(popup);
        let inner = canvas.bordered(popup, &ctx.t("idle-title"), p.accent);
        let text = [
            Line::from(Span::styled(
                ctx.t_args("idle-body", &[("seconds", Arg::Num(seconds as i64))]),
                p.text,
            )),
            Line::default(),
            Line::from(Span::styled(ctx.t("idle-keep"), p.accent)),
        ];
        canvas.lines(inner, &text);
    }
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
