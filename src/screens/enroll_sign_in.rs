use crate::widgets::Canvas;
use account_api::identifiers::parse_student;
use account_api::wire::EnrollSessionRequest;
use ratatui::layout::Rect;

use super::{
    problem_for, Action, Chrome, Ctx, EnrollContext, EnrollMenuScreen, MenuScreen,
    NewPasswordScreen, Reply, Request, Screen, ScreenState,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::sign_in::{SignInForm, SignInLabels};
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

const STUDENT_MAX: usize = 40;
const PASSWORD_MAX: usize = 64;

/// Enrollment step 1: sign in with the NYC Public Schools username and current password.
pub struct EnrollSignInScreen {
    pub form: SignInForm,
    error_student: bool,
}

const LABELS: SignInLabels = SignInLabels {
    intro: "enroll-intro",
    name: "enroll-username",
    password: "enroll-password",
    code: None,
};

impl EnrollSignInScreen {
    pub fn new(student: &str) -> Self {
        EnrollSignInScreen {
            form: SignInForm::new(STUDENT_MAX, PASSWORD_MAX, student, true),
            error_student: false,
        }
    }

    fn submit(&mut self) -> Action {
        self.error_student = parse_student(self.form.name()).is_none();
        if self.error_student {
            self.form.focus = 0;
            return Action::None;
        }
        if self.form.password.is_empty() {
            return Action::None;
        }
        Action::Request(Request::EnrollSignIn(EnrollSessionRequest {
            student: self.form.name().to_string(),
            password: self.form.password.to_secret(),
        }))
    }
}

impl ScreenState for EnrollSignInScreen {
    fn name(&self) -> &'static str {
        "enroll_sign_in"
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        self.form.paste(text)
    }

    fn secret_len(&self) -> Option<usize> {
        self.form.focused_secret().map(|f| f.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            other if self.form.key(other) => self.submit(),
            _ => Action::None,
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::EnrollSignIn(result) = reply else {
            return Action::None;
        };
        self.form.password.clear();
        let student = self.form.name().to_string();
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

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = self.form.speech(ctx, &ctx.t("enroll-title"), &LABELS);
        if self.error_student {
            s.alert(&ctx.t("lookup-error-student"));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("enroll-title"),
            step: Some((1, 3)),
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
        let rest = self.form.draw(canvas, area, ctx, &LABELS);
        let mut notes = Vec::new();
        if self.error_student {
            notes.push((ctx.t("lookup-error-student"), p.bad));
        }
        if ctx.busy() {
            notes.push((ctx.t("please-wait"), p.accent));
        }
        paragraphs(canvas, rest, &notes);
    }
}
