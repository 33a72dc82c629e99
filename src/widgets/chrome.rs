use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::theme::palette;
use crate::i18n::Arg;
use crate::screens::{Chrome, Ctx};

/// Header: product and center on the left; language and step on the right; then the title.
pub fn header(frame: &mut Frame, area: Rect, ctx: &Ctx, chrome: &Chrome) {
    let p = palette();
    let language = crate::i18n::find_language(ctx.lang)
        .map(|l| l.native_name)
        .unwrap_or("English");
    let mut right = language.to_string();
    if let Some((step, total)) = chrome.step {
        right = format!(
            "{} · {}",
            ctx.t_args(
                "step-of",
                &[
                    ("step", Arg::Num(step.into())),
                    ("total", Arg::Num(total.into()))
                ]
            ),
            right
        );
    }
    // At the counter, the signed-in staff member's name and center are always shown.
    let left = match &ctx.staff {
        Some(staff) => format!("{} · {} · {}", ctx.t("app-title"), staff.name, staff.center),
        None => format!("{} · {}", ctx.t("app-title"), ctx.config.center_name),
    };
    let left = super::bidi::visual(&left);
    let right = super::bidi::visual(&right);
    let width = area.width as usize;
    let right_w = right.width();
    let left = truncate(&left, width.saturating_sub(right_w + 2));
    let gap = width.saturating_sub(left.width() + right_w);
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(gap)),
        Span::raw(right),
    ]);
    frame.render_widget(
        Paragraph::new(line).style(p.header),
        Rect { height: 1, ..area },
    );
    if area.height > 2 {
        let title = Rect {
            y: area.y + 2,
            height: 1,
            x: area.x + 1,
            width: area.width.saturating_sub(2),
        };
        frame.render_widget(
            Paragraph::new(super::bidi::line(&chrome.title, p.title)),
            title,
        );
    }
}

/// Footer: the keys that work on this screen.
pub fn footer(frame: &mut Frame, area: Rect, ctx: &Ctx, keys: &[&str]) {
    let p = palette();
    let text = keys
        .iter()
        .map(|k| ctx.t(k))
        .collect::<Vec<_>>()
        .join("   ");
    frame.render_widget(Paragraph::new(super::bidi::line(&text, p.muted)), area);
}

/// Cuts a string to a display width, by whole characters.
pub fn truncate(s: &str, max_width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > max_width {
            break;
        }
        w += cw;
        out.push(c);
    }
    out
}
