//! Counter mode: staff sign-in, search, identity checks and the actions they allow.

use crate::common::{spawn, TestApp};
use account_api::endpoints::{self as ep, Endpoint as _};
use reqwest::Method;
use serde_json::json;

async fn jordan(app: &TestApp, device: &str) -> String {
    let a = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            device,
            None,
            Some(app.jordan()),
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    assert_eq!(a.json()["name"], "Jordan Lee");
    assert_eq!(a.json()["center"], "Bronx Family Welcome Center");
    a.json()["session"].as_str().unwrap().to_string()
}

async fn find(app: &TestApp, device: &str, session: &str, q: &str) -> serde_json::Value {
    let a = app
        .staff(
            Method::GET,
            &format!("/v1/staff/students?q={}", urlencode(q)),
            device,
            Some(session),
            None,
        )
        .await;
    assert_eq!(a.status, 200, "{q}: {}", String::from_utf8_lossy(&a.body));
    a.json()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'.' || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn check(app: &TestApp, device: &str, session: &str, student_ref: &str) -> String {
    let a = app
        .staff(
            Method::POST,
            &format!("/v1/staff/students/{student_ref}/identity-checks"),
            device,
            Some(session),
            Some(json!({"visitor": "student", "document": "NYC ID card", "note": "mother waited"})),
        )
        .await;
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    a.json()["check"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn only_counter_terminals_with_a_live_staff_session_get_in() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let body = app.jordan();
    let kiosk = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            &app.token,
            None,
            Some(body.clone()),
        )
        .await;
    assert_eq!(
        kiosk.status, 403,
        "a kiosk-mode terminal cannot sign staff in"
    );
    let wrong = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            &counter,
            None,
            Some(json!({"staff_id": "fwc.bronx.01", "password": "nope", "totp": "000000"})),
        )
        .await;
    assert_eq!(wrong.code(), "sign_in_failed");
    let session = jordan(&app, &counter).await;

    let q = "/v1/staff/students?q=212345678";
    assert_eq!(
        app.staff(Method::GET, q, &counter, None, None).await.status,
        401,
        "missing session"
    );
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some("made-up"), None)
            .await
            .status,
        401
    );
    assert_eq!(
        app.staff(Method::GET, q, &app.token, Some(&session), None)
            .await
            .status,
        403,
        "kiosk-mode token"
    );
    let other_counter = app.counter_device("other desk").await;
    assert_eq!(
        app.staff(Method::GET, q, &other_counter, Some(&session), None)
            .await
            .status,
        401,
        "another terminal's session"
    );
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        200
    );

    // Idle for 15 minutes: over.
    app.clock.advance(15 * 60);
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        401
    );
    // Active all day: over after 8 hours anyway.
    let session = jordan(&app, &counter).await;
    for _ in 0..47 {
        app.clock.advance(10 * 60);
        assert_eq!(
            app.staff(Method::GET, q, &counter, Some(&session), None)
                .await
                .status,
            200
        );
    }
    app.clock.advance(10 * 60);
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        401,
        "8 hours absolute"
    );
}

#[tokio::test]
async fn search_by_id_username_or_name_and_birth_date_and_read_status() {
    let app = spawn().await;
    let counter = app.counter_device("desk").await;
    let s = jordan(&app, &counter).await;
    let by_id = find(&app, &counter, &s, "256789012").await;
    let by_user = find(&app, &counter, &s, "eliH9753").await;
    let by_name = find(&app, &counter, &s, "Haddad 09/09/2012").await;
    assert_eq!(by_id["students"][0]["name"], "Eli Haddad");
    assert_eq!(by_id, by_user);
    assert_eq!(by_id, by_name);
    assert_eq!(
        find(&app, &counter, &s, "Haddad 09/10/2012").await["students"],
        json!([])
    );
    let bad = app
        .staff(
            Method::GET,
            "/v1/staff/students?q=%20",
            &counter,
            Some(&s),
            None,
        )
        .await;
    assert_eq!(bad.code(), "invalid_request");

    let eli = by_id["students"][0]["student_ref"].as_str().unwrap();
    let status = app
        .staff(
            Method::GET,
            &format!("/v1/staff/students/{eli}"),
            &counter,
            Some(&s),
            None,
        )
        .await
        .json();
    assert_eq!(status["has_pin"], true);
    assert_eq!(status["has_questions"], false);
    assert_eq!(status["paused"], "until_reset");
    assert_eq!(status["must_change_password"], false);
}

#[tokio::test]
async fn every_action_needs_a_recent_check_and_writes_one_audit_event() {
    let app = spawn().await;
    let counter = app.counter_device("desk").await;
    let s = jordan(&app, &counter).await;
    let eli = find(&app, &counter, &s, "256789012").await["students"][0]["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    let ava = find(&app, &counter, &s, "212345678").await["students"][0]["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    let path = |what: &str| format!("/v1/staff/students/{eli}/{what}");

    let no_check = app
        .staff(
            Method::POST,
            &path("resume-self-service"),
            &counter,
            Some(&s),
            Some(json!({"check": "x"})),
        )
        .await;
    assert_eq!(no_check.code(), "identity_check_required");
    let avas_check = check(&app, &counter, &s, &ava).await;
    let wrong_student = app
        .staff(
            Method::POST,
            &path("resume-self-service"),
            &counter,
            Some(&s),
            Some(json!({"check": avas_check})),
        )
        .await;
    assert_eq!(
        wrong_student.code(),
        "identity_check_required",
        "a check is for one student"
    );

    let c = check(&app, &counter, &s, &eli).await;
    let before = app.store.audit_events(Some(&eli), 100).await.unwrap().len();
    let resumed = app
        .staff(
            Method::POST,
            &path("resume-self-service"),
            &counter,
            Some(&s),
            Some(json!({"check": c})),
        )
        .await;
    assert_eq!(
        resumed.status,
        204,
        "{}",
        String::from_utf8_lossy(&resumed.body)
    );
    let after = app.store.audit_events(Some(&eli), 100).await.unwrap();
    assert_eq!(after.len(), before + 1);
    assert_eq!(after.last().unwrap().action, "self_service_resumed");
    assert_eq!(after.last().unwrap().actor, "fwc.bronx.01");
    assert_eq!(
        app.start("EliH9753", "2012-09-09").await.status,
        200,
        "self-service works again"
    );

    let weak = app
        .staff(
            Method::POST,
            &path("password"),
            &counter,
            Some(&s),
            Some(json!({"check": c, "mode": "visitor_chooses", "new_password": "password1"})),
        )
        .await;
    assert_eq!(weak.code(), "password_rejected");
    let temp = app
        .staff(
            Method::POST,
            &path("password"),
            &counter,
            Some(&s),
            Some(json!({"check": c, "mode": "temporary"})),
        )
        .await;
    assert_eq!(temp.status, 200);
    let password = temp.json()["temporary_password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(password.chars().count(), 12);
    assert!(
        password
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() && !"0O1lI".contains(ch)),
        "{password}"
    );
    let enroll = app.enroll("EliH9753", &password).await.json();
    assert_eq!(enroll["must_change_password"], true);
    let audit = app.store.audit_events(Some(&eli), 100).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.detail == "staff:temporary")
            .count(),
        1
    );
    assert!(
        !format!("{audit:?}").contains(&password),
        "the temporary password is not audited"
    );

    for what in ["pin", "questions"] {
        let n = app.store.audit_events(Some(&eli), 100).await.unwrap().len();
        let a = app
            .staff(
                Method::DELETE,
                &path(what),
                &counter,
                Some(&s),
                Some(json!({"check": c})),
            )
            .await;
        assert_eq!(a.status, 204);
        assert_eq!(
            app.store.audit_events(Some(&eli), 100).await.unwrap().len(),
            n + 1
        );
    }
    let status = app
        .staff(
            Method::GET,
            &format!("/v1/staff/students/{eli}"),
            &counter,
            Some(&s),
            None,
        )
        .await
        .json();
    assert_eq!(status["has_pin"], false);
    assert_eq!(status["last_reset_path"], "staff");

    let listed = app
        .staff(
            Method::GET,
            &format!("/v1/staff/audit?student={eli}"),
            &counter,
            Some(&s),
            None,
        )
        .await
        .json();
    let actions: Vec<_> = listed["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for a in [
        "identity_check",
        "self_service_resumed",
        "password_reset",
        "pin_cleared",
        "questions_cleared",
    ] {
        assert!(actions.contains(&a.to_string()), "{a} in {actions:?}");
    }

    // Ten minutes later the check no longer counts (the staff session, used since, still does).
    app.clock.advance(10 * 60);
    let late = app
        .staff(
            Method::POST,
            &path("resume-self-service"),
            &counter,
            Some(&s),
            Some(json!({"check": c})),
        )
        .await;
    assert_eq!(late.code(), "identity_check_required");
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_service() {
    let app = spawn().await;
    let counter = app.counter_device("counter").await;
    let session = jordan(&app, &counter).await;
    let q = "/v1/staff/students?q=212345678";
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        200
    );
    let out = app
        .staff(
            Method::DELETE,
            ep::StaffSession::PATH,
            &counter,
            Some(&session),
            None,
        )
        .await;
    assert_eq!(out.status, 204);
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        401,
        "an ended session is refused at once"
    );
    // Ending it again, or ending a made-up session, is answered alike: no live session.
    for s in [session.as_str(), "made-up"] {
        let again = app
            .staff(
                Method::DELETE,
                ep::StaffSession::PATH,
                &counter,
                Some(s),
                None,
            )
            .await;
        assert_eq!(again.status, 401);
        assert_eq!(again.code(), "unauthorized");
    }
    let audit = app.store.audit_events(None, 100).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "staff_sign_out")
            .count(),
        1
    );
}

#[tokio::test]
async fn the_identity_checks_note_is_kept_in_the_audit_trail() {
    let app = spawn().await;
    let counter = app.counter_device("counter").await;
    let session = jordan(&app, &counter).await;
    let ava = app
        .store
        .find_student(&account_api::identifiers::parse_student("AvaM1234").unwrap())
        .await
        .unwrap()
        .unwrap()
        .student_ref;
    check(&app, &counter, &session, &ava).await;
    let audit = app.store.audit_events(Some(&ava), 10).await.unwrap();
    let recorded = audit.iter().find(|e| e.action == "identity_check").unwrap();
    assert!(
        recorded.detail.contains("note: mother waited"),
        "{}",
        recorded.detail
    );
}

#[tokio::test]
async fn a_staff_action_sent_twice_with_one_key_applies_once() {
    let app = spawn().await;
    let counter = app.counter_device("counter").await;
    let session = jordan(&app, &counter).await;
    let eli = app
        .store
        .find_student(&account_api::identifiers::parse_student("EliH9753").unwrap())
        .await
        .unwrap()
        .unwrap()
        .student_ref;
    let check = check(&app, &counter, &session, &eli).await;
    let send = |path: String, body: serde_json::Value, key: &'static str| {
        let req = app
            .client
            .post(format!("{}{path}", app.base))
            .bearer_auth(&counter)
            .header("X-Staff-Session", &session)
            .header("Idempotency-Key", key)
            .json(&body);
        async move { req.send().await.unwrap() }
    };
    let path = format!("/v1/staff/students/{eli}/password");
    let body = json!({"check": check, "mode": "temporary"});
    let (a, b) = tokio::join!(
        send(path.clone(), body.clone(), "double-click"),
        send(path.clone(), body.clone(), "double-click")
    );
    assert_eq!(a.status(), 200);
    assert_eq!(b.status(), 200);
    let shown = [
        a.json::<serde_json::Value>().await.unwrap(),
        b.json().await.unwrap(),
    ];
    let passwords = shown
        .iter()
        .filter(|v| v["temporary_password"].is_string())
        .count();
    assert_eq!(
        passwords, 1,
        "one temporary password, shown once: {shown:?}"
    );
    let resets = |app: &TestApp| {
        let store = app.store.clone();
        let eli = eli.clone();
        async move {
            store
                .audit_events(Some(&eli), 100)
                .await
                .unwrap()
                .iter()
                .filter(|e| e.action == "password_reset")
                .count()
        }
    };
    assert_eq!(resets(&app).await, 1, "applied once");
    // The same key with another request is refused.
    let other = send(
        path.clone(),
        json!({"check": check, "mode": "visitor_chooses", "new_password": "Lantern-Walrus-Piano-4"}),
        "double-click",
    )
    .await;
    assert_eq!(other.status(), 422);
    assert_eq!(resets(&app).await, 1);
    // Resume, twice with one key: one audit event.
    let resume = format!("/v1/staff/students/{eli}/resume-self-service");
    for _ in 0..2 {
        let r = send(resume.clone(), json!({"check": check}), "resume-once").await;
        assert_eq!(r.status(), 204);
    }
    let resumed = app
        .store
        .audit_events(Some(&eli), 100)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == "self_service_resumed")
        .count();
    assert_eq!(resumed, 1);
}
