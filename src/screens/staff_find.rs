use crate::widgets::Canvas;
use account_api::wire::{Handoff, StudentSummary};
use account_api::SecretString;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    problem_for, Action, Chrome, Ctx, Reply, Request, Screen, ScreenState, StaffHomeScreen,
    StaffStudentScreen,
};
use crate::keys::Key;
use crate::widgets::field::{draw_text, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// Find a student by student ID, username, or last name and birth date.
pub struct StaffFindScreen {
    pub query: TextField,
    pub results: Option<Vec<StudentSummary>>,
    pub selected: usize,
    /// The hand-off this search is for, when the kiosk could not say who the student is.
    pub handoff: Option<Handoff>,
}

impl Default for StaffFindScreen {
    fn default() -> Self {
        StaffFindScreen {
            query: TextField::new(80),
            results: None,
            selected: 0,
            handoff: None,
        }
    }
}

impl StaffFindScreen {
    pub fn for_handoff(handoff: Handoff) -> Self {
        StaffFindScreen {
            handoff: Some(handoff),
            ..Self::default()
        }
    }

    fn session(ctx: &Ctx) -> Option<SecretString> {
        ctx.staff
            .as_ref()
            .map(|s| SecretString::from_str_exact(s.session.expose()))
    }

    fn open(&mut self, ctx: &Ctx) -> Action {
        let Some(student) = self.results.as_ref().and_then(|r| r.get(self.selected)) else {
            return Action::None;
        };
        match Self::session(ctx) {
            Some(session) => Action::Request(Request::StaffOpen {
                session,
                student_ref: student.student_ref.clone(),
            }),
            None => Action::None,
        }
    }
}

impl ScreenState for StaffFindScreen {
    fn name(&self) -> &'static str {
        "staff_find"
    }

    fn is_family(&self) -> bool {
        false
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        self.query.paste(text);
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let n = self.results.as_ref().map_or(0, Vec::len);
        match key {
            Key::Esc => Action::Go(Screen::StaffHome(StaffHomeScreen::default())),
            Key::Down if n > 0 => {
                self.selected = (self.selected + 1) % n;
                Action::None
            }
            Key::Up if n > 0 => {
                self.selected = (self.selected + n - 1) % n;
                Action::None
            }
            Key::Tab if n > 0 => {
                self.selected = (self.selected + 1) % n;
                Action::None
            }
            Key::Enter if n > 0 && self.query.value().is_empty() => self.open(ctx),
            Key::Enter => {
                let q = self.query.value().trim().to_string();
                match (q.is_empty(), Self::session(ctx)) {
                    (false, Some(session)) => Action::Request(Request::StaffSearch { session, q }),
                    _ => Action::None,
                }
            }
            Key::Right if n > 0 => self.open(ctx),
            other => {
                self.query.key(other);
                Action::None
            }
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        match reply {
            Reply::StaffSearch(Ok(m)) => {
                self.results = Some(m.students);
                self.selected = 0;
                // The results are what matters now; typing again starts a new search.
                self.query = TextField::new(80);
                Action::None
            }
            Reply::StaffOpen(Ok((status, audit))) => {
                Action::Go(Screen::StaffStudent(StaffStudentScreen::new(status, audit)))
            }
            Reply::StaffSearch(Err(e)) | Reply::StaffOpen(Err(e)) => Action::Go(problem_for(
                e,
                Some(Screen::StaffFind(StaffFindScreen::default())),
            )),
            _ => Action::None,
        }
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-find-title"),
            step: None,
            keys: vec!["key-search", "key-select", "key-back", "key-sign-out"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let mut texts = Vec::with_capacity(2);
        if let Some(h) = &self.handoff {
            let taken = ctx.t_args(
                "staff-find-handoff",
                &[(
                    "handoff",
                    crate::i18n::Arg::Str(&super::handoff_queue::describe(ctx, h)),
                )],
            );
            texts.push((taken, p.accent));
        }
        texts.push((ctx.t("staff-find-hint"), p.muted));
        let used = paragraphs(canvas, area, &texts);
        let mut rest = below(area, used + 1);
        draw_text(
            canvas,
            rest,
            &ctx.t("staff-find-label"),
            &self.query,
            !ctx.busy(),
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let Some(results) = &self.results else { return };
        if results.is_empty() {
            paragraphs(canvas, rest, &[(ctx.t("staff-find-none"), p.text)]);
            return;
        }
        let lines: Vec<Line> = results
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                Line::from(Span::styled(
                    format!(
                        " {} · {} · {} · {} ",
                        s.name, s.student_id, s.username, s.birth_date
                    ),
                    style,
                ))
            })
            .collect();
        canvas.lines(rest, &lines);
    }
}
