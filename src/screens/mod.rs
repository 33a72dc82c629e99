//! One file per screen. A screen turns a key into an [`Action`] and draws itself from its own
//! state; it never awaits the network. Requests go out through the app, and the reply comes
//! back to the screen that asked, if it is still the active one.

use account_api::wire::{
    AuditList, CheckRequest, IdentityCheckRequest, IdentityCheckResponse, StaffPasswordRequest,
    StaffPasswordResponse, StaffSessionRequest, StaffSessionResponse, StudentMatches,
    StudentStatus, TicketRequest, TicketResponse,
};
use account_api::wire::{Handoff, HandoffCreated, HandoffRequest, VisitRequest};

mod done;
mod enroll_menu;
mod enroll_pin;
mod enroll_questions;
mod enroll_sign_in;
mod forgot;
mod handoff;
pub mod handoff_queue;
mod help;
mod language;
mod lookup;
mod menu;
mod method;
mod new_password;
mod no_method;
mod no_nycsa;
mod not_ready;
mod parent;
mod parent_sign_in;
mod pin;
mod problem;
mod questions;
mod staff_check;
mod staff_find;
mod staff_home;
mod staff_report;
mod staff_sign_in;
mod staff_student;
mod staff_temp;
mod staff_turn;
mod ticket_done;
mod ticket_form;
mod ticket_review;

pub use done::{DoneKind, DoneScreen};
pub use enroll_menu::EnrollMenuScreen;
pub use enroll_pin::EnrollPinScreen;
pub use enroll_questions::EnrollQuestionsScreen;
pub use enroll_sign_in::EnrollSignInScreen;
pub use forgot::{ForgotKind, ForgotScreen, ForgotSentScreen};
pub use handoff::{HandoffScreen, HandoffState};
pub use help::HelpScreen;
pub use language::LanguageScreen;
pub use lookup::LookupScreen;
pub use menu::MenuScreen;
pub use method::MethodScreen;
pub use new_password::{NewPasswordScreen, PasswordPurpose};
pub use no_method::NoMethodScreen;
pub use no_nycsa::NoNycsaScreen;
pub use not_ready::NotReadyScreen;
pub use parent::{ChildScreen, ParentChildrenScreen, ParentSession, ParentStartScreen};
pub use parent_sign_in::ParentSignInScreen;
pub use pin::PinScreen;
pub use problem::{ProblemKind, ProblemScreen};
pub use questions::QuestionsScreen;
pub use staff_check::StaffCheckScreen;
pub use staff_find::StaffFindScreen;
pub use staff_home::StaffHomeScreen;
pub use staff_report::StaffReportScreen;
pub use staff_sign_in::StaffSignInScreen;
pub use staff_student::StaffStudentScreen;
pub use staff_temp::{StaffTempScreen, TEMP_SHOWN_SECS};
pub use staff_turn::StaffTurnScreen;
pub use ticket_done::TicketDoneScreen;
pub use ticket_form::TicketFormScreen;
pub use ticket_review::TicketReviewScreen;

use crate::widgets::Canvas;
use account_api::wire::{
    ChildPasswordRequest, EnrollSessionRequest, EnrollSessionResponse, Method, NycsaSessionRequest,
    NycsaSessionResponse, QuestionAnswer, ResetLinkAccepted, ResetLinkRequest, ResetRequest,
    ResetResponse, SetPinRequest, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
};
use account_api::SecretString;
use ratatui::layout::Rect;
use std::sync::Arc;

use crate::api::ApiError;
use crate::config::KioskConfig;
use crate::i18n::{Arg, Locales};
use crate::keys::Key;
use crate::speech::Spoken;

/// What a screen needs to know to draw and decide.
pub struct Ctx {
    pub lang: &'static str,
    pub locales: Arc<Locales>,
    pub config: Arc<KioskConfig>,
    pub staff: Option<StaffContext>,
}

impl Ctx {
    pub fn t(&self, key: &str) -> String {
        self.locales.t(self.lang, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.locales.t_args(self.lang, key, args)
    }
}

/// The staff changes that take only the identity check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffSimpleAction {
    Resume,
    ClearPin,
    ClearQuestions,
}

pub enum Request {
    Start(StartRequest),
    Verify(VerifyRequest),
    Reset {
        body: ResetRequest,
        idempotency_key: String,
    },
    EnrollSignIn(EnrollSessionRequest),
    SetPin(SetPinRequest),
    /// Saves questions, signing in again first when the session was used up by an earlier
    /// save, and afterwards, so the student can go on to create a PIN.
    SetQuestions {
        student: String,
        session: Option<SecretString>,
        password: SecretString,
        answers: Vec<QuestionAnswer>,
    },
    NycsaSignIn(NycsaSessionRequest),
    Ticket(TicketRequest),
    StaffSignIn(StaffSessionRequest),
    StaffSearch {
        session: SecretString,
        q: String,
    },
    /// A student's status and audit trail, in one go.
    StaffOpen {
        session: SecretString,
        student_ref: String,
    },
    IdentityCheck {
        session: SecretString,
        student_ref: String,
        body: IdentityCheckRequest,
    },
    StaffPassword {
        session: SecretString,
        student_ref: String,
        body: StaffPasswordRequest,
    },
    StaffSimple {
        session: SecretString,
        student_ref: String,
        what: StaffSimpleAction,
        body: CheckRequest,
    },
    /// Ends a parent's session on the service; nobody waits for the answer.
    NycsaEnd(SecretString),
    /// Ends a staff session on the service (sign-out, idle, restart).
    StaffEnd(SecretString),
    /// Today's report at the supervisor's center.
    StaffReport(SecretString),
    ChildPassword {
        student_ref: String,
        body: ChildPasswordRequest,
        idempotency_key: String,
    },
    ResetLink {
        myschools: bool,
        body: ResetLinkRequest,
    },
    /// Replaces a temporary password, then signs in with the new one.
    SetPassword {
        student: String,
        session: SecretString,
        new_password: SecretString,
    },
    /// Sends the family to the counter; sent again without the student if the proof of who
    /// they are has expired.
    Handoff(HandoffRequest),
    ClaimHandoff {
        session: SecretString,
        handoff: String,
    },
    /// How the visit ended; nobody waits for the answer.
    VisitEnd(VisitRequest),
}

// A reply is built once per request and moved straight to its screen.
#[allow(clippy::large_enum_variant)]
pub enum Reply {
    Start(Result<StartResponse, ApiError>),
    Verify(Result<VerifyResponse, ApiError>),
    Reset(Result<ResetResponse, ApiError>),
    EnrollSignIn(Result<EnrollSessionResponse, ApiError>),
    PinSaved(Result<(), ApiError>),
    QuestionsSaved(Result<EnrollSessionResponse, ApiError>),
    PasswordSet(Result<EnrollSessionResponse, ApiError>),
    NycsaSignIn(Result<NycsaSessionResponse, ApiError>),
    ChildPassword(Result<ResetResponse, ApiError>),
    ResetLink(Result<ResetLinkAccepted, ApiError>),
    Ticket(Result<TicketResponse, ApiError>),
    StaffSignIn(Result<StaffSessionResponse, ApiError>),
    StaffSearch(Result<StudentMatches, ApiError>),
    StaffOpen(Result<(StudentStatus, AuditList), ApiError>),
    IdentityCheck(Result<IdentityCheckResponse, ApiError>),
    StaffPassword(Result<StaffPasswordResponse, ApiError>),
    StaffSimple(Result<(), ApiError>),
    Handoff(Result<HandoffCreated, ApiError>),
    /// The claim's answer, and which hand-off it was for.
    HandoffClaimed(Result<Handoff, ApiError>, String),
    StaffReport(Result<account_api::report::DayReport, ApiError>),
    Ignored,
}

/// A student signed in for enrollment. The session is used up by each save; `None` then.
#[derive(Debug, Default)]
pub struct EnrollContext {
    pub student: String,
    pub session: Option<SecretString>,
    pub has_pin: bool,
    pub has_questions: bool,
}

impl EnrollContext {
    pub fn from_response(student: String, r: EnrollSessionResponse) -> Self {
        EnrollContext {
            student,
            session: Some(r.session),
            has_pin: r.has_pin,
            has_questions: r.has_questions,
        }
    }

    pub fn take(&mut self) -> EnrollContext {
        std::mem::take(self)
    }
}

// An action lives for one key press and is moved straight into the app, so its size does not
// matter; boxing the screen would only add an allocation per transition.
#[allow(clippy::large_enum_variant)]
pub enum Action {
    None,
    Go(Screen),
    Request(Request),
    /// Language chosen: switch to it and show the menu.
    ChooseLanguage(&'static str),
    /// Back to the language picker; the visitor's session is over.
    Restart,
    /// Counter mode: a staff member signed in.
    StaffSignedIn(StaffContext),
    StaffSignOut,
}

/// The signed-in staff member at a counter terminal.
#[derive(Debug)]
pub struct StaffContext {
    pub session: SecretString,
    pub name: String,
    pub center: String,
    /// Supervisors also see the day's report.
    pub role: account_api::wire::StaffRole,
}

/// The state a student carries through the self-service reset.
pub struct StudentFlow {
    pub flow: SecretString,
    pub methods: Vec<Method>,
    pub questions: Vec<String>,
}

impl StudentFlow {
    /// Moves the flow out, for the next screen of the reset.
    pub fn take(&mut self) -> StudentFlow {
        StudentFlow {
            flow: std::mem::take(&mut self.flow),
            methods: std::mem::take(&mut self.methods),
            questions: std::mem::take(&mut self.questions),
        }
    }

    pub fn flow_copy(&self) -> SecretString {
        SecretString::from_str_exact(self.flow.expose())
    }
}

impl std::fmt::Debug for StudentFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StudentFlow")
            .field("flow", &self.flow)
            .field("methods", &self.methods)
            .field("questions", &self.questions)
            .finish()
    }
}

pub enum Screen {
    Language(LanguageScreen),
    Menu(MenuScreen),
    NotReady(NotReadyScreen),
    Lookup(LookupScreen),
    Method(MethodScreen),
    NoMethod(NoMethodScreen),
    Pin(PinScreen),
    Questions(QuestionsScreen),
    NewPassword(NewPasswordScreen),
    Done(DoneScreen),
    Problem(ProblemScreen),
    EnrollSignIn(EnrollSignInScreen),
    EnrollMenu(EnrollMenuScreen),
    EnrollPin(EnrollPinScreen),
    EnrollQuestions(EnrollQuestionsScreen),
    ParentStart(ParentStartScreen),
    ParentSignIn(ParentSignInScreen),
    ParentChildren(ParentChildrenScreen),
    Child(ChildScreen),
    NoNycsa(NoNycsaScreen),
    Forgot(ForgotScreen),
    ForgotSent(ForgotSentScreen),
    Help(HelpScreen),
    TicketForm(TicketFormScreen),
    TicketReview(TicketReviewScreen),
    TicketDone(TicketDoneScreen),
    StaffSignIn(StaffSignInScreen),
    StaffHome(StaffHomeScreen),
    StaffFind(StaffFindScreen),
    StaffStudent(StaffStudentScreen),
    StaffCheck(StaffCheckScreen),
    StaffTurn(StaffTurnScreen),
    StaffTemp(StaffTempScreen),
    Handoff(HandoffScreen),
    StaffReport(StaffReportScreen),
}

/// Footer hints and the step indicator that the chrome draws around a screen.
pub struct Chrome {
    pub title: String,
    pub step: Option<(u8, u8)>,
    pub keys: Vec<&'static str>,
}

macro_rules! each {
    ($self:expr, $s:ident => $body:expr) => {
        match $self {
            Screen::Language($s) => $body,
            Screen::Menu($s) => $body,
            Screen::NotReady($s) => $body,
            Screen::Lookup($s) => $body,
            Screen::Method($s) => $body,
            Screen::NoMethod($s) => $body,
            Screen::Pin($s) => $body,
            Screen::Questions($s) => $body,
            Screen::NewPassword($s) => $body,
            Screen::Done($s) => $body,
            Screen::Problem($s) => $body,
            Screen::EnrollSignIn($s) => $body,
            Screen::EnrollMenu($s) => $body,
            Screen::EnrollPin($s) => $body,
            Screen::EnrollQuestions($s) => $body,
            Screen::ParentStart($s) => $body,
            Screen::ParentSignIn($s) => $body,
            Screen::ParentChildren($s) => $body,
            Screen::Child($s) => $body,
            Screen::NoNycsa($s) => $body,
            Screen::Forgot($s) => $body,
            Screen::ForgotSent($s) => $body,
            Screen::Help($s) => $body,
            Screen::TicketForm($s) => $body,
            Screen::TicketReview($s) => $body,
            Screen::TicketDone($s) => $body,
            Screen::StaffSignIn($s) => $body,
            Screen::StaffHome($s) => $body,
            Screen::StaffFind($s) => $body,
            Screen::StaffStudent($s) => $body,
            Screen::StaffCheck($s) => $body,
            Screen::StaffTurn($s) => $body,
            Screen::StaffTemp($s) => $body,
            Screen::Handoff($s) => $body,
            Screen::StaffReport($s) => $body,
        }
    };
}

impl Screen {
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Language(_) => "language",
            Screen::Menu(_) => "menu",
            Screen::NotReady(_) => "not_ready",
            Screen::Lookup(_) => "lookup",
            Screen::Method(_) => "method",
            Screen::NoMethod(_) => "no_method",
            Screen::Pin(_) => "pin",
            Screen::Questions(_) => "questions",
            Screen::NewPassword(_) => "new_password",
            Screen::Done(_) => "done",
            Screen::Problem(_) => "problem",
            Screen::EnrollSignIn(_) => "enroll_sign_in",
            Screen::EnrollMenu(_) => "enroll_menu",
            Screen::EnrollPin(_) => "enroll_pin",
            Screen::EnrollQuestions(_) => "enroll_questions",
            Screen::ParentStart(_) => "parent_start",
            Screen::ParentSignIn(_) => "parent_sign_in",
            Screen::ParentChildren(_) => "parent_children",
            Screen::Child(_) => "child",
            Screen::NoNycsa(_) => "no_nycsa",
            Screen::Forgot(_) => "forgot",
            Screen::ForgotSent(_) => "forgot_sent",
            Screen::Help(_) => "help",
            Screen::TicketForm(_) => "ticket_form",
            Screen::TicketReview(_) => "ticket_review",
            Screen::TicketDone(_) => "ticket_done",
            Screen::StaffSignIn(_) => "staff_sign_in",
            Screen::StaffHome(_) => "staff_home",
            Screen::StaffFind(_) => "staff_find",
            Screen::StaffStudent(_) => "staff_student",
            Screen::StaffCheck(_) => "staff_check",
            Screen::StaffTurn(_) => "staff_turn",
            Screen::StaffTemp(_) => "staff_temp",
            Screen::Handoff(_) => "handoff",
            Screen::StaffReport(_) => "staff_report",
        }
    }

    pub fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        each!(self, s => s.key(key, ctx))
    }

    pub fn paste(&mut self, text: &str, ctx: &Ctx) {
        if let Screen::Lookup(s) = self {
            s.paste(text)
        } else if let Screen::EnrollSignIn(s) = self {
            s.form.paste(text)
        } else if let Screen::ParentSignIn(s) = self {
            s.form.paste(text)
        } else if let Screen::StaffSignIn(s) = self {
            s.form.paste(text)
        } else if let Screen::Forgot(s) = self {
            s.paste(text)
        } else if let Screen::TicketForm(s) = self {
            s.paste(text)
        } else if let Screen::StaffFind(s) = self {
            s.paste(text)
        } else if let Screen::StaffCheck(s) = self {
            s.paste(text)
        } else {
            // Secret fields take pasted text character by character, within their limits.
            for c in text.chars().filter(|c| !c.is_control()) {
                let _ = self.key(Key::Char(c), ctx);
            }
        }
    }

    pub fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        match self {
            Screen::Lookup(s) => s.reply(reply, ctx),
            Screen::Pin(s) => s.reply(reply, ctx),
            Screen::Questions(s) => s.reply(reply, ctx),
            Screen::Method(s) => s.reply(reply, ctx),
            Screen::NewPassword(s) => s.reply(reply, ctx),
            Screen::EnrollSignIn(s) => s.reply(reply, ctx),
            Screen::EnrollPin(s) => s.reply(reply, ctx),
            Screen::EnrollQuestions(s) => s.reply(reply, ctx),
            Screen::ParentSignIn(s) => s.reply(reply, ctx),
            Screen::Forgot(s) => s.reply(reply, ctx),
            Screen::TicketReview(s) => s.reply(reply, ctx),
            Screen::StaffSignIn(s) => s.reply(reply, ctx),
            Screen::StaffFind(s) => s.reply(reply, ctx),
            Screen::StaffStudent(s) => s.reply(reply, ctx),
            Screen::StaffCheck(s) => s.reply(reply, ctx),
            Screen::StaffHome(s) => s.reply(reply, ctx),
            Screen::Handoff(s) => s.reply(reply, ctx),
            _ => Action::None,
        }
    }

    pub fn set_busy(&mut self, busy: bool) {
        match self {
            Screen::Lookup(s) => s.busy = busy,
            Screen::Pin(s) => s.busy = busy,
            Screen::Questions(s) => s.busy = busy,
            Screen::Method(s) => s.busy = busy,
            Screen::NewPassword(s) => s.busy = busy,
            Screen::EnrollSignIn(s) => s.form.busy = busy,
            Screen::EnrollPin(s) => s.busy = busy,
            Screen::EnrollQuestions(s) => s.busy = busy,
            Screen::ParentSignIn(s) => s.form.busy = busy,
            Screen::Forgot(s) => s.busy = busy,
            Screen::TicketReview(s) => s.busy = busy,
            Screen::StaffSignIn(s) => s.form.busy = busy,
            Screen::StaffFind(s) => s.busy = busy,
            Screen::StaffStudent(s) => s.busy = busy,
            Screen::StaffCheck(s) => s.busy = busy,
            Screen::StaffHome(s) => s.busy = busy,
            Screen::Handoff(s) => s.busy = busy,
            _ => {}
        }
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        each!(self, s => s.chrome(ctx))
    }

    /// What the screen says: its title, instruction and choices, the field or choice the
    /// visitor is on, and the errors showing. Staff screens say their title only: they are
    /// for the staff member, and one of them shows a temporary password.
    pub fn speech(&self, ctx: &Ctx) -> Spoken {
        match self {
            Screen::Language(s) => s.speech(ctx),
            Screen::Menu(s) => s.speech(ctx),
            Screen::NotReady(s) => s.speech(ctx),
            Screen::Lookup(s) => s.speech(ctx),
            Screen::Method(s) => s.speech(ctx),
            Screen::NoMethod(s) => s.speech(ctx),
            Screen::Pin(s) => s.speech(ctx),
            Screen::Questions(s) => s.speech(ctx),
            Screen::NewPassword(s) => s.speech(ctx),
            Screen::Done(s) => s.speech(ctx),
            Screen::Problem(s) => s.speech(ctx),
            Screen::EnrollSignIn(s) => s.speech(ctx),
            Screen::EnrollMenu(s) => s.speech(ctx),
            Screen::EnrollPin(s) => s.speech(ctx),
            Screen::EnrollQuestions(s) => s.speech(ctx),
            Screen::ParentStart(s) => s.speech(ctx),
            Screen::ParentSignIn(s) => s.speech(ctx),
            Screen::ParentChildren(s) => s.speech(ctx),
            Screen::Child(s) => s.speech(ctx),
            Screen::NoNycsa(s) => s.speech(ctx),
            Screen::Forgot(s) => s.speech(ctx),
            Screen::ForgotSent(s) => s.speech(ctx),
            Screen::Help(s) => s.speech(ctx),
            Screen::TicketForm(s) => s.speech(ctx),
            Screen::TicketReview(s) => s.speech(ctx),
            Screen::TicketDone(s) => s.speech(ctx),
            Screen::StaffTurn(s) => s.speech(ctx),
            Screen::StaffSignIn(s) => s.speech(ctx),
            Screen::Handoff(s) => s.speech(ctx),
            Screen::StaffHome(_)
            | Screen::StaffFind(_)
            | Screen::StaffStudent(_)
            | Screen::StaffCheck(_)
            | Screen::StaffTemp(_)
            | Screen::StaffReport(_) => Spoken::titled(ctx, &self.chrome(ctx).title),
        }
    }

    /// How many characters the secret field with the focus holds; `None` when the focus
    /// is not on a secret field. Only the count: what a key did is said, never what it was.
    pub fn secret_len(&self) -> Option<usize> {
        let field = match self {
            Screen::Pin(s) => &s.pin,
            Screen::Questions(s) => s.answers.get(s.focus)?,
            Screen::NewPassword(s) => s.focused_field(),
            Screen::EnrollSignIn(s) => s.form.focused_secret()?,
            Screen::ParentSignIn(s) => s.form.focused_secret()?,
            Screen::StaffSignIn(s) => s.form.focused_secret()?,
            Screen::EnrollPin(s) => s.focused_field(),
            Screen::EnrollQuestions(s) => s.focused_secret()?,
            _ => return None,
        };
        Some(field.char_count())
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        each!(self, s => s.draw(canvas, area, ctx))
    }

    /// The parent session this screen holds, if any, so the app can end it on the service
    /// when the visitor leaves the parent area.
    pub fn parent_session(&self) -> Option<&SecretString> {
        let session = match self {
            Screen::ParentChildren(s) => &s.parent.session,
            Screen::Child(s) => &s.parent.session,
            Screen::NewPassword(s) => s.parent_session()?,
            Screen::Done(s) => s.parent_session()?,
            _ => return None,
        };
        (!session.is_empty()).then_some(session)
    }

    /// Whether this screen needs the account service; when it is down, the offline screen
    /// is shown instead of it.
    pub fn needs_service(&self) -> bool {
        !matches!(
            self,
            Screen::Language(_)
                | Screen::Menu(_)
                | Screen::NotReady(_)
                | Screen::StaffHome(_)
                | Screen::StaffTemp(_)
                | Screen::Help(_)
                | Screen::NoNycsa(_)
                | Screen::Problem(_)
                | Screen::ParentStart(_)
                | Screen::Done(_)
                | Screen::TicketDone(_)
                | Screen::ForgotSent(_)
                // It says itself when the service is down: go to the counter anyway.
                | Screen::Handoff(_)
        )
    }

    /// Whether this is a screen of the family side, where F6 asks at the counter.
    pub fn is_family(&self) -> bool {
        !matches!(
            self,
            Screen::StaffSignIn(_)
                | Screen::StaffHome(_)
                | Screen::StaffFind(_)
                | Screen::StaffStudent(_)
                | Screen::StaffCheck(_)
                | Screen::StaffTurn(_)
                | Screen::StaffTemp(_)
                | Screen::Handoff(_)
        )
    }

    /// Whether the visitor's session is still going: the idle countdown only runs then.
    pub fn holds_visitor(&self) -> bool {
        !matches!(self, Screen::Language(_) | Screen::StaffSignIn(_))
    }
}

/// Maps a failed request to the screen that explains it.
pub fn problem_for(error: ApiError, retry: Option<Screen>) -> Screen {
    Screen::Problem(ProblemScreen::from_error(error, retry))
}
