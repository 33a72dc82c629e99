use crate::widgets::Canvas;
use account_api::wire::StaffSessionRequest;
use ratatui::layout::Rect;

use super::{problem_for, Action, Chrome, Ctx, Reply, Request, Screen, ScreenState, StaffContext};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::sign_in::{SignInForm, SignInLabels};
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// Counter mode starts here: the staff member signs in before anything else.
pub struct StaffSignInScreen {
    pub form: SignInForm,
}

const LABELS: SignInLabels = SignInLabels {
    intro: "staff-sign-in-intro",
    name: "staff-id",
    password: "staff-password",
    code: Some("staff-code"),
};

impl Default for StaffSignInScreen {
    fn default() -> Self {
        Self::with_staff_id("")
    }
}

impl StaffSignInScreen {
    /// The staff password is never shown, even on request: the visitor may be watching.
    pub fn with_staff_id(staff_id: &str) -> Self {
        StaffSignInScreen {
            form: SignInForm::new(64, 128, staff_id, false).with_code(),
        }
    }
}

impl ScreenState for StaffSignInScreen {
    fn name(&self) -> &'static str {
        "staff_sign_in"
    }

    fn is_family(&self) -> bool {
        false
    }

    fn holds_visitor(&self) -> bool {
        false
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        self.form.paste(text)
    }

    fn secret_len(&self) -> Option<usize> {
        self.form.focused_secret().map(|f| f.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        if !self.form.key(key) || self.form.password.is_empty() || self.form.name().is_empty() {
            return Action::None;
        }
        let code = self.form.code.as_ref().map(|c| c.to_secret());
        match code {
            Some(code) if self.form.code_complete() => {
                Action::Request(Request::StaffSignIn(StaffSessionRequest {
                    staff_id: self.form.name().to_string(),
                    password: self.form.password.to_secret(),
                    totp: code,
                }))
            }
            // Not six digits yet: stay on the code.
            _ => Action::None,
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::StaffSignIn(result) = reply else {
            return Action::None;
        };
        self.form.clear_secrets();
        match result {
            Ok(r) => Action::StaffSignedIn(StaffContext {
                session: r.session,
                name: r.name,
                center: r.center,
                role: r.role,
            }),
            Err(e) => {
                let retry = StaffSignInScreen::with_staff_id(self.form.name());
                Action::Go(problem_for(e, Some(Screen::StaffSignIn(retry))))
            }
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        self.form
            .speech(ctx, &ctx.t("staff-sign-in-title"), &LABELS)
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-sign-in-title"),
            step: None,
            keys: vec!["key-continue", "key-move"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let rest = self.form.draw(canvas, area, ctx, &LABELS);
        if ctx.busy() {
            paragraphs(canvas, rest, &[(ctx.t("please-wait"), palette().accent)]);
        }
    }
}
