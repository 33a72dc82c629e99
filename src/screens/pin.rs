use crate::widgets::Canvas;
use account_api::policy::PIN_MAX_LEN;
use account_api::wire::VerifyRequest;
use ratatui::layout::Rect;

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

/// Step 3 with a PIN.
#[derive(Debug)]
pub struct PinScreen {
    pub flow: StudentFlow,
    pub pin: SecretBuf,
    pub reveal: bool,
}

impl PinScreen {
    pub fn new(flow: StudentFlow) -> Self {
        PinScreen {
            flow,
            pin: SecretBuf::new(PIN_MAX_LEN),
            reveal: false,
        }
    }
}

impl ScreenState for PinScreen {
    fn name(&self) -> &'static str {
        "pin"
    }

    fn secret_len(&self) -> Option<usize> {
        Some(self.pin.char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc if self.flow.methods.len() > 1 => {
                Action::Go(Screen::Method(MethodScreen::new(self.flow.take())))
            }
            Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Reveal => {
                self.reveal = !self.reveal;
                Action::None
            }
            Key::Enter if !self.pin.is_empty() => Action::Request(Request::Verify(VerifyRequest {
                flow: self.flow.flow_copy(),
                pin: Some(self.pin.to_secret()),
                answers: None,
            })),
            other => {
                secret_key(&mut self.pin, other);
                Action::None
            }
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::Verify(result) = reply else {
            return Action::None;
        };
        self.pin.clear();
        match result {
            Ok(verified) => Action::Go(Screen::NewPassword(NewPasswordScreen::new(
                verified.reset_token,
            ))),
            Err(e) => {
                let retry = Screen::Pin(PinScreen::new(self.flow.take()));
                Action::Go(problem_for(e, Some(retry)))
            }
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("pin-title"));
        s.say_key(ctx, "pin-hint").say_key(ctx, "pin-label");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("pin-title"),
            step: Some((2, 3)),
            keys: vec!["key-continue", "key-show-hide", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(canvas, area, &[(ctx.t("pin-hint"), p.muted)]);
        let rest = below(area, used + 1);
        draw_secret(
            canvas,
            rest,
            &ctx.t("pin-label"),
            &self.pin,
            !ctx.busy(),
            self.reveal,
            None,
        );
        if ctx.busy() {
            paragraphs(
                canvas,
                below(rest, FIELD_ROWS + 1),
                &[(ctx.t("please-wait"), p.accent)],
            );
        }
    }
}
