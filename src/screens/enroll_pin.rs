use crate::widgets::Canvas;
use account_api::policy::{check_pin, PinReason, PIN_MAX_LEN};
use account_api::problem::RejectReason;
use account_api::wire::SetPinRequest;
use account_api::{ErrorCode, SecretString};
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{
    problem_for, Action, Chrome, Ctx, DoneKind, DoneScreen, EnrollContext, EnrollMenuScreen, Reply,
    Request, Screen, ScreenState,
};
use crate::api::ApiError;
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::speech::Spoken;
use crate::widgets::checklist::{rule_line, Rule};
use crate::widgets::field::{draw_secret, secret_key, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// The rules a PIN must keep, said when the screen opens.
const PIN_RULES: [&str; 4] = [
    "enroll-pin-rule-length",
    "enroll-pin-rule-repeat",
    "enroll-pin-rule-sequence",
    "enroll-pin-rule-birthday",
];

fn pin_rule_key(reason: PinReason) -> &'static str {
    match reason {
        PinReason::PinLength | PinReason::PinCharacters => "enroll-pin-rule-length",
        PinReason::PinRepeated => "enroll-pin-rule-repeat",
        PinReason::PinSequence => "enroll-pin-rule-sequence",
        PinReason::PinBirthDate => "enroll-pin-rule-birthday",
    }
}

/// Create or change the PIN: enter it, confirm it, save — the FAQ's steps.
#[derive(Debug)]
pub struct EnrollPinScreen {
    pub ctx: EnrollContext,
    pub pin: SecretBuf,
    pub confirm: SecretBuf,
    pub focus: usize,
    pub reveal: bool,
    service_reasons: Vec<PinReason>,
    tried: bool,
}

impl EnrollPinScreen {
    pub fn new(ctx: EnrollContext) -> Self {
        EnrollPinScreen {
            ctx,
            pin: SecretBuf::new(PIN_MAX_LEN),
            confirm: SecretBuf::new(PIN_MAX_LEN),
            focus: 0,
            reveal: false,
            service_reasons: Vec::new(),
            tried: false,
        }
    }

    fn reasons(&self) -> Vec<PinReason> {
        let mut r = check_pin(self.pin.expose(), None);
        r.extend(self.service_reasons.iter().copied());
        r
    }

    fn matches(&self) -> bool {
        !self.pin.is_empty() && self.pin.expose() == self.confirm.expose()
    }

    fn submit(&mut self) -> Action {
        self.tried = true;
        let Some(session) = &self.ctx.session else {
            return Action::None;
        };
        if !check_pin(self.pin.expose(), None).is_empty() || !self.matches() {
            return Action::None;
        }
        Action::Request(Request::SetPin(SetPinRequest {
            session: SecretString::from_str_exact(session.expose()),
            pin: self.pin.to_secret(),
        }))
    }

    /// The field with the focus.
    pub fn focused_field(&self) -> &SecretBuf {
        if self.focus == 0 {
            &self.pin
        } else {
            &self.confirm
        }
    }

    fn rule(&self, ctx: &Ctx, key: &str, ok: bool, known: bool) -> Line<'static> {
        // A rule the service refused stays marked even after the fields are cleared.
        let refused = !ok && !self.service_reasons.is_empty();
        let state = if refused {
            Rule::Failed
        } else {
            Rule::of(!self.pin.is_empty() && known, ok)
        };
        rule_line(&ctx.t(key), state)
    }
}

impl ScreenState for EnrollPinScreen {
    fn name(&self) -> &'static str {
        "enroll_pin"
    }

    fn secret_len(&self) -> Option<usize> {
        Some(self.focused_field().char_count())
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => {
                return Action::Go(Screen::EnrollMenu(EnrollMenuScreen::new(self.ctx.take())))
            }
            Key::Reveal => self.reveal = !self.reveal,
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter => return self.submit(),
            other => {
                let field = if self.focus == 0 {
                    &mut self.pin
                } else {
                    &mut self.confirm
                };
                if secret_key(field, other) {
                    self.service_reasons.clear();
                }
            }
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        let Reply::PinSaved(result) = reply else {
            return Action::None;
        };
        self.pin.clear();
        self.confirm.clear();
        self.focus = 0;
        match result {
            Ok(()) => {
                let mut enroll = self.ctx.take();
                enroll.session = None;
                enroll.has_pin = true;
                Action::Go(Screen::Done(DoneScreen::new(
                    ctx.config.done_return_secs,
                    DoneKind::PinSaved(enroll),
                )))
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::PinRejected => {
                self.tried = false;
                self.service_reasons = p
                    .reasons
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|r| match r {
                        RejectReason::Pin(r) => Some(r),
                        _ => None,
                    })
                    .collect();
                Action::None
            }
            Err(e) => Action::Go(problem_for(e, None)),
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let labels = ["enroll-pin-new", "enroll-pin-confirm"];
        let mut s = Spoken::titled(ctx, &ctx.t("enroll-pin-title"));
        s.say_key(ctx, "enroll-pin-hint")
            .say_key(ctx, labels[0])
            .say_key(ctx, labels[1]);
        for key in PIN_RULES {
            s.say_key(ctx, key);
        }
        s.focus_on(ctx, &ctx.t(labels[self.focus.min(1)]));
        if self.tried && !self.matches() {
            s.alert(&ctx.t("enroll-pin-mismatch"));
        }
        // The rules the service refused (the fields are empty again by then).
        for reason in &self.service_reasons {
            s.alert(&ctx.t(pin_rule_key(*reason)));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("enroll-pin-title"),
            step: Some((3, 3)),
            keys: vec![
                "key-save",
                "key-move",
                "key-show-hide",
                "key-back",
                "key-language",
            ],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let mut rest = area;
        draw_secret(
            canvas,
            rest,
            &ctx.t("enroll-pin-new"),
            &self.pin,
            self.focus == 0 && !ctx.busy(),
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_secret(
            canvas,
            rest,
            &ctx.t("enroll-pin-confirm"),
            &self.confirm,
            self.focus == 1 && !ctx.busy(),
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let r = self.reasons();
        let has = |x: PinReason| r.contains(&x);
        let birthday_known = has(PinReason::PinBirthDate);
        let lines = vec![
            self.rule(
                ctx,
                "enroll-pin-rule-length",
                !has(PinReason::PinLength) && !has(PinReason::PinCharacters),
                true,
            ),
            self.rule(
                ctx,
                "enroll-pin-rule-repeat",
                !has(PinReason::PinRepeated),
                true,
            ),
            self.rule(
                ctx,
                "enroll-pin-rule-sequence",
                !has(PinReason::PinSequence),
                true,
            ),
            self.rule(
                ctx,
                "enroll-pin-rule-birthday",
                !birthday_known,
                birthday_known,
            ),
            self.rule(ctx, "password-rule-match", self.matches(), true),
        ];
        let used = canvas.lines(rest, &lines);
        rest = below(rest, used + 1);
        let mut notes = Vec::new();
        if self.tried && !self.matches() {
            notes.push((ctx.t("enroll-pin-mismatch"), p.bad));
        }
        if ctx.busy() {
            notes.push((ctx.t("please-wait"), p.accent));
        } else if notes.is_empty() {
            notes.push((ctx.t("enroll-pin-hint"), p.muted));
        }
        paragraphs(canvas, rest, &notes);
    }
}
