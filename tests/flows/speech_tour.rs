//! Spoken guidance (issue 20): every screen of the tour, in every language, says what the
//! locale files say it should, in order, with the voice of its language, and its footer
//! shows the key that says it again.

use crate::common::speech::Recorder;
use crate::common::{tour, Harness};
use account_api::wire::{check_ticket, TicketField, TicketRequest};
use kiosk::i18n::{Arg, Locales, LANGUAGES};
use kiosk::speech::{spoken_form, Speech};
use std::sync::Arc;

/// The expected lines of a screen, written from the locale files.
struct Expect<'a> {
    l: &'a Locales,
    lang: &'static str,
    lines: Vec<(&'static str, String)>,
}

impl<'a> Expect<'a> {
    fn new(l: &'a Locales, lang: &'static str) -> Self {
        Expect {
            l,
            lang,
            lines: Vec::new(),
        }
    }

    fn t(&self, key: &str) -> String {
        self.l.t(self.lang, key)
    }

    fn raw(&mut self, text: &str) -> &mut Self {
        self.lines.push((self.lang, spoken_form(text)));
        self
    }

    fn k(&mut self, key: &str) -> &mut Self {
        let text = self.t(key);
        self.raw(&text)
    }

    fn args(&mut self, key: &str, args: &[(&str, Arg<'_>)]) -> &mut Self {
        let text = self.l.t_args(self.lang, key, args);
        self.raw(&text)
    }

    /// "Press n for …" for each choice text.
    fn press(&mut self, choices: &[String]) -> &mut Self {
        for (i, choice) in choices.iter().enumerate() {
            let number = Arg::Num(((i + 1) % 10) as i64);
            let choice = spoken_form(choice);
            self.args(
                "speech-press",
                &[("number", number), ("choice", Arg::Str(&choice))],
            );
        }
        self
    }

    fn press_keys(&mut self, keys: &[&str]) -> &mut Self {
        let choices: Vec<String> = keys.iter().map(|k| self.t(k)).collect();
        self.press(&choices)
    }

    fn labelled(&mut self, label: &str, value: &str) -> &mut Self {
        let text = format!("{}: {value}", self.t(label));
        self.raw(&text)
    }

    fn question(&mut self, n: usize, id: &str) -> &mut Self {
        let text = format!("{n}. {}", self.t(&format!("question-{id}")));
        self.raw(&text)
    }

    fn password(&mut self, intro: Option<&str>, child: bool) -> &mut Self {
        self.k("password-title");
        if let Some(intro) = intro {
            self.k(intro);
        }
        self.k("password-new")
            .k("password-confirm")
            .k("password-rule-length")
            .k("password-rule-common");
        if child {
            self.k("password-rule-child-name");
        } else {
            self.k("password-rule-name").k("password-rule-current");
        }
        self.k("password-rule-strength")
            .k("password-rule-match")
            .k("password-hint")
    }

    fn problem(&mut self) -> &mut Self {
        self.k("problem-title")
    }

    fn ticket_form(&mut self) -> &mut Self {
        self.k("ticket-title")
            .k("ticket-intro")
            .k("ticket-topic")
            .k("ticket-description")
            .k("ticket-name")
            .k("ticket-email")
            .k("ticket-phone")
    }
}

const CENTER: &str = "Bronx Family Welcome Center";

/// What each stop of the tour says, from the locale files alone.
fn expected(stop: &str, l: &Locales, lang: &'static str) -> Vec<(&'static str, String)> {
    let mut e = Expect::new(l, lang);
    let done_return = [("seconds", Arg::Num(20))];
    match stop {
        "language" => {
            e.k("language-title");
            for (i, other) in LANGUAGES.iter().enumerate() {
                let number = Arg::Num(((i + 1) % 10) as i64);
                let text = l.t_args(other.code, "speech-language-choice", &[("number", number)]);
                e.lines.push((other.code, spoken_form(&text)));
            }
        }
        "menu" => {
            e.k("menu-title")
                .press_keys(&[
                    "menu-student-reset",
                    "menu-parent",
                    "menu-forgot-nycsa",
                    "menu-forgot-myschools",
                    "menu-enroll",
                    "menu-ticket",
                    "menu-help",
                ])
                .k("speech-keys");
        }
        "not_ready" | "ticket_form_empty" => {
            let topic = e.t("ticket-topic-student_password");
            e.ticket_form().labelled("ticket-topic", &topic);
        }
        "ticket_form_errors" => {
            e.ticket_form();
            let empty = TicketRequest {
                topic: "student_password".into(),
                description: String::new(),
                name: String::new(),
                email: None,
                phone: None,
                language: lang.into(),
                center: None,
            };
            for field in check_ticket(&empty) {
                let key = match field {
                    TicketField::Description => "description",
                    TicketField::Name => "name",
                    TicketField::Email => "email",
                    TicketField::Phone => "phone",
                    TicketField::Contact => "contact",
                    other => panic!("an empty ticket names {other:?}"),
                };
                e.k(&format!("ticket-error-{key}"));
            }
        }
        "lookup_empty" | "lookup_date_in_words" | "lookup_bad_date" => {
            e.k("lookup-title")
                .k("lookup-intro")
                .k("lookup-student")
                .k("lookup-birth-date");
            if stop == "lookup_bad_date" {
                e.k("lookup-error-birth-date");
            }
        }
        "method" => {
            e.k("method-title")
                .press_keys(&["method-pin", "method-questions"]);
        }
        "no_method" => {
            e.k("no-method-title")
                .k("no-method-body")
                .k("no-method-parent")
                .k("no-method-school")
                .k("no-method-enroll");
        }
        "pin" => {
            e.k("pin-title").k("pin-hint").k("pin-label");
        }
        "questions" => {
            e.k("questions-title")
                .k("questions-hint")
                .question(1, "first_pet")
                .question(2, "birth_city")
                .question(3, "favorite_teacher");
        }
        "new_password_empty"
        | "new_password_weak"
        | "new_password_ok"
        | "staff_visitor_password" => {
            e.password(None, false);
        }
        "enroll_new_password" => {
            e.password(Some("password-temporary-hint"), false);
        }
        "parent_child_password" => {
            e.password(None, true);
        }
        "enroll_sign_in" => {
            e.k("enroll-title")
                .k("enroll-intro")
                .k("enroll-username")
                .k("enroll-password");
        }
        "enroll_menu" => {
            let pin = format!("{}: {}", e.t("enroll-status-pin"), e.t("enroll-status-set"));
            let questions = format!(
                "{}: {}",
                e.t("enroll-status-questions"),
                e.t("enroll-status-not-set")
            );
            e.k("enroll-menu-title")
                .raw(&pin)
                .raw(&questions)
                .press_keys(&["enroll-change-pin", "enroll-set-questions", "enroll-finish"])
                .k("enroll-optional")
                .k("enroll-young");
        }
        "enroll_pin_sequence" => {
            e.k("enroll-pin-title")
                .k("enroll-pin-hint")
                .k("enroll-pin-new")
                .k("enroll-pin-confirm")
                .k("enroll-pin-rule-length")
                .k("enroll-pin-rule-repeat")
                .k("enroll-pin-rule-sequence")
                .k("enroll-pin-rule-birthday");
        }
        "enroll_questions" => {
            // The focus is on the password (the last field): said after the lines.
            e.k("enroll-questions-title")
                .k("enroll-questions-hint")
                .k("enroll-password-again");
        }
        "problem_sign_in_failed" => {
            e.problem()
                .k("sign-in-failed-body")
                .k("sign-in-failed-help");
        }
        "done" => {
            e.k("done-title")
                .k("done-body")
                .args("done-return", &done_return);
        }
        "pin_saved" => {
            e.k("pin-saved-title")
                .k("pin-saved-body")
                .args("done-return", &done_return);
        }
        "questions_saved" => {
            e.k("questions-saved-title")
                .k("questions-saved-body")
                .args("done-return", &done_return);
        }
        "problem_not_verified" => {
            e.problem().k("not-verified-body").k("not-verified-help");
        }
        "problem_wrong_pin" | "problem_wrong_answers" => {
            let (method, count) = if stop == "problem_wrong_pin" {
                ("pin", 3)
            } else {
                ("questions", 1)
            };
            e.problem()
                .args("verification-failed-body", &[("method", Arg::Str(method))])
                .args("attempts-left", &[("count", Arg::Num(count))]);
        }
        "problem_paused_temporary" => {
            e.problem()
                .args("paused-temporary-body", &[("minutes", Arg::Num(15))])
                .k("paused-help");
        }
        "problem_paused_until_reset" => {
            e.problem().k("paused-until-reset-body").k("paused-help");
        }
        "problem_too_many_tries" => {
            e.problem().k("too-many-tries-body");
        }
        "problem_too_soon" => {
            e.problem()
                .args("too-soon-body", &[("date", Arg::Str("12/07/2026"))])
                .k("too-soon-help");
        }
        "problem_flow_expired" => {
            e.problem().k("flow-expired-body");
        }
        "problem_offline" => {
            e.problem().k("offline-body").k("offline-help");
        }
        // The banner over every screen while the service is away is said too.
        "offline" => {
            e.problem()
                .k("offline-body")
                .k("offline-help")
                .k("offline-banner");
        }
        "problem_unauthorized" => {
            e.problem().k("unauthorized-body");
        }
        "problem_internal" => {
            e.problem().k("internal-body");
        }
        "problem_session_ended" => {
            e.problem().k("session-ended-body");
        }
        "exit_prompt" => {
            e.k("exit-title").k("exit-label");
        }
        "parent_start" => {
            e.k("parent-title")
                .k("parent-intro")
                .press_keys(&["parent-sign-in", "parent-no-account"]);
        }
        "parent_sign_in" => {
            e.k("parent-sign-in-title")
                .k("parent-sign-in-intro")
                .k("parent-email")
                .k("parent-password")
                .k("parent-forgot-hint");
        }
        "parent_children" => {
            e.k("children-title")
                .args("children-hello", &[("name", Arg::Str("Maria Martinez"))])
                .press(&["Ava Martinez".into(), "Dana Cohen".into()])
                .k("children-wrong-info");
        }
        "parent_child_id" => {
            e.raw("Ava Martinez")
                .press_keys(&["child-show-id", "child-reset"])
                .labelled("child-account-id", "AvaM1234")
                .labelled("child-email", "avam1234@nycstudents.net")
                .k("child-id-hint");
        }
        "parent_child_done" => {
            e.k("child-done-title")
                .args("child-done-body", &[("name", Arg::Str("Dana Cohen"))])
                .args("done-return", &done_return);
        }
        "no_nycsa" => {
            e.k("no-nycsa-title")
                .k("no-nycsa-what")
                .k("no-nycsa-free")
                .args("no-nycsa-how", &[("center", Arg::Str(CENTER))])
                .k("qr-scan");
        }
        "forgot_nycsa" => {
            e.k("forgot-nycsa-title")
                .k("forgot-nycsa-intro")
                .k("forgot-email");
        }
        "forgot_myschools_sent" => {
            e.k("forgot-sent-title")
                .k("forgot-sent-body")
                .k("forgot-myschools-not-arrived");
        }
        "help" => {
            e.k("help-title")
                .k("help-school")
                .args("help-center", &[("center", Arg::Str(CENTER))])
                .k("help-counter")
                .k("help-phone")
                .k("help-support-hub");
        }
        "ticket_done" => {
            e.k("ticket-done-title").args(
                "ticket-done-body",
                &[("ticket", Arg::Str("SH-2026-000123"))],
            );
        }
        "staff_sign_in" | "staff_sign_in_code" => {
            e.k("staff-sign-in-title")
                .k("staff-sign-in-intro")
                .k("staff-id")
                .k("staff-password")
                .k("staff-code");
        }
        "handoff_sending" => {
            e.k("handoff-title").k("handoff-sending").k("handoff-body");
        }
        "handoff_offline" => {
            e.k("handoff-title").k("handoff-offline").k("handoff-body");
        }
        "handoff_asked" => {
            e.k("handoff-title")
                .args("handoff-tell", &[("number", Arg::Str("4 1 7"))])
                .k("handoff-body");
        }
        // The number, then the dead end as it says itself.
        "handoff_no_method" | "handoff_too_soon" | "handoff_paused" => {
            e.k("handoff-title")
                .args("handoff-tell-short", &[("number", Arg::Str("4 1 7"))]);
            let dead_end = match stop {
                "handoff_no_method" => "no_method",
                "handoff_too_soon" => "problem_too_soon",
                _ => "problem_paused_until_reset",
            };
            e.lines.extend(expected(dead_end, l, lang));
        }
        // Staff screens say their title only.
        "staff_home" | "staff_home_queue" | "staff_home_taken" | "staff_home_supervisor" => {
            e.k("staff-home-title");
        }
        "staff_report" => {
            e.k("report-title");
        }
        "staff_find" | "staff_find_handoff" => {
            e.k("staff-find-title");
        }
        "staff_student_unchecked" | "staff_student_checked" => {
            e.raw("Eli Haddad");
        }
        "staff_identity_check" | "staff_identity_check_unlisted" => {
            e.k("staff-check-title");
        }
        "staff_turn_keyboard" => {
            e.k("staff-turn-title").k("staff-turn-note");
        }
        other => panic!("no expected speech written for the stop {other}"),
    }
    e.lines
}

#[test]
fn every_screen_in_every_language_says_what_the_locale_files_say() {
    let recorder = Recorder::new();
    let config = recorder.config();
    let locales = Locales::load();
    let mut stops = 0;
    let mut visit = |stop: &str, h: &mut Harness, secrets: &[&str]| {
        let original = (h.app.ctx.lang, h.app.ctx.config.clone());
        h.app.ctx.config = Arc::clone(&config);
        for lang in LANGUAGES.iter().map(|l| l.code) {
            h.app.ctx.lang = lang;
            // A fresh visit's speech: it has said nothing yet, so the whole screen is said.
            h.app.speech = Speech::new(&config.speech);
            recorder.clear();
            h.app.handle(kiosk::app::AppEvent::Tick);
            let want = expected(stop, &locales, lang);
            let said = recorder.wait_for_lines(want.len());
            let said: Vec<(&str, &str)> =
                said.iter().map(|(l, t)| (l.as_str(), t.as_str())).collect();
            let want_ref: Vec<(&str, &str)> = want.iter().map(|(l, t)| (*l, t.as_str())).collect();
            assert_eq!(said, want_ref, "{stop} in {lang}");
            for u in recorder.utterances() {
                let voice = config.speech.voice(&u.lang);
                assert_eq!(u.voice, voice, "{stop} in {lang}: the voice of {}", u.lang);
            }
            let text = recorder.all_text();
            for s in secrets {
                assert!(!text.contains(s), "{stop} in {lang} said a secret {s:?}");
            }
        }
        h.app.speech = Speech::new(&original.1.speech);
        (h.app.ctx.lang, h.app.ctx.config) = original;
        stops += 1;
    };
    tour::every_screen(&mut visit);
    assert!(stops >= 55, "the tour has {stops} stops");
}

/// With speech on, the speech keys show on the row above the footer of every screen, whole,
/// in every language, and the footer and body are as they were (the snapshot rules hold).
#[test]
fn the_speech_keys_show_above_every_footer_in_every_language() {
    let recorder = Recorder::new();
    let config = recorder.config();
    let mut problems = Vec::new();
    let mut visit = |stop: &str, h: &mut Harness, _: &[&str]| {
        let original = (h.app.ctx.lang, h.app.ctx.config.clone());
        for lang in LANGUAGES {
            h.app.ctx.lang = lang.code;
            let dir = kiosk::widgets::layout::Rendering {
                rtl: lang.rtl,
                kiosk_reorders: true,
                ..kiosk::widgets::layout::Rendering::LTR
            };
            let shown = |text: String| {
                kiosk::widgets::layout::lay_out_line(&ratatui::text::Line::raw(text), u16::MAX, dir)
                    .text()
            };
            h.app.ctx.config = original.1.clone();
            let silent = crate::common::render_app(&h.app, 80, 24);
            h.app.ctx.config = Arc::clone(&config);
            let speaking = crate::common::render_app(&h.app, 80, 24);
            let rows: Vec<&str> = speaking.lines().collect();
            let width = 78;
            // Speaking, the row above the footer holds F6 (on a kiosk's family screens) and
            // the speech keys, whole; F1 and F2 move into the footer.
            let global = h.app.global_keys();
            let above = kiosk::widgets::chrome::footer_rows(&h.app.ctx, &global, width);
            let footer =
                kiosk::widgets::chrome::footer_rows(&h.app.ctx, &h.app.footer_keys(), width);
            let top = 24 - footer.len() - above.len();
            if above.len() != 1 || rows[top].trim() != shown(above[0].clone()).trim() {
                problems.push(format!(
                    "{stop} in {}: the speech keys {above:?}, row {top} {:?}",
                    lang.code, rows[top]
                ));
            }
            if !global.contains(&"key-listen") {
                problems.push(format!("{stop} in {}: no speech keys", lang.code));
            }
            for (row, line) in rows[24 - footer.len()..].iter().zip(&footer) {
                if row.trim() != shown(line.clone()).trim() {
                    problems.push(format!("{stop} in {}: footer row {row:?}", lang.code));
                }
            }
            // The body still ends on a free row: nothing was pushed out of it.
            if !rows[top - 1].trim().is_empty() {
                problems.push(format!(
                    "{stop} in {}: the body reaches row {}:\n{speaking}",
                    lang.code,
                    top - 1
                ));
            }
            // Silent, the same screen draws its body as before the speech keys came.
            let silent_rows: Vec<&str> = silent.lines().collect();
            let body_rows = top.min(24 - footer.len() - 1);
            if silent_rows[..body_rows.min(20)] != rows[..body_rows.min(20)] {
                problems.push(format!("{stop} in {}: speech moved the body", lang.code));
            }
        }
        (h.app.ctx.lang, h.app.ctx.config) = original;
    };
    tour::every_screen(&mut visit);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
