use crate::widgets::Canvas;
use account_api::wire::{IdentityCheckRequest, Visitor};
use account_api::SecretString;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    problem_for, Action, Chrome, Ctx, Reply, Request, Screen, ScreenState, StaffStudentScreen,
};
use crate::api::ApiError;
use crate::keys::Key;
use crate::widgets::field::{draw_text, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs, top};
use crate::widgets::theme::palette;
use account_api::ErrorCode;

const VISITORS: [(Visitor, &str); 3] = [
    (Visitor::Student, "staff-visitor-student"),
    (Visitor::Parent, "staff-visitor-parent"),
    (Visitor::Guardian, "staff-visitor-guardian"),
];

/// A part of the form that takes the focus; which parts there are depends on the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Visitor,
    Adult,
    Document,
    Note,
    Reason,
}

/// A supervisor's reason is written out, not a word or two.
const REASON_MIN_CHARS: usize = 10;

/// Who the visitor is (for an adult: which linked guardian), which document the staff
/// member saw, and, for an adult who is not linked, a supervisor's written reason.
pub struct StaffCheckScreen {
    pub back: Box<StaffStudentScreen>,
    pub visitor: usize,
    /// An index into the student's guardians; one past the end is "not on this list".
    pub adult: usize,
    pub document: TextField,
    pub note: TextField,
    pub reason: TextField,
    pub focus: usize,
    /// Why the service refused the check, shown on the form so nothing typed is lost.
    pub refusal: Option<&'static str>,
}

impl StaffCheckScreen {
    pub fn new(back: StaffStudentScreen) -> Self {
        StaffCheckScreen {
            back: Box::new(back),
            visitor: 0,
            adult: 0,
            document: TextField::new(100),
            note: TextField::new(200),
            reason: TextField::new(500),
            focus: 0,
            refusal: None,
        }
    }

    fn is_adult(&self) -> bool {
        VISITORS[self.visitor].0 != Visitor::Student
    }

    fn guardian_count(&self) -> usize {
        self.back.status.guardians.len()
    }

    fn unlisted(&self) -> bool {
        self.is_adult() && self.adult >= self.guardian_count()
    }

    fn parts(&self) -> Vec<Part> {
        let mut parts = vec![Part::Visitor];
        if self.is_adult() {
            parts.push(Part::Adult);
        }
        parts.extend([Part::Document, Part::Note]);
        if self.unlisted() {
            parts.push(Part::Reason);
        }
        parts
    }

    fn part(&self) -> Part {
        let parts = self.parts();
        parts[self.focus.min(parts.len() - 1)]
    }

    fn focus_on(&mut self, part: Part) {
        self.focus = self.parts().iter().position(|p| *p == part).unwrap_or(0);
    }

    fn ready(&self) -> bool {
        !self.document.value().trim().is_empty()
            && (!self.unlisted() || self.reason.value().trim().chars().count() >= REASON_MIN_CHARS)
    }

    fn body(&self) -> IdentityCheckRequest {
        let guardian = (self.is_adult() && !self.unlisted())
            .then(|| self.back.status.guardians[self.adult].guardian.clone());
        let override_reason = self
            .unlisted()
            .then(|| self.reason.value().trim().to_string());
        IdentityCheckRequest {
            visitor: VISITORS[self.visitor].0,
            document: self.document.value().trim().to_string(),
            note: self.note.value().trim().to_string(),
            guardian,
            override_reason,
        }
    }

    fn adult_label(&self, ctx: &Ctx) -> String {
        match self.back.status.guardians.get(self.adult) {
            Some(g) => format!(
                "{} ({}, {})",
                g.name,
                ctx.t(relationship_key(&g.relationship)),
                g.email
            ),
            None => ctx.t("staff-adult-unlisted"),
        }
    }
}

impl ScreenState for StaffCheckScreen {
    fn name(&self) -> &'static str {
        "staff_check"
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let count = self.parts().len();
        let choices = self.guardian_count() + 1;
        match (key, self.part()) {
            (Key::Esc, _) => Action::Go(Screen::StaffStudent(self.back.take())),
            (Key::Tab | Key::Down, _) => {
                self.focus = (self.focus + 1) % count;
                Action::None
            }
            (Key::BackTab | Key::Up, _) => {
                self.focus = (self.focus + count - 1) % count;
                Action::None
            }
            (Key::Left | Key::Right, Part::Visitor) => {
                let step = if key == Key::Left { 2 } else { 1 };
                self.visitor = (self.visitor + step) % 3;
                self.refusal = None;
                Action::None
            }
            (Key::Left | Key::Right, Part::Adult) => {
                let step = if key == Key::Left { choices - 1 } else { 1 };
                self.adult = (self.adult + step) % choices;
                self.refusal = None;
                Action::None
            }
            (Key::Enter, _) if self.focus + 1 < count => {
                self.focus += 1;
                Action::None
            }
            (Key::Enter, _) if self.ready() => match &ctx.staff {
                Some(staff) => Action::Request(Request::IdentityCheck {
                    session: SecretString::from_str_exact(staff.session.expose()),
                    student_ref: self.back.student_ref().to_string(),
                    body: self.body(),
                }),
                None => Action::None,
            },
            (Key::Enter, _) => {
                let missing = if self.document.value().trim().is_empty() {
                    Part::Document
                } else {
                    Part::Reason
                };
                self.focus_on(missing);
                Action::None
            }
            (other, part) => {
                match part {
                    Part::Document => self.document.key(other),
                    Part::Note => self.note.key(other),
                    Part::Reason => self.reason.key(other),
                    Part::Visitor | Part::Adult => false,
                };
                Action::None
            }
        }
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        match self.part() {
            Part::Document => self.document.paste(text),
            Part::Note => self.note.paste(text),
            Part::Reason => self.reason.paste(text),
            Part::Visitor | Part::Adult => {}
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::IdentityCheck(result) = reply else {
            return Action::None;
        };
        match result {
            Ok(r) => {
                let mut back = self.back.take();
                back.check = Some(r.check);
                back.selected = 0;
                back.message = Some("staff-check-recorded");
                Action::Go(Screen::StaffStudent(back))
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::GuardianNotLinked => {
                self.refusal = Some("staff-guardian-not-linked");
                self.focus_on(Part::Adult);
                Action::None
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::SupervisorRequired => {
                self.refusal = Some("staff-supervisor-required");
                Action::None
            }
            Err(e) => {
                let back = self.back.take();
                Action::Go(problem_for(e, Some(Screen::StaffStudent(back))))
            }
        }
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("staff-check-title"),
            step: None,
            keys: vec!["key-save", "key-move", "key-back"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let part = self.part();
        let intro = format!(
            "{} — {}",
            self.back.status.student.name,
            ctx.t("staff-check-intro")
        );
        let used = paragraphs(canvas, area, &[(intro, p.text)]);
        let mut rest = below(area, used + 1);
        let chooser = |canvas: &mut Canvas, rest: Rect, label: String, value: String, on: bool| {
            canvas.lines(
                top(rest, 1),
                &[Line::from(vec![
                    Span::styled(format!("{label}: "), if on { p.accent } else { p.text }),
                    Span::styled(
                        format!("◀ {value} ▶"),
                        if on { p.selected } else { p.field },
                    ),
                ])],
            );
        };
        chooser(
            canvas,
            rest,
            ctx.t("staff-visitor"),
            ctx.t(VISITORS[self.visitor].1),
            part == Part::Visitor,
        );
        rest = below(rest, 1);
        if self.is_adult() {
            chooser(
                canvas,
                rest,
                ctx.t("staff-adult"),
                self.adult_label(ctx),
                part == Part::Adult,
            );
            rest = below(rest, 1);
            // A refusal says the same and more, so the hint gives way to it.
            if self.unlisted() && self.refusal.is_none() {
                let used = paragraphs(canvas, rest, &[(ctx.t("staff-override-hint"), p.muted)]);
                rest = below(rest, used);
            }
        }
        if let Some(refusal) = self.refusal {
            let used = paragraphs(canvas, rest, &[(ctx.t(refusal), p.bad)]);
            rest = below(rest, used);
        }
        rest = below(rest, 1);
        let mut fields = vec![
            (Part::Document, "staff-document", &self.document),
            (Part::Note, "staff-note", &self.note),
        ];
        if self.unlisted() {
            fields.push((Part::Reason, "staff-override-reason", &self.reason));
        }
        for (field_part, label, field) in fields {
            draw_text(canvas, rest, &ctx.t(label), field, part == field_part, None);
            rest = below(rest, FIELD_ROWS + 1);
        }
        if ctx.busy() {
            canvas.lines(
                top(rest, 1),
                &[Line::from(Span::styled(ctx.t("please-wait"), p.accent))],
            );
        }
    }
}

pub fn relationship_key(relationship: &str) -> &'static str {
    match relationship {
        "guardian" => "staff-relationship-guardian",
        "relative" => "staff-relationship-relative",
        _ => "staff-relationship-parent",
    }
}
