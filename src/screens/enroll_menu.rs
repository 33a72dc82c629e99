use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    Action, Chrome, Ctx, EnrollContext, EnrollPinScreen, EnrollQuestionsScreen, EnrollSignInScreen,
    Screen, ScreenState,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// Enrollment home: what is set already, and the FAQ's advice on PINs.
#[derive(Debug)]
pub struct EnrollMenuScreen {
    pub ctx: EnrollContext,
    pub selected: usize,
}

const OPTIONS: usize = 3;

impl EnrollMenuScreen {
    pub fn new(ctx: EnrollContext) -> Self {
        EnrollMenuScreen { ctx, selected: 0 }
    }

    fn open(&mut self, index: usize) -> Action {
        match index {
            0 if self.ctx.session.is_some() => {
                Action::Go(Screen::EnrollPin(EnrollPinScreen::new(self.ctx.take())))
            }
            // The session was used by the last save; the PIN step does not ask for the
            // password, so sign in again.
            0 => Action::Go(Screen::EnrollSignIn(EnrollSignInScreen::new(
                &self.ctx.student,
            ))),
            1 => Action::Go(Screen::EnrollQuestions(EnrollQuestionsScreen::new(
                self.ctx.take(),
            ))),
            _ => Action::Restart,
        }
    }

    fn labels(&self) -> [&'static str; OPTIONS] {
        [
            if self.ctx.has_pin {
                "enroll-change-pin"
            } else {
                "enroll-create-pin"
            },
            if self.ctx.has_questions {
                "enroll-change-questions"
            } else {
                "enroll-set-questions"
            },
            "enroll-finish",
        ]
    }
}

impl ScreenState for EnrollMenuScreen {
    fn name(&self) -> &'static str {
        "enroll_menu"
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Up | Key::BackTab => self.selected = (self.selected + OPTIONS - 1) % OPTIONS,
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % OPTIONS,
            Key::Enter => return self.open(self.selected),
            Key::Char(c @ '1'..='3') => return self.open(c as usize - '1' as usize),
            Key::Esc => return Action::Restart,
            _ => {}
        }
        Action::None
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let status = |set: bool, what: &str| {
            let word = if set {
                "enroll-status-set"
            } else {
                "enroll-status-not-set"
            };
            format!("{}: {}", ctx.t(what), ctx.t(word))
        };
        let choices = self.labels().map(|k| ctx.t(k));
        let mut s = Spoken::titled(ctx, &ctx.t("enroll-menu-title"));
        s.say(ctx, &status(self.ctx.has_pin, "enroll-status-pin"))
            .say(
                ctx,
                &status(self.ctx.has_questions, "enroll-status-questions"),
            )
            .choices(ctx, &choices)
            .say_key(ctx, "enroll-optional")
            .say_key(ctx, "enroll-young");
        if let Some(choice) = choices.get(self.selected) {
            s.focus_on(ctx, choice);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("enroll-menu-title"),
            step: Some((2, 3)),
            keys: vec!["key-select", "key-continue", "key-finish", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let status = |set: bool, what: &str| {
            let (mark, style, word) = if set {
                ("✓", p.ok, "enroll-status-set")
            } else {
                ("•", p.muted, "enroll-status-not-set")
            };
            Line::from(vec![
                Span::styled(format!("{mark} {}: ", ctx.t(what)), style),
                Span::styled(ctx.t(word), style),
            ])
        };
        let lines = vec![
            status(self.ctx.has_pin, "enroll-status-pin"),
            status(self.ctx.has_questions, "enroll-status-questions"),
        ];
        canvas.lines(crate::widgets::text::top(area, 2), &lines);
        let rest = below(area, 3);
        let labels = self.labels();
        let options: Vec<Line> = labels
            .iter()
            .enumerate()
            .map(|(i, key)| {
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                Line::from(Span::styled(format!(" {}. {} ", i + 1, ctx.t(key)), style))
            })
            .collect();
        canvas.lines(crate::widgets::text::top(rest, 3), &options);
        let rest = below(rest, 4);
        paragraphs(
            canvas,
            rest,
            &[
                (ctx.t("enroll-optional"), p.muted),
                (ctx.t("enroll-young"), p.muted),
            ],
        );
    }
}
