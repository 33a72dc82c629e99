use account_api::wire::StaffSessionRequest;
use ratatui::layout::Rect;
use ratatui::Frame;

use super::{problem_for, Action, Chrome, Ctx, Reply, Request, Screen, StaffContext};
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::widgets::field::{draw_secret, draw_text, secret_key, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// Counter mode starts here: the staff member signs in before anything else.
pub struct StaffSignInScreen {
    pub staff_id: TextField,
    pub password: SecretBuf,
    pub focus: usize,
    pub busy: bool,
}

impl Default for StaffSignInScreen {
    fn default() -> Self {
        StaffSignInScreen {
            staff_id: TextField::new(64),
            password: SecretBuf::new(128),
            focus: 0,
            busy: false,
        }
    }
}

impl StaffSignInScreen {
    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter if !self.password.is_empty() && !self.staff_id.value().trim().is_empty() => {
                return Action::Request(Request::StaffSignIn(StaffSessionRequest {
                    staff_id: self.staff_id.value().trim().to_string(),
                    password: self.password.to_secret(),
                }))
            }
            other if self.focus == 0 => {
                self.staff_id.key(other);
            }
            other => {
                secret_key(&mut self.password, other);
            }
        }
        Action::None
    }

    pub fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::StaffSignIn(result) = reply else {
            return Action::None;
        };
        self.password.clear();
        match result {
            Ok(r) => Action::StaffSignedIn(StaffContext {
                session: r.session,
                name: r.name,
                center: r.center,
            }),
            Err(e) => {
                let mut retry = StaffSignInScreen::default();
                retry.staff_id.paste(self.staff_id.value());
                retry.focus = 1;
                Action::Go(problem_for(e, Some(Screen::StaffSignIn(retry))))
            }
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-sign-in-title"),
            step: None,
            keys: vec!["key-continue", "key-move"],
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(frame, area, &[(ctx.t("staff-sign-in-intro"), p.text)]);
        let mut rest = below(area, used + 1);
        draw_text(
            frame,
            rest,
            &ctx.t("staff-id"),
            &self.staff_id,
            self.focus == 0 && !self.busy,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            frame,
            rest,
            &ctx.t("staff-password"),
            &self.password,
            self.focus == 1 && !self.busy,
            false,
            None,
        );
        if self.busy {
            paragraphs(
                frame,
                below(rest, FIELD_ROWS + 1),
                &[(ctx.t("please-wait"), p.accent)],
            );
        }
    }
}
