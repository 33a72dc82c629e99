use crate::widgets::Canvas;
use account_api::catalog::QUESTIONS;
use account_api::policy::{check_questions, QuestionReason};
use account_api::problem::RejectReason;
use account_api::wire::QuestionAnswer;
use account_api::{ErrorCode, SecretString};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::questions::question_text;
use super::{
    problem_for, Action, Chrome, Ctx, DoneKind, DoneScreen, EnrollContext, EnrollMenuScreen, Reply,
    Request, Screen, ScreenState,
};
use crate::api::ApiError;
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::speech::Spoken;
use crate::widgets::field::{draw_secret, secret_key};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

const ANSWER_MAX: usize = 64;
const PASSWORD_MAX: usize = 64;
/// Focus positions: question 1, answer 1, question 2, answer 2, question 3, answer 3, password.
const FOCUS_COUNT: usize = 7;
const PASSWORD_FOCUS: usize = 6;

/// Choose three different questions, answer each, re-enter the password, save.
#[derive(Debug)]
pub struct EnrollQuestionsScreen {
    pub ctx: EnrollContext,
    /// Indexes into the catalog; never two the same.
    pub chosen: [usize; 3],
    pub answers: [SecretBuf; 3],
    pub password: SecretBuf,
    pub focus: usize,
    pub reveal: bool,
    service_reasons: Vec<QuestionReason>,
    wrong_password: bool,
    tried: bool,
}

impl EnrollQuestionsScreen {
    pub fn new(ctx: EnrollContext) -> Self {
        EnrollQuestionsScreen {
            ctx,
            chosen: [0, 1, 2],
            answers: [
                SecretBuf::new(ANSWER_MAX),
                SecretBuf::new(ANSWER_MAX),
                SecretBuf::new(ANSWER_MAX),
            ],
            password: SecretBuf::new(PASSWORD_MAX),
            focus: 0,
            reveal: false,
            service_reasons: Vec::new(),
            wrong_password: false,
            tried: false,
        }
    }

    /// Moves question `row` to the next (or previous) catalog entry not chosen elsewhere.
    fn cycle(&mut self, row: usize, forward: bool) {
        let n = QUESTIONS.len();
        let mut next = self.chosen[row];
        for _ in 0..n {
            next = if forward {
                (next + 1) % n
            } else {
                (next + n - 1) % n
            };
            if !self
                .chosen
                .iter()
                .enumerate()
                .any(|(i, &c)| i != row && c == next)
            {
                self.chosen[row] = next;
                return;
            }
        }
    }

    fn local_reasons(&self) -> Vec<QuestionReason> {
        let pairs: Vec<(&str, &str)> = self
            .chosen
            .iter()
            .zip(&self.answers)
            .map(|(&q, a)| (QUESTIONS[q].id, a.expose()))
            .collect();
        check_questions(&pairs)
    }

    fn submit(&mut self) -> Action {
        self.tried = true;
        if !self.local_reasons().is_empty() || self.password.is_empty() {
            return Action::None;
        }
        let answers = self
            .chosen
            .iter()
            .zip(&self.answers)
            .map(|(&q, a)| QuestionAnswer {
                question: QUESTIONS[q].id.to_string(),
                answer: a.to_secret(),
            })
            .collect();
        Action::Request(Request::SetQuestions {
            student: self.ctx.student.clone(),
            session: self
                .ctx
                .session
                .as_ref()
                .map(|s| SecretString::from_str_exact(s.expose())),
            password: self.password.to_secret(),
            answers,
        })
    }

    /// The answer or password field with the focus, if the focus is on one.
    pub fn focused_secret(&self) -> Option<&SecretBuf> {
        if self.focus == PASSWORD_FOCUS {
            Some(&self.password)
        } else if self.focus % 2 == 1 {
            self.answers.get(self.focus / 2)
        } else {
            None
        }
    }
}

impl ScreenState for EnrollQuestionsScreen {
    fn name(&self) -> &'static str {
        "enroll_questions"
    }

    fn secret_len(&self) -> Option<usize> {
        self.focused_secret().map(|f| f.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        let on_question = self.focus < PASSWORD_FOCUS && self.focus % 2 == 0;
        match key {
            Key::Esc => {
                return Action::Go(Screen::EnrollMenu(EnrollMenuScreen::new(self.ctx.take())))
            }
            Key::Reveal => self.reveal = !self.reveal,
            Key::Tab | Key::Down => self.focus = (self.focus + 1) % FOCUS_COUNT,
            Key::BackTab | Key::Up => self.focus = (self.focus + FOCUS_COUNT - 1) % FOCUS_COUNT,
            Key::Left | Key::Right if on_question => {
                self.cycle(self.focus / 2, key == Key::Right);
                self.service_reasons.clear();
            }
            Key::Enter if self.focus < PASSWORD_FOCUS => self.focus += 1,
            Key::Enter => return self.submit(),
            other if self.focus == PASSWORD_FOCUS && secret_key(&mut self.password, other) => {
                self.wrong_password = false;
            }
            other
                if !on_question
                    && self.focus < PASSWORD_FOCUS
                    && secret_key(&mut self.answers[self.focus / 2], other) =>
            {
                self.service_reasons.clear();
            }
            _ => {}
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        let Reply::QuestionsSaved(result) = reply else {
            return Action::None;
        };
        self.password.clear();
        match result {
            Ok(session) => {
                self.answers.iter_mut().for_each(SecretBuf::clear);
                let student = std::mem::take(&mut self.ctx.student);
                let enroll = EnrollContext::from_response(student, session);
                Action::Go(Screen::Done(DoneScreen::new(
                    ctx.config.done_return_secs,
                    DoneKind::QuestionsSaved(enroll),
                )))
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::QuestionsRejected => {
                self.service_reasons = p
                    .reasons
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|r| match r {
                        RejectReason::Question(r) => Some(r),
                        _ => None,
                    })
                    .collect();
                Action::None
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::SignInFailed => {
                self.wrong_password = true;
                self.focus = PASSWORD_FOCUS;
                Action::None
            }
            Err(e) => Action::Go(problem_for(e, None)),
        }
    }

    /// The question with the focus, said again when it moves or changes (←→), so its lines
    /// stay the same while the visitor picks; the answers and the password are never said.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let questions: Vec<String> = self
            .chosen
            .iter()
            .enumerate()
            .map(|(row, &q)| format!("{}. {}", row + 1, question_text(ctx, QUESTIONS[q].id)))
            .collect();
        let mut s = Spoken::titled(ctx, &ctx.t("enroll-questions-title"));
        s.say_key(ctx, "enroll-questions-hint");
        match questions.get(self.focus / 2) {
            Some(q) if self.focus < PASSWORD_FOCUS => s.focus_on(ctx, q),
            _ => s.focus_on(ctx, &ctx.t("enroll-password-again")),
        };
        if self.wrong_password {
            s.alert(&ctx.t("enroll-wrong-password"));
        }
        let mut reasons = self.service_reasons.clone();
        if self.tried {
            reasons.extend(self.local_reasons());
        }
        for r in reasons {
            s.alert(&ctx.t(&format!("question-reason-{}", reason_key(r))));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("enroll-questions-title"),
            step: Some((3, 3)),
            keys: vec![
                "key-save",
                "key-move",
                "key-change-question",
                "key-show-hide",
                "key-back",
            ],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(canvas, area, &[(ctx.t("enroll-questions-hint"), p.muted)]);
        let mut rest = below(area, used + 1);
        for (row, (&q, answer)) in self.chosen.iter().zip(&self.answers).enumerate() {
            let question_focus = self.focus == row * 2 && !ctx.busy();
            draw_secret(
                canvas,
                rest,
                "",
                answer,
                self.focus == row * 2 + 1 && !ctx.busy(),
                self.reveal,
                None,
            );
            let label = format!("{}. ◀ {} ▶", row + 1, question_text(ctx, QUESTIONS[q].id));
            let style = if question_focus { p.selected } else { p.accent };
            canvas.lines(
                crate::widgets::text::top(rest, 1),
                &[Line::from(Span::styled(label, style))],
            );
            rest = below(rest, 3);
        }
        let note = self.wrong_password.then(|| ctx.t("enroll-wrong-password"));
        draw_secret(
            canvas,
            rest,
            &ctx.t("enroll-password-again"),
            &self.password,
            self.focus == PASSWORD_FOCUS && !ctx.busy(),
            self.reveal,
            note.as_deref(),
        );
        rest = below(rest, 3);
        let mut reasons: Vec<QuestionReason> = self.service_reasons.clone();
        if self.tried || self.answers.iter().all(|a| !a.is_empty()) {
            for r in self.local_reasons() {
                if !reasons.contains(&r) {
                    reasons.push(r);
                }
            }
        }
        let mut lines: Vec<Line> = reasons
            .iter()
            .map(|r| {
                Line::from(Span::styled(
                    format!(
                        "✗ {}",
                        ctx.t(&format!("question-reason-{}", reason_key(*r)))
                    ),
                    p.bad,
                ))
            })
            .collect();
        if ctx.busy() {
            lines.push(Line::from(Span::styled(ctx.t("please-wait"), p.accent)));
        }
        canvas.lines(rest, &lines);
    }
}

fn reason_key(r: QuestionReason) -> &'static str {
    match r {
        QuestionReason::QuestionsInvalid => "invalid",
        QuestionReason::QuestionsRepeated => "repeated",
        QuestionReason::AnswerLength => "length",
        QuestionReason::AnswersRepeated => "answers-repeated",
        QuestionReason::AnswerHasQuestionWords => "question-words",
    }
}
