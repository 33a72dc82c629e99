use crate::widgets::Canvas;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    Action, Chrome, Ctx, EnrollSignInScreen, ForgotKind, ForgotScreen, HelpScreen, LookupScreen,
    ParentStartScreen, Screen, ScreenState, TicketFormScreen,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::below;
use crate::widgets::theme::palette;
use crate::widgets::width::width;

pub const ENTRIES: [&str; 7] = [
    "menu-student-reset",
    "menu-parent",
    "menu-forgot-nycsa",
    "menu-forgot-myschools",
    "menu-enroll",
    "menu-ticket",
    "menu-help",
];

#[derive(Debug, Default)]
pub struct MenuScreen {
    pub selected: usize,
}

impl MenuScreen {
    fn open(&self, index: usize) -> Action {
        match index {
            0 => Action::Go(Screen::Lookup(LookupScreen::new())),
            1 => Action::Go(Screen::ParentStart(ParentStartScreen::default())),
            2 => Action::Go(Screen::Forgot(ForgotScreen::new(ForgotKind::Nycsa))),
            3 => Action::Go(Screen::Forgot(ForgotScreen::new(ForgotKind::MySchools))),
            4 => Action::Go(Screen::EnrollSignIn(EnrollSignInScreen::new(""))),
            5 => Action::Go(Screen::TicketForm(TicketFormScreen::default())),
            _ => Action::Go(Screen::Help(HelpScreen)),
        }
    }
}

impl ScreenState for MenuScreen {
    fn name(&self) -> &'static str {
        "menu"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Up | Key::BackTab => {
                self.selected = (self.selected + ENTRIES.len() - 1) % ENTRIES.len()
            }
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % ENTRIES.len(),
            Key::Enter => return self.open(self.selected),
            Key::Esc => return Action::Restart,
            Key::Help => return self.open(6),
            Key::Char(c) => {
                if let Some(d) = c.to_digit(10).filter(|d| (1..=7).contains(d)) {
                    return self.open(d as usize - 1);
                }
            }
            _ => {}
        }
        Action::None
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let entries: Vec<String> = ENTRIES.iter().map(|k| ctx.t(k)).collect();
        let mut s = Spoken::titled(ctx, &ctx.t("menu-title"));
        s.choices(ctx, &entries).say_key(ctx, "speech-keys");
        if let Some(entry) = entries.get(self.selected) {
            s.focus_on(ctx, entry);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("menu-title"),
            step: None,
            keys: vec!["key-select", "key-continue", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let mut rest = area;
        for (i, key) in ENTRIES.iter().enumerate() {
            if rest.height == 0 {
                break;
            }
            let style = if i == self.selected {
                p.selected
            } else {
                p.text
            };
            let number = format!(" {}. ", i + 1);
            let indent = width(&number) as u16;
            if rest.width <= indent + 10 {
                let used = canvas.lines(
                    rest,
                    &[Line::from(Span::styled(
                        format!("{number}{} ", ctx.t(key)),
                        style,
                    ))],
                );
                rest = below(rest, used);
                continue;
            }
            // A wrapped item continues under its own text, not under its number. Where the
            // kiosk sets right-to-left rows itself the number stands at the right edge; a
            // terminal that does its own bidi turns each whole row, the indent with it.
            let (text_x, number_x) = if canvas.direction().mirrored() {
                (rest.x, rest.x + rest.width - indent)
            } else {
                (rest.x + indent, rest.x)
            };
            let text = Rect {
                x: text_x,
                width: rest.width - indent,
                ..rest
            };
            let used = canvas.lines(
                text,
                &[Line::from(Span::styled(format!("{} ", ctx.t(key)), style))],
            );
            let number_cell = Rect {
                x: number_x,
                width: indent,
                height: 1,
                ..rest
            };
            canvas.lines(number_cell, &[Line::from(Span::styled(number, style))]);
            rest = below(rest, used);
        }
    }
}
