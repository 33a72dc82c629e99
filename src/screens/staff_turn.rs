use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, NewPasswordScreen, Screen, ScreenState, StaffStudentScreen};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// Before the visitor types a new password on the counter keyboard.
pub struct StaffTurnScreen {
    pub back: Box<StaffStudentScreen>,
}

impl ScreenState for StaffTurnScreen {
    fn name(&self) -> &'static str {
        "staff_turn"
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter => Action::Go(Screen::NewPassword(NewPasswordScreen::for_staff(
                self.back.take(),
            ))),
            Key::Esc => Action::Go(Screen::StaffStudent(self.back.take())),
            _ => Action::None,
        }
    }

    /// Said to the visitor, who takes the keyboard next.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("staff-turn-title"));
        s.say_key(ctx, "staff-turn-note");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-turn-title"),
            step: None,
            keys: vec!["key-continue", "key-back"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        paragraphs(
            canvas,
            area,
            &[
                (ctx.t("staff-turn-body"), p.accent),
                (ctx.t("staff-turn-note"), p.text),
            ],
        );
    }
}
