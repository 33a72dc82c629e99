use crate::widgets::Canvas;
use account_api::SecretString;
use ratatui::layout::Rect;
use tokio::time::Duration;

use super::{Action, Chrome, Ctx, Screen, ScreenState, StaffStudentScreen};
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
}

impl ScreenState for StaffTempScreen {
    fn name(&self) -> &'static str {
        "staff_temp"
    }

    /// The password goes away by itself after a minute, and is wiped with this screen.
    fn tick(&mut self, shown: Duration, _ctx: &Ctx) -> Action {
        let total = Duration::from_secs(TEMP_SHOWN_SECS);
        self.seconds_left = total.saturating_sub(shown).as_secs_f64().ceil() as u64;
        if self.seconds_left == 0 {
            Action::Go(Screen::StaffStudent(self.back.take()))
        } else {
            Action::None
        }
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Go(Screen::StaffStudent(self.back.take())),
            _ => Action::None,
        }
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-temp-title"),
            step: None,
            keys: vec!["key-continue"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
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
