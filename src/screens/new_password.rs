use crate::widgets::Canvas;
use account_api::policy::{check_password, PasswordCheck, PasswordReason, PasswordRules};
use account_api::problem::RejectReason;
use account_api::wire::{ChildPasswordRequest, ResetRequest};
use account_api::{ErrorCode, SecretString};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::StaffStudentScreen;
use super::{
    problem_for, Action, ChildScreen, Chrome, Ctx, DoneKind, DoneScreen, EnrollContext,
    EnrollMenuScreen, MenuScreen, ParentChildrenScreen, ParentSession, Reply, Request, Screen,
    ScreenState,
};
use crate::api::ApiError;
use crate::i18n::Arg;
use crate::keys::Key;
use crate::secret::SecretBuf;
use crate::speech::Spoken;
use crate::widgets::checklist::{rule_line, Rule};
use crate::widgets::field::{draw_secret, secret_key, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// What the new password is for.
#[derive(Debug)]
pub enum PasswordPurpose {
    /// Step 3 of the self-service reset.
    Reset {
        reset_token: SecretString,
        idempotency_key: String,
    },
    /// Replacing a temporary password in an enrollment session.
    Enrollment(EnrollContext),
    /// At the counter, the visitor typing their own new password after an identity check.
    Staff { back: Box<StaffStudentScreen> },
    /// A parent resetting a linked child's password.
    Child {
        parent: ParentSession,
        index: usize,
        idempotency_key: String,
    },
}

/// The new password, twice, with the policy checked live as it is typed.
#[derive(Debug)]
pub struct NewPasswordScreen {
    purpose: PasswordPurpose,
    pub new: SecretBuf,
    pub confirm: SecretBuf,
    pub focus: usize,
    pub reveal: bool,
    check: PasswordCheck,
    service_reasons: Vec<PasswordReason>,
    tried_submit: bool,
}

fn max_chars() -> usize {
    PasswordRules::default().max_chars
}

impl NewPasswordScreen {
    pub fn new(reset_token: SecretString) -> Self {
        Self::with_purpose(PasswordPurpose::Reset {
            reset_token,
            idempotency_key: uuid::Uuid::new_v4().to_string(),
        })
    }

    pub fn for_enrollment(ctx: EnrollContext) -> Self {
        Self::with_purpose(PasswordPurpose::Enrollment(ctx))
    }

    pub fn for_child(parent: ParentSession, index: usize) -> Self {
        Self::with_purpose(PasswordPurpose::Child {
            parent,
            index,
            idempotency_key: uuid::Uuid::new_v4().to_string(),
        })
    }

    pub fn for_staff(back: StaffStudentScreen) -> Self {
        Self::with_purpose(PasswordPurpose::Staff {
            back: Box::new(back),
        })
    }

    /// Words the password must not contain that the kiosk knows: a child's name and
    /// account ID. The service checks the rest.
    fn context(&self) -> Vec<String> {
        match &self.purpose {
            PasswordPurpose::Child { parent, index, .. } => parent
                .children
                .get(*index)
                .map(|c| {
                    let mut words: Vec<String> =
                        c.name.split_whitespace().map(str::to_string).collect();
                    words.push(c.account_id.clone());
                    words
                })
                .unwrap_or_default(),
            PasswordPurpose::Staff { back } => {
                let student = &back.status.student;
                let mut words: Vec<String> = student
                    .name
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                words.push(student.username.clone());
                words
            }
            _ => Vec::new(),
        }
    }

    fn with_purpose(purpose: PasswordPurpose) -> Self {
        let mut screen = NewPasswordScreen {
            purpose,
            new: SecretBuf::new(max_chars()),
            confirm: SecretBuf::new(max_chars()),
            focus: 0,
            reveal: false,
            check: PasswordCheck {
                reasons: vec![],
                score: 0,
            },
            service_reasons: Vec::new(),
            tried_submit: false,
        };
        screen.recheck();
        screen
    }

    fn recheck(&mut self) {
        let context = self.context();
        let words: Vec<&str> = context.iter().map(String::as_str).collect();
        self.check = check_password(self.new.expose(), &PasswordRules::default(), &words);
    }

    fn matches(&self) -> bool {
        !self.new.is_empty() && self.new.expose() == self.confirm.expose()
    }

    fn submit(&mut self, ctx: &Ctx) -> Action {
        self.tried_submit = true;
        if !self.check.is_ok() || !self.matches() {
            return Action::None;
        }
        match &self.purpose {
            PasswordPurpose::Reset {
                reset_token,
                idempotency_key,
            } => Action::Request(Request::Reset {
                body: ResetRequest {
                    reset_token: SecretString::from_str_exact(reset_token.expose()),
                    new_password: self.new.to_secret(),
                },
                idempotency_key: idempotency_key.clone(),
            }),
            PasswordPurpose::Child {
                parent,
                index,
                idempotency_key,
            } => match parent.children.get(*index) {
                Some(child) => Action::Request(Request::ChildPassword {
                    student_ref: child.student_ref.clone(),
                    body: ChildPasswordRequest {
                        session: SecretString::from_str_exact(parent.session.expose()),
                        new_password: self.new.to_secret(),
                    },
                    idempotency_key: idempotency_key.clone(),
                }),
                None => Action::None,
            },
            PasswordPurpose::Staff { back } => match (&ctx.staff, &back.check) {
                (Some(staff), Some(check)) => Action::Request(Request::StaffPassword {
                    session: SecretString::from_str_exact(staff.session.expose()),
                    student_ref: back.student_ref().to_string(),
                    body: account_api::wire::StaffPasswordRequest {
                        check: SecretString::from_str_exact(check.expose()),
                        mode: account_api::wire::StaffResetMode::VisitorChooses,
                        new_password: Some(self.new.to_secret()),
                    },
                }),
                _ => Action::None,
            },
            PasswordPurpose::Enrollment(ctx) => match &ctx.session {
                Some(session) => Action::Request(Request::SetPassword {
                    student: ctx.student.clone(),
                    session: SecretString::from_str_exact(session.expose()),
                    new_password: self.new.to_secret(),
                }),
                None => Action::None,
            },
        }
    }

    fn child_reply(
        &mut self,
        result: Result<account_api::wire::ResetResponse, ApiError>,
        ctx: &Ctx,
    ) -> Action {
        match result {
            Ok(_) => {
                let PasswordPurpose::Child { parent, index, .. } = &mut self.purpose else {
                    return Action::None;
                };
                let name = parent
                    .children
                    .get(*index)
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                let done = DoneKind::ChildReset {
                    parent: parent.take(),
                    name,
                };
                Action::Go(Screen::Done(DoneScreen::new(
                    ctx.config.done_return_secs,
                    done,
                )))
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::PasswordRejected => {
                self.rejected(p.reasons.unwrap_or_default());
                Action::None
            }
            Err(e) => {
                let back = match &mut self.purpose {
                    PasswordPurpose::Child { parent, .. } if e.is_retryable() => Some(
                        Screen::ParentChildren(ParentChildrenScreen::new(parent.take())),
                    ),
                    _ => None,
                };
                Action::Go(problem_for(e, back))
            }
        }
    }

    fn rejected(&mut self, reasons: Vec<RejectReason>) {
        self.service_reasons = reasons
            .into_iter()
            .filter_map(|r| match r {
                RejectReason::Password(r) => Some(r),
                _ => None,
            })
            .collect();
        self.new.clear();
        self.confirm.clear();
        self.focus = 0;
        // Both fields start over empty: nothing to call a mismatch until the next try.
        self.tried_submit = false;
        self.recheck();
    }

    /// The field with the focus.
    pub fn focused_field(&self) -> &SecretBuf {
        if self.focus == 0 {
            &self.new
        } else {
            &self.confirm
        }
    }

    /// A rule only the service can check: pending, or failed while its refusal stands.
    fn service_rule_line(&self, ctx: &Ctx, key: &str, reason: PasswordReason) -> Line<'static> {
        let rule = if self.service_reasons.contains(&reason) {
            Rule::Failed
        } else {
            Rule::Pending
        };
        rule_line(&ctx.t(key), rule)
    }

    fn rule_line(&self, ctx: &Ctx, key: &str, ok: bool) -> Line<'static> {
        rule_line(&ctx.t(key), Rule::of(!self.new.is_empty(), ok))
    }
}

impl ScreenState for NewPasswordScreen {
    fn name(&self) -> &'static str {
        "new_password"
    }

    fn secret_len(&self) -> Option<usize> {
        Some(self.focused_field().char_count())
    }

    fn parent_session(&self) -> Option<&SecretString> {
        match &self.purpose {
            PasswordPurpose::Child { parent, .. } => Some(&parent.session),
            _ => None,
        }
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        match key {
            Key::Esc => {
                return match &mut self.purpose {
                    PasswordPurpose::Child { parent, index, .. } => {
                        Action::Go(Screen::Child(ChildScreen::new(parent.take(), *index)))
                    }
                    PasswordPurpose::Staff { back } => {
                        Action::Go(Screen::StaffStudent(back.take()))
                    }
                    _ => Action::Go(Screen::Menu(MenuScreen::default())),
                }
            }
            Key::Reveal => self.reveal = !self.reveal,
            Key::Tab | Key::Down | Key::BackTab | Key::Up => self.focus = 1 - self.focus,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter => return self.submit(ctx),
            other => {
                let field = if self.focus == 0 {
                    &mut self.new
                } else {
                    &mut self.confirm
                };
                if secret_key(field, other) {
                    self.service_reasons.clear();
                    self.recheck();
                }
            }
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        if let Reply::ChildPassword(result) = reply {
            return self.child_reply(result, ctx);
        }
        if let Reply::StaffPassword(result) = reply {
            return match (result, &mut self.purpose) {
                (Ok(_), PasswordPurpose::Staff { back }) => {
                    let mut back = back.take();
                    back.status.must_change_password = false;
                    back.status.paused = None;
                    back.status.last_reset_path = Some("staff".into());
                    back.message = Some("staff-done-visitor-password");
                    Action::Go(Screen::StaffStudent(back))
                }
                (Err(ApiError::Problem(p)), _) if p.code == ErrorCode::PasswordRejected => {
                    self.rejected(p.reasons.unwrap_or_default());
                    Action::None
                }
                (Err(e), PasswordPurpose::Staff { back }) => {
                    Action::Go(problem_for(e, Some(Screen::StaffStudent(back.take()))))
                }
                _ => Action::None,
            };
        }
        let result = match reply {
            Reply::Reset(result) => result.map(|_| None),
            Reply::PasswordSet(result) => result.map(Some),
            _ => return Action::None,
        };
        match result {
            Ok(None) => Action::Go(Screen::Done(DoneScreen::new(
                ctx.config.done_return_secs,
                DoneKind::PasswordReset,
            ))),
            Ok(Some(session)) => {
                let student = match &mut self.purpose {
                    PasswordPurpose::Enrollment(c) => std::mem::take(&mut c.student),
                    _ => String::new(),
                };
                let ctx = EnrollContext::from_response(student, session);
                Action::Go(Screen::EnrollMenu(EnrollMenuScreen::new(ctx)))
            }
            Err(ApiError::Problem(p)) if p.code == ErrorCode::PasswordRejected => {
                self.service_reasons = p
                    .reasons
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|r| match r {
                        RejectReason::Password(r) => Some(r),
                        _ => None,
                    })
                    .collect();
                self.new.clear();
                self.confirm.clear();
                self.focus = 0;
                self.tried_submit = false;
                self.recheck();
                Action::None
            }
            Err(e) if e.is_retryable() && matches!(self.purpose, PasswordPurpose::Reset { .. }) => {
                // Keep the same password and key: if the change did apply, sending it again
                // is answered with the stored result rather than a second change.
                let purpose = std::mem::replace(
                    &mut self.purpose,
                    PasswordPurpose::Enrollment(EnrollContext::default()),
                );
                let retry = NewPasswordScreen {
                    purpose,
                    new: std::mem::replace(&mut self.new, SecretBuf::new(0)),
                    confirm: std::mem::replace(&mut self.confirm, SecretBuf::new(0)),
                    focus: 1,
                    reveal: false,
                    check: self.check.clone(),
                    service_reasons: Vec::new(),
                    tried_submit: false,
                };
                Action::Go(problem_for(e, Some(Screen::NewPassword(retry))))
            }
            Err(e) => Action::Go(problem_for(e, None)),
        }
    }

    /// The rules are said when the screen opens; how the typed password fares against them
    /// is not (it changes with every key), only the errors once Enter was pressed.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let labels = ["password-new", "password-confirm"];
        let mut s = Spoken::titled(ctx, &ctx.t("password-title"));
        if matches!(self.purpose, PasswordPurpose::Enrollment(_)) {
            s.say_key(ctx, "password-temporary-hint");
        }
        s.say_key(ctx, labels[0]).say_key(ctx, labels[1]);
        s.say_key(ctx, "password-rule-length")
            .say_key(ctx, "password-rule-common");
        if matches!(self.purpose, PasswordPurpose::Child { .. }) {
            s.say_key(ctx, "password-rule-child-name");
        } else {
            s.say_key(ctx, "password-rule-name")
                .say_key(ctx, "password-rule-current");
        }
        s.say_key(ctx, "password-rule-strength")
            .say_key(ctx, "password-rule-match")
            .say_key(ctx, "password-hint")
            .focus_on(ctx, &ctx.t(labels[self.focus.min(1)]));
        for r in &self.service_reasons {
            s.alert(&ctx.t(&format!("reason-{}", reason_key(*r))));
        }
        if self.tried_submit && !self.check.is_ok() {
            s.alert(&ctx.t("password-fix-first"));
        }
        if self.tried_submit && !self.matches() {
            s.alert(&ctx.t("password-mismatch"));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        let step = match self.purpose {
            PasswordPurpose::Reset { .. } => Some((3, 3)),
            PasswordPurpose::Child { .. } => Some((4, 4)),
            PasswordPurpose::Enrollment(_) => Some((2, 3)),
            PasswordPurpose::Staff { .. } => None,
        };
        Chrome {
            title: ctx.t("password-title"),
            step,
            keys: vec![
                "key-continue",
                "key-move",
                "key-show-hide",
                "key-back",
                "key-language",
            ],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let mut rest = area;
        draw_secret(
            canvas,
            rest,
            &ctx.t("password-new"),
            &self.new,
            self.focus == 0 && !ctx.busy(),
            self.reveal,
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let mismatch = self.tried_submit && !self.matches();
        let note = mismatch.then(|| ctx.t("password-mismatch"));
        draw_secret(
            canvas,
            rest,
            &ctx.t("password-confirm"),
            &self.confirm,
            self.focus == 1 && !ctx.busy(),
            self.reveal,
            note.as_deref(),
        );
        rest = below(rest, FIELD_ROWS + 1);

        let c = &self.check;
        let mut lines = vec![
            self.rule_line(
                ctx,
                "password-rule-length",
                !c.fails(PasswordReason::TooShort) && !c.fails(PasswordReason::TooLong),
            ),
            self.rule_line(
                ctx,
                "password-rule-common",
                !c.fails(PasswordReason::Common),
            ),
        ];
        let child = matches!(self.purpose, PasswordPurpose::Child { .. });
        let name_key = if child {
            "password-rule-child-name"
        } else {
            "password-rule-name"
        };
        if !self.context().is_empty() {
            lines.push(self.rule_line(ctx, name_key, !c.fails(PasswordReason::ContainsName)));
        } else {
            // Only the service knows the student's names here: it says so when it refuses.
            lines.push(self.service_rule_line(ctx, name_key, PasswordReason::ContainsName));
        }
        if !child {
            lines.push(self.service_rule_line(
                ctx,
                "password-rule-current",
                PasswordReason::SameAsCurrent,
            ));
        }
        lines.extend([
            self.rule_line(
                ctx,
                "password-rule-strength",
                !c.fails(PasswordReason::TooWeak),
            ),
            self.rule_line(ctx, "password-rule-match", self.matches()),
        ]);
        let score = if self.new.is_empty() {
            0
        } else {
            c.score.min(4)
        };
        let bar: String = (0..4).map(|i| if i < score { '█' } else { '░' }).collect();
        let style = if score >= 3 {
            p.ok
        } else if self.new.is_empty() {
            p.muted
        } else {
            p.bad
        };
        let label = ctx.t(&format!("strength-{score}"));
        lines.push(Line::from(vec![
            Span::styled(
                ctx.t_args("password-strength", &[("label", Arg::Str(&label))]),
                style,
            ),
            Span::raw(" "),
            Span::styled(bar, style),
        ]));
        let used = canvas.lines(rest, &lines);
        rest = below(rest, used + 1);

        let mut notes: Vec<(String, ratatui::style::Style)> = self
            .service_reasons
            .iter()
            .map(|r| (ctx.t(&format!("reason-{}", reason_key(*r))), p.bad))
            .collect();
        if self.check.fails(PasswordReason::InvisibleCharacter)
            && !self
                .service_reasons
                .contains(&PasswordReason::InvisibleCharacter)
        {
            notes.push((ctx.t("reason-invisible_character"), p.bad));
        }
        if self.tried_submit && !self.check.is_ok() {
            notes.push((ctx.t("password-fix-first"), p.bad));
        }
        if matches!(self.purpose, PasswordPurpose::Enrollment(_)) && notes.is_empty() {
            notes.push((ctx.t("password-temporary-hint"), p.text));
        }
        if ctx.busy() {
            notes.push((ctx.t("please-wait"), p.accent));
        } else if notes.is_empty() {
            notes.push((ctx.t("password-hint"), p.muted));
        }
        paragraphs(canvas, rest, &notes);
    }
}

fn reason_key(r: PasswordReason) -> &'static str {
    match r {
        PasswordReason::TooShort => "too_short",
        PasswordReason::TooLong => "too_long",
        PasswordReason::Common => "common",
        PasswordReason::ContainsName => "contains_name",
        PasswordReason::TooWeak => "too_weak",
        PasswordReason::SameAsCurrent => "same_as_current",
        PasswordReason::InvisibleCharacter => "invisible_character",
        PasswordReason::DirectoryPolicy => "directory_policy",
        PasswordReason::DirectoryAccount => "directory_account",
    }
}
