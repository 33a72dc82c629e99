use crate::widgets::Canvas;
use account_api::wire::{
    AuditList, CheckRequest, StaffPasswordRequest, StaffResetMode, StudentStatus,
};
use account_api::{ErrorCode, SecretString};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    problem_for, Action, Chrome, Ctx, Reply, Request, Screen, ScreenState, StaffCheckScreen,
    StaffFindScreen, StaffSimpleAction, StaffTempScreen, StaffTurnScreen,
};
use crate::api::ApiError;
use crate::keys::Key;
use crate::widgets::theme::palette;

const ACTIONS: [&str; 6] = [
    "staff-action-visitor-password",
    "staff-action-temporary",
    "staff-action-resume",
    "staff-action-clear-pin",
    "staff-action-clear-questions",
    "staff-action-refresh",
];

/// A student's status, the audit trail, and — after an identity check — the actions.
#[derive(Debug)]
pub struct StaffStudentScreen {
    pub status: StudentStatus,
    pub audit: AuditList,
    /// The identity check recorded for this visitor, valid 10 minutes on the service.
    pub check: Option<SecretString>,
    pub selected: usize,
    pub message: Option<&'static str>,
    pending: Option<&'static str>,
}

impl StaffStudentScreen {
    pub fn new(status: StudentStatus, audit: AuditList) -> Self {
        StaffStudentScreen {
            status,
            audit,
            check: None,
            selected: 0,
            message: None,
            pending: None,
        }
    }

    /// Moves the screen's state out, for a sub-screen that comes back to it.
    pub fn take(&mut self) -> StaffStudentScreen {
        StaffStudentScreen {
            status: self.status.clone(),
            audit: self.audit.clone(),
            check: self.check.take(),
            selected: self.selected,
            message: None,
            pending: None,
        }
    }

    pub fn student_ref(&self) -> &str {
        &self.status.student.student_ref
    }

    fn session(ctx: &Ctx) -> Option<SecretString> {
        ctx.staff
            .as_ref()
            .map(|s| SecretString::from_str_exact(s.session.expose()))
    }

    fn run(&mut self, index: usize, ctx: &Ctx) -> Action {
        let Some(session) = Self::session(ctx) else {
            return Action::None;
        };
        let Some(check) = &self.check else {
            return Action::Go(Screen::StaffCheck(StaffCheckScreen::new(self.take())));
        };
        let check = SecretString::from_str_exact(check.expose());
        let student_ref = self.student_ref().to_string();
        let simple = |what: StaffSimpleAction| Request::StaffSimple {
            session,
            student_ref,
            what,
            body: CheckRequest { check },
        };
        self.message = None;
        match index {
            0 => {
                return Action::Go(Screen::StaffTurn(StaffTurnScreen {
                    back: Box::new(self.take()),
                }))
            }
            1 => {
                self.pending = Some("temporary");
                return Action::Request(Request::StaffPassword {
                    session: Self::session(ctx).unwrap_or_default(),
                    student_ref: self.student_ref().to_string(),
                    body: StaffPasswordRequest {
                        check: SecretString::from_str_exact(
                            self.check.as_ref().map_or("", |c| c.expose()),
                        ),
                        mode: StaffResetMode::Temporary,
                        new_password: None,
                    },
                });
            }
            2 => self.pending = Some("resume-self-service"),
            3 => self.pending = Some("pin"),
            4 => self.pending = Some("questions"),
            _ => {
                self.pending = Some("refresh");
                return Action::Request(Request::StaffOpen {
                    session: Self::session(ctx).unwrap_or_default(),
                    student_ref: self.student_ref().to_string(),
                });
            }
        }
        let what = match self.pending {
            Some("resume-self-service") => StaffSimpleAction::Resume,
            Some("questions") => StaffSimpleAction::ClearQuestions,
            _ => StaffSimpleAction::ClearPin,
        };
        Action::Request(simple(what))
    }

    /// The linked parents and guardians: name and relationship, then the masked email.
    fn guardian_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        let p = palette();
        let mut lines = vec![Line::from(Span::styled(ctx.t("staff-guardians"), p.accent))];
        if self.status.guardians.is_empty() {
            lines.push(Line::from(Span::styled(
                ctx.t("staff-guardians-none"),
                p.muted,
            )));
        }
        for g in &self.status.guardians {
            lines.push(Line::from(Span::styled(
                format!(
                    "{} ({})",
                    g.name,
                    ctx.t(super::staff_check::relationship_key(&g.relationship))
                ),
                p.text,
            )));
            lines.push(Line::from(Span::styled(format!("  {}", g.email), p.muted)));
        }
        lines
    }
}

impl ScreenState for StaffStudentScreen {
    fn name(&self) -> &'static str {
        "staff_student"
    }

    fn is_family(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let n = if self.check.is_some() {
            ACTIONS.len()
        } else {
            1
        };
        match key {
            Key::Esc => return Action::Go(Screen::StaffFind(StaffFindScreen::default())),
            Key::Up | Key::BackTab => self.selected = (self.selected + n - 1) % n,
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % n,
            Key::Enter => return self.run(self.selected.min(n - 1), ctx),
            Key::Char(c) if c.is_ascii_digit() => {
                let i = (c as usize).wrapping_sub('1' as usize);
                if i < n {
                    self.selected = i;
                    return self.run(i, ctx);
                }
            }
            _ => {}
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let pending = self.pending.take();
        let result = match reply {
            Reply::StaffOpen(Ok((status, audit))) => {
                self.status = status;
                self.audit = audit;
                return Action::None;
            }
            Reply::StaffPassword(Ok(r)) => match r.temporary_password {
                Some(password) => {
                    self.status.must_change_password = true;
                    self.status.paused = None;
                    self.status.last_reset_path = Some("staff".into());
                    return Action::Go(Screen::StaffTemp(StaffTempScreen::new(
                        password,
                        self.take(),
                    )));
                }
                None => return Action::None,
            },
            Reply::StaffSimple(r) => r,
            Reply::StaffOpen(Err(e)) | Reply::StaffPassword(Err(e)) => Err(e),
            _ => return Action::None,
        };
        match result {
            Ok(()) => {
                self.message = Some(match pending {
                    Some("resume-self-service") => {
                        self.status.paused = None;
                        "staff-done-resume"
                    }
                    Some("pin") => {
                        self.status.has_pin = false;
                        "staff-done-clear-pin"
                    }
                    _ => {
                        self.status.has_questions = false;
                        "staff-done-clear-questions"
                    }
                });
                Action::None
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::IdentityCheckRequired => {
                self.check = None;
                self.selected = 0;
                self.message = Some("staff-check-expired");
                Action::None
            }
            Err(e) => Action::Go(problem_for(e, Some(Screen::StaffStudent(self.take())))),
        }
    }

    fn chrome(&self, _ctx: &Ctx) -> Chrome {
        Chrome {
            title: self.status.student.name.clone(),
            step: None,
            keys: vec!["key-select", "key-continue", "key-back", "key-sign-out"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let s = &self.status;
        let yes_no = |b: bool| ctx.t(if b { "staff-yes" } else { "staff-no" });
        let mut left = vec![
            Line::from(Span::styled(
                format!(
                    "{} {} · {}",
                    ctx.t("staff-student-id"),
                    s.student.student_id,
                    s.student.username
                ),
                p.text,
            )),
            Line::from(Span::styled(
                format!("{} · {}", s.student.school, s.student.birth_date),
                p.muted,
            )),
            Line::from(Span::styled(
                format!(
                    "PIN: {}   {}: {}",
                    yes_no(s.has_pin),
                    ctx.t("staff-questions"),
                    yes_no(s.has_questions)
                ),
                p.text,
            )),
            Line::from(Span::styled(
                format!(
                    "{}: {}",
                    ctx.t("staff-paused"),
                    s.paused
                        .as_deref()
                        .map(|k| ctx.t(&format!("staff-paused-{k}")))
                        .unwrap_or_else(|| ctx.t("staff-no"))
                ),
                if s.paused.is_some() { p.bad } else { p.text },
            )),
            Line::from(Span::styled(
                format!(
                    "{}: {}",
                    ctx.t("staff-last-reset"),
                    match (&s.last_reset_at, &s.last_reset_path) {
                        (Some(at), Some(path)) => format!("{} ({path})", &at[..at.len().min(10)]),
                        _ => "—".into(),
                    }
                ),
                p.text,
            )),
        ];
        if s.must_change_password {
            left.push(Line::from(Span::styled(
                ctx.t("staff-must-change"),
                p.accent,
            )));
        }
        left.push(Line::raw(""));
        if self.check.is_some() {
            left.push(Line::from(Span::styled(ctx.t("staff-check-ok"), p.ok)));
            for (i, key) in ACTIONS.iter().enumerate() {
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                left.push(Line::from(Span::styled(
                    format!(" {}. {} ", i + 1, ctx.t(key)),
                    style,
                )));
            }
        } else {
            left.push(Line::from(Span::styled(
                ctx.t("staff-check-needed"),
                p.muted,
            )));
            left.push(Line::from(Span::styled(
                format!(" 1. {} ", ctx.t("staff-action-check")),
                p.selected,
            )));
        }
        if let Some(m) = self.message {
            left.push(Line::raw(""));
            left.push(Line::from(Span::styled(
                ctx.t(m),
                if m == "staff-check-expired" {
                    p.bad
                } else {
                    p.ok
                },
            )));
        }
        if ctx.busy() {
            left.push(Line::from(Span::styled(ctx.t("please-wait"), p.accent)));
        }
        let left_w = if area.width >= 70 { 46 } else { area.width };
        let two_columns = area.width > left_w + 20;
        if !two_columns && self.check.is_none() {
            // Narrow: the guardians come before the check is made, which is when they matter.
            left.push(Line::raw(""));
            left.extend(self.guardian_lines(ctx));
        }
        canvas.lines(
            Rect {
                width: left_w,
                ..area
            },
            &left,
        );
        if two_columns {
            let right = Rect {
                x: area.x + left_w + 2,
                width: area.width - left_w - 2,
                ..area
            };
            let mut lines = self.guardian_lines(ctx);
            lines.push(Line::raw(""));
            lines.push(Line::from(Span::styled(ctx.t("staff-audit"), p.accent)));
            for e in self
                .audit
                .events
                .iter()
                .rev()
                .take((area.height as usize).saturating_sub(lines.len()))
            {
                let when = e.at.get(5..16).unwrap_or(&e.at).replace('T', " ");
                lines.push(Line::from(Span::styled(
                    format!("{when} {}", e.action),
                    p.muted,
                )));
            }
            canvas.lines(right, &lines);
        }
    }
}
