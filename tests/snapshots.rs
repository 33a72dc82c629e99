//! Every screen at 80x24 and 120x40. Each one that holds a secret asserts the secret is not
//! in the rendered buffer.

mod common;

use account_api::SecretString;
use common::{render_app, tour, Harness};
use kiosk::screens::*;

/// Snapshot languages: all ten at 80x24, and English at 120x40 too.
const SNAPSHOT_LANGS: [&str; 10] = ["en", "es", "zh", "bn", "ru", "ht", "ko", "ar", "ur", "fr"];

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
    let rows: Vec<&str> = text.lines().collect();
    if h.app.exit_prompt.is_some() || h.app.idle_countdown(tokio::time::Instant::now()).is_some() {
        return;
    }
    let dir = kiosk::widgets::layout::Rendering {
        rtl: kiosk::i18n::find_language(lang).is_some_and(|l| l.rtl),
        kiosk_reorders: true,
        ..kiosk::widgets::layout::Rendering::LTR
    };
    let shown = |text: &str| {
        kiosk::widgets::layout::lay_out_line(&ratatui::text::Line::raw(text), u16::MAX, dir).text()
    };
    let chrome = h.app.screen.chrome(&h.app.ctx);
    let title = shown(&chrome.title);
    let footer = shown(&kiosk::widgets::chrome::footer_text(
        &h.app.ctx,
        &chrome.keys,
    ));
    assert!(
        kiosk::widgets::width::width(&title) <= 78,
        "{name} in {lang}: title too wide: {title}"
    );
    assert!(
        kiosk::widgets::width::width(&footer) <= 78,
        "{name} in {lang}: footer too wide ({}): {footer}",
        kiosk::widgets::width::width(&footer)
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

#[test]
fn language_and_menu() {
    tour::language_and_menu(&mut check);
}

#[tokio::test]
async fn lookup_screens() {
    tour::lookup_screens(&mut check);
}

#[test]
fn method_and_no_method() {
    tour::method_and_no_method(&mut check);
}

#[test]
fn pin_entry_is_masked() {
    tour::pin_entry_is_masked(&mut check);
}

#[test]
fn questions_are_masked() {
    tour::questions_are_masked(&mut check);
}

#[test]
fn new_password_with_live_checklist() {
    tour::new_password_with_live_checklist(&mut check);
}

#[test]
fn enrollment_screens() {
    tour::enrollment_screens(&mut check);
}

#[test]
fn done() {
    tour::done(&mut check);
}

#[test]
fn every_problem_screen() {
    tour::every_problem_screen(&mut check);
}

#[test]
fn exit_prompt_is_masked() {
    tour::exit_prompt_is_masked(&mut check);
}

#[test]
fn parent_screens() {
    tour::parent_screens(&mut check);
}

#[test]
fn help_ticket_and_offline_screens() {
    tour::help_ticket_and_offline_screens(&mut check);
}

#[test]
fn counter_screens() {
    tour::counter_screens(&mut check);
}

#[test]
fn handoff_screens() {
    tour::handoff_screens(&mut check);
}

#[test]
fn tiny_terminals_do_not_panic() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::NewPassword(NewPasswordScreen::new(SecretString::from_str_exact("t")));
    h.text("Purple-Otter");
    for (w, hgt) in [(1, 1), (10, 3), (39, 11), (40, 12), (41, 13), (500, 200)] {
        let text = render_app(&h.app, w, hgt);
        assert!(!text.contains("Purple"));
    }
    insta::assert_snapshot!("too_small_30x8", render_app(&h.app, 30, 8));
}

/// The temporary password is on the screen once, and never in a snapshot.
#[test]
fn staff_temporary_password() {
    let mut h = Harness::new(None);
    h.app.ctx.staff = Some(tour::jordan());
    let temporary = "Xk7pQ2mZr9Ta";
    h.app.screen = Screen::StaffTemp(StaffTempScreen::new(
        SecretString::from_str_exact(temporary),
        StaffStudentScreen::new(tour::eli_status(), tour::eli_audit()),
    ));
    let spaced: String = temporary.chars().flat_map(|c| [c, ' ']).collect();
    let text = render_app(&h.app, 80, 24);
    assert!(text.contains(spaced.trim_end()), "{text}");
    insta::assert_snapshot!(
        "staff_temporary_password_en_80x24",
        text.replace(spaced.trim_end(), "<temporary password>")
    );
}
