use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::palette;
use super::Canvas;
use crate::i18n::Arg;
use crate::screens::{Chrome, Ctx};

/// Header: product and center where reading starts; language and step at the other end;
/// then the title.
pub fn header(canvas: &mut Canvas, area: Rect, ctx: &Ctx, chrome: &Chrome) {
    let p = palette();
    let language = crate::i18n::find_language(ctx.lang)
        .map(|l| l.native_name)
        .unwrap_or("English");
    let mut end = language.to_string();
    if let Some((step, total)) = chrome.step {
        end = format!(
            "{} · {}",
            ctx.t_args(
                "step-of",
                &[
                    ("step", Arg::Num(step.into())),
                    ("total", Arg::Num(total.into()))
                ]
            ),
            end
        );
    }
    // At the counter, the signed-in staff member's name and center are always shown.
    let start = match &ctx.staff {
        Some(staff) => format!("{} · {} · {}", ctx.t("app-title"), staff.name, staff.center),
        None => format!("{} · {}", ctx.t("app-title"), ctx.config.center_name),
    };
    let end = canvas.lay_out_line(&Line::from(Span::styled(end, p.header)), area.width);
    let room = area.width.saturating_sub(end.width() + 2);
    let start = canvas.lay_out_line(&Line::from(Span::styled(start, p.header)), room);
    canvas.row_ends(area, &start, &end, p.header);
    if area.height > 2 {
        let title = Rect {
            y: area.y + 2,
            height: 1,
            x: area.x + 1,
            width: area.width.saturating_sub(2),
        };
        let line = canvas.lay_out_line(
            &Line::from(Span::styled(chrome.title.as_str(), p.title)),
            title.width,
        );
        canvas.put_line(title, &line, 0);
    }
}

/// The keys that work on this screen, as one line.
pub fn footer_text(ctx: &Ctx, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| ctx.t(k))
        .collect::<Vec<_>>()
        .join("   ")
}

/// Footer: the keys that work on this screen.
pub fn footer(canvas: &mut Canvas, area: Rect, ctx: &Ctx, keys: &[&str]) {
    let text = footer_text(ctx, keys);
    let line = canvas.lay_out_line(&Line::from(Span::styled(text, palette().muted)), area.width);
    canvas.put_line(Rect { height: 1, ..area }, &line, 0);
}

/// The row above the footer: F6 (ask at the counter) on every family screen of a kiosk,
/// highlighted so a family stuck anywhere sees it, then the speech keys when the kiosk speaks.
/// The footer itself is full on the busiest screens (six keys would not fit 78 columns in
/// French or Spanish), and this row is never the body's.
pub fn counter_and_speech_keys(canvas: &mut Canvas, area: Rect, ctx: &Ctx, counter: bool) {
    let p = palette();
    let mut spans = Vec::with_capacity(3);
    if counter {
        spans.push(Span::styled(ctx.t("key-counter"), p.accent));
    }
    if ctx.config.speech.enabled {
        if counter {
            spans.push(Span::styled("   ", p.muted));
        }
        spans.push(Span::styled(speech_keys_text(ctx), p.muted));
    }
    let line = canvas.lay_out_line(&Line::from(spans), area.width);
    canvas.put_line(Rect { height: 1, ..area }, &line, 0);
}

pub fn speech_keys_text(ctx: &Ctx) -> String {
    footer_text(ctx, &["key-listen", "key-voice"])
}
