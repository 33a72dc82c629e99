use crate::widgets::Canvas;
use account_api::wire::{HandoffCreated, HandoffReason};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, ProblemKind, Reply, Screen, ScreenState};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::big_number;
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// Where the hand-off stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoffState {
    /// Asking the service for a number.
    Sending,
    /// The number the family says at the counter.
    Number(String),
    /// The service could not be reached: the family goes to the counter all the same.
    Unreachable,
}

/// "Ask at the counter": the family's number, drawn large, with what to tell the staff. At a
/// dead end the dead end's own explanation stays below the number, and its keys still work.
pub struct HandoffScreen {
    pub reason: HandoffReason,
    pub state: HandoffState,
    /// The dead end the family reached; `None` when they asked with F6.
    pub dead_end: Option<Box<Screen>>,
}

impl std::fmt::Debug for HandoffScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandoffScreen")
            .field("reason", &self.reason)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl HandoffScreen {
    pub fn new(reason: HandoffReason, dead_end: Option<Screen>) -> Self {
        HandoffScreen {
            reason,
            state: HandoffState::Sending,
            dead_end: dead_end.map(Box::new),
        }
    }

    /// The reason a dead end gives, if `screen` is one the family cannot get past here.
    pub fn dead_end_reason(screen: &Screen) -> Option<HandoffReason> {
        match screen {
            Screen::NoMethod(_) => Some(HandoffReason::NoMethod),
            Screen::Problem(p) => match p.kind {
                ProblemKind::PausedTemporary { .. } | ProblemKind::PausedUntilReset => {
                    Some(HandoffReason::Paused)
                }
                ProblemKind::TooSoon { .. } => Some(HandoffReason::TooSoon),
                ProblemKind::TooManyTries
                | ProblemKind::SessionEnded
                | ProblemKind::Unauthorized => Some(HandoffReason::Refused),
                _ => None,
            },
            _ => None,
        }
    }

    /// The reason sent when the family presses F6 on `screen`: what went wrong there, if
    /// anything did.
    pub fn asked_reason(screen: &Screen) -> HandoffReason {
        if let Some(reason) = Self::dead_end_reason(screen) {
            return reason;
        }
        match screen {
            Screen::Problem(p) => match p.kind {
                ProblemKind::NotVerified => HandoffReason::NotFound,
                ProblemKind::SignInFailed => HandoffReason::SignInFailed,
                ProblemKind::Internal | ProblemKind::DirectoryUnavailable => HandoffReason::Refused,
                _ => HandoffReason::Asked,
            },
            _ => HandoffReason::Asked,
        }
    }

    pub fn number(&self) -> Option<&str> {
        match &self.state {
            HandoffState::Number(n) => Some(n),
            _ => None,
        }
    }

    fn tell(&self, ctx: &Ctx, spoken: bool) -> Option<String> {
        self.tell_with(ctx, "handoff-tell", spoken)
    }

    fn tell_with(&self, ctx: &Ctx, key: &str, spoken: bool) -> Option<String> {
        let number = self.number()?;
        // Said digit by digit ("four one seven"), as the counter calls it.
        let number = if spoken {
            number
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            number.to_string()
        };
        Some(ctx.t_args(key, &[("number", Arg::Str(&number))]))
    }
}

impl ScreenState for HandoffScreen {
    fn name(&self) -> &'static str {
        "handoff"
    }

    // It says itself when the service is down: go to the counter anyway.
    fn needs_service(&self) -> bool {
        false
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        match &mut self.dead_end {
            Some(screen) => screen.key(key, ctx),
            None => match key {
                Key::Enter | Key::Esc => Action::Restart,
                _ => Action::None,
            },
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        match reply {
            Reply::Handoff(result) => {
                self.state = match result {
                    Ok(HandoffCreated { number, .. }) => HandoffState::Number(number),
                    // Offline or refused alike: the counter can help without a number.
                    Err(_) => HandoffState::Unreachable,
                };
                Action::None
            }
            _ => Action::None,
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let mut s = Spoken::titled(ctx, &ctx.t("handoff-title"));
        match &self.state {
            HandoffState::Sending => {
                s.say_key(ctx, "handoff-sending");
            }
            HandoffState::Number(_) => {
                let key = match self.dead_end {
                    Some(_) => "handoff-tell-short",
                    None => "handoff-tell",
                };
                if let Some(tell) = self.tell_with(ctx, key, true) {
                    s.say(ctx, &tell);
                }
            }
            HandoffState::Unreachable => {
                s.say_key(ctx, "handoff-offline");
            }
        }
        match &self.dead_end {
            Some(screen) => s.lines.extend(screen.speech(ctx).lines),
            None => {
                s.say_key(ctx, "handoff-body");
            }
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        match &self.dead_end {
            Some(screen) => screen.chrome(ctx),
            None => Chrome {
                title: ctx.t("handoff-title"),
                step: None,
                keys: vec!["key-start-over", "key-language"],
            },
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = match (&self.state, &self.dead_end) {
            (HandoffState::Sending, _) => {
                paragraphs(canvas, area, &[(ctx.t("handoff-sending"), p.muted)])
            }
            (HandoffState::Unreachable, _) => {
                paragraphs(canvas, area, &[(ctx.t("handoff-offline"), p.bad)])
            }
            (HandoffState::Number(number), None) => {
                let label = canvas.lines(
                    area,
                    &[Line::from(Span::styled(
                        ctx.t("handoff-number-label"),
                        p.accent,
                    ))],
                );
                let digits = big_number::draw(canvas, below(area, label + 1), number, p.title);
                let tell = self.tell(ctx, false).unwrap_or_default();
                let rest = below(area, label + 1 + digits + 1);
                label + 1 + digits + 1 + paragraphs(canvas, rest, &[(tell, p.text)])
            }
            // Beside a dead end's explanation: the number in a band at the side, so the
            // explanation keeps its room below.
            (HandoffState::Number(number), Some(_)) => {
                let side = big_number::width(number) + 2;
                let text = Rect {
                    width: area.width.saturating_sub(side),
                    ..area
                };
                let digits = Rect {
                    x: area.x + text.width,
                    width: side.min(area.width),
                    ..area
                };
                // The short form: the dead end's own text says what happened.
                let tell = self
                    .tell_with(ctx, "handoff-tell-short", false)
                    .unwrap_or_default();
                let said = canvas.lines(
                    text,
                    &[
                        Line::from(Span::styled(ctx.t("handoff-number-label"), p.accent)),
                        Line::from(Span::styled(tell, p.text)),
                    ],
                );
                let drawn = big_number::draw_compact(canvas, digits, number, p.title);
                said.max(drawn)
            }
        };
        let rest = below(area, used + 1);
        match &self.dead_end {
            Some(screen) => screen.draw(canvas, rest, ctx),
            None => {
                paragraphs(canvas, rest, &[(ctx.t("handoff-body"), p.text)]);
            }
        }
    }
}
