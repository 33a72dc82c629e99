//! The two fields of every sign-in screen (a student's enrollment, a parent's NYCSA, a staff
//! member's counter session): who is signing in, then the password. The screens differ only in
//! their labels, what they check before sending, and where they go next.

use crate::widgets::Canvas;
use ratatui::layout::Rect;

use super::field::{draw_secret, draw_text, secret_key, TextField, FIELD_ROWS};
use super::text::{below, paragraphs};
use super::theme::palette;
use crate::keys::Key;
use crate::screens::Ctx;
use crate::secret::SecretBuf;
use crate::speech::Spoken;

pub struct SignInForm {
    pub name: TextField,
    pub password: SecretBuf,
    /// 0: the name field, 1: the password.
    pub focus: usize,
    pub reveal: bool,
    pub busy: bool,
    can_reveal: bool,
}

/// The message keys of a form's texts.
pub struct SignInLabels {
    pub intro: &'static str,
    pub name: &'static str,
    pub password: &'static str,
}

impl SignInForm {
    /// A form with `name` filled in already (the focus then starts on the password).
    pub fn new(name_max: usize, password_max: usize, name: &str, can_reveal: bool) -> Self {
        SignInForm {
            name: TextField::with_value(name_max, name),
            password: SecretBuf::new(password_max),
            focus: usize::from(!name.is_empty()),
            reveal: false,
            busy: false,
            can_reveal,
        }
    }

    pub fn name(&self) -> &str {
        self.name.value().trim()
    }

    pub fn paste(&mut self, text: &str) {
        if self.focus == 0 {
            self.name.paste(text);
        } else {
            for c in text.chars() {
                self.password.push(c);
            }
        }
    }

    /// The password field, when it has the focus.
    pub fn focused_secret(&self) -> Option<&SecretBuf> {
        (self.focus == 1).then_some(&self.password)
    }

    /// What the form says: its introduction and both labels, the focused one again when
    /// the focus moves.
    pub fn speech(&self, ctx: &Ctx, title: &str, labels: &SignInLabels) -> Spoken {
        let mut s = Spoken::titled(ctx, title);
        s.say_key(ctx, labels.intro)
            .say_key(ctx, labels.name)
            .say_key(ctx, labels.password);
        let focused = if self.focus == 0 {
            labels.name
        } else {
            labels.password
        };
        s.focus_on(ctx, &ctx.t(focused));
        s
    }

    /// Moves the focus, toggles showing the password, or edits the focused field. Returns
    /// true for Enter on the password: the screen checks the form and sends it.
    pub fn key(&mut self, key: Key) -> bool {
        match key {
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Reveal if self.can_reveal => self.reveal = !self.reveal,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter => return true,
            other if self.focus == 0 => {
                self.name.key(other);
            }
            other => {
                secret_key(&mut self.password, other);
            }
        }
        false
    }

    /// Draws the introduction and both fields; returns the area left below them.
    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx, labels: &SignInLabels) -> Rect {
        let used = paragraphs(canvas, area, &[(ctx.t(labels.intro), palette().text)]);
        let mut rest = below(area, used + 1);
        draw_text(
            canvas,
            rest,
            &ctx.t(labels.name),
            &self.name,
            self.focus == 0 && !self.busy,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            canvas,
            rest,
            &ctx.t(labels.password),
            &self.password,
            self.focus == 1 && !self.busy,
            self.reveal,
            None,
        );
        below(rest, FIELD_ROWS + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_moves_to_the_password_then_submits() {
        let mut form = SignInForm::new(10, 10, "", true);
        assert_eq!(form.focus, 0);
        form.paste("AvaM1234\u{7}");
        assert!(!form.key(Key::Enter));
        assert_eq!(form.focus, 1);
        form.paste("pass\nword");
        assert_eq!(form.password.expose(), "password");
        assert!(form.key(Key::Enter));
        assert_eq!(form.name(), "AvaM1234");
    }

    #[test]
    fn reveal_only_where_allowed() {
        let mut staff = SignInForm::new(10, 10, "fwc", false);
        assert_eq!(staff.focus, 1, "a known name starts on the password");
        staff.key(Key::Reveal);
        assert!(!staff.reveal);
        let mut parent = SignInForm::new(10, 10, "", true);
        parent.key(Key::Reveal);
        assert!(parent.reveal);
    }
}
