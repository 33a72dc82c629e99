//! The counter's queue of hand-offs from the center's kiosks, shown on the staff menu and
//! refreshed by the app every few seconds.

use account_api::wire::{Handoff, HandoffList, HandoffReason};
use ratatui::text::{Line, Span};
use std::collections::HashSet;

use super::Ctx;
use crate::api::ApiError;
use crate::i18n::Arg;
use crate::widgets::theme::palette;

/// The message naming a reason, as the counter reads it.
pub fn reason_label(ctx: &Ctx, reason: HandoffReason) -> String {
    ctx.t(match reason {
        HandoffReason::NoMethod => "handoff-reason-no-method",
        HandoffReason::Paused => "handoff-reason-paused",
        HandoffReason::TooSoon => "handoff-reason-too-soon",
        HandoffReason::SignInFailed => "handoff-reason-sign-in-failed",
        HandoffReason::NotFound => "handoff-reason-not-found",
        HandoffReason::Refused => "handoff-reason-refused",
        HandoffReason::Asked => "handoff-reason-asked",
    })
}

/// The family's language by its own name, so staff who speak it can take the hand-off.
pub fn language_name(code: &str) -> &str {
    crate::i18n::find_language(code).map_or(code, |l| l.native_name)
}

/// One hand-off as a line: number, language, reason, minutes waiting, and the student when
/// the kiosk verified them.
pub fn describe(ctx: &Ctx, h: &Handoff) -> String {
    let line = ctx.t_args(
        "staff-queue-item",
        &[
            ("number", Arg::Str(&h.number)),
            ("language", Arg::Str(language_name(&h.language))),
            ("reason", Arg::Str(&reason_label(ctx, h.reason))),
            ("minutes", Arg::Num(i64::from(h.minutes_waiting))),
        ],
    );
    match &h.student {
        Some(s) => format!("{line} · {}", s.name),
        None => line,
    }
}

#[derive(Debug, Default)]
pub struct HandoffQueue {
    pub items: Vec<Handoff>,
    /// Arrived since the staff member last pressed a key here: highlighted.
    pub fresh: HashSet<String>,
    /// Whether the last refresh reached the service.
    pub unreachable: bool,
    /// Whether any refresh has answered yet.
    pub loaded: bool,
    /// The outcome of the last claim that did not open anything.
    pub notice: Option<&'static str>,
}

impl HandoffQueue {
    /// Takes a refresh; true when a hand-off arrived that this counter had not seen before
    /// (`seen` outlives the menu screen, so coming back to it does not ring again).
    pub fn update(
        &mut self,
        result: Result<HandoffList, ApiError>,
        seen: &mut HashSet<String>,
    ) -> bool {
        match result {
            Ok(list) => {
                let mut arrived = false;
                for h in &list.handoffs {
                    if seen.insert(h.handoff.clone()) {
                        self.fresh.insert(h.handoff.clone());
                        arrived = true;
                    }
                }
                self.fresh
                    .retain(|id| list.handoffs.iter().any(|h| &h.handoff == id));
                self.items = list.handoffs;
                self.unreachable = false;
                self.loaded = true;
                arrived
            }
            Err(_) => {
                self.unreachable = true;
                false
            }
        }
    }

    /// A claim lost or too late: the hand-off leaves this queue at once.
    pub fn drop_item(&mut self, id: &str, notice: &'static str) {
        self.items.retain(|h| h.handoff != id);
        self.fresh.remove(id);
        self.notice = Some(notice);
    }

    /// Lines for the queue; `selected` is the index into `items` that has the highlight, and
    /// the first item is numbered `first` (the menu's options come before it).
    pub fn lines(&self, ctx: &Ctx, selected: Option<usize>, first: usize) -> Vec<Line<'static>> {
        let p = palette();
        let title = ctx.t_args(
            "staff-queue-title",
            &[("count", Arg::Num(self.items.len() as i64))],
        );
        let mut lines = vec![Line::from(Span::styled(title, p.title))];
        if let Some(notice) = self.notice {
            lines.push(Line::from(Span::styled(ctx.t(notice), p.bad)));
        }
        if self.unreachable {
            lines.push(Line::from(Span::styled(
                ctx.t("staff-queue-unreachable"),
                p.bad,
            )));
        }
        if self.items.is_empty() && self.loaded {
            lines.push(Line::from(Span::styled(
                ctx.t("staff-queue-empty"),
                p.muted,
            )));
        }
        for (i, h) in self.items.iter().enumerate() {
            let fresh = self.fresh.contains(&h.handoff);
            let mark = if fresh {
                format!("{} ", ctx.t("staff-queue-new"))
            } else {
                String::new()
            };
            let style = if selected == Some(i) {
                p.selected
            } else if fresh {
                p.accent
            } else {
                p.text
            };
            // Only the first few get a number key; the rest are reached with the arrows.
            let key = match first + i {
                n @ 1..=9 => format!("{n}. "),
                _ => "   ".to_string(),
            };
            lines.push(Line::from(Span::styled(
                format!(" {key}{mark}{} ", describe(ctx, h)),
                style,
            )));
        }
        lines
    }
}
