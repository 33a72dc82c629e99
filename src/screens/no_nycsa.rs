use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, ParentStartScreen, Screen, ScreenState};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::qr::{draw_qr, qr_size};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// No NYC Schools Account yet: what it is, that it is free, how to get one, and a QR code to
/// the NYCSA site.
#[derive(Debug)]
pub struct NoNycsaScreen;

/// The longest line of text beside a QR code, so the code stays near what it belongs to.
const TEXT_BESIDE_QR: u16 = 64;

/// Text with a QR code beside it when both fit (on the side where the text ends), otherwise
/// below it, or left out on a screen too small for it. The address is always written out
/// under the text: not every visitor has a phone that reads the code.
pub fn text_with_qr(
    canvas: &mut Canvas,
    area: Rect,
    texts: &[(String, ratatui::style::Style)],
    url: &str,
    caption: &str,
) {
    let p = palette();
    let address = Line::from(Span::styled(url, p.accent));
    let (qw, qh) = qr_size(url);
    if area.width >= qw + 40 {
        let text_width = (area.width - qw - 2).min(TEXT_BESIDE_QR);
        let mirrored = canvas.direction().mirrored();
        let text_area = Rect {
            x: if mirrored {
                area.x + area.width - text_width
            } else {
                area.x
            },
            width: text_width,
            ..area
        };
        let used = paragraphs(canvas, text_area, texts);
        canvas.lines(below(text_area, used), &[address]);
        let qr_area = Rect {
            x: if mirrored {
                text_area.x - 2 - qw
            } else {
                area.x + text_width + 2
            },
            width: qw,
            ..area
        };
        // The caption only where it leaves the body's last row free.
        if draw_qr(canvas, qr_area, url) && qh + 2 < area.height {
            let cap = below(qr_area, qh);
            paragraphs(canvas, cap, &[(caption.to_string(), p.muted)]);
        }
    } else {
        let used = paragraphs(canvas, area, texts);
        let used = used + canvas.lines(below(area, used), &[address]);
        let rest = below(area, used + 1);
        draw_qr(canvas, rest, url);
    }
}

impl NoNycsaScreen {
    /// The explanation, drawn and spoken.
    fn texts(&self, ctx: &Ctx) -> [(String, ratatui::style::Style); 3] {
        let p = palette();
        let center = ctx.config.center_name.as_str();
        [
            (ctx.t("no-nycsa-what"), p.text),
            (ctx.t("no-nycsa-free"), p.text),
            (
                ctx.t_args("no-nycsa-how", &[("center", crate::i18n::Arg::Str(center))]),
                p.text,
            ),
        ]
    }
}

impl ScreenState for NoNycsaScreen {
    fn name(&self) -> &'static str {
        "no_nycsa"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::ParentStart(ParentStartScreen::default())),
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("no-nycsa-title"));
        for (text, _) in self.texts(ctx) {
            s.say(ctx, &text);
        }
        s.say_key(ctx, "qr-scan");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("no-nycsa-title"),
            step: None,
            keys: vec!["key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        text_with_qr(
            canvas,
            area,
            &self.texts(ctx),
            &ctx.config.links.nycsa,
            &ctx.t("qr-scan"),
        );
    }
}
