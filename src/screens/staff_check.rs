use crate::widgets::Canvas;
use account_api::wire::{IdentityCheckRequest, Visitor};
use account_api::SecretString;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{problem_for, Action, Chrome, Ctx, Reply, Request, Screen, StaffStudentScreen};
use crate::keys::Key;
use crate::widgets::field::{draw_text, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

const VISITORS: [(Visitor, &str); 3] = [
    (Visitor::Student, "staff-visitor-student"),
    (Visitor::Parent, "staff-visitor-parent"),
    (Visitor::Guardian, "staff-visitor-guardian"),
];

/// Who the visitor is and which document the staff member saw.
pub struct StaffCheckScreen {
    pub back: Box<StaffStudentScreen>,
    pub visitor: usize,
    pub document: TextField,
    pub note: TextField,
    pub focus: usize,
    pub busy: bool,
}

impl StaffCheckScreen {
    pub fn new(back: StaffStudentScreen) -> Self {
        StaffCheckScreen {
            back: Box::new(back),
            visitor: 0,
            document: TextField::new(100),
            note: TextField::new(200),
            focus: 0,
            busy: false,
        }
    }

    pub fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        match key {
            Key::Esc => Action::Go(Screen::StaffStudent(self.back.take())),
            Key::Tab | Key::Down => {
                self.focus = (self.focus + 1) % 3;
                Action::None
            }
            Key::BackTab | Key::Up => {
                self.focus = (self.focus + 2) % 3;
                Action::None
            }
            Key::Left if self.focus == 0 => {
                self.visitor = (self.visitor + 2) % 3;
                Action::None
            }
            Key::Right if self.focus == 0 => {
                self.visitor = (self.visitor + 1) % 3;
                Action::None
            }
            Key::Enter if self.focus < 2 => {
                self.focus += 1;
                Action::None
            }
            Key::Enter if !self.document.value().trim().is_empty() => match &ctx.staff {
                Some(staff) => Action::Request(Request::IdentityCheck {
                    session: SecretString::from_str_exact(staff.session.expose()),
                    student_ref: self.back.student_ref().to_string(),
                    body: IdentityCheckRequest {
                        visitor: VISITORS[self.visitor].0,
                        document: self.document.value().trim().to_string(),
                        note: self.note.value().trim().to_string(),
                    },
                }),
                None => Action::None,
            },
            Key::Enter => {
                self.focus = 1;
                Action::None
            }
            other => {
                match self.focus {
                    1 => self.document.key(other),
                    2 => self.note.key(other),
                    _ => false,
                };
                Action::None
            }
        }
    }

    pub fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::IdentityCheck(result) = reply else {
            return Action::None;
        };
        let mut back = self.back.take();
        match result {
            Ok(r) => {
                back.check = Some(r.check);
                back.selected = 0;
                back.message = Some("staff-check-recorded");
                Action::Go(Screen::StaffStudent(back))
            }
            Err(e) => Action::Go(problem_for(e, Some(Screen::StaffStudent(back)))),
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-check-title"),
            step: None,
            keys: vec!["key-save", "key-move", "key-back"],
        }
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let intro = format!(
            "{} — {}",
            self.back.status.student.name,
            ctx.t("staff-check-intro")
        );
        let used = paragraphs(canvas, area, &[(intro, p.text)]);
        let mut rest = below(area, used + 1);
        let style = if self.focus == 0 { p.selected } else { p.field };
        canvas.lines(
            crate::widgets::text::top(rest, 1),
            &[Line::from(Span::styled(
                ctx.t("staff-visitor"),
                if self.focus == 0 { p.accent } else { p.text },
            ))],
        );
        let row = below(rest, 1);
        canvas.lines(
            crate::widgets::text::top(row, 1),
            &[Line::from(Span::styled(
                format!("◀ {} ▶", ctx.t(VISITORS[self.visitor].1)),
                style,
            ))],
        );
        rest = below(rest, 3);
        draw_text(
            canvas,
            rest,
            &ctx.t("staff-document"),
            &self.document,
            self.focus == 1,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_text(
            canvas,
            rest,
            &ctx.t("staff-note"),
            &self.note,
            self.focus == 2,
            None,
        );
    }
}
