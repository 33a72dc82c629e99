use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, MenuScreen, Screen};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// A menu entry this kiosk does not offer yet: says so, and where to get help now.
#[derive(Debug)]
pub struct NotReadyScreen {
    pub entry: &'static str,
}

impl NotReadyScreen {
    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            _ => Action::None,
        }
    }

    pub fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("not-ready-title"));
        s.say_key(ctx, self.entry).say_key(ctx, "not-ready-body");
        s
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("not-ready-title"),
            step: None,
            keys: vec!["key-menu", "key-language"],
        }
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
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
