use ratatui::layout::Rect;
use ratatui::Frame;

use super::{Action, Chrome, Ctx};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// The password was changed. Goes back to the start by itself after a short pause.
#[derive(Debug)]
pub struct DoneScreen {
    pub seconds_left: u64,
}

impl DoneScreen {
    pub fn new(seconds: u64) -> Self {
        DoneScreen {
            seconds_left: seconds,
        }
    }

    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Restart,
            _ => Action::None,
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("done-title"),
            step: None,
            keys: vec!["key-start-over"],
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let p = palette();
        paragraphs(
            frame,
            area,
            &[
                (format!("✓ {}", ctx.t("done-title")), p.ok),
                (ctx.t("done-body"), p.text),
                (
                    ctx.t_args(
                        "done-return",
                        &[("seconds", Arg::Num(self.seconds_left as i64))],
                    ),
                    p.muted,
                ),
            ],
        );
    }
}
