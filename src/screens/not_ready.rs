use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, MenuScreen, Screen, ScreenState};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// A menu entry this kiosk does not offer yet: says so, and where to get help now.
#[derive(Debug)]
pub struct NotReadyScreen {
    pub entry: &'static str,
}

impl ScreenState for NotReadyScreen {
    fn name(&self) -> &'static str {
        "not_ready"
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
        let mut s = Spoken::titled(ctx, &ctx.t("not-ready-title"));
        s.say_key(ctx, self.entry).say_key(ctx, "not-ready-body");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("not-ready-title"),
            step: None,
            keys: vec!["key-menu", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        paragraphs(
            canvas,
            area,
            &[
                (ctx.t(self.entry), p.accent),
                (ctx.t("not-ready-body"), p.text),
            ],
        );
    }
}
