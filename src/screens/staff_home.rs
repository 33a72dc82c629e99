use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    problem_for, Action, Chrome, Ctx, LanguageScreen, Reply, Request, Screen, StaffFindScreen,
    StaffReportScreen,
};
use crate::keys::Key;
use crate::widgets::theme::palette;
use account_api::wire::StaffRole;
use account_api::SecretString;

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

/// The staff menu: find a student, or walk a visitor through the family menu.
#[derive(Debug, Default)]
pub struct StaffHomeScreen {
    pub selected: usize,
}

impl StaffHomeScreen {
    fn open(index: usize, ctx: &Ctx) -> Action {
        match options(ctx).get(index).copied() {
            Some("staff-find") => Action::Go(Screen::StaffFind(StaffFindScreen::default())),
            Some("staff-family-menu") => Action::Go(Screen::Language(LanguageScreen::default())),
            Some("staff-report") => match &ctx.staff {
                Some(staff) => Action::Request(Request::StaffReport(SecretString::from_str_exact(
                    staff.session.expose(),
                ))),
                None => Action::None,
            },
            Some(_) => Action::StaffSignOut,
            None => Action::None,
        }
    }

    pub fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let n = options(ctx).len();
        match key {
            Key::Up | Key::BackTab => self.selected = (self.selected + n - 1) % n,
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % n,
            Key::Enter => return Self::open(self.selected, ctx),
            Key::Char(c @ '1'..='9') => return Self::open(c as usize - '1' as usize, ctx),
            _ => {}
        }
        Action::None
    }

    pub fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        match reply {
            Reply::StaffReport(Ok(report)) => {
                Action::Go(Screen::StaffReport(StaffReportScreen::new(report)))
            }
            Reply::StaffReport(Err(e)) => Action::Go(problem_for(
                e,
                Some(Screen::StaffHome(StaffHomeScreen::default())),
            )),
            _ => Action::None,
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-home-title"),
            step: None,
            keys: vec!["key-select", "key-continue", "key-sign-out"],
        }
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
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
        canvas.lines(area, &lines);
    }
}
