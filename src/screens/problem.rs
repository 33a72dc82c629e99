use crate::widgets::Canvas;
use account_api::wire::Method;
use account_api::ErrorCode;
use ratatui::layout::Rect;

use super::{Action, Chrome, Ctx, HelpScreen, MenuScreen, Screen, ScreenState};
use crate::api::ApiError;
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::paragraphs;
use crate::widgets::theme::palette;

/// What went wrong, in terms the visitor can act on. Each has its own screen text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    NotVerified,
    SignInFailed,
    VerificationFailed {
        method: Method,
        attempts_remaining: Option<u32>,
    },
    PausedTemporary {
        minutes: u64,
    },
    PausedUntilReset,
    /// A door over its limit (sign-in, lookups at this terminal): no number is given, since
    /// the visitor's next step is the counter either way.
    TooManyTries,
    TooSoon {
        date: String,
    },
    FlowExpired,
    Offline,
    /// The district's directory did not answer: nothing changed, trying again is safe.
    DirectoryUnavailable,
    Unauthorized,
    Internal,
    SessionEnded,
}

impl ProblemKind {
    /// Failures that count toward ending the visitor's session at this kiosk.
    pub fn is_failed_try(&self) -> bool {
        matches!(
            self,
            ProblemKind::NotVerified
                | ProblemKind::SignInFailed
                | ProblemKind::VerificationFailed { .. }
        )
    }
}

pub struct ProblemScreen {
    pub kind: ProblemKind,
    /// Where "try again" goes; `None` means the menu.
    retry: Option<Box<Screen>>,
}

impl std::fmt::Debug for ProblemScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProblemScreen")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// `YYYY-MM-DD` as the US writes it.
fn us_date(iso: &str) -> String {
    match account_api::identifiers::parse_wire_date(iso) {
        Some(d) => format!("{:02}/{:02}/{}", u8::from(d.month()), d.day(), d.year()),
        None => iso.to_string(),
    }
}

impl ProblemScreen {
    pub fn new(kind: ProblemKind, retry: Option<Screen>) -> Self {
        ProblemScreen {
            kind,
            retry: retry.map(Box::new),
        }
    }

    pub fn from_error(error: ApiError, retry: Option<Screen>) -> Self {
        let method = match &retry {
            Some(Screen::Questions(_)) => Method::Questions,
            _ => Method::Pin,
        };
        let kind = match error {
            ApiError::Offline
            | ApiError::Timeout
            | ApiError::BadResponse
            | ApiError::Untrusted(_) => ProblemKind::Offline,
            ApiError::Problem(p) => match p.code {
                ErrorCode::NotVerified => ProblemKind::NotVerified,
                ErrorCode::SignInFailed => ProblemKind::SignInFailed,
                ErrorCode::VerificationFailed => ProblemKind::VerificationFailed {
                    method,
                    attempts_remaining: p.attempts_remaining,
                },
                ErrorCode::SelfServicePaused => match (p.pause.as_deref(), p.retry_after) {
                    (Some("temporary"), Some(secs)) => ProblemKind::PausedTemporary {
                        minutes: secs.div_ceil(60),
                    },
                    _ => ProblemKind::PausedUntilReset,
                },
                ErrorCode::ResetTooSoon => ProblemKind::TooSoon {
                    date: us_date(p.next_allowed.as_deref().unwrap_or("")),
                },
                ErrorCode::FlowExpired => ProblemKind::FlowExpired,
                ErrorCode::RateLimited => ProblemKind::TooManyTries,
                ErrorCode::DirectoryUnavailable => ProblemKind::DirectoryUnavailable,
                ErrorCode::Unauthorized | ErrorCode::Forbidden => ProblemKind::Unauthorized,
                ErrorCode::Timeout => ProblemKind::Offline,
                _ => ProblemKind::Internal,
            },
        };
        let keeps_retry = matches!(
            kind,
            ProblemKind::NotVerified
                | ProblemKind::SignInFailed
                | ProblemKind::VerificationFailed { .. }
                | ProblemKind::Offline
                | ProblemKind::DirectoryUnavailable
                | ProblemKind::Internal
        );
        Self::new(kind, if keeps_retry { retry } else { None })
    }

    /// What to do after a failed sign-in depends on whose sign-in it was.
    fn sign_in_help(&self) -> &'static str {
        match self.retry.as_deref() {
            Some(Screen::ParentSignIn(_)) => "sign-in-failed-nycsa-help",
            Some(Screen::StaffSignIn(_)) => "sign-in-failed-staff-help",
            _ => "sign-in-failed-help",
        }
    }

    /// The screen the visitor left when the service went away, to go back to when it returns.
    pub fn take_offline_retry(&mut self) -> Option<Screen> {
        if self.kind == ProblemKind::Offline {
            self.retry.take().map(|b| *b)
        } else {
            None
        }
    }

    /// The explanation, drawn and spoken.
    fn texts(&self, ctx: &Ctx) -> Vec<(String, ratatui::style::Style)> {
        let p = palette();
        match &self.kind {
            ProblemKind::NotVerified => vec![
                (ctx.t("not-verified-body"), p.text),
                (ctx.t("not-verified-help"), p.text),
            ],
            ProblemKind::TooManyTries => vec![(ctx.t("too-many-tries-body"), p.bad)],
            ProblemKind::SignInFailed => vec![
                (ctx.t("sign-in-failed-body"), p.text),
                (ctx.t(self.sign_in_help()), p.text),
            ],
            ProblemKind::VerificationFailed {
                method,
                attempts_remaining,
            } => {
                let m = match method {
                    Method::Pin => "pin",
                    Method::Questions => "questions",
                };
                let mut v = vec![(
                    ctx.t_args("verification-failed-body", &[("method", Arg::Str(m))]),
                    p.bad,
                )];
                if let Some(n) = attempts_remaining {
                    v.push((
                        ctx.t_args("attempts-left", &[("count", Arg::Num(i64::from(*n)))]),
                        p.text,
                    ));
                }
                v
            }
            ProblemKind::PausedTemporary { minutes } => vec![
                (
                    ctx.t_args(
                        "paused-temporary-body",
                        &[("minutes", Arg::Num(*minutes as i64))],
                    ),
                    p.bad,
                ),
                (ctx.t("paused-help"), p.text),
            ],
            ProblemKind::PausedUntilReset => vec![
                (ctx.t("paused-until-reset-body"), p.bad),
                (ctx.t("paused-help"), p.text),
            ],
            ProblemKind::TooSoon { date } => vec![
                (
                    ctx.t_args("too-soon-body", &[("date", Arg::Str(date))]),
                    p.bad,
                ),
                (ctx.t("too-soon-help"), p.text),
            ],
            ProblemKind::FlowExpired => vec![(ctx.t("flow-expired-body"), p.text)],
            ProblemKind::Offline => vec![
                (ctx.t("offline-body"), p.bad),
                (ctx.t("offline-help"), p.text),
            ],
            ProblemKind::Unauthorized => {
                let key = match ctx.config.mode {
                    crate::config::Mode::Counter => "unauthorized-counter-body",
                    crate::config::Mode::Kiosk => "unauthorized-body",
                };
                vec![(ctx.t(key), p.bad)]
            }
            ProblemKind::DirectoryUnavailable => vec![
                (ctx.t("directory-unavailable-body"), p.bad),
                (ctx.t("directory-unavailable-help"), p.text),
            ],
            ProblemKind::Internal => vec![(ctx.t("internal-body"), p.bad)],
            ProblemKind::SessionEnded => vec![(ctx.t("session-ended-body"), p.bad)],
        }
    }
}

impl ScreenState for ProblemScreen {
    fn name(&self) -> &'static str {
        "problem"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Enter if self.kind == ProblemKind::SessionEnded => Action::Restart,
            Key::Enter => match self.retry.take() {
                Some(screen) => Action::Go(*screen),
                None => Action::Go(Screen::Menu(MenuScreen::default())),
            },
            Key::Esc => Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Help => Action::Go(Screen::Help(HelpScreen)),
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("problem-title"));
        for (text, _) in self.texts(ctx) {
            s.say(ctx, &text);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        let mut keys = vec![];
        if self.retry.is_some() {
            keys.push("key-try-again");
        } else if self.kind == ProblemKind::SessionEnded {
            keys.push("key-start-over");
        }
        keys.extend(["key-menu", "key-help", "key-language"]);
        Chrome {
            title: ctx.t("problem-title"),
            step: None,
            keys,
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        paragraphs(canvas, area, &self.texts(ctx));
    }
}
