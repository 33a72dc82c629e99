//! Draws the app: chrome around the active screen, then any overlay.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::Frame;
use tokio::time::Instant;

use crate::app::App;
use crate::exit_prompt::ExitPrompt;
use crate::i18n::Arg;
use crate::layers::{Layer, Overlay};
use crate::screens::Ctx;
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
    let cursor = {
        let mut canvas = Canvas::new(frame, dir);
        draw_on(app, &mut canvas, now);
        canvas.cursor()
    };
    if let Some(position) = cursor {
        frame.set_cursor_position(position);
    }
}

/// The body of an 80x24 terminal.
const FULL_BODY: (u16, u16) = (78, 18);

/// How many rows the body may be drawn on before it is scrolled into view: a screen whose
/// content is taller than this is cut there.
const BODY_ROWS_DRAWN: u16 = 120;

/// Draws the body off screen on a tall sheet, then shows the part of it that holds the
/// focus (the field with the cursor, or the chosen item of a list), moved by what the visitor
/// scrolled (`manual`, PageUp/PageDown). A body that fits is shown as it is; one that does not
/// marks with ▲ that there is more above, and gives its last row to the keys that scroll it
/// ("PgUp ▲  PgDn ▼"). On a small terminal nothing is lost.
fn scrolled(canvas: &mut Canvas, body: Rect, manual: i32, draw: impl FnOnce(&mut Canvas, Rect)) {
    if body.width >= FULL_BODY.0 && body.height >= FULL_BODY.1 {
        // Every screen fits the body of an 80x24 terminal (the snapshot tests hold it to
        // that), so from there up it is drawn in place, and what fits only there is shown.
        draw(canvas, body);
        return;
    }
    let sheet_area = Rect::new(0, 0, body.width, BODY_ROWS_DRAWN.max(body.height));
    let mut sheet = Buffer::empty(sheet_area);
    let mut off = Canvas::on(&mut sheet, canvas.direction());
    draw(&mut off, sheet_area);
    let cursor = off.cursor();
    let used = (0..sheet_area.height)
        .rev()
        .find(|&y| (0..sheet_area.width).any(|x| sheet[(x, y)] != Cell::EMPTY))
        .map_or(0, |y| y + 1);
    let focus = cursor.map(|p| p.y).or_else(|| {
        let selected = palette().selected;
        let chosen = |c: &Cell| {
            selected.bg.is_some_and(|bg| c.bg == bg) && selected.fg.is_none_or(|fg| c.fg == fg)
        };
        (0..used).find(|&y| (0..sheet_area.width).any(|x| chosen(&sheet[(x, y)])))
    });
    let hint = used > body.height && body.height > 2;
    let window = body.height - u16::from(hint);
    let most = used.saturating_sub(window);
    // The focus a few rows from the bottom edge, so the label above a field shows too; in
    // a window of a few rows, near its middle.
    let margin = 2.min(window.saturating_sub(1) / 2);
    let follow = focus.map_or(0, |f| (f + 1 + margin).saturating_sub(window));
    let offset = (i32::from(follow) + manual).clamp(0, i32::from(most)) as u16;
    let out = canvas.buffer_mut();
    for row in 0..window {
        for col in 0..body.width {
            let from = (col, row + offset);
            let to = (body.x + col, body.y + row);
            if sheet_area.contains(from.into()) && out.area.contains(to.into()) {
                out[to] = sheet[from].clone();
            }
        }
    }
    if let Some(p) = cursor {
        if p.y >= offset && p.y < offset + window {
            canvas.set_cursor(Position::new(body.x + p.x, body.y + p.y - offset));
        }
    }
    let edge = body.x + body.width - 1;
    let style = palette().accent;
    if offset > 0 {
        canvas.buffer_mut()[(edge, body.y)]
            .set_symbol("▲")
            .set_style(style);
    }
    if hint {
        let keys = [(offset > 0, "PgUp ▲"), (offset < most, "PgDn ▼")];
        let text = keys
            .iter()
            .filter(|(shown, _)| *shown)
            .map(|(_, key)| *key)
            .collect::<Vec<_>>()
            .join("  ");
        let shown = (crate::widgets::width::width(&text) as u16).min(body.width);
        let row = Rect {
            x: body.x + body.width - shown,
            y: body.y + window,
            width: shown,
            height: 1,
        };
        canvas.lines_left_to_right(row, &[Line::from(Span::styled(text, style))]);
    } else if offset < most {
        canvas.buffer_mut()[(edge, body.y + body.height - 1)]
            .set_symbol("▼")
            .set_style(style);
    }
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
    let footer_rows = chrome::footer_rows(ctx, &app.footer_keys(), area.width - 2);
    let global_keys = app.global_keys();
    let global_rows = if global_keys.is_empty() {
        Vec::new()
    } else {
        chrome::footer_rows(ctx, &global_keys, area.width - 2)
    };
    // A one-row footer keeps the row above it free when there is no row of global keys.
    let bottom = (footer_rows.len() as u16 + global_rows.len() as u16).max(2);
    let body = Rect {
        x,
        y: area.y + 4,
        width,
        height: area.height - 4 - bottom,
    };
    scrolled(canvas, body, app.scrolled_rows(), |c, a| {
        app.screen.draw(c, a, ctx)
    });
    let footer = Rect {
        x: area.x + 1,
        y: area.y + area.height - footer_rows.len() as u16,
        width: area.width - 2,
        height: footer_rows.len() as u16,
    };
    chrome::footer(canvas, footer, &footer_rows);
    if !global_rows.is_empty() {
        let rows = Rect {
            y: footer.y - global_rows.len() as u16,
            height: global_rows.len() as u16,
            ..footer
        };
        let counter = global_keys.first() == Some(&"key-counter");
        chrome::global_keys(canvas, rows, ctx, &global_rows, counter);
    }

    for layer in app.layers(now) {
        match layer {
            Layer::Offline => offline_banner(canvas, area, ctx),
            Layer::Overlay(i) => match &app.overlays()[i] {
                Overlay::Help => help_overlay(canvas, area, ctx),
                Overlay::Language { selected } => language_overlay(app, canvas, area, *selected),
                Overlay::Exit(prompt) => exit_overlay(canvas, area, ctx, prompt),
            },
            Layer::SpeechKeys => {}
            Layer::Countdown(seconds) => idle_countdown(canvas, area, ctx, seconds),
        }
    }
}

/// The account service is down: a line over the header says so.
fn offline_banner(canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
    let banner = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let text = format!(" ⚠ {}", ctx.t("offline-banner"));
    let line = canvas.lay_out_line(&Line::from(Span::styled(text, palette().bad)), banner.width);
    canvas.draw(banner, &Laid::from(line));
}

fn help_overlay(canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
    let p = palette();
    let width = area.width.saturating_sub(4).min(60);
    // Over the footer's rows nothing is drawn: the keys stay readable.
    let room = area.height.saturating_sub(3);
    let texts = crate::app::help_overlay_texts(ctx);
    let close = ctx.t("key-close-help");
    // What does not fit goes from the end: the school's part first.
    let inner_width = width.saturating_sub(2);
    let mut lines = Vec::new();
    let mut height = 0;
    for count in (1..=texts.len()).rev() {
        lines.clear();
        for (i, t) in texts.iter().take(count).enumerate() {
            let style = if i == 0 { p.accent } else { p.text };
            lines.push(Line::from(Span::styled(t.as_str(), style)));
            lines.push(Line::raw(""));
        }
        lines.push(Line::from(Span::styled(close.as_str(), p.muted)));
        height = canvas.lay_out(&lines, inner_width).height() + 2;
        if height <= room {
            break;
        }
    }
    let height = height.min(room);
    let popup = centered(
        Rect {
            height: room,
            ..area
        },
        width,
        height,
    );
    canvas.clear(popup);
    let inner = canvas.bordered(popup, &ctx.t("help-title"), p.text);
    canvas.lines(inner, &lines);
}

fn language_overlay(app: &App, canvas: &mut Canvas, area: Rect, selected: usize) {
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
}

fn exit_overlay(canvas: &mut Canvas, area: Rect, ctx: &Ctx, prompt: &ExitPrompt) {
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
}

fn idle_countdown(canvas: &mut Canvas, area: Rect, ctx: &Ctx, seconds: u64) {
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
