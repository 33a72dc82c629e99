use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, MenuScreen, Screen, ScreenState};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// What the screen says, drawn and spoken.
const TEXTS: [&str; 4] = [
    "no-method-body",
    "no-method-parent",
    "no-method-school",
    "no-method-enroll",
];

/// The student has neither a PIN nor security questions: the FAQ's options 2 and 3.
#[derive(Debug)]
pub struct NoMethodScreen;

impl ScreenState for NoMethodScreen {
    fn name(&self) -> &'static str {
        "no_method"
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("no-method-title"));
        for key in TEXTS {
            s.say_key(ctx, key);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("no-method-title"),
            step: Some((2, 3)),
            keys: vec!["key-menu", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        paragraphs(
            canvas,
            area,
            &TEXTS.map(|key| {
                let style = if key == "no-method-enroll" {
                    p.muted
                } else {
                    p.text
                };
                (ctx.t(key), style)
            }),
        );
    }
}
