//! Every screen at 80x24 and 120x40. Each one that holds a secret asserts the secret is not
//! in the rendered buffer.

mod common;

use account_api::wire::Method;
use account_api::SecretString;
use common::{render_app, Harness};
use crossterm::event::KeyCode;
use kiosk::screens::*;

/// Snapshot languages: English at both sizes, and Spanish, Chinese and Arabic at 80x24.
const SNAPSHOT_LANGS: [&str; 4] = ["en", "es", "zh", "ar"];

fn check(name: &str, h: &mut Harness, secrets: &[&str]) {
    let original = h.app.ctx.lang;
    for lang in kiosk::i18n::LANGUAGES.iter().map(|l| l.code) {
        h.app.ctx.lang = lang;
        let text = render_app(&h.app, 80, 24);
        for s in secrets {
            assert!(
                !text.contains(s),
                "{name} in {lang} shows a secret {s:?}:\n{text}"
            );
        }
        assert_fits(name, lang, h, &text);
        if SNAPSHOT_LANGS.contains(&lang) {
            insta::assert_snapshot!(format!("{name}_{lang}_80x24"), text);
        }
    }
    h.app.ctx.lang = "en";
    let text = render_app(&h.app, 120, 40);
    for s in secrets {
        assert!(
            !text.contains(s),
            "{name} at 120x40 shows a secret {s:?}:\n{text}"
        );
    }
    insta::assert_snapshot!(format!("{name}_en_120x40"), text);
    h.app.ctx.lang = original;
}

/// Nothing runs past its area at 80x24: the title and footer are whole, and the body does
/// not reach its last row (where a longer text would be cut).
fn assert_fits(name: &str, lang: &str, h: &Harness, text: &str) {
    use unicode_width::UnicodeWidthStr;
    let rows: Vec<&str> = text.lines().collect();
    if h.app.exit_prompt.is_some() || h.app.idle_countdown(tokio::time::Instant::now()).is_some() {
        return;
    }
    let rtl = kiosk::i18n::find_language(lang).is_some_and(|l| l.rtl);
    kiosk::widgets::bidi::set_rtl(rtl);
    let chrome = h.app.screen.chrome(&h.app.ctx);
    let title = kiosk::widgets::bidi::visual(&chrome.title);
    let footer_text = chrome
        .keys
        .iter()
        .map(|k| h.app.ctx.t(k))
        .collect::<Vec<_>>()
        .join("   ");
    let footer = kiosk::widgets::bidi::visual(&footer_text);
    kiosk::widgets::bidi::set_rtl(false);
    assert!(
        title.width() <= 78,
        "{name} in {lang}: title too wide: {title}"
    );
    assert!(
        footer.width() <= 78,
        "{name} in {lang}: footer too wide ({}): {footer}",
        footer.width()
    );
    assert_eq!(
        rows[23].trim(),
        footer.trim(),
        "{name} in {lang}: footer cut"
    );
    assert!(
        rows[2].contains(title.trim()),
        "{name} in {lang}: title cut:\n{text}"
    );
    assert!(
        rows[21].trim().is_empty(),
        "{name} in {lang}: the body fills its area and may be cut:\n{text}"
    );
}

fn flow(methods: Vec<Method>, questions: &[&str]) -> StudentFlow {
    StudentFlow {
        flow: SecretString::from_str_exact("flow-token-SECRET"),
        methods,
        questions: questions.iter().map(|q| q.to_string()).collect(),
    }
}

fn type_into(h: &mut Harness, s: &str) {
    h.text(s);
}

#[test]
fn language_and_menu() {
    let mut h = Harness::new(None);
    check("language", &mut h, &[]);
    h.key(KeyCode::Enter);
    check("menu", &mut h, &[]);
    h.text("6");
    check("not_ready", &mut h, &[]);
}

#[tokio::test]
async fn lookup_screens() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    check("lookup_empty", &mut h, &[]);
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("14/03/2012");
    h.key(KeyCode::Enter);
    check("lookup_bad_date", &mut h, &[]);
}

#[test]
fn method_and_no_method() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Method(MethodScreen::new(flow(
        vec![Method::Pin, Method::Questions],
        &["first_pet", "birth_city", "favorite_teacher"],
    )));
    check("method", &mut h, &["flow-token-SECRET"]);
    h.app.screen = Screen::NoMethod(NoMethodScreen);
    check("no_method", &mut h, &[]);
}

#[test]
fn pin_entry_is_masked() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Pin(PinScreen::new(flow(vec![Method::Pin], &[])));
    type_into(&mut h, "50317");
    check("pin", &mut h, &["50317", "flow-token-SECRET"]);
}

#[test]
fn questions_are_masked() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Questions(QuestionsScreen::new(flow(
        vec![Method::Questions],
        &["first_pet", "birth_city", "favorite_teacher"],
    )));
    type_into(&mut h, "rex");
    h.key(KeyCode::Tab);
    type_into(&mut h, "lagos");
    check("questions", &mut h, &["rex", "lagos", "flow-token-SECRET"]);
}

#[test]
fn new_password_with_live_checklist() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::new(SecretString::from_str_exact(
        "reset-token-SECRET",
    )));
    check("new_password_empty", &mut h, &["reset-token-SECRET"]);
    type_into(&mut h, "sunshine1");
    check(
        "new_password_weak",
        &mut h,
        &["sunshine1", "reset-token-SECRET"],
    );
    for _ in 0..9 {
        h.key(KeyCode::Backspace);
    }
    type_into(&mut h, "Purple-Otter-Skates-91");
    h.key(KeyCode::Tab);
    type_into(&mut h, "Purple-Otter-Skates-91");
    check(
        "new_password_ok",
        &mut h,
        &["Purple-Otter", "reset-token-SECRET"],
    );
}

fn enroll_ctx() -> EnrollContext {
    EnrollContext {
        student: "DanaC1357".into(),
        session: Some(SecretString::from_str_exact("session-SECRET")),
        has_pin: true,
        has_questions: false,
    }
}

#[test]
fn enrollment_screens() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("5");
    h.text("DanaC1357");
    h.key(KeyCode::Tab);
    h.text("Violet-Comet-88");
    check("enroll_sign_in", &mut h, &["Violet-Comet-88"]);
    h.app.screen = Screen::EnrollMenu(EnrollMenuScreen::new(enroll_ctx()));
    check("enroll_menu", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::EnrollPin(EnrollPinScreen::new(enroll_ctx()));
    h.text("23456");
    check("enroll_pin_sequence", &mut h, &["23456", "session-SECRET"]);
    h.app.screen = Screen::EnrollQuestions(EnrollQuestionsScreen::new(enroll_ctx()));
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    h.text("max");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("max");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("my dune book");
    h.key(KeyCode::Tab);
    h.text("Violet-Comet-88");
    check(
        "enroll_questions",
        &mut h,
        &["max", "dune", "Violet-Comet-88", "session-SECRET"],
    );
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_enrollment(enroll_ctx()));
    check("enroll_new_password", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::Problem(ProblemScreen::new(ProblemKind::SignInFailed, None));
    check("problem_sign_in_failed", &mut h, &[]);
}

#[test]
fn done() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::PasswordReset));
    check("done", &mut h, &[]);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::PinSaved(enroll_ctx())));
    check("pin_saved", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::QuestionsSaved(enroll_ctx())));
    check("questions_saved", &mut h, &["session-SECRET"]);
}

#[test]
fn every_problem_screen() {
    let kinds = [
        ("not_verified", ProblemKind::NotVerified),
        (
            "wrong_pin",
            ProblemKind::VerificationFailed {
                method: Method::Pin,
                attempts_remaining: Some(3),
            },
        ),
        (
            "wrong_answers",
            ProblemKind::VerificationFailed {
                method: Method::Questions,
                attempts_remaining: Some(1),
            },
        ),
        (
            "paused_temporary",
            ProblemKind::PausedTemporary { minutes: 15 },
        ),
        ("paused_until_reset", ProblemKind::PausedUntilReset),
        (
            "too_soon",
            ProblemKind::TooSoon {
                date: "12/07/2026".into(),
            },
        ),
        ("flow_expired", ProblemKind::FlowExpired),
        ("offline", ProblemKind::Offline),
        ("unauthorized", ProblemKind::Unauthorized),
        ("internal", ProblemKind::Internal),
        ("session_ended", ProblemKind::SessionEnded),
    ];
    let mut h = Harness::new(None);
    for (name, kind) in kinds {
        h.app.screen = Screen::Problem(ProblemScreen::new(kind, None));
        check(&format!("problem_{name}"), &mut h, &[]);
    }
}

#[test]
fn exit_prompt_is_masked() {
    let mut h = Harness::new(None);
    h.ctrl('q');
    type_into(&mut h, "2468");
    check("exit_prompt", &mut h, &["2468"]);
}

#[test]
fn tiny_terminals_do_not_panic() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::new(SecretString::from_str_exact("t")));
    type_into(&mut h, "Purple-Otter");
    for (w, hgt) in [(1, 1), (10, 3), (39, 11), (40, 12), (41, 13), (500, 200)] {
        let text = render_app(&h.app, w, hgt);
        assert!(!text.contains("Purple"));
    }
    insta::assert_snapshot!("too_small_30x8", render_app(&h.app, 30, 8));
}

fn maria() -> ParentSession {
    ParentSession {
        session: SecretString::from_str_exact("nycsa-session-SECRET"),
        parent_name: "Maria Martinez".into(),
        children: vec![
            account_api::wire::ChildInfo {
                student_ref: "stu_a".into(),
                name: "Ava Martinez".into(),
                school: "P.S. 48 Joseph R. Drake".into(),
                account_id: "AvaM1234".into(),
                email: "avam1234@nycstudents.net".into(),
            },
            account_api::wire::ChildInfo {
                student_ref: "stu_d".into(),
                name: "Dana Cohen".into(),
                school: "P.S. 48 Joseph R. Drake".into(),
                account_id: "DanaC1357".into(),
                email: "danac1357@nycstudents.net".into(),
            },
        ],
    }
}

#[test]
fn parent_screens() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("2");
    check("parent_start", &mut h, &[]);
    h.text("1");
    h.text("maria.martinez@example.org");
    h.key(KeyCode::Tab);
    h.text("Familia-Bronx-2026");
    check("parent_sign_in", &mut h, &["Familia-Bronx-2026"]);
    h.app.screen = Screen::ParentChildren(ParentChildrenScreen::new(maria()));
    check("parent_children", &mut h, &["nycsa-session-SECRET"]);
    let mut child = ChildScreen::new(maria(), 0);
    child.showing_id = true;
    h.app.screen = Screen::Child(child);
    check("parent_child_id", &mut h, &["nycsa-session-SECRET"]);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_child(maria(), 1));
    h.text("Dana-Cohen-Rocks-77");
    check(
        "parent_child_password",
        &mut h,
        &["Dana-Cohen-Rocks", "nycsa-session-SECRET"],
    );
    h.app.screen = Screen::Done(DoneScreen::new(
        20,
        DoneKind::ChildReset {
            parent: maria(),
            name: "Dana Cohen".into(),
        },
    ));
    check("parent_child_done", &mut h, &["nycsa-session-SECRET"]);
    h.app.screen = Screen::NoNycsa(NoNycsaScreen);
    check("no_nycsa", &mut h, &[]);
    h.app.screen = Screen::Forgot(ForgotScreen::new(ForgotKind::Nycsa));
    check("forgot_nycsa", &mut h, &[]);
    h.app.screen = Screen::ForgotSent(ForgotSentScreen {
        kind: ForgotKind::MySchools,
    });
    check("forgot_myschools_sent", &mut h, &[]);
}

#[test]
fn help_ticket_and_offline_screens() {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("7");
    check("help", &mut h, &[]);
    h.key(KeyCode::Esc);
    h.text("6");
    check("ticket_form_empty", &mut h, &[]);
    for _ in 0..5 {
        h.key(KeyCode::Enter);
    }
    check("ticket_form_errors", &mut h, &[]);
    h.app.screen = Screen::TicketDone(TicketDoneScreen {
        ticket: "SH-2026-000123".into(),
    });
    check("ticket_done", &mut h, &[]);
    h.app.screen = Screen::Lookup(LookupScreen::new());
    h.app.handle(kiosk::app::AppEvent::Health(false));
    check("offline", &mut h, &[]);
}

fn eli_status() -> account_api::wire::StudentStatus {
    account_api::wire::StudentStatus {
        student: account_api::wire::StudentSummary {
            student_ref: "stu_e".into(),
            name: "Eli Haddad".into(),
            username: "EliH9753".into(),
            student_id: "256789012".into(),
            school: "M.S. 223 The Laboratory School".into(),
            birth_date: "2012-09-09".into(),
        },
        email: "elih9753@nycstudents.net".into(),
        has_pin: true,
        has_questions: false,
        paused: Some("until_reset".into()),
        paused_until: None,
        last_reset_at: None,
        last_reset_path: None,
        must_change_password: false,
    }
}

fn eli_audit() -> account_api::wire::AuditList {
    account_api::wire::AuditList {
        events: vec![account_api::wire::AuditEntry {
            at: "2026-11-27T09:15:00Z".into(),
            actor: "system".into(),
            action: "self_service_paused".into(),
            result: "until_reset".into(),
            detail: "".into(),
        }],
    }
}

fn jordan() -> StaffContext {
    StaffContext {
        session: SecretString::from_str_exact("staff-session-SECRET"),
        name: "Jordan Lee".into(),
        center: "Bronx Family Welcome Center".into(),
    }
}

#[test]
fn counter_screens() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::StaffSignIn(StaffSignInScreen::default());
    h.text("fwc.bronx.01");
    h.key(KeyCode::Tab);
    h.text("Counter-Demo-2026");
    check("staff_sign_in", &mut h, &["Counter-Demo-2026"]);
    h.app.ctx.staff = Some(jordan());
    h.app.screen = Screen::StaffHome(StaffHomeScreen::default());
    check("staff_home", &mut h, &["staff-session-SECRET"]);
    let find = StaffFindScreen {
        results: Some(vec![eli_status().student]),
        ..Default::default()
    };
    h.app.screen = Screen::StaffFind(find);
    check("staff_find", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffStudent(StaffStudentScreen::new(eli_status(), eli_audit()));
    check("staff_student_unchecked", &mut h, &["staff-session-SECRET"]);
    let mut checked = StaffStudentScreen::new(eli_status(), eli_audit());
    checked.check = Some(SecretString::from_str_exact("check-SECRET"));
    checked.message = Some("staff-check-recorded");
    h.app.screen = Screen::StaffStudent(checked);
    check(
        "staff_student_checked",
        &mut h,
        &["staff-session-SECRET", "check-SECRET"],
    );
    h.app.screen = Screen::StaffCheck(StaffCheckScreen::new(StaffStudentScreen::new(
        eli_status(),
        eli_audit(),
    )));
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    h.text("NYC ID card");
    check("staff_identity_check", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffTurn(StaffTurnScreen {
        back: Box::new(StaffStudentScreen::new(eli_status(), eli_audit())),
    });
    check("staff_turn_keyboard", &mut h, &[]);
    let mut back = StaffStudentScreen::new(eli_status(), eli_audit());
    back.check = Some(SecretString::from_str_exact("check-SECRET"));
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_staff(back));
    h.text("Granite-Kayak-Meadow-37");
    check(
        "staff_visitor_password",
        &mut h,
        &["Granite-Kayak", "check-SECRET", "staff-session-SECRET"],
    );

    // The temporary password is on the screen once, and never in a snapshot.
    let temporary = "Xk7pQ2mZr9Ta";
    h.app.screen = Screen::StaffTemp(StaffTempScreen::new(
        SecretString::from_str_exact(temporary),
        StaffStudentScreen::new(eli_status(), eli_audit()),
    ));
    let spaced: String = temporary.chars().flat_map(|c| [c, ' ']).collect();
    let text = render_app(&h.app, 80, 24);
    assert!(text.contains(spaced.trim_end()), "{text}");
    insta::assert_snapshot!(
        "staff_temporary_password_en_80x24",
        text.replace(spaced.trim_end(), "<temporary password>")
    );
}
