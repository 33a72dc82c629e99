use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, LanguageScreen, Screen, StaffFindScreen};
use crate::keys::Key;
use crate::widgets::theme::palette;

const OPTIONS: [&str; 3] = ["staff-find", "staff-family-menu", "staff-sign-out"];

/// The staff menu: find a student, or walk a visitor through the family menu.
#[derive(Debug, Default)]
pub struct StaffHomeScreen {
    pub selected: usize,
}

impl StaffHomeScreen {
    fn open(index: usize) -> Action {
        match index {
            0 => Action::Go(Screen::StaffFind(StaffFindScreen::default())),
            1 => Action::Go(Screen::Language(LanguageScreen::default())),
            _ => Action::StaffSignOut,
        }
    }

    pub fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Up | Key::BackTab => {
                self.selected = (self.selected + OPTIONS.len() - 1) % OPTIONS.len()
            }
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % OPTIONS.len(),
            Key::Enter => return Self::open(self.selected),
            Key::Char(c @ '1'..='3') => return Self::open(c as usize - '1' as usize),
            _ => {}
        }
        Action::None
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
        let lines: Vec<_> = OPTIONS
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
