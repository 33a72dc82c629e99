//! Every screen of the kiosk, reached with sample data and no service: the snapshot tests
//! check each stop, and the render benchmark times drawing it. `v` is called at each stop
//! with the screen's name, the app on that screen and the secrets it must not show.

use super::Harness;
use account_api::wire::Method;
use account_api::SecretString;
use crossterm::event::KeyCode;
use kiosk::screens::*;

pub type Visit<'a> = &'a mut dyn FnMut(&str, &mut Harness, &[&str]);

/// Every stop of every part below, in order.
pub fn every_screen(v: Visit) {
    language_and_menu(v);
    lookup_screens(v);
    method_and_no_method(v);
    pin_entry_is_masked(v);
    questions_are_masked(v);
    new_password_with_live_checklist(v);
    enrollment_screens(v);
    done(v);
    every_problem_screen(v);
    exit_prompt_is_masked(v);
    parent_screens(v);
    help_ticket_and_offline_screens(v);
    counter_screens(v);
    handoff_screens(v);
}

pub fn flow(methods: Vec<Method>, questions: &[&str]) -> StudentFlow {
    StudentFlow {
        flow: SecretString::from_str_exact("flow-token-SECRET"),
        methods,
        questions: questions.iter().map(|q| q.to_string()).collect(),
    }
}

pub fn language_and_menu(v: Visit) {
    let mut h = Harness::new(None);
    v("language", &mut h, &[]);
    h.key(KeyCode::Enter);
    v("menu", &mut h, &[]);
    h.text("6");
    v("not_ready", &mut h, &[]);
}

pub fn lookup_screens(v: Visit) {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("1");
    v("lookup_empty", &mut h, &[]);
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("14/13/2012");
    h.key(KeyCode::Enter);
    v("lookup_bad_date", &mut h, &[]);
    for _ in 0..10 {
        h.key(KeyCode::Backspace);
    }
    h.text("03/04/2012");
    v("lookup_date_in_words", &mut h, &[]);
}

pub fn method_and_no_method(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Method(MethodScreen::new(flow(
        vec![Method::Pin, Method::Questions],
        &["first_pet", "birth_city", "favorite_teacher"],
    )));
    v("method", &mut h, &["flow-token-SECRET"]);
    h.app.screen = Screen::NoMethod(NoMethodScreen);
    v("no_method", &mut h, &[]);
}

pub fn pin_entry_is_masked(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Pin(PinScreen::new(flow(vec![Method::Pin], &[])));
    h.text("50317");
    v("pin", &mut h, &["50317", "flow-token-SECRET"]);
}

pub fn questions_are_masked(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Questions(QuestionsScreen::new(flow(
        vec![Method::Questions],
        &["first_pet", "birth_city", "favorite_teacher"],
    )));
    h.text("rex");
    h.key(KeyCode::Tab);
    h.text("lagos");
    v("questions", &mut h, &["rex", "lagos", "flow-token-SECRET"]);
}

pub fn new_password_with_live_checklist(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::new(SecretString::from_str_exact(
        "reset-token-SECRET",
    )));
    v("new_password_empty", &mut h, &["reset-token-SECRET"]);
    h.text("sunshine1");
    v(
        "new_password_weak",
        &mut h,
        &["sunshine1", "reset-token-SECRET"],
    );
    for _ in 0..9 {
        h.key(KeyCode::Backspace);
    }
    h.text("Purple-Otter-Skates-91");
    h.key(KeyCode::Tab);
    h.text("Purple-Otter-Skates-91");
    v(
        "new_password_ok",
        &mut h,
        &["Purple-Otter", "reset-token-SECRET"],
    );
}

pub fn enroll_ctx() -> EnrollContext {
    EnrollContext {
        student: "DanaC1357".into(),
        session: Some(SecretString::from_str_exact("session-SECRET")),
        has_pin: true,
        has_questions: false,
    }
}

pub fn enrollment_screens(v: Visit) {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("5");
    h.text("DanaC1357");
    h.key(KeyCode::Tab);
    h.text("Violet-Comet-88");
    v("enroll_sign_in", &mut h, &["Violet-Comet-88"]);
    h.app.screen = Screen::EnrollMenu(EnrollMenuScreen::new(enroll_ctx()));
    v("enroll_menu", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::EnrollPin(EnrollPinScreen::new(enroll_ctx()));
    h.text("23456");
    v("enroll_pin_sequence", &mut h, &["23456", "session-SECRET"]);
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
    v(
        "enroll_questions",
        &mut h,
        &["max", "dune", "Violet-Comet-88", "session-SECRET"],
    );
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_enrollment(enroll_ctx()));
    v("enroll_new_password", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::Problem(ProblemScreen::new(ProblemKind::SignInFailed, None));
    v("problem_sign_in_failed", &mut h, &[]);
}

pub fn done(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::PasswordReset));
    v("done", &mut h, &[]);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::PinSaved(enroll_ctx())));
    v("pin_saved", &mut h, &["session-SECRET"]);
    h.app.screen = Screen::Done(DoneScreen::new(20, DoneKind::QuestionsSaved(enroll_ctx())));
    v("questions_saved", &mut h, &["session-SECRET"]);
}

pub fn every_problem_screen(v: Visit) {
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
        ("too_many_tries", ProblemKind::TooManyTries),
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
        v(&format!("problem_{name}"), &mut h, &[]);
    }
}

pub fn exit_prompt_is_masked(v: Visit) {
    let mut h = Harness::new(None);
    h.ctrl('q');
    h.text("2468");
    v("exit_prompt", &mut h, &["2468"]);
}

pub fn maria() -> ParentSession {
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

pub fn parent_screens(v: Visit) {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("2");
    v("parent_start", &mut h, &[]);
    h.text("1");
    h.text("maria.martinez@example.org");
    h.key(KeyCode::Tab);
    h.text("Familia-Bronx-2026");
    v("parent_sign_in", &mut h, &["Familia-Bronx-2026"]);
    h.app.screen = Screen::ParentChildren(ParentChildrenScreen::new(maria()));
    v("parent_children", &mut h, &["nycsa-session-SECRET"]);
    let mut child = ChildScreen::new(maria(), 0);
    child.showing_id = true;
    h.app.screen = Screen::Child(child);
    v("parent_child_id", &mut h, &["nycsa-session-SECRET"]);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_child(maria(), 1));
    h.text("Dana-Cohen-Rocks-77");
    v(
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
    v("parent_child_done", &mut h, &["nycsa-session-SECRET"]);
    h.app.screen = Screen::NoNycsa(NoNycsaScreen);
    v("no_nycsa", &mut h, &[]);
    h.app.screen = Screen::Forgot(ForgotScreen::new(ForgotKind::Nycsa));
    v("forgot_nycsa", &mut h, &[]);
    h.app.screen = Screen::ForgotSent(ForgotSentScreen {
        kind: ForgotKind::MySchools,
    });
    v("forgot_myschools_sent", &mut h, &[]);
}

pub fn help_ticket_and_offline_screens(v: Visit) {
    let mut h = Harness::new(None);
    h.key(KeyCode::Enter);
    h.text("7");
    v("help", &mut h, &[]);
    h.key(KeyCode::Esc);
    h.text("6");
    v("ticket_form_empty", &mut h, &[]);
    for _ in 0..5 {
        h.key(KeyCode::Enter);
    }
    v("ticket_form_errors", &mut h, &[]);
    h.app.screen = Screen::TicketDone(TicketDoneScreen {
        ticket: "SH-2026-000123".into(),
    });
    v("ticket_done", &mut h, &[]);
    h.app.screen = Screen::Lookup(LookupScreen::new());
    h.app.handle(kiosk::app::AppEvent::Health(false));
    v("offline", &mut h, &[]);
}

pub fn eli_status() -> account_api::wire::StudentStatus {
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
        guardians: vec![account_api::wire::GuardianSummary {
            guardian: "par_h".into(),
            name: "Samira Haddad".into(),
            relationship: "guardian".into(),
            email: "s***@example.org".into(),
        }],
    }
}

pub fn eli_audit() -> account_api::wire::AuditList {
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

pub fn jordan() -> StaffContext {
    StaffContext {
        session: SecretString::from_str_exact("staff-session-SECRET"),
        name: "Jordan Lee".into(),
        center: "Bronx Family Welcome Center".into(),
        role: account_api::wire::StaffRole::Supervisor,
    }
}

/// A day of figures for the report screen: four languages, every outcome, hand-off waits
/// and a week with a quiet weekend.
pub fn day_report() -> account_api::report::DayReport {
    use account_api::report::{DayReport, DayVisits, HandoffWaits, LanguageVisits, OutcomeCounts};
    let counts = |p, e, h, g| OutcomeCounts {
        password_changed: p,
        enrolled: e,
        handed_off: h,
        gave_up: g,
    };
    let week = [9, 12, 0, 0, 7, 15, 11];
    DayReport {
        day: "2026-12-01".into(),
        time_zone: "America/New_York".into(),
        center: Some("Bronx Family Welcome Center".into()),
        languages: vec![
            LanguageVisits {
                language: "bn".into(),
                outcomes: counts(1, 0, 1, 0),
            },
            LanguageVisits {
                language: "en".into(),
                outcomes: counts(3, 1, 0, 1),
            },
            LanguageVisits {
                language: "es".into(),
                outcomes: counts(2, 1, 1, 0),
            },
            LanguageVisits {
                language: "zh".into(),
                outcomes: counts(0, 1, 0, 0),
            },
        ],
        totals: counts(6, 3, 2, 1),
        median_visit_secs: Some(107),
        handoffs: HandoffWaits {
            created: 2,
            claimed: 2,
            median_secs: Some(510),
            max_secs: Some(720),
        },
        week: week
            .iter()
            .enumerate()
            .map(|(i, v)| DayVisits {
                day: format!("2026-11-{:02}", 25 + i).replace("2026-11-31", "2026-12-01"),
                visits: *v,
            })
            .collect(),
    }
}

pub fn counter_screens(v: Visit) {
    let mut h = Harness::new(None);
    h.app.screen = Screen::StaffSignIn(StaffSignInScreen::default());
    h.text("fwc.bronx.01");
    h.key(KeyCode::Tab);
    h.text("Counter-Demo-2026");
    v("staff_sign_in", &mut h, &["Counter-Demo-2026"]);
    h.key(KeyCode::Tab);
    // Bengali and Arabic-Indic digits are read as the digits they are, and never shown.
    h.text("৪৮১٢٠٩");
    v(
        "staff_sign_in_code",
        &mut h,
        &["Counter-Demo-2026", "481209", "৪৮১", "٢٠٩"],
    );
    let mut staff = jordan();
    staff.role = account_api::wire::StaffRole::Staff;
    h.app.ctx.staff = Some(staff);
    h.app.screen = Screen::StaffHome(StaffHomeScreen::default());
    v("staff_home", &mut h, &["staff-session-SECRET"]);
    h.app.ctx.staff = Some(jordan());
    h.app.screen = Screen::StaffHome(StaffHomeScreen::default());
    v("staff_home_supervisor", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffReport(StaffReportScreen::new(day_report()));
    v("staff_report", &mut h, &["staff-session-SECRET"]);
    let find = StaffFindScreen {
        results: Some(vec![eli_status().student]),
        ..Default::default()
    };
    h.app.screen = Screen::StaffFind(find);
    v("staff_find", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffStudent(StaffStudentScreen::new(eli_status(), eli_audit()));
    v("staff_student_unchecked", &mut h, &["staff-session-SECRET"]);
    let mut checked = StaffStudentScreen::new(eli_status(), eli_audit());
    checked.check = Some(SecretString::from_str_exact("check-SECRET"));
    checked.message = Some("staff-check-recorded");
    h.app.screen = Screen::StaffStudent(checked);
    v(
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
    h.key(KeyCode::Tab);
    h.text("NYC ID card");
    v("staff_identity_check", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffCheck(StaffCheckScreen::new(StaffStudentScreen::new(
        eli_status(),
        eli_audit(),
    )));
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Right);
    h.key(KeyCode::Tab);
    h.text("Family court order");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.text("Custody papers seen");
    if let Screen::StaffCheck(s) = &mut h.app.screen {
        // What the counter shows after the service refused a staff member's override.
        s.refusal = Some("staff-supervisor-required");
    }
    v(
        "staff_identity_check_unlisted",
        &mut h,
        &["staff-session-SECRET"],
    );
    h.app.screen = Screen::StaffTurn(StaffTurnScreen {
        back: Box::new(StaffStudentScreen::new(eli_status(), eli_audit())),
    });
    v("staff_turn_keyboard", &mut h, &[]);
    let mut back = StaffStudentScreen::new(eli_status(), eli_audit());
    back.check = Some(SecretString::from_str_exact("check-SECRET"));
    h.app.screen = Screen::NewPassword(NewPasswordScreen::for_staff(back));
    h.text("Granite-Kayak-Meadow-37");
    v(
        "staff_visitor_password",
        &mut h,
        &["Granite-Kayak", "check-SECRET", "staff-session-SECRET"],
    );
}

fn handoff(
    reason: account_api::wire::HandoffReason,
    dead_end: Option<Screen>,
    state: HandoffState,
) -> Screen {
    let mut screen = HandoffScreen::new(reason, dead_end);
    screen.state = state;
    Screen::Handoff(screen)
}

/// A family's queue entry as the counter sees it.
pub fn queued(
    id: &str,
    number: &str,
    language: &str,
    reason: account_api::wire::HandoffReason,
    minutes: u32,
    student: Option<(&str, &str)>,
) -> account_api::wire::Handoff {
    account_api::wire::Handoff {
        handoff: id.into(),
        number: number.into(),
        language: language.into(),
        reason,
        minutes_waiting: minutes,
        student: student.map(|(r, n)| account_api::wire::HandoffStudent {
            student_ref: r.into(),
            name: n.into(),
        }),
    }
}

/// Ask at the counter: the family's side (F6 and the dead ends) and the counter's queue.
pub fn handoff_screens(v: Visit) {
    use account_api::wire::{HandoffList, HandoffReason as R};
    let mut h = Harness::new(None);
    let number = || HandoffState::Number("417".into());
    h.app.screen = handoff(R::Asked, None, HandoffState::Sending);
    v("handoff_sending", &mut h, &[]);
    h.app.screen = handoff(R::Asked, None, number());
    v("handoff_asked", &mut h, &[]);
    h.app.screen = handoff(R::Asked, None, HandoffState::Unreachable);
    v("handoff_offline", &mut h, &[]);
    h.app.screen = handoff(
        R::NoMethod,
        Some(Screen::NoMethod(NoMethodScreen)),
        number(),
    );
    v("handoff_no_method", &mut h, &[]);
    let too_soon = ProblemKind::TooSoon {
        date: "12/07/2026".into(),
    };
    h.app.screen = handoff(
        R::TooSoon,
        Some(Screen::Problem(ProblemScreen::new(too_soon, None))),
        number(),
    );
    v("handoff_too_soon", &mut h, &[]);
    h.app.screen = handoff(
        R::Paused,
        Some(Screen::Problem(ProblemScreen::new(
            ProblemKind::PausedUntilReset,
            None,
        ))),
        number(),
    );
    v("handoff_paused", &mut h, &[]);

    h.app.ctx.staff = Some(jordan());
    let mut home = StaffHomeScreen::default();
    let list = HandoffList {
        handoffs: vec![
            queued(
                "hof_1",
                "417",
                "es",
                R::NoMethod,
                12,
                Some(("stu_dana", "Dana Cohen")),
            ),
            queued("hof_2", "583", "zh", R::NotFound, 4, None),
            queued("hof_3", "206", "ar", R::Asked, 0, None),
        ],
    };
    let mut seen = std::collections::HashSet::from(["hof_1".to_string(), "hof_2".to_string()]);
    assert!(home.queue.update(Ok(list), &mut seen), "hof_3 is new");
    home.selected = 4;
    h.app.screen = Screen::StaffHome(home);
    v("staff_home_queue", &mut h, &["staff-session-SECRET"]);
    let mut home = StaffHomeScreen::default();
    home.queue.update(
        Ok(HandoffList { handoffs: vec![] }),
        &mut Default::default(),
    );
    home.queue.notice = Some("staff-handoff-taken");
    h.app.screen = Screen::StaffHome(home);
    v("staff_home_taken", &mut h, &["staff-session-SECRET"]);
    h.app.screen = Screen::StaffFind(StaffFindScreen::for_handoff(queued(
        "hof_2",
        "583",
        "zh",
        R::NotFound,
        4,
        None,
    )));
    v("staff_find_handoff", &mut h, &["staff-session-SECRET"]);
}
