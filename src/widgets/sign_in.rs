//! The fields of every sign-in screen (a student's enrollment, a parent's NYCSA, a staff
//! member's counter session): who is signing in, then the password, and for staff the 6-digit
//! code of their authenticator app. The screens differ only in their labels, what they check
//! before sending, and where they go next.

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
    /// The one-time code (staff only): ASCII digits, whatever digits were typed. Masked like
    /// the password: someone watching could use it within its 30 seconds.
    pub code: Option<SecretBuf>,
    /// 0: the name field, 1: the password, 2: the code.
    pub focus: usize,
    pub reveal: bool,
    can_reveal: bool,
}

/// The message keys of a form's texts.
pub struct SignInLabels {
    pub intro: &'static str,
    pub name: &'static str,
    pub password: &'static str,
    /// The code field's label, for forms that have one.
    pub code: Option<&'static str>,
}

/// Digits in a TOTP code.
pub const CODE_DIGITS: usize = 6;

impl SignInForm {
    /// A form with `name` filled in already (the focus then starts on the password).
    pub fn new(name_max: usize, password_max: usize, name: &str, can_reveal: bool) -> Self {
        SignInForm {
            name: TextField::with_value(name_max, name),
            password: SecretBuf::new(password_max),
            code: None,
            focus: usize::from(!name.is_empty()),
            reveal: false,
            can_reveal,
        }
    }

    /// The form with a code field after the password.
    pub fn with_code(mut self) -> Self {
        self.code = Some(SecretBuf::new(CODE_DIGITS));
        self
    }

    pub fn name(&self) -> &str {
        self.name.value().trim()
    }

    fn fields(&self) -> usize {
        if self.code.is_some() {
            3
        } else {
            2
        }
    }

    /// Whether the code field holds all six digits (true for a form without one).
    pub fn code_complete(&self) -> bool {
        self.code
            .as_ref()
            .is_none_or(|c| c.char_count() == CODE_DIGITS)
    }

    pub fn paste(&mut self, text: &str) {
        match self.focus {
            0 => self.name.paste(text),
            1 => {
                for c in text.chars() {
                    self.password.push(c);
                }
            }
            _ => {
                for c in text.chars() {
                    self.code_char(c);
                }
            }
        }
    }

    /// A digit of any script goes in as its ASCII digit; anything else is not a code.
    fn code_char(&mut self, c: char) {
        if let (Some(code), Some(digit)) =
            (self.code.as_mut(), account_api::identifiers::ascii_digit(c))
        {
            code.push(digit);
        }
    }

    /// The secret field with the focus: the password or the code.
    pub fn focused_secret(&self) -> Option<&SecretBuf> {
        match self.focus {
            1 => Some(&self.password),
            2 => self.code.as_ref(),
            _ => None,
        }
    }

    /// Empties both secret fields (after a send, whatever the answer).
    pub fn clear_secrets(&mut self) {
        self.password.clear();
        if let Some(code) = self.code.as_mut() {
            code.clear();
        }
    }

    /// What the form says: its introduction and both labels, the focused one again when
    /// the focus moves.
    pub fn speech(&self, ctx: &Ctx, title: &str, labels: &SignInLabels) -> Spoken {
        let mut s = Spoken::titled(ctx, title);
        s.say_key(ctx, labels.intro)
            .say_key(ctx, labels.name)
            .say_key(ctx, labels.password);
        if let (Some(_), Some(code)) = (&self.code, labels.code) {
            s.say_key(ctx, code);
        }
        let focused = match (self.focus, labels.code) {
            (0, _) => labels.name,
            (2, Some(code)) => code,
            _ => labels.password,
        };
        s.focus_on(ctx, &ctx.t(focused));
        s
    }

    /// Moves the focus, toggles showing the password, or edits the focused field. Returns
    /// true for Enter on the last field: the screen checks the form and sends it.
    pub fn key(&mut self, key: Key) -> bool {
        let fields = self.fields();
        match key {
            Key::Tab | Key::Down => self.focus = (self.focus + 1) % fields,
            Key::BackTab | Key::Up => self.focus = (self.focus + fields - 1) % fields,
            Key::Reveal if self.can_reveal => self.reveal = !self.reveal,
            Key::Enter if self.focus + 1 < fields => self.focus += 1,
            Key::Enter => return true,
            other if self.focus == 0 => {
                self.name.key(other);
            }
            other if self.focus == 1 => {
                secret_key(&mut self.password, other);
            }
            Key::Char(c) => self.code_char(c),
            Key::Backspace => {
                if let Some(code) = self.code.as_mut() {
                    code.pop();
                }
            }
            _ => {}
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
            self.focus == 0 && !ctx.busy(),
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            canvas,
            rest,
            &ctx.t(labels.password),
            &self.password,
            self.focus == 1 && !ctx.busy(),
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        if let (Some(code), Some(label)) = (&self.code, labels.code) {
            // Never revealed: F3 shows the password only.
            draw_secret(
                canvas,
                rest,
                &ctx.t(label),
                code,
                self.focus == 2 && !ctx.busy(),
                false,
                None,
            );
            rest = below(rest, FIELD_ROWS + 1);
        }
        rest
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
    fn the_code_field_takes_digits_of_any_script_and_submits_last() {
        let mut form = SignInForm::new(10, 10, "fwc", false).with_code();
        form.paste("secret");
        assert!(
            !form.key(Key::Enter),
            "Enter on the password moves to the code"
        );
        assert_eq!(form.focus, 2);
        for c in ['١', '٢', 'x', ' ', '৩', '४', '５'] {
            form.key(Key::Char(c));
        }
        assert!(!form.code_complete());
        form.paste("6 7");
        assert_eq!(
            form.code.as_ref().unwrap().expose(),
            "123456",
            "six digits at most"
        );
        assert!(form.code_complete());
        assert_eq!(form.focused_secret().unwrap().char_count(), 6);
        form.key(Key::Backspace);
        assert_eq!(form.code.as_ref().unwrap().expose(), "12345");
        form.key(Key::Tab);
        assert_eq!(form.focus, 0, "Tab wraps round three fields");
        form.key(Key::Up);
        assert_eq!(form.focus, 2);
        assert!(form.key(Key::Enter));
        form.clear_secrets();
        assert!(form.password.is_empty() && form.code.as_ref().unwrap().is_empty());
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
