//! One file per screen. A screen turns a key into an [`Action`] and draws itself from its own
//! state; it never awaits the network. Requests go out through the app, and the reply comes
//! back to the screen that asked, if it is still the active one.

use account_api::wire::{
    AuditList, CheckRequest, IdentityCheckRequest, IdentityCheckResponse, StaffPasswordRequest,
    StaffPasswordResponse, StaffSessionRequest, StaffSessionResponse, StudentMatches,
    StudentStatus, TicketRequest, TicketResponse,
};
use account_api::wire::{Handoff, HandoffCreated, HandoffRequest, VisitRequest};

mod contract;
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

pub use contract::ScreenState;
pub use done::{DoneKind, DoneScreen};
pub use enroll_menu::EnrollMenuScreen;
pub use enroll_pin::EnrollPinScreen;
pub use enroll_questions::EnrollQuestionsScreen;
pub use enroll_sign_in::EnrollSignInScreen;
pub use forgot::{ForgotKind, ForgotScreen, ForgotSentScreen};
pub use handoff::{HandoffScreen, HandoffState};
pub use help::HelpScreen;
pub use language::LanguageScreen;
pub use lookup::{date_in_words, LookupScreen};
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
use tokio::time::Duration;

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
    /// The id of the request the app is waiting for: while one is out, screens show that
    /// they are waiting and the app gives them no keys.
    pub(crate) pending: Option<u64>,
}

impl Ctx {
    /// A context with nobody signed in and no request out.
    pub fn new(lang: &'static str, locales: Arc<Locales>, config: Arc<KioskConfig>) -> Self {
        Ctx {
            lang,
            locales,
            config,
            staff: None,
            pending: None,
        }
    }

    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

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

/// Footer hints and the step indicator that the chrome draws around a screen.
pub struct Chrome {
    pub title: String,
    pub step: Option<(u8, u8)>,
    pub keys: Vec<&'static str>,
}

/// Every screen, once. The list makes the [`Screen`] enum and its dispatch: each method of
/// `Screen` reaches the active screen through [`ScreenState`], so a screen that does not
/// implement it does not compile.
macro_rules! screens {
    ($($variant:ident($state:ty),)*) => {
        pub enum Screen {
            $($variant($state),)*
        }

        impl Screen {
            fn state(&self) -> &dyn ScreenState {
                match self {
                    $(Screen::$variant(s) => s,)*
                }
            }

            fn state_mut(&mut self) -> &mut dyn ScreenState {
                match self {
                    $(Screen::$variant(s) => s,)*
                }
            }
        }
    };
}

screens! {
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

impl Screen {
    pub fn name(&self) -> &'static str {
        self.state().name()
    }

    pub fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        self.state_mut().key(key, ctx)
    }

    pub fn paste(&mut self, text: &str, ctx: &Ctx) {
        self.state_mut().paste(text, ctx)
    }

    pub fn reply(&mut self, reply: Reply, ctx: &Ctx) -> Action {
        self.state_mut().reply(reply, ctx)
    }

    pub fn tick(&mut self, shown: Duration, ctx: &Ctx) -> Action {
        self.state_mut().tick(shown, ctx)
    }

    pub fn chrome(&self, ctx: &Ctx) -> Chrome {
        self.state().chrome(ctx)
    }

    pub fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        self.state().draw(canvas, area, ctx)
    }

    pub fn speech(&self, ctx: &Ctx) -> Spoken {
        self.state().speech(ctx)
    }

    pub fn secret_len(&self) -> Option<usize> {
        self.state().secret_len()
    }

    /// The parent session this screen holds, if it holds one that is not empty.
    pub fn parent_session(&self) -> Option<&SecretString> {
        self.state().parent_session().filter(|s| !s.is_empty())
    }

    pub fn needs_service(&self) -> bool {
        self.state().needs_service()
    }

    pub fn is_family(&self) -> bool {
        self.state().is_family()
    }

    pub fn holds_visitor(&self) -> bool {
        self.state().holds_visitor()
    }
}

/// Maps a failed request to the screen that explains it.
pub fn problem_for(error: ApiError, retry: Option<Screen>) -> Screen {
    Screen::Problem(ProblemScreen::from_error(error, retry))
}
