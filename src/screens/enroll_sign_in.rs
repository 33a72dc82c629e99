use account_api::identifiers::parse_student;
use account_api::wire::EnrollSessionRequest;
use ratatui::layout::Rect;
use ratatui::Frame;

use super::{
    problem_for, Action, Chrome, Ctx, EnrollContext, EnrollMenuScreen, MenuScreen,
    NewPasswordScreen, Reply, Request, Screen,
};
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::widgets::field::{draw_secret, draw_text, secret_key, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

const STUDENT_MAX: usize = 40;
const PASSWORD_MAX: usize = 64;

/// Enrollment step 1: sign in with the NYC Public Schools username and current password.
pub struct EnrollSignInScreen {
    pub student: TextField,
    pub password: SecretBuf,
    pub focus: usize,
    pub reveal: bool,
    pub busy: bool,
    error_student: bool,
}

impl EnrollSignInScreen {
    pub fn new(student: &str) -> Self {
        EnrollSignInScreen {
            student: TextField::with_value(STUDENT_MAX, student),
            password: SecretBuf::new(PASSWORD_MAX),
            focus: usize::from(!student.is_empty()),
            reveal: false,
            busy: false,
            error_student: false,
        }
    }

    pub fn paste(&mut self, text: &str) {
        if self.focus == 0 {
            self.student.paste(text);
        } else {
            for c in text.chars() {
                self.password.push(c);
            }
        }
    }

    fn submit(&mut self) -> Action {
        self.error_student = parse_student(self.student.value()).is_none();
        if self.error_student {
            self.focus = 0;
            return Action::None;
        }
        if self.password.is_empty() {
            return Action::None;
        }
        Action::Request(Request::EnrollSignIn(EnrollSessionRequest {
            student: self.student.value().trim().to_string(),
            password: self.password.to_secret(),
        }))
    }

    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Reveal => self.reveal = !self.reveal,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter => return self.submit(),
            other if self.focus == 0 => {
                self.student.key(other);
            }
            other => {
                secret_key(&mut self.password, other);
            }
        }
        Action::None
    }

    pub fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::EnrollSignIn(result) = reply else {
            return Action::None;
        };
        self.password.clear();
        let student = self.student.value().trim().to_string();
        match result {
            Ok(r) => {
                let must_change = r.must_change_password;
                let ctx = EnrollContext::from_response(student, r);
                if must_change {
                    Action::Go(Screen::NewPassword(NewPasswordScreen::for_enrollment(ctx)))
                } else {
                    Action::Go(Screen::EnrollMenu(EnrollMenuScreen::new(ctx)))
                }
            }
            Err(e) => Action::Go(problem_for(
                e,
                Some(Screen::EnrollSignIn(EnrollSignInScreen::new(&student))),
            )),
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("enroll-title"),
            step: None,
            keys: vec![
                "key-continue",
                "key-move",
                "key-show-hide",
                "key-back",
                "key-language",
            ],
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(frame, area, &[(ctx.t("enroll-intro"), p.text)]);
        let mut rest = below(area, used + 1);
        let error = self.error_student.then(|| ctx.t("lookup-error-student"));
        draw_text(
            frame,
            rest,
            &ctx.t("enroll-username"),
            &self.student,
            self.focus == 0 && !self.busy,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            frame,
            rest,
            &ctx.t("enroll-password"),
            &self.password,
            self.focus == 1 && !self.busy,
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let mut notes = Vec::new();
        if let Some(e) = error {
            notes.push((e, p.bad));
        }
        if self.busy {
            notes.push((ctx.t("please-wait"), p.accent));
        }
        paragraphs(frame, rest, &notes);
    }
}
