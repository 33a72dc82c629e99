use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::no_nycsa::text_with_qr;
use super::{Action, Chrome, Ctx, MenuScreen, Screen, ScreenState};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::theme::palette;

/// Menu 7, and where every error screen's help key lands: the FAQ's contact routes.
#[derive(Debug)]
pub struct HelpScreen;

impl HelpScreen {
    /// The contact routes, drawn and spoken.
    fn texts(&self, ctx: &Ctx) -> [(String, ratatui::style::Style); 5] {
        let p = palette();
        let center = ctx.config.center_name.as_str();
        [
            (ctx.t("help-school"), p.text),
            (
                ctx.t_args("help-center", &[("center", Arg::Str(center))]),
                p.text,
            ),
            (ctx.t("help-counter"), p.text),
            (ctx.t("help-phone"), p.accent),
            (ctx.t("help-support-hub"), p.text),
        ]
    }
}

impl ScreenState for HelpScreen {
    fn name(&self) -> &'static str {
        "help"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("help-title"));
        for (text, _) in self.texts(ctx) {
            s.say(ctx, &text);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("help-title"),
            step: None,
            keys: vec!["key-menu", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        text_with_qr(
            canvas,
            area,
            &self.texts(ctx),
            &ctx.config.links.support_hub,
            &ctx.t("qr-scan"),
        );
    }
}
