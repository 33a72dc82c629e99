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
            let small = render_app(&h.app, 40, 12);
            let wide = render_app(&h.app, 200, 60);
            for (size, text) in [("40x12", &small), ("200x60", &wide)] {
                for s in secrets {
                    assert!(
                        !text.contains(s),
                        "{name} in {lang} at {size} shows a secret {s:?}:\n{text}"
                    );
                }
            }
            assert_keys_shown(name, lang, h, &small);
            assert_readable_width(name, lang, &wide);
            insta::assert_snapshot!(format!("{name}_{lang}_40x12"), small);
            insta::assert_snapshot!(format!("{name}_{lang}_200x60"), wide);
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

/// On the smallest terminal every key of the footer is still there, at least by its name.
fn assert_keys_shown(name: &str, lang: &str, h: &Harness, text: &str) {
    if h.app.help_open() {
        return;
    }
    if h.app.exit_prompt().is_some() || h.app.idle_countdown(tokio::time::Instant::now()).is_some()
    {
        return;
    }
    let rows: Vec<&str> = text.lines().collect();
    let bottom = rows[rows.len().saturating_sub(4)..].join(" ");
    let bottom: String = bottom.split_whitespace().collect();
    let mut keys = h.app.global_keys();
    keys.extend(h.app.footer_keys());
    for key in keys {
        let label = h.app.ctx.t(key);
        let key_name = label.split_once(':').map_or(label.as_str(), |(k, _)| k);
        // Compared by its letters and digits (Enter, Tab, F2), or its arrows: a right-to-left
        // row puts the marks between them in another order.
        let tokens: Vec<&str> = key_name
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|t| !t.is_empty())
            .collect();
        let found = if tokens.is_empty() {
            key_name
                .chars()
                .filter(|c| !c.is_whitespace())
                .all(|c| bottom.contains(c))
        } else {
            tokens.iter().all(|t| bottom.contains(t))
        };
        assert!(
            found,
            "{name} in {lang} at 40x12 lost the key {key_name:?}:\n{text}"
        );
    }
}

/// On a wide terminal the body keeps a line length people can follow.
fn assert_readable_width(name: &str, lang: &str, text: &str) {
    let rows: Vec<&str> = text.lines().collect();
    // The header and the footer span the terminal; the body between them does not.
    for row in &rows[1..rows.len().saturating_sub(2)] {
        let used = kiosk::widgets::width::width(row.trim());
        assert!(
            used <= usize::from(kiosk::view::MAX_BODY_WIDTH),
            "{name} in {lang} at 200x60 runs {used} characters wide:\n{text}"
        );
    }
}

/// Nothing runs past its area at 80x24: the title and footer are whole, and the body does
/// not reach its last row (where a longer text would be cut).
fn assert_fits(name: &str, lang: &str, h: &Harness, text: &str) {
    let rows: Vec<&str> = text.lines().collect();
    if h.app.exit_prompt().is_some()
        || h.app.help_open()
        || h.app.idle_countdown(tokio::time::Instant::now()).is_some()
    {
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
    let footer = kiosk::widgets::chrome::footer_rows(&h.app.ctx, &h.app.footer_keys(), 78);
    assert!(
        kiosk::widgets::width::width(&title) <= 78,
        "{name} in {lang}: title too wide: {title}"
    );
    assert!(
        footer.iter().all(|r| !r.contains(':')) || footer.iter().all(|r| r.contains(':')),
        "{name} in {lang}: at 80 columns every key keeps what it does: {footer:?}"
    );
    for (row, line) in rows[24 - footer.len()..].iter().zip(&footer) {
        assert_eq!(
            row.trim(),
            shown(line).trim(),
            "{name} in {lang}: footer cut"
        );
    }
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

/// At 40x12 the body follows the focus, and PageDown shows what lies below it.
#[test]
fn a_small_terminal_scrolls_to_the_focus_and_on_page_down() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Lookup(LookupScreen::new());
    h.text("AvaM1234");
    h.key(crossterm::event::KeyCode::Tab);
    let text = render_app(&h.app, 40, 12);
    assert!(text.contains("Date of birth"), "{text}");
    assert!(text.contains('▲'), "more above: {text}");

    h.app.screen = Screen::Help(HelpScreen);
    let before = render_app(&h.app, 40, 12);
    assert!(!before.contains("718-935-2009"), "{before}");
    assert!(before.contains('▼'), "more below: {before}");
    h.key(crossterm::event::KeyCode::PageDown);
    h.key(crossterm::event::KeyCode::PageDown);
    let after = render_app(&h.app, 40, 12);
    assert!(after.contains("718-935-2009"), "{after}");
    assert!(after.contains('▲'), "{after}");
    h.key(crossterm::event::KeyCode::PageUp);
    h.key(crossterm::event::KeyCode::PageUp);
    assert_eq!(render_app(&h.app, 40, 12), before);
}

/// F1 over a half-filled form: the help comes up over it, and Esc gives the form back as it
/// was.
#[test]
fn help_over_any_family_screen() {
    let mut h = Harness::new(None);
    h.app.screen = Screen::Lookup(LookupScreen::new());
    h.text("AvaM1234");
    let before = render_app(&h.app, 80, 24);
    h.key(crossterm::event::KeyCode::F(1));
    assert!(h.app.help_open());
    check("help_overlay", &mut h, &[]);
    assert!(render_app(&h.app, 80, 24).contains("718-935-2009"));
    h.key(crossterm::event::KeyCode::Char('x'));
    assert_eq!(
        h.screen_name(),
        "lookup",
        "keys do not reach the form under the help"
    );
    h.key(crossterm::event::KeyCode::Esc);
    assert!(!h.app.help_open());
    assert_eq!(render_app(&h.app, 80, 24), before);
}
