use crate::widgets::Canvas;
use account_api::wire::ResetLinkRequest;
use ratatui::layout::Rect;

use super::no_nycsa::text_with_qr;
use super::parent_sign_in::EMAIL_MAX;
use super::{problem_for, Action, Chrome, Ctx, MenuScreen, Reply, Request, Screen, ScreenState};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::field::{draw_text, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForgotKind {
    Nycsa,
    MySchools,
}

impl ForgotKind {
    fn prefix(self) -> &'static str {
        match self {
            ForgotKind::Nycsa => "forgot-nycsa",
            ForgotKind::MySchools => "forgot-myschools",
        }
    }
}

/// Menu 3 and 4: the address to send a reset link to.
pub struct ForgotScreen {
    pub kind: ForgotKind,
    pub email: TextField,
    error: bool,
}

impl ForgotScreen {
    pub fn new(kind: ForgotKind) -> Self {
        ForgotScreen {
            kind,
            email: TextField::new(EMAIL_MAX),
            error: false,
        }
    }
}

impl ScreenState for ForgotScreen {
    fn name(&self) -> &'static str {
        "forgot"
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        self.email.paste(text);
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Enter => {
                let email = self.email.value().trim();
                let looks_ok = email
                    .split_once('@')
                    .is_some_and(|(u, d)| !u.is_empty() && d.contains('.'));
                self.error = !looks_ok;
                if !looks_ok {
                    return Action::None;
                }
                Action::Request(Request::ResetLink {
                    myschools: self.kind == ForgotKind::MySchools,
                    body: ResetLinkRequest {
                        email: email.to_string(),
                    },
                })
            }
            other => {
                self.email.key(other);
                Action::None
            }
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::ResetLink(result) = reply else {
            return Action::None;
        };
        match result {
            Ok(_) => Action::Go(Screen::ForgotSent(ForgotSentScreen { kind: self.kind })),
            Err(e) => {
                let mut retry = ForgotScreen::new(self.kind);
                retry.email.paste(self.email.value());
                Action::Go(problem_for(e, Some(Screen::Forgot(retry))))
            }
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let prefix = self.kind.prefix();
        let mut s = Spoken::titled(ctx, &ctx.t(&format!("{prefix}-title")));
        s.say_key(ctx, &format!("{prefix}-intro"))
            .say_key(ctx, "forgot-email");
        if self.error {
            s.alert(&ctx.t("forgot-email-error"));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t(&format!("{}-title", self.kind.prefix())),
            step: Some((1, 2)),
            keys: vec!["key-continue", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(
            canvas,
            area,
            &[(ctx.t(&format!("{}-intro", self.kind.prefix())), p.text)],
        );
        let mut rest = below(area, used + 1);
        draw_text(
            canvas,
            rest,
            &ctx.t("forgot-email"),
            &self.email,
            !ctx.busy(),
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let mut notes = Vec::new();
        if self.error {
            notes.push((ctx.t("forgot-email-error"), p.bad));
        }
        if ctx.busy() {
            notes.push((ctx.t("please-wait"), p.accent));
        }
        paragraphs(canvas, rest, &notes);
    }
}

/// The neutral answer (the same whether or not an account uses the address) and what to do
/// if the email does not arrive.
#[derive(Debug)]
pub struct ForgotSentScreen {
    pub kind: ForgotKind,
}

impl ScreenState for ForgotSentScreen {
    fn name(&self) -> &'static str {
        "forgot_sent"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter | Key::Esc => Action::Restart,
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("forgot-sent-title"));
        s.say_key(ctx, "forgot-sent-body")
            .say_key(ctx, &format!("{}-not-arrived", self.kind.prefix()));
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("forgot-sent-title"),
            step: Some((2, 2)),
            keys: vec!["key-start-over", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let prefix = self.kind.prefix();
        let texts = [
            (ctx.t("forgot-sent-body"), p.ok),
            (ctx.t(&format!("{prefix}-not-arrived")), p.text),
        ];
        let url = match self.kind {
            ForgotKind::Nycsa => &ctx.config.links.nycsa,
            ForgotKind::MySchools => &ctx.config.links.myschools,
        };
        text_with_qr(canvas, area, &texts, url, &ctx.t("qr-scan"));
    }
}
