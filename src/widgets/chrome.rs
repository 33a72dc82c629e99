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
    let full = match &ctx.staff {
        Some(staff) => format!("{} · {} · {}", ctx.t("app-title"), staff.name, staff.center),
        None => format!("{} · {}", ctx.t("app-title"), ctx.config.center_name),
    };
    let end = canvas.lay_out_line(&Line::from(Span::styled(end, p.header)), area.width);
    let room = area.width.saturating_sub(end.width() + 2);
    // On a narrow terminal a name cut in the middle reads worse than a shorter header.
    // A visitor needs the step and the language more than the name of the schools, so
    // that goes first; at the counter the staff member's name stays, cut if it must be.
    let fits = |text: &str| super::width::width(text) <= usize::from(room);
    let start = if fits(&full) {
        full
    } else {
        match &ctx.staff {
            Some(staff) => staff.name.clone(),
            None => Some(ctx.t("app-title"))
                .filter(|title| fits(title))
                .unwrap_or_default(),
        }
    };
    let start = canvas.lay_out_line(&Line::from(Span::styled(start, p.header)), room);
    canvas.row_ends(area, &start, &end, p.header);
    if area.height > 3 {
        // A title too long for its row wraps onto the blank row under it rather than be
        // cut in the middle of a word.
        let title = Rect {
            y: area.y + 2,
            height: 2,
            x: area.x + 1,
            width: area.width.saturating_sub(2),
        };
        canvas.lines(
            title,
            &[Line::from(Span::styled(chrome.title.as_str(), p.title))],
        );
    }
}

/// The keys that work on this screen, as one line.
pub fn footer_text(ctx: &Ctx, keys: &[&str]) -> String {
    keys.iter()
        .map(|k| ctx.t(k))
        .collect::<Vec<_>>()
        .join("   ")
}

/// The most rows the footer takes on a narrow terminal.
pub const FOOTER_MAX_ROWS: usize = 2;

/// The footer as it fits `width`: one row; or the keys packed onto two rows; or, narrower
/// still, only each key's name ("Enter", "F2") without what it does. A key is never cut in
/// half and never left out.
pub fn footer_rows(ctx: &Ctx, keys: &[&str], width: u16) -> Vec<String> {
    let one = footer_text(ctx, keys);
    let width = usize::from(width);
    if super::width::width(&one) <= width {
        return vec![one];
    }
    let labels: Vec<String> = keys.iter().map(|k| ctx.t(k)).collect();
    if let Some(rows) = pack(&labels, width) {
        return rows;
    }
    let names: Vec<String> = labels
        .iter()
        .map(|l| {
            l.split_once(':')
                .map_or(l.as_str(), |(name, _)| name)
                .to_string()
        })
        .collect();
    pack(&names, width).unwrap_or_else(|| vec![names.join(" ")])
}

/// Labels onto at most two rows of `width`, two spaces apart, in order.
fn pack(labels: &[String], width: usize) -> Option<Vec<String>> {
    let mut rows: Vec<String> = vec![String::new()];
    for label in labels {
        let w = super::width::width(label);
        let row = rows.last_mut()?;
        let used = super::width::width(row);
        if row.is_empty() {
            row.push_str(label);
        } else if used + 2 + w <= width {
            row.push_str("  ");
            row.push_str(label);
        } else {
            rows.push(label.clone());
        }
        if super::width::width(rows.last()?) > width || rows.len() > FOOTER_MAX_ROWS {
            return None;
        }
    }
    Some(rows)
}

/// Footer: the keys that work on this screen, on the rows `footer_rows` gave, ending at the
/// bottom of `area`.
pub fn footer(canvas: &mut Canvas, area: Rect, rows: &[String]) {
    let style = palette().muted;
    let top = area.bottom().saturating_sub(rows.len() as u16).max(area.y);
    for (text, y) in rows.iter().zip(top..area.bottom()) {
        let line = canvas.lay_out_line(&Line::from(Span::styled(text.as_str(), style)), area.width);
        canvas.put_line(
            Rect {
                y,
                height: 1,
                ..area
            },
            &line,
            0,
        );
    }
}

/// The keys that work everywhere, on the rows above the footer; F6 (ask at the counter)
/// first and highlighted, so a family stuck anywhere sees it.
pub fn global_keys(canvas: &mut Canvas, area: Rect, ctx: &Ctx, rows: &[String], counter: bool) {
    let p = palette();
    let counter_label = ctx.t("key-counter");
    for (i, (text, y)) in rows.iter().zip(area.top()..area.bottom()).enumerate() {
        let spans = match text.strip_prefix(counter_label.as_str()) {
            Some(rest) if counter && i == 0 => vec![
                Span::styled(counter_label.clone(), p.accent),
                Span::styled(rest.to_string(), p.muted),
            ],
            _ => vec![Span::styled(text.clone(), p.muted)],
        };
        let line = canvas.lay_out_line(&Line::from(spans), area.width);
        canvas.put_line(
            Rect {
                y,
                height: 1,
                ..area
            },
            &line,
            0,
        );
    }
}

pub fn speech_keys_text(ctx: &Ctx) -> String {
    footer_text(ctx, &["key-listen", "key-voice"])
}
