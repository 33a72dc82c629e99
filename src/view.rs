//! Draws the app: chrome around the active screen, then any overlay.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use tokio::time::Instant;

use crate::app::App;
use crate::i18n::Arg;
use crate::widgets::field::draw_secret;
use crate::widgets::{chrome, theme::palette};

pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub fn draw(app: &App, frame: &mut Frame, now: Instant) {
    let area = frame.area();
    let ctx = &app.ctx;
    let rtl =
        ctx.config.bidi_reorder && crate::i18n::find_language(ctx.lang).is_some_and(|l| l.rtl);
    crate::widgets::bidi::set_rtl(rtl);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let lines = fit_lines(&ctx.t("too-small"), area.width, area.height);
        frame.render_widget(Paragraph::new(lines.join("\n")), area);
        return;
    }
    let c = app.screen.chrome(ctx);
    chrome::header(frame, area, ctx, &c);
    let body = Rect {
        x: area.x + 1,
        y: area.y + 4,
        width: area.width - 2,
        height: area.height - 6,
    };
    app.screen.draw(frame, body, ctx);
    if !app.online {
        let banner = Rect {
            y: area.y + 1,
            height: 1,
            ..area
        };
        let text = format!(" ⚠ {}", ctx.t("offline-banner"));
        frame.render_widget(Paragraph::new(Span::styled(text, palette().bad)), banner);
    }
    let footer = Rect {
        x: area.x + 1,
        y: area.y + area.height - 1,
        width: area.width - 2,
        height: 1,
    };
    chrome::footer(frame, footer, ctx, &c.keys);

    if let Some(selected) = app.language_overlay {
        let langs = app.offered_languages();
        let popup = centered(area, 40, langs.len() as u16 + 2);
        frame.render_widget(Clear, popup);
        let p = palette();
        let lines: Vec<Line> = langs
            .iter()
            .enumerate()
            .filter_map(|(i, code)| {
                let lang = crate::i18n::find_language(code)?;
                let number = if i == 9 { 0 } else { i + 1 };
                let name = crate::widgets::bidi::force_visual(lang.native_name);
                let style = if i == selected { p.selected } else { p.text };
                Some(Line::from(Span::styled(
                    format!(" {number}. {name} "),
                    style,
                )))
            })
            .collect();
        let block = Block::default().borders(Borders::ALL).title(" F2 ");
        frame.render_widget(Paragraph::new(lines).block(block), popup);
    } else if let Some(prompt) = &app.exit_prompt {
        let popup = centered(area, 44, 7);
        frame.render_widget(Clear, popup);
        let block = Block::default()
            .borders(Borders::ALL)
            .title(ctx.t("exit-title"));
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        draw_secret(
            frame,
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
            frame.render_widget(Paragraph::new(Span::styled(ctx.t(msg), palette().bad)), row);
        }
    } else if let Some(seconds) = app.idle_countdown(now) {
        let p = palette();
        let popup = centered(area, 50, 8);
        frame.render_widget(Clear, popup);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(p.accent)
            .title(ctx.t("idle-title"));
        let text = vec![
            Line::from(Span::styled(
                ctx.t_args("idle-body", &[("seconds", Arg::Num(seconds as i64))]),
                p.text,
            )),
            Line::raw(""),
            Line::from(Span::styled(ctx.t("idle-keep"), p.accent)),
        ];
        frame.render_widget(
            Paragraph::new(text)
                .block(block)
                .wrap(Wrap { trim: true })
                .style(Style::default()),
            popup,
        );
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

/// Text cut into lines that fit `width`, grapheme by grapheme, at most `height` of them. On a
/// terminal only a few columns wide ratatui's own wrapping writes past the area (and panics)
/// when one grapheme, a Bengali conjunct say, is wider than the area; such a grapheme is left
/// out here.
fn fit_lines(text: &str, width: u16, height: u16) -> Vec<String> {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(width);
    let mut lines = vec![String::new()];
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = g.width();
        if w > width || g.chars().any(char::is_control) {
            continue;
        }
        if used + w > width {
            lines.push(String::new());
            used = 0;
        }
        if used == 0 && g == " " {
            continue;
        }
        if let Some(line) = lines.last_mut() {
            line.push_str(g);
        }
        used += w;
    }
    lines.truncate(usize::from(height));
    lines
}

#[cfg(test)]
mod tests {
    use super::fit_lines;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn too_small_text_fits_any_width() {
        for text in ["টার্মিনালটি খুব ছোট", "终端太小", "The screen is too small"]
        {
            for width in 1..12u16 {
                for line in fit_lines(text, width, 40) {
                    assert!(line.width() <= usize::from(width), "{line:?} at {width}");
                }
            }
        }
        assert_eq!(fit_lines("abcdef", 2, 2), vec!["ab", "cd"]);
    }
}
