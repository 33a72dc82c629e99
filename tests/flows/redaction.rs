//! `Debug` of every type that holds a secret prints a redaction, never the secret (issue 8).

use account_api::wire::*;
use account_api::SecretString;
use kiosk::screens::*;
use kiosk::secret::SecretBuf;

const SECRET: &str = "S3cret-Value-77";

fn s() -> SecretString {
    SecretString::from_str_exact(SECRET)
}

fn assert_redacted(name: &str, shown: String) {
    assert!(!shown.contains(SECRET), "{name} shows the secret: {shown}");
}

#[test]
fn wire_types() {
    assert_redacted("SecretString", format!("{:?}", s()));
    assert_redacted(
        "StartResponse",
        format!(
            "{:?}",
            StartResponse {
                flow: s(),
                methods: vec![],
                questions: None
            }
        ),
    );
    assert_redacted(
        "VerifyRequest",
        format!(
            "{:?}",
            VerifyRequest {
                flow: s(),
                pin: Some(s()),
                answers: None
            }
        ),
    );
    assert_redacted(
        "VerifyResponse",
        format!("{:?}", VerifyResponse { reset_token: s() }),
    );
    assert_redacted(
        "ResetRequest",
        format!(
            "{:?}",
            ResetRequest {
                reset_token: s(),
                new_password: s()
            }
        ),
    );
    assert_redacted(
        "EnrollSessionRequest",
        format!(
            "{:?}",
            EnrollSessionRequest {
                student: "a".into(),
                password: s()
            }
        ),
    );
    assert_redacted(
        "EnrollSessionResponse",
        format!(
            "{:?}",
            EnrollSessionResponse {
                session: s(),
                has_pin: true,
                has_questions: false,
                must_change_password: false
            }
        ),
    );
    assert_redacted(
        "SetPinRequest",
        format!(
            "{:?}",
            SetPinRequest {
                session: s(),
                pin: s()
            }
        ),
    );
    assert_redacted(
        "SetQuestionsRequest",
        format!(
            "{:?}",
            SetQuestionsRequest {
                session: s(),
                password: s(),
                answers: vec![QuestionAnswer {
                    question: "q".into(),
                    answer: s()
                }]
            }
        ),
    );
    assert_redacted(
        "SetPasswordRequest",
        format!(
            "{:?}",
            SetPasswordRequest {
                session: s(),
                new_password: s()
            }
        ),
    );
    assert_redacted(
        "NycsaSessionRequest",
        format!(
            "{:?}",
            NycsaSessionRequest {
                email: "e".into(),
                password: s()
            }
        ),
    );
    assert_redacted(
        "NycsaSessionResponse",
        format!(
            "{:?}",
            NycsaSessionResponse {
                session: s(),
                parent_name: "p".into(),
                children: vec![]
            }
        ),
    );
    assert_redacted(
        "ChildPasswordRequest",
        format!(
            "{:?}",
            ChildPasswordRequest {
                session: s(),
                new_password: s()
            }
        ),
    );
    assert_redacted(
        "StaffSessionRequest",
        format!(
            "{:?}",
            StaffSessionRequest {
                staff_id: "x".into(),
                password: s(),
                totp: s(),
            }
        ),
    );
    assert_redacted(
        "StaffSessionResponse",
        format!(
            "{:?}",
            StaffSessionResponse {
                session: s(),
                name: "n".into(),
                center: "c".into(),
                role: account_api::wire::StaffRole::Staff,
            }
        ),
    );
    assert_redacted(
        "IdentityCheckResponse",
        format!(
            "{:?}",
            IdentityCheckResponse {
                check: s(),
                valid_for: 600
            }
        ),
    );
    assert_redacted(
        "StaffPasswordRequest",
        format!(
            "{:?}",
            StaffPasswordRequest {
                check: s(),
                mode: StaffResetMode::VisitorChooses,
                new_password: Some(s())
            }
        ),
    );
    assert_redacted(
        "StaffPasswordResponse",
        format!(
            "{:?}",
            StaffPasswordResponse {
                temporary_password: Some(s())
            }
        ),
    );
    assert_redacted("CheckRequest", format!("{:?}", CheckRequest { check: s() }));
}

#[test]
fn kiosk_types() {
    let mut buf = SecretBuf::new(32);
    SECRET.chars().for_each(|c| {
        buf.push(c);
    });
    assert_redacted("SecretBuf", format!("{buf:?}"));
    let flow = || StudentFlow {
        flow: s(),
        methods: vec![],
        questions: vec![],
    };
    assert_redacted("StudentFlow", format!("{:?}", flow()));
    let mut pin = PinScreen::new(flow());
    SECRET.chars().take(8).for_each(|c| {
        pin.pin.push(c);
    });
    assert_redacted("PinScreen", format!("{pin:?}"));
    assert_redacted(
        "QuestionsScreen",
        format!("{:?}", QuestionsScreen::new(flow())),
    );
    assert_redacted(
        "NewPasswordScreen",
        format!("{:?}", NewPasswordScreen::new(s())),
    );
    let ctx = || EnrollContext {
        student: "a".into(),
        session: Some(s()),
        has_pin: false,
        has_questions: false,
    };
    assert_redacted("EnrollContext", format!("{:?}", ctx()));
    assert_redacted(
        "EnrollPinScreen",
        format!("{:?}", EnrollPinScreen::new(ctx())),
    );
    assert_redacted(
        "EnrollQuestionsScreen",
        format!("{:?}", EnrollQuestionsScreen::new(ctx())),
    );
    assert_redacted(
        "ParentSession",
        format!(
            "{:?}",
            ParentSession {
                session: s(),
                parent_name: "p".into(),
                children: vec![]
            }
        ),
    );
    assert_redacted(
        "StaffContext",
        format!(
            "{:?}",
            StaffContext {
                session: s(),
                name: "n".into(),
                center: "c".into(),
                role: account_api::wire::StaffRole::Staff,
            }
        ),
    );
    let api = kiosk::api::ApiClient::new(
        "http://127.0.0.1:9",
        s(),
        std::time::Duration::from_secs(1),
        None,
    )
    .unwrap();
    assert_redacted("ApiClient", format!("{api:?}"));
    let mut prompt = kiosk::exit_prompt::ExitPrompt::new();
    SECRET.chars().for_each(|c| {
        prompt.code.push(c);
    });
    assert_redacted("ExitPrompt", format!("{prompt:?}"));
}
