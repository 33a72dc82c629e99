use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, MenuScreen, Screen};
use crate::keys::Key;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// The student has neither a PIN nor security questions: the FAQ's options 2 and 3.
#[derive(Debug)]
pub struct NoMethodScreen;

impl NoMethodScreen {
    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            _ => Action::None,
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("no-method-title"),
            step: Some((2, 3)),
            keys: vec!["key-menu", "key-language"],
        }
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        paragraphs(
            canvas,
            area,
            &[
                (ctx.t("no-method-body"), p.text),
                (ctx.t("no-method-parent"), p.text),
                (ctx.t("no-method-school"), p.text),
                (ctx.t("no-method-enroll"), p.muted),
            ],
        );
    }
}
