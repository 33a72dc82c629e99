use crate::widgets::Canvas;
use ratatui::layout::Rect;
use tokio::time::Duration;

use account_api::SecretString;

use super::{
    Action, Chrome, Ctx, EnrollContext, EnrollMenuScreen, ParentChildrenScreen, ParentSession,
    Screen, ScreenState,
};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

#[derive(Debug)]
pub enum DoneKind {
    PasswordReset,
    /// Enrollment saves keep the signed-in student, so they can set up the other method.
    PinSaved(EnrollContext),
    QuestionsSaved(EnrollContext),
    /// A parent reset a child's password; the parent can go on with another child.
    ChildReset {
        parent: ParentSession,
        name: String,
    },
}

/// A change was saved. Goes back to the start by itself after a short pause.
#[derive(Debug)]
pub struct DoneScreen {
    pub seconds_left: u64,
    pub kind: DoneKind,
}

impl DoneScreen {
    pub fn new(seconds: u64, kind: DoneKind) -> Self {
        DoneScreen {
            seconds_left: seconds,
            kind,
        }
    }

    fn enrollment(&mut self) -> Option<&mut EnrollContext> {
        match &mut self.kind {
            DoneKind::PinSaved(c) | DoneKind::QuestionsSaved(c) => Some(c),
            _ => None,
        }
    }

    fn texts(&self) -> (&'static str, &'static str) {
        match self.kind {
            DoneKind::PasswordReset => ("done-title", "done-body"),
            DoneKind::PinSaved(_) => ("pin-saved-title", "pin-saved-body"),
            DoneKind::QuestionsSaved(_) => ("questions-saved-title", "questions-saved-body"),
            DoneKind::ChildReset { .. } => ("child-done-title", "child-done-body"),
        }
    }

    fn body(&self, ctx: &Ctx, key: &str) -> String {
        match &self.kind {
            DoneKind::ChildReset { name, .. } => ctx.t_args(key, &[("name", Arg::Str(name))]),
            _ => ctx.t(key),
        }
    }
}

impl ScreenState for DoneScreen {
    fn name(&self) -> &'static str {
        "done"
    }

    /// Back to the start by itself once the pause is over.
    fn tick(&mut self, shown: Duration, ctx: &Ctx) -> Action {
        let total = Duration::from_secs(ctx.config.done_return_secs);
        self.seconds_left = total.saturating_sub(shown).as_secs_f64().ceil() as u64;
        if self.seconds_left == 0 {
            Action::Restart
        } else {
            Action::None
        }
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn parent_session(&self) -> Option<&SecretString> {
        match &self.kind {
            DoneKind::ChildReset { parent, .. } => Some(&parent.session),
            _ => None,
        }
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter => {
                if let DoneKind::ChildReset { parent, .. } = &mut self.kind {
                    return Action::Go(Screen::ParentChildren(ParentChildrenScreen::new(
                        parent.take(),
                    )));
                }
                match self.enrollment() {
                    Some(c) => Action::Go(Screen::EnrollMenu(EnrollMenuScreen::new(c.take()))),
                    None => Action::Restart,
                }
            }
            Key::Esc => Action::Restart,
            _ => Action::None,
        }
    }

    /// The seconds are those the screen starts from: said once, not counted down.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let (title, body) = self.texts();
        let seconds = ctx.config.done_return_secs as i64;
        let mut s = Spoken::titled(ctx, &ctx.t(title));
        s.say(ctx, &self.body(ctx, body)).say(
            ctx,
            &ctx.t_args("done-return", &[("seconds", Arg::Num(seconds))]),
        );
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        let keys = match self.kind {
            DoneKind::PasswordReset => vec!["key-start-over"],
            DoneKind::ChildReset { .. } => vec!["key-other-child", "key-finish"],
            _ => vec!["key-set-up-more", "key-finish"],
        };
        Chrome {
            title: ctx.t(self.texts().0),
            step: None,
            keys,
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        // The title is in the header already; the body says what happened.
        let (_, body) = self.texts();
        paragraphs(
            canvas,
            area,
            &[
                (format!("✓ {}", self.body(ctx, body)), p.ok),
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
