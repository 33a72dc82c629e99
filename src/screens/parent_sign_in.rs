use crate::widgets::Canvas;
use account_api::wire::NycsaSessionRequest;
use ratatui::layout::Rect;

use super::{
    problem_for, Action, Chrome, Ctx, ParentChildrenScreen, ParentSession, ParentStartScreen,
    Reply, Request, Screen, ScreenState,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::sign_in::{SignInForm, SignInLabels};
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

pub const EMAIL_MAX: usize = 254;
const PASSWORD_MAX: usize = 128;

/// NYCSA sign-in: email and password.
pub struct ParentSignInScreen {
    pub form: SignInForm,
}

const LABELS: SignInLabels = SignInLabels {
    intro: "parent-sign-in-intro",
    name: "parent-email",
    password: "parent-password",
    code: None,
};

impl ParentSignInScreen {
    pub fn new() -> Self {
        Self::with_email("")
    }

    pub fn with_email(email: &str) -> Self {
        ParentSignInScreen {
            form: SignInForm::new(EMAIL_MAX, PASSWORD_MAX, email, true),
        }
    }
}

impl ScreenState for ParentSignInScreen {
    fn name(&self) -> &'static str {
        "parent_sign_in"
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        self.form.paste(text)
    }

    fn secret_len(&self) -> Option<usize> {
        self.form.focused_secret().map(|f| f.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => Action::Go(Screen::ParentStart(ParentStartScreen::default())),
            other if self.form.key(other) => {
                if !self.form.name().contains('@') {
                    self.form.focus = 0;
                    return Action::None;
                }
                if self.form.password.is_empty() {
                    return Action::None;
                }
                Action::Request(Request::NycsaSignIn(NycsaSessionRequest {
                    email: self.form.name().to_string(),
                    password: self.form.password.to_secret(),
                }))
            }
            _ => Action::None,
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::NycsaSignIn(result) = reply else {
            return Action::None;
        };
        self.form.password.clear();
        match result {
            Ok(r) => Action::Go(Screen::ParentChildren(ParentChildrenScreen::new(
                ParentSession {
                    session: r.session,
                    parent_name: r.parent_name,
                    children: r.children,
                },
            ))),
            Err(e) => {
                let retry = Screen::ParentSignIn(ParentSignInScreen::with_email(self.form.name()));
                Action::Go(problem_for(e, Some(retry)))
            }
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = self
            .form
            .speech(ctx, &ctx.t("parent-sign-in-title"), &LABELS);
        s.say_key(ctx, "parent-forgot-hint");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("parent-sign-in-title"),
            step: Some((1, 4)),
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
        let note = if ctx.busy() {
            (ctx.t("please-wait"), p.accent)
        } else {
            (ctx.t("parent-forgot-hint"), p.muted)
        };
        paragraphs(canvas, rest, &[note]);
    }
}

impl Default for ParentSignInScreen {
    fn default() -> Self {
        Self::new()
    }
}
