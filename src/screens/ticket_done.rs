use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::no_nycsa::text_with_qr;
use super::{Action, Chrome, Ctx, ScreenState};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::theme::palette;

/// The ticket number, large enough to copy down, and a QR code to follow up on a phone.
#[derive(Debug)]
pub struct TicketDoneScreen {
    pub ticket: String,
}

impl ScreenState for TicketDoneScreen {
    fn name(&self) -> &'static str {
        "ticket_done"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Restart,
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("ticket-done-title"));
        s.say(
            ctx,
            &ctx.t_args("ticket-done-body", &[("ticket", Arg::Str(&self.ticket))]),
        );
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("ticket-done-title"),
            step: None,
            keys: vec!["key-start-over"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        // Spaced out so it reads large and is easy to copy onto paper.
        let spaced: String = self.ticket.chars().flat_map(|c| [c, ' ']).collect();
        let texts = [
            (ctx.t("ticket-done-number"), p.text),
            (
                spaced.trim_end().to_string(),
                p.ok.add_modifier(
                    ratatui::style::Modifier::BOLD | ratatui::style::Modifier::REVERSED,
                ),
            ),
            (
                ctx.t_args("ticket-done-body", &[("ticket", Arg::Str(&self.ticket))]),
                p.text,
            ),
        ];
        text_with_qr(
            canvas,
            area,
            &texts,
            &ctx.config.links.support_hub,
            &ctx.t("qr-scan"),
        );
    }
}
