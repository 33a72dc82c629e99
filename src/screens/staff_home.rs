use crate::widgets::Canvas;
use account_api::wire::Handoff;
use account_api::{ErrorCode, SecretString};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::handoff_queue::HandoffQueue;
use super::{
    problem_for, Action, Chrome, Ctx, LanguageScreen, Reply, Request, Screen, ScreenState,
    StaffFindScreen, StaffReportScreen, StaffStudentScreen,
};
use crate::api::ApiError;
use crate::keys::Key;
use crate::widgets::text::below;
use crate::widgets::theme::palette;
use account_api::wire::StaffRole;

/// What every staff member may open; a supervisor also sees the day's report, before
/// signing out.
const OPTIONS: [&str; 3] = ["staff-find", "staff-family-menu", "staff-sign-out"];
const SUPERVISOR_OPTIONS: [&str; 4] = [
    "staff-find",
    "staff-family-menu",
    "staff-report",
    "staff-sign-out",
];

fn options(ctx: &Ctx) -> &'static [&'static str] {
    match ctx.staff.as_ref().map(|s| s.role) {
        Some(StaffRole::Supervisor) => &SUPERVISOR_OPTIONS,
        _ => &OPTIONS,
    }
}

/// The staff menu: find a student, or walk a visitor through the family menu; below it the
/// queue of families the center's kiosks sent to the counter, each one claimable.
#[derive(Debug, Default)]
pub struct StaffHomeScreen {
    /// Menu options first, then the queue's hand-offs.
    pub selected: usize,
    pub queue: HandoffQueue,
}

impl StaffHomeScreen {
    fn session(ctx: &Ctx) -> Option<SecretString> {
        ctx.staff
            .as_ref()
            .map(|s| SecretString::from_str_exact(s.session.expose()))
    }

    fn entries(&self, ctx: &Ctx) -> usize {
        options(ctx).len() + self.queue.items.len()
    }

    fn open(&self, index: usize, ctx: &Ctx) -> Action {
        let menu = options(ctx);
        if let Some(option) = menu.get(index).copied() {
            return match option {
                "staff-find" => Action::Go(Screen::StaffFind(StaffFindScreen::default())),
                "staff-family-menu" => Action::Go(Screen::Language(LanguageScreen::default())),
                "staff-report" => match Self::session(ctx) {
                    Some(session) => Action::Request(Request::StaffReport(session)),
                    None => Action::None,
                },
                _ => Action::StaffSignOut,
            };
        }
        match (self.queue.items.get(index - menu.len()), Self::session(ctx)) {
            (Some(h), Some(session)) => Action::Request(Request::ClaimHandoff {
                session,
                handoff: h.handoff.clone(),
            }),
            _ => Action::None,
        }
    }

    fn claimed(&mut self, h: Handoff, ctx: &Ctx) -> Action {
        match (h.student, Self::session(ctx)) {
            // The kiosk verified who the student is: open them straight away.
            (Some(student), Some(session)) => Action::Request(Request::StaffOpen {
                session,
                student_ref: student.student_ref,
            }),
            (student, _) => Action::Go(Screen::StaffFind(StaffFindScreen::for_handoff(Handoff {
                student,
                ..h
            }))),
        }
    }
}

impl ScreenState for StaffHomeScreen {
    fn name(&self) -> &'static str {
        "staff_home"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        // Whatever the key, the staff member has looked: new arrivals are no longer new.
        self.queue.fresh.clear();
        self.queue.notice = None;
        let n = self.entries(ctx);
        self.selected = self.selected.min(n - 1);
        match key {
            Key::Up | Key::BackTab => self.selected = (self.selected + n - 1) % n,
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % n,
            Key::Enter => return self.open(self.selected, ctx),
            // The menu's options first, then the first hand-offs of the queue.
            Key::Char(c @ '1'..='9') => {
                let index = c as usize - '1' as usize;
                if index < n {
                    return self.open(index, ctx);
                }
            }
            _ => {}
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        match reply {
            Reply::HandoffClaimed(Ok(h), _) => self.claimed(h, ctx),
            Reply::HandoffClaimed(Err(ApiError::Problem(p)), id)
                if p.code == ErrorCode::HandoffTaken =>
            {
                self.queue.drop_item(&id, "staff-handoff-taken");
                Action::None
            }
            Reply::HandoffClaimed(Err(ApiError::Problem(p)), id)
                if p.code == ErrorCode::NotFound =>
            {
                self.queue.drop_item(&id, "staff-handoff-gone");
                Action::None
            }
            Reply::StaffOpen(Ok((status, audit))) => {
                Action::Go(Screen::StaffStudent(StaffStudentScreen::new(status, audit)))
            }
            Reply::StaffReport(Ok(report)) => {
                Action::Go(Screen::StaffReport(StaffReportScreen::new(report)))
            }
            Reply::HandoffClaimed(Err(e), _)
            | Reply::StaffOpen(Err(e))
            | Reply::StaffReport(Err(e)) => Action::Go(problem_for(
                e,
                Some(Screen::StaffHome(StaffHomeScreen::default())),
            )),
            _ => Action::None,
        }
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-home-title"),
            step: None,
            keys: vec!["key-select", "key-continue", "key-sign-out"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let lines: Vec<_> = options(ctx)
            .iter()
            .enumerate()
            .map(|(i, k)| {
                Line::from(Span::styled(
                    format!(" {}. {} ", i + 1, ctx.t(k)),
                    if i == self.selected {
                        p.selected
                    } else {
                        p.text
                    },
                ))
            })
            .collect();
        let used = canvas.lines(area, &lines);
        let menu = options(ctx).len();
        let selected = self.selected.checked_sub(menu);
        canvas.lines(
            below(area, used + 1),
            &self.queue.lines(ctx, selected, menu + 1),
        );
    }
}
