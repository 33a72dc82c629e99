use crate::widgets::Canvas;
use account_api::SecretString;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, Screen, StaffStudentScreen};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// Seconds a temporary password stays on screen.
pub const TEMP_SHOWN_SECS: u64 = 60;

/// A temporary password, shown once, large, with a countdown; then wiped.
pub struct StaffTempScreen {
    password: SecretString,
    pub seconds_left: u64,
    pub back: Box<StaffStudentScreen>,
}

impl StaffTempScreen {
    pub fn new(password: SecretString, back: StaffStudentScreen) -> Self {
        StaffTempScreen {
            password,
            seconds_left: TEMP_SHOWN_SECS,
            back: Box::new(back),
        }
    }

    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::StaffStudent(self.back.take())),
            _ => Action::None,
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-temp-title"),
            step: None,
            keys: vec!["key-continue"],
        }
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let spaced: String = self
            .password
            .expose()
            .chars()
            .flat_map(|c| [c, ' '])
            .collect();
        paragraphs(
            canvas,
            area,
            &[
                (ctx.t("staff-temp-intro"), p.text),
                (
                    spaced.trim_end().to_string(),
                    p.ok.add_modifier(
                        ratatui::style::Modifier::BOLD | ratatui::style::Modifier::REVERSED,
                    ),
                ),
                (ctx.t("staff-temp-must-change"), p.text),
                (
                    ctx.t_args(
                        "staff-temp-countdown",
                        &[("seconds", Arg::Num(self.seconds_left as i64))],
                    ),
                    p.muted,
                ),
            ],
        );
    }
}
