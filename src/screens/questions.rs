use crate::widgets::Canvas;
use account_api::wire::VerifyRequest;
use account_api::SecretString;
use ratatui::layout::Rect;
use std::collections::BTreeMap;

use super::{
    problem_for, Action, Chrome, Ctx, MenuScreen, MethodScreen, NewPasswordScreen, Reply, Request,
    Screen, ScreenState, StudentFlow,
};
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::speech::Spoken;
use crate::widgets::field::{draw_secret, secret_key, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

const ANSWER_MAX: usize = 64;

/// Step 3 with the three security questions the student chose.
#[derive(Debug)]
pub struct QuestionsScreen {
    pub flow: StudentFlow,
    pub answers: Vec<SecretBuf>,
    pub focus: usize,
    pub reveal: bool,
}

/// The question's text in the visitor's language.
pub fn question_text(ctx: &Ctx, id: &str) -> String {
    let key = format!("question-{id}");
    let text = ctx.t(&key);
    if text == key {
        ctx.t("question-unknown")
    } else {
        text
    }
}

impl QuestionsScreen {
    pub fn new(flow: StudentFlow) -> Self {
        let answers = flow
            .questions
            .iter()
            .map(|_| SecretBuf::new(ANSWER_MAX))
            .collect();
        QuestionsScreen {
            flow,
            answers,
            focus: 0,
            reveal: false,
        }
    }

    fn submit(&self) -> Action {
        if self.answers.iter().any(SecretBuf::is_empty) {
            return Action::None;
        }
        let answers: BTreeMap<String, SecretString> = self
            .flow
            .questions
            .iter()
            .zip(&self.answers)
            .map(|(q, a)| (q.clone(), a.to_secret()))
            .collect();
        Action::Request(Request::Verify(VerifyRequest {
            flow: self.flow.flow_copy(),
            pin: None,
            answers: Some(answers),
        }))
    }
}

impl ScreenState for QuestionsScreen {
    fn name(&self) -> &'static str {
        "questions"
    }

    fn secret_len(&self) -> Option<usize> {
        self.answers.get(self.focus).map(|f| f.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        let n = self.answers.len().max(1);
        match key {
            Key::Esc if self.flow.methods.len() > 1 => {
                Action::Go(Screen::Method(MethodScreen::new(self.flow.take())))
            }
            Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Reveal => {
                self.reveal = !self.reveal;
                Action::None
            }
            Key::Tab | Key::Down => {
                self.focus = (self.focus + 1) % n;
                Action::None
            }
            Key::BackTab | Key::Up => {
                self.focus = (self.focus + n - 1) % n;
                Action::None
            }
            Key::Enter if self.focus + 1 < n => {
                self.focus += 1;
                Action::None
            }
            Key::Enter => self.submit(),
            other => {
                if let Some(a) = self.answers.get_mut(self.focus) {
                    secret_key(a, other);
                }
                Action::None
            }
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::Verify(result) = reply else {
            return Action::None;
        };
        self.answers.iter_mut().for_each(SecretBuf::clear);
        match result {
            Ok(verified) => Action::Go(Screen::NewPassword(NewPasswordScreen::new(
                verified.reset_token,
            ))),
            Err(e) => {
                let retry = Screen::Questions(QuestionsScreen::new(self.flow.take()));
                Action::Go(problem_for(e, Some(retry)))
            }
        }
    }

    /// The questions are the catalog's texts; the answers are never said.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let questions: Vec<String> = self
            .flow
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| format!("{}. {}", i + 1, question_text(ctx, q)))
            .collect();
        let mut s = Spoken::titled(ctx, &ctx.t("questions-title"));
        s.say_key(ctx, "questions-hint");
        for q in &questions {
            s.say(ctx, q);
        }
        if let Some(q) = questions.get(self.focus) {
            s.focus_on(ctx, q);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("questions-title"),
            step: Some((2, 3)),
            keys: vec![
                "key-continue",
                "key-move",
                "key-show-hide",
                "key-back",
                "key-language",
            ],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(canvas, area, &[(ctx.t("questions-hint"), p.muted)]);
        let mut rest = below(area, used + 1);
        for (i, (q, a)) in self.flow.questions.iter().zip(&self.answers).enumerate() {
            let label = format!("{}. {}", i + 1, question_text(ctx, q));
            draw_secret(
                canvas,
                rest,
                &label,
                a,
                self.focus == i && !ctx.busy(),
                self.reveal,
                None,
            );
            rest = below(rest, FIELD_ROWS + 1);
        }
        if ctx.busy() {
            paragraphs(canvas, rest, &[(ctx.t("please-wait"), p.accent)]);
        }
    }
}
