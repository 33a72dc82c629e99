use account_api::wire::NycsaSessionRequest;
use ratatui::layout::Rect;
use ratatui::Frame;

use super::{
    problem_for, Action, Chrome, Ctx, ParentChildrenScreen, ParentSession, ParentStartScreen,
    Reply, Request, Screen,
};
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::widgets::field::{draw_secret, draw_text, secret_key, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

pub const EMAIL_MAX: usize = 254;
const PASSWORD_MAX: usize = 128;

/// NYCSA sign-in: email and password.
pub struct ParentSignInScreen {
    pub email: TextField,
    pub password: SecretBuf,
    pub focus: usize,
    pub reveal: bool,
    pub busy: bool,
}

impl ParentSignInScreen {
    pub fn new() -> Self {
        Self::with_email("")
    }

    pub fn with_email(email: &str) -> Self {
        ParentSignInScreen {
            email: TextField::with_value(EMAIL_MAX, email),
            password: SecretBuf::new(PASSWORD_MAX),
            focus: usize::from(!email.is_empty()),
            reveal: false,
            busy: false,
        }
    }

    pub fn paste(&mut self, text: &str) {
        if self.focus == 0 {
            self.email.paste(text);
        } else {
            text.chars().for_each(|c| {
                self.password.push(c);
            });
        }
    }

    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => return Action::Go(Screen::ParentStart(ParentStartScreen::default())),
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Reveal => self.reveal = !self.reveal,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter if !self.email.value().contains('@') => self.focus = 0,
            Key::Enter if !self.password.is_empty() => {
                return Action::Request(Request::NycsaSignIn(NycsaSessionRequest {
                    email: self.email.value().trim().to_string(),
                    password: self.password.to_secret(),
                }))
            }
            other if self.focus == 0 => {
                self.email.key(other);
            }
            other => {
                secret_key(&mut self.password, other);
            }
        }
        Action::None
    }

    pub fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::NycsaSignIn(result) = reply else {
            return Action::None;
        };
        self.password.clear();
        match result {
            Ok(r) => Action::Go(Screen::ParentChildren(ParentChildrenScreen::new(
                ParentSession {
                    session: r.session,
                    parent_name: r.parent_name,
                    children: r.children,
                },
            ))),
            Err(e) => {
                let retry =
                    Screen::ParentSignIn(ParentSignInScreen::with_email(self.email.value()));
                Action::Go(problem_for(e, Some(retry)))
            }
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("parent-sign-in-title"),
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
        let used = paragraphs(frame, area, &[(ctx.t("parent-sign-in-intro"), p.text)]);
        let mut rest = below(area, used + 1);
        draw_text(
            frame,
            rest,
            &ctx.t("parent-email"),
            &self.email,
            self.focus == 0 && !self.busy,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            frame,
            rest,
            &ctx.t("parent-password"),
            &self.password,
            self.focus == 1 && !self.busy,
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let note = if self.busy {
            (ctx.t("please-wait"), p.accent)
        } else {
            (ctx.t("parent-forgot-hint"), p.muted)
        };
        paragraphs(frame, rest, &[note]);
    }
}

impl Default for ParentSignInScreen {
    fn default() -> Self {
        Self::new()
    }
}
