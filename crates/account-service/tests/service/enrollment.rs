//! Enrollment: signing in with the current password, then setting a PIN, questions, or
//! replacing a temporary password.

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use serde_json::json;

fn answers(a: [(&str, &str); 3]) -> serde_json::Value {
    json!(a
        .iter()
        .map(|(q, ans)| json!({"question": q, "answer": ans}))
        .collect::<Vec<_>>())
}

#[tokio::test]
async fn sign_in_reports_what_is_set_and_fails_the_same_for_unknown_students() {
    let app = spawn().await;
    let dana = app.enroll("DanaC1357", "Violet-Comet-88").await.json();
    assert_eq!(dana["has_pin"], false);
    assert_eq!(dana["has_questions"], false);
    assert_eq!(dana["must_change_password"], false);
    let chen = app.enroll("234567890", "Quiet-Bamboo-19").await.json();
    assert_eq!(chen["has_pin"], true);
    assert_eq!(chen["has_questions"], true);

    let wrong = app.enroll("DanaC1357", "Violet-Comet-89").await;
    let unknown = app.enroll("Nobody0000", "Violet-Comet-88").await;
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.code(), "sign_in_failed");
    assert_eq!(wrong.body, unknown.body);
    // Failures count like self-service failures.
    let flow = app.start("DanaC1357", "2013-01-30").await;
    assert_eq!(flow.status, 200);
    for _ in 0..4 {
        app.enroll("DanaC1357", "nope-nope-nope").await;
    }
    // Five failures pause: the right password is then not even checked, and the answer is
    // the one an unknown account gets, so a pause does not tell that the account exists.
    let paused = app.enroll("DanaC1357", "Violet-Comet-88").await;
    assert_eq!(
        paused.code(),
        "sign_in_failed",
        "five failures pause, even for the right password"
    );
    assert_eq!(paused.body, unknown.body);
    let eli = app.enroll("EliH9753", "Cedar-Rocket-63").await;
    assert_eq!(eli.body, unknown.body, "paused until reset: as unknown");
}

#[tokio::test]
async fn pin_rules_then_save_then_self_service_with_the_new_pin() {
    let app = spawn().await;
    let session = app.session("DanaC1357", "Violet-Comet-88").await;
    for (pin, reason) in [
        ("1234", "pin_length"),
        ("12345", "pin_sequence"),
        ("77777", "pin_repeated"),
        ("013013", "pin_birth_date"),
        ("01302013", "pin_birth_date"),
        ("12 34x", "pin_characters"),
    ] {
        let a = app
            .put(ep::SetPin::PATH, json!({"session": session, "pin": pin}))
            .await;
        assert_eq!(a.code(), "pin_rejected", "{pin}");
        assert!(
            a.json()["reasons"]
                .as_array()
                .unwrap()
                .contains(&json!(reason)),
            "{pin}: {}",
            a.json()
        );
    }
    let ok = app
        .put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "Tiger7"}),
        )
        .await;
    assert_eq!(ok.status, 204, "{}", String::from_utf8_lossy(&ok.body));
    // The session ended with the save.
    let replay = app
        .put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "Otter9"}),
        )
        .await;
    assert_eq!(replay.code(), "flow_expired");

    let outbox = app.store.outbox(10).await.unwrap();
    let sent: Vec<(&str, &str)> = outbox
        .iter()
        .map(|r| (r.template.as_str(), r.recipient.as_str()))
        .collect();
    assert_eq!(
        sent,
        vec![
            ("pin_set", "danac1357@nycstudents.net"),
            ("guardian_notice", "maria.martinez@example.org"),
        ],
        "Dana, and her mother once"
    );
    let audit = app.store.audit_events(None, 100).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "pin_set").count(), 1);

    let start = app.start("DanaC1357", "2013-01-30").await.json();
    assert_eq!(start["methods"], json!(["pin"]));
    let verified = app
        .verify_pin(start["flow"].as_str().unwrap(), "tiger7")
        .await;
    assert_eq!(
        verified.code(),
        "verification_failed",
        "PINs are case-sensitive"
    );
    let start = app.start("DanaC1357", "2013-01-30").await.json();
    let verified = app
        .verify_pin(start["flow"].as_str().unwrap(), "Tiger7")
        .await;
    assert_eq!(verified.status, 200);
}

#[tokio::test]
async fn question_rules_then_save_then_self_service_with_the_answers() {
    let app = spawn().await;
    let session = app.session("DanaC1357", "Violet-Comet-88").await;
    let cases = [
        (
            answers([
                ("first_pet", "max"),
                ("first_pet", "rio"),
                ("favorite_book", "dune"),
            ]),
            "questions_repeated",
        ),
        (
            answers([
                ("first_pet", "max"),
                ("birth_city", "Max "),
                ("favorite_book", "dune"),
            ]),
            "answers_repeated",
        ),
        (
            answers([
                ("first_pet", "my pet max"),
                ("birth_city", "rio"),
                ("favorite_book", "dune"),
            ]),
            "answer_has_question_words",
        ),
        (
            answers([
                ("first_pet", "mx"),
                ("birth_city", "rio"),
                ("favorite_book", "dune"),
            ]),
            "answer_length",
        ),
        (
            answers([
                ("first_pet", "max"),
                ("shoe_size", "rio"),
                ("favorite_book", "dune"),
            ]),
            "questions_invalid",
        ),
    ];
    for (body, reason) in cases {
        let a = app
            .put(
                ep::SetQuestions::PATH,
                json!({"session": session, "password": "Violet-Comet-88", "answers": body}),
            )
            .await;
        assert_eq!(a.code(), "questions_rejected", "{reason}");
        assert!(
            a.json()["reasons"]
                .as_array()
                .unwrap()
                .contains(&json!(reason)),
            "{reason}: {}",
            a.json()
        );
    }
    let good = answers([
        ("first_pet", "Max"),
        ("birth_city", "Rio de Janeiro"),
        ("favorite_book", "Dune"),
    ]);
    let wrong_password = app
        .put(
            ep::SetQuestions::PATH,
            json!({"session": session, "password": "Violet-Comet-00", "answers": good}),
        )
        .await;
    assert_eq!(wrong_password.code(), "sign_in_failed");
    let ok = app
        .put(
            ep::SetQuestions::PATH,
            json!({"session": session, "password": "Violet-Comet-88", "answers": good}),
        )
        .await;
    assert_eq!(ok.status, 204, "{}", String::from_utf8_lossy(&ok.body));
    let replay = app
        .put(
            ep::SetQuestions::PATH,
            json!({"session": session, "password": "Violet-Comet-88", "answers": good}),
        )
        .await;
    assert_eq!(replay.code(), "flow_expired");

    let start = app.start("DanaC1357", "2013-01-30").await.json();
    assert_eq!(
        start["questions"],
        json!(["first_pet", "birth_city", "favorite_book"])
    );
    let verified = app
        .post(
            ep::Verify::PATH,
            json!({"flow": start["flow"], "answers": {"first_pet": "max", "birth_city": "rio  de janeiro", "favorite_book": "DUNE"}}),
        )
        .await;
    assert_eq!(verified.status, 200);
    let outbox = app.store.outbox(10).await.unwrap();
    assert_eq!(
        outbox
            .iter()
            .filter(|m| m.template == "questions_set")
            .count(),
        1
    );
}

#[tokio::test]
async fn changing_replaces_the_old_pin_and_sessions_expire() {
    let app = spawn().await;
    let session = app.session("AvaM1234", "Sunflower-Maple-42").await;
    assert_eq!(
        app.put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "Otter9"})
        )
        .await
        .status,
        204
    );
    let start = app.start("AvaM1234", "2012-03-14").await.json();
    assert_eq!(
        app.verify_pin(start["flow"].as_str().unwrap(), "50317")
            .await
            .code(),
        "verification_failed"
    );

    let session = app.session("AvaM1234", "Sunflower-Maple-42").await;
    app.clock.advance(11 * 60);
    let late = app
        .put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "Falcon5"}),
        )
        .await;
    assert_eq!(late.code(), "flow_expired");
    let other = app.add_device("other").await;
    let session = app.session("AvaM1234", "Sunflower-Maple-42").await;
    let body = json!({"session": session, "pin": "Falcon5"}).to_string();
    let stolen = app
        .send(
            reqwest::Method::PUT,
            ep::SetPin::PATH,
            Some(&other),
            Some(&body),
            None,
        )
        .await;
    assert_eq!(stolen.code(), "flow_expired");
}

#[tokio::test]
async fn a_temporary_password_must_be_replaced_first() {
    let app = spawn().await;
    app.sql("UPDATE students SET must_change_password = 1 WHERE username = 'EliH9753'")
        .await;
    app.sql("UPDATE students SET pause_kind = NULL WHERE username = 'EliH9753'")
        .await;
    let s = app.enroll("EliH9753", "Cedar-Rocket-63").await.json();
    assert_eq!(s["must_change_password"], true);
    let session = s["session"].as_str().unwrap().to_string();
    let pin = app
        .put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "Otter9"}),
        )
        .await;
    assert_eq!(pin.code(), "password_change_required");
    let weak = app
        .put(
            ep::SetPassword::PATH,
            json!({"session": session, "new_password": "password"}),
        )
        .await;
    assert_eq!(weak.code(), "password_rejected");
    let ok = app
        .put(
            ep::SetPassword::PATH,
            json!({"session": session, "new_password": "Lantern-Walrus-Piano-4"}),
        )
        .await;
    assert_eq!(ok.status, 204, "{}", String::from_utf8_lossy(&ok.body));
    let again = app
        .enroll("EliH9753", "Lantern-Walrus-Piano-4")
        .await
        .json();
    assert_eq!(again["must_change_password"], false);
    assert_eq!(
        app.enroll("EliH9753", "Cedar-Rocket-63").await.code(),
        "sign_in_failed"
    );
}
