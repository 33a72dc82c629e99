//! Self-service as a kiosk sends it: start, verify with PIN or answers, reset; the pauses,
//! tokens, idempotency and the 30-day rule.

use crate::common::{spawn, START};
use account_api::endpoints::{self as ep, Endpoint as _};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn health_is_open_and_everything_else_needs_a_device_token() {
    let app = spawn().await;
    let a = app
        .send(Method::GET, ep::HealthCheck::PATH, None, None, None)
        .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["status"], "ok");

    for token in [None, Some("not-a-token"), Some("")] {
        let a = app
            .send(Method::GET, ep::PasswordPolicy::PATH, token, None, None)
            .await;
        assert_eq!(a.status, 401);
        assert_eq!(a.code(), "unauthorized");
        assert_eq!(a.content_type, "application/problem+json");
    }
    let a = app
        .send(
            Method::GET,
            ep::PasswordPolicy::PATH,
            Some(&app.token),
            None,
            None,
        )
        .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.json()["min_length"], 8);
    assert_eq!(a.json()["max_length"], 64);
    assert_eq!(a.json()["min_strength"], 3);
    let a = app
        .send(Method::GET, ep::OpenApi::PATH, Some(&app.token), None, None)
        .await;
    assert_eq!(a.status, 200);
    assert!(a.json()["paths"][ep::Start::PATH].is_object());
}

#[tokio::test]
async fn start_offers_only_the_methods_the_student_has() {
    let app = spawn().await;
    let ava = app.start("AvaM1234", "2012-03-14").await.json();
    assert_eq!(ava["methods"], json!(["pin"]));
    assert!(ava["questions"].is_null());
    assert!(ava["flow"].as_str().unwrap().len() >= 22, "≥128 bits");

    // By student ID, and with the mail domain: the same student.
    let ben = app.start("223456789", "2011-07-02").await.json();
    assert_eq!(ben["methods"], json!(["questions"]));
    assert_eq!(
        ben["questions"],
        json!(["first_pet", "birth_city", "favorite_teacher"])
    );
    let ben = app.start("beno5678@nycstudents.net", "2011-07-02").await;
    assert_eq!(ben.status, 200);

    let chen = app.start("ChenW2468", "2010-11-23").await.json();
    assert_eq!(chen["methods"], json!(["pin", "questions"]));

    let dana = app.start("DanaC1357", "2013-01-30").await.json();
    assert_eq!(dana["methods"], json!([]));

    // A paused account answers its right birth date as it would a wrong one: the pause is
    // no birth-date oracle (the kiosk's answer names the ways that still work).
    let eli = app.start("EliH9753", "2012-09-09").await;
    let eli_wrong = app.start("EliH9753", "2012-09-10").await;
    assert_eq!(eli.status, 401);
    assert_eq!(eli.code(), "not_verified");
    assert_eq!(eli.body, eli_wrong.body);
}

#[tokio::test]
async fn unknown_student_and_wrong_birth_date_are_indistinguishable() {
    let app = spawn().await;
    let unknown = app.start("NoSuch9999", "2012-03-14").await;
    let wrong_date = app.start("AvaM1234", "2012-03-15").await;
    let unknown_id = app.start("299999999", "2012-03-14").await;
    assert_eq!(unknown.status, 401);
    assert_eq!(unknown.code(), "not_verified");
    assert_eq!(unknown.status, wrong_date.status);
    assert_eq!(unknown.body, wrong_date.body, "byte-identical bodies");
    assert_eq!(unknown.body, unknown_id.body);
    assert_eq!(unknown.content_type, wrong_date.content_type);
}

#[tokio::test]
async fn malformed_input_gets_a_problem_document_not_a_500() {
    let app = spawn().await;
    let cases = [
        r#"{"student":"AvaM1234"}"#,
        r#"{"student":"AvaM1234","birth_date":"2012-03-14","extra":1}"#,
        r#"{"student":"AvaM1234","birth_date":"14/03/2012"}"#,
        r#"not json"#,
        r#"[]"#,
    ];
    for body in cases {
        let a = app
            .send(
                Method::POST,
                ep::Start::PATH,
                Some(&app.token),
                Some(body),
                None,
            )
            .await;
        assert_eq!(a.status, 400, "{body}");
        assert_eq!(a.code(), "invalid_request", "{body}");
        assert_eq!(a.content_type, "application/problem+json");
    }
    // Well-formed text that is no username or student ID names no account: the same answer
    // as an unknown one, counted like one.
    let a = app
        .send(
            Method::POST,
            ep::Start::PATH,
            Some(&app.token),
            Some(r#"{"student":"' OR 1=1 --","birth_date":"2012-03-14"}"#),
            None,
        )
        .await;
    assert_eq!((a.status, a.code()), (401, "not_verified".into()));
    let huge = format!(
        r#"{{"student":"{}","birth_date":"2012-03-14"}}"#,
        "A".repeat(100_000)
    );
    let a = app
        .send(
            Method::POST,
            ep::Start::PATH,
            Some(&app.token),
            Some(&huge),
            None,
        )
        .await;
    assert_eq!(a.status, 413);
    assert_eq!(a.code(), "payload_too_large");
    let a = app
        .send(Method::GET, "/v1/nope", Some(&app.token), None, None)
        .await;
    assert_eq!(a.status, 404);
    assert_eq!(a.code(), "not_found");
}

#[tokio::test]
async fn pin_reset_end_to_end_writes_audit_and_outbox_once() {
    let app = spawn().await;
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    let wrong = app.verify_pin(&flow, "11111").await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.code(), "verification_failed");
    assert_eq!(wrong.json()["attempts_remaining"], 4);

    let ok = app.verify_pin(&flow, "50317").await;
    assert_eq!(ok.status, 200);
    let token = ok.json()["reset_token"].as_str().unwrap().to_string();
    // The flow is single-use.
    assert_eq!(app.verify_pin(&flow, "50317").await.code(), "flow_expired");

    let weak = app.reset(&token, "password1", "k1").await;
    assert_eq!(weak.status, 422);
    assert_eq!(weak.code(), "password_rejected");
    let reasons = weak.json()["reasons"].clone();
    assert!(
        reasons.as_array().unwrap().contains(&json!("common")),
        "{reasons}"
    );

    let named = app.reset(&token, "Martinez-Violin-Tower-8", "k1").await;
    assert!(named.json()["reasons"]
        .as_array()
        .unwrap()
        .contains(&json!("contains_name")));

    let same = app.reset(&token, "Sunflower-Maple-42", "k1").await;
    assert!(same.json()["reasons"]
        .as_array()
        .unwrap()
        .contains(&json!("same_as_current")));

    let done = app.reset(&token, "Purple-Otter-Skates-91", "k1").await;
    assert_eq!(done.status, 200, "{}", String::from_utf8_lossy(&done.body));
    assert!(done.json()["changed_at"]
        .as_str()
        .unwrap()
        .starts_with("2026-"));

    // The same key again: the same answer, applied once.
    let again = app.reset(&token, "Purple-Otter-Skates-91", "k1").await;
    assert_eq!(again.status, 200);
    assert_eq!(again.body, done.body);
    // The token is single-use under another key.
    let replay = app.reset(&token, "Another-Good-Phrase-55", "k2").await;
    assert_eq!(replay.code(), "flow_expired");

    let audit = app.store.audit_events(None, 100).await.unwrap();
    let resets: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "password_reset")
        .collect();
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0].detail, "self_service");
    let outbox = app.store.outbox(100).await.unwrap();
    assert_eq!(outbox.len(), 2, "Ava, and her mother once");
    assert_eq!(outbox[0].recipient, "avam1234@nycstudents.net");
    assert_eq!(outbox[0].template, "password_changed");
    assert_eq!(outbox[1].recipient, "maria.martinez@example.org");
    assert_eq!(outbox[1].template, "guardian_notice");
    assert!(
        !outbox[0].payload.to_string().contains("Purple"),
        "no secret in the email payload"
    );

    // A second self-service reset is refused for 30 days.
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    let soon = app.verify_pin(&flow, "50317").await;
    assert_eq!(soon.code(), "reset_too_soon");
}

#[tokio::test]
async fn questions_verify_with_normalized_answers() {
    let app = spawn().await;
    let flow = app.flow("BenO5678", "2011-07-02").await;
    let wrong = app
        .post(
            ep::Verify::PATH,
            json!({"flow": flow, "answers": {"first_pet": "rex", "birth_city": "abuja", "favorite_teacher": "ms rivera"}}),
        )
        .await;
    assert_eq!(wrong.code(), "verification_failed");
    let ok = app
        .post(
            ep::Verify::PATH,
            json!({"flow": flow, "answers": {"first_pet": " REX ", "birth_city": "Lagos", "favorite_teacher": "Ms   Rivera"}}),
        )
        .await;
    assert_eq!(ok.status, 200, "{}", String::from_utf8_lossy(&ok.body));
    let pin_for_ben = app
        .verify_pin(&app.flow("BenO5678", "2011-07-02").await, "12345")
        .await;
    assert_eq!(pin_for_ben.code(), "verification_failed", "Ben has no PIN");
    let both = app
        .post(
            ep::Verify::PATH,
            json!({"flow": app.flow("BenO5678", "2011-07-02").await, "pin": "1", "answers": {}}),
        )
        .await;
    assert_eq!(both.code(), "invalid_request");
}

#[tokio::test]
async fn chen_is_told_when_the_30_day_rule_lifts() {
    let app = spawn().await;
    let flow = app.flow("ChenW2468", "2010-11-23").await;
    let a = app.verify_pin(&flow, "72946").await;
    assert_eq!(a.status, 409);
    assert_eq!(a.code(), "reset_too_soon");
    let expected = time::OffsetDateTime::from_unix_timestamp(START + 20 * 86_400)
        .unwrap()
        .date();
    assert_eq!(
        a.json()["next_allowed"],
        account_api::identifiers::format_wire_date(expected)
    );
    // Twenty days later it is allowed.
    app.clock.advance(20 * 86_400 + 1);
    let flow = app.flow("ChenW2468", "2010-11-23").await;
    assert_eq!(app.verify_pin(&flow, "72946").await.status, 200);
}

#[tokio::test]
async fn five_failures_pause_for_fifteen_minutes_and_ten_until_a_reset() {
    let app = spawn().await;
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    for expected_left in [4, 3, 2, 1] {
        let a = app.verify_pin(&flow, "99999").await;
        assert_eq!(a.json()["attempts_remaining"], expected_left);
    }
    let fifth = app.verify_pin(&flow, "99999").await;
    assert_eq!(fifth.code(), "self_service_paused");
    assert_eq!(fifth.json()["pause"], "temporary");
    assert_eq!(fifth.json()["retry_after"], 900);
    // Even the right PIN is refused while paused, and the right birth date gets the answer a
    // wrong one gets.
    let right_pin = app.verify_pin(&flow, "50317").await;
    assert_eq!(right_pin.code(), "self_service_paused");
    assert!(right_pin.json()["retry_after"].as_u64().unwrap() <= 900);
    let right_date = app.start("AvaM1234", "2012-03-14").await;
    let wrong_date = app.start("AvaM1234", "2012-03-15").await;
    assert_eq!(right_date.code(), "not_verified");
    assert_eq!(right_date.body, wrong_date.body);

    app.clock.advance(15 * 60);
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    for _ in 0..4 {
        assert_eq!(
            app.verify_pin(&flow, "99999").await.code(),
            "verification_failed"
        );
    }
    // Failed birth dates count too: the tenth failure in 24 hours.
    let tenth = app.start("AvaM1234", "2001-01-01").await;
    assert_eq!(tenth.code(), "not_verified");
    let ava = |app: &crate::common::TestApp| {
        let store = app.store.clone();
        async move {
            let found = store
                .find_student(&account_api::identifiers::parse_student("AvaM1234").unwrap())
                .await
                .unwrap()
                .unwrap();
            found.pause_kind
        }
    };
    assert_eq!(ava(&app).await.as_deref(), Some("until_reset"));
    assert_eq!(
        app.start("AvaM1234", "2012-03-14").await.code(),
        "not_verified"
    );
    app.clock.advance(2 * 86_400);
    assert_eq!(ava(&app).await.as_deref(), Some("until_reset"));
    assert_eq!(
        app.start("AvaM1234", "2012-03-14").await.code(),
        "not_verified"
    );

    let audit = app.store.audit_events(None, 100).await.unwrap();
    let pauses: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "self_service_paused")
        .map(|e| e.result.as_str())
        .collect();
    assert_eq!(pauses, vec!["temporary", "until_reset"]);
}

#[tokio::test]
async fn tokens_are_bound_to_the_device_and_expire() {
    let app = spawn().await;
    let other = app.add_device("other kiosk").await;
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    let body = json!({"flow": flow, "pin": "50317"}).to_string();
    let stolen = app
        .send(
            Method::POST,
            ep::Verify::PATH,
            Some(&other),
            Some(&body),
            None,
        )
        .await;
    assert_eq!(stolen.code(), "flow_expired");

    let token = app.ava_reset_token().await;
    let body = json!({"reset_token": token, "new_password": "Purple-Otter-Skates-91"}).to_string();
    let stolen = app
        .send(
            Method::POST,
            ep::Reset::PATH,
            Some(&other),
            Some(&body),
            Some("x"),
        )
        .await;
    assert_eq!(stolen.code(), "flow_expired");

    app.clock.advance(11 * 60);
    assert_eq!(
        app.reset(&token, "Purple-Otter-Skates-91", "late")
            .await
            .code(),
        "flow_expired"
    );
    let missing_key = app
        .send(
            Method::POST,
            ep::Reset::PATH,
            Some(&app.token),
            Some(&body),
            None,
        )
        .await;
    assert_eq!(missing_key.code(), "invalid_request");
}

#[tokio::test]
async fn an_idempotency_key_reused_for_another_request_is_refused() {
    let app = spawn().await;
    let token = app.ava_reset_token().await;
    assert_eq!(
        app.reset(&token, "Purple-Otter-Skates-91", "same")
            .await
            .status,
        200
    );
    let flow = app.flow("BenO5678", "2011-07-02").await;
    let ben = app
        .post(
            ep::Verify::PATH,
            json!({"flow": flow, "answers": {"first_pet": "rex", "birth_city": "lagos", "favorite_teacher": "ms rivera"}}),
        )
        .await;
    let ben_token = ben.json()["reset_token"].as_str().unwrap().to_string();
    let a = app
        .reset(&ben_token, "Granite-Kayak-Meadow-3", "same")
        .await;
    assert_eq!(a.code(), "idempotency_conflict");
    assert_eq!(a.status, 422);
}

#[tokio::test]
async fn one_key_with_another_password_is_refused_not_replayed() {
    let app = spawn().await;
    let token = app.ava_reset_token().await;
    let first = app.reset(&token, "Purple-Otter-Skates-91", "k1").await;
    assert_eq!(first.status, 200);
    let other = app.reset(&token, "Granite-Kayak-Meadow-3", "k1").await;
    assert_eq!(
        other.status,
        422,
        "{}",
        String::from_utf8_lossy(&other.body)
    );
    assert_eq!(other.code(), "idempotency_conflict");
    // The stored fingerprint does not hold the password in a searchable form.
    let stored = app
        .store
        .idempotent_response(&device_id(&app).await, "k1")
        .await
        .unwrap()
        .unwrap();
    let plain = account_service::tokens::digest("Purple-Otter-Skates-91");
    assert!(!stored.fingerprint.contains(&plain));
    let enroll = app.enroll("AvaM1234", "Purple-Otter-Skates-91").await;
    assert_eq!(enroll.status, 200, "the first password stands");
}

async fn device_id(app: &crate::common::TestApp) -> String {
    app.store
        .device_by_token_hash(&account_service::tokens::digest(&app.token))
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn concurrent_resets_with_one_key_apply_once() {
    let app = spawn().await;
    let token = app.ava_reset_token().await;
    let (a, b) = tokio::join!(
        app.reset(&token, "Purple-Otter-Skates-91", "dup"),
        app.reset(&token, "Purple-Otter-Skates-91", "dup")
    );
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(b.status, 200, "{}", String::from_utf8_lossy(&b.body));
    assert_eq!(a.body, b.body);
    let audit = app.store.audit_events(None, 100).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "password_reset")
            .count(),
        1
    );
}

#[tokio::test]
async fn seeding_twice_loads_nothing_new() {
    let app = spawn().await;
    let hasher = account_service::domain::hasher::Hasher::new(
        account_service::HashParams::insecure_for_tests(),
        1,
    )
    .unwrap();
    let clock: std::sync::Arc<dyn account_service::clock::Clock> = app.clock.clone();
    assert!(
        !account_service::demo::seed_demo(&app.store, &hasher, &clock)
            .await
            .unwrap()
    );
}
