//! Screens on their own: a key in, the request out, with no app, service or terminal.

use account_api::wire::Method;
use account_api::SecretString;
use kiosk::i18n::Locales;
use kiosk::keys::Key;
use kiosk::screens::{
    Action, Ctx, LookupScreen, NewPasswordScreen, PinScreen, Request, Screen, StudentFlow,
};

fn ctx() -> Ctx {
    Ctx::new("en", Locales::load(), crate::common::config())
}

fn type_text(screen: &mut Screen, ctx: &Ctx, text: &str) {
    for c in text.chars() {
        assert!(matches!(screen.key(Key::Char(c), ctx), Action::None));
    }
}

fn ava_flow() -> StudentFlow {
    StudentFlow {
        flow: SecretString::from_str_exact("flow-from-start"),
        methods: vec![Method::Pin],
        questions: Vec::new(),
    }
}

#[test]
fn lookup_sends_start_with_the_typed_id_and_the_date_as_the_wire_writes_it() {
    let ctx = ctx();
    let mut screen = Screen::Lookup(LookupScreen::new());
    type_text(&mut screen, &ctx, " AvaM1234 ");
    assert!(matches!(screen.key(Key::Tab, &ctx), Action::None));
    type_text(&mut screen, &ctx, "03/14/2012");
    let Action::Request(Request::Start(body)) = screen.key(Key::Enter, &ctx) else {
        panic!("Enter on the date did not send Start");
    };
    assert_eq!(body.student, "AvaM1234");
    assert_eq!(body.birth_date, "2012-03-14");
}

#[test]
fn lookup_sends_nothing_without_a_date() {
    let ctx = ctx();
    let mut screen = Screen::Lookup(LookupScreen::new());
    type_text(&mut screen, &ctx, "AvaM1234");
    assert!(matches!(screen.key(Key::Enter, &ctx), Action::None));
    assert!(matches!(screen.key(Key::Enter, &ctx), Action::None));
}

#[test]
fn pin_sends_verify_with_the_flow_and_the_pin() {
    let ctx = ctx();
    let mut screen = Screen::Pin(PinScreen::new(ava_flow()));
    assert!(
        matches!(screen.key(Key::Enter, &ctx), Action::None),
        "an empty PIN is not sent"
    );
    type_text(&mut screen, &ctx, "50317");
    assert_eq!(screen.secret_len(), Some(5));
    let Action::Request(Request::Verify(body)) = screen.key(Key::Enter, &ctx) else {
        panic!("Enter did not send Verify");
    };
    assert_eq!(body.flow.expose(), "flow-from-start");
    assert_eq!(body.pin.as_ref().map(|p| p.expose()), Some("50317"));
    assert!(body.answers.is_none());
}

#[test]
fn new_password_sends_reset_with_one_idempotency_key_for_its_retries() {
    let ctx = ctx();
    let token = SecretString::from_str_exact("reset-token");
    let mut screen = Screen::NewPassword(NewPasswordScreen::new(token));
    let password = "Purple-Otter-Skates-91";
    type_text(&mut screen, &ctx, password);
    assert!(matches!(screen.key(Key::Tab, &ctx), Action::None));
    type_text(&mut screen, &ctx, password);
    let send = |screen: &mut Screen| {
        let Action::Request(Request::Reset {
            body,
            idempotency_key,
        }) = screen.key(Key::Enter, &ctx)
        else {
            panic!("Enter did not send Reset");
        };
        assert_eq!(body.reset_token.expose(), "reset-token");
        assert_eq!(body.new_password.expose(), password);
        idempotency_key
    };
    let first = send(&mut screen);
    assert!(uuid::Uuid::parse_str(&first).is_ok(), "{first:?}");
    assert_eq!(send(&mut screen), first, "a second Enter is the same reset");
}

/// The date the visitor typed, as each language says it; French gives the first of the
/// month its ordinal.
#[test]
fn the_date_in_words_follows_each_language() {
    fn said(lang: &'static str, year: i32, month: u8, day: u8) -> String {
        let ctx = Ctx::new(lang, Locales::load(), crate::common::config());
        let month = time::Month::try_from(month).unwrap();
        let date = time::Date::from_calendar_date(year, month, day).unwrap();
        kiosk::screens::date_in_words(&ctx, date)
    }
    assert_eq!(said("en", 2012, 3, 14), "March 14, 2012");
    assert_eq!(said("es", 2012, 3, 14), "14 de marzo de 2012");
    assert_eq!(said("fr", 2012, 3, 1), "1er mars 2012");
    assert_eq!(said("fr", 2012, 3, 14), "14 mars 2012");
    assert_eq!(said("zh", 2012, 3, 1), "2012年3月1日");
}
