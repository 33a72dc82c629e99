//! Hand-offs from a kiosk to the counter, and the end of a visit (`/v1/handoffs`,
//! `/v1/staff/handoffs`, `/v1/visits`), on whichever database TEST_DATABASE_URL names.

use crate::common::{spawn, spawn_with, Answer, TestApp};
use account_api::endpoints::{self as ep, path_with, Endpoint as _};
use account_service::tokens::{digest, new_token};
use reqwest::Method;
use serde_json::{json, Value};
use std::collections::HashSet;

const QUEENS: &str = "Queens Family Welcome Center";

async fn sign_in(app: &TestApp, device: &str, staff_id: &str) -> String {
    let a = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            device,
            None,
            Some(json!({
                "staff_id": staff_id,
                "password": "Counter-Demo-2026",
                "totp": app.fresh_code(account_service::demo::DEMO_STAFF_TOTP),
            })),
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    a.json()["session"].as_str().unwrap().to_string()
}

/// A counter with Jordan Lee (Bronx) signed in: (device token, session).
async fn bronx_counter(app: &TestApp) -> (String, String) {
    let device = app.counter_device("bronx counter").await;
    let session = sign_in(app, &device, "fwc.bronx.01").await;
    (device, session)
}

/// A second center: a staff member there (Jordan's password and authenticator), a counter
/// and a kiosk.
async fn queens(app: &TestApp) -> (String, String, String) {
    app.sql(&format!(
        "INSERT INTO staff (staff_id, name, center, password_hash, created_at, totp_secret) \
         SELECT 'fwc.queens.01', 'Sam Rivera', '{QUEENS}', password_hash, created_at, totp_secret \
         FROM staff WHERE staff_id = 'fwc.bronx.01'"
    ))
    .await;
    let counter = app.counter_device("queens counter").await;
    let kiosk_token = new_token().to_string();
    let id = app
        .store
        .add_device(
            "queens kiosk",
            account_service::store::DeviceMode::Kiosk,
            &digest(&kiosk_token),
            crate::common::START,
        )
        .await
        .unwrap();
    app.store.set_device_center(&id, QUEENS).await.unwrap();
    let session = sign_in(app, &counter, "fwc.queens.01").await;
    (counter, session, kiosk_token)
}

async fn create_as(app: &TestApp, token: &str, body: Value) -> Answer {
    app.send(
        Method::POST,
        ep::HandoffCreate::PATH,
        Some(token),
        Some(&body.to_string()),
        None,
    )
    .await
}

async fn create(app: &TestApp, body: Value) -> (String, String) {
    let a = create_as(app, &app.token, body).await;
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    let j = a.json();
    let number = j["number"].as_str().unwrap().to_string();
    assert_eq!(number.len(), 3, "{number}");
    assert!(number.chars().all(|c| c.is_ascii_digit()) && !number.starts_with('0'));
    (j["handoff"].as_str().unwrap().to_string(), number)
}

async fn queue(app: &TestApp, device: &str, session: &str) -> Vec<Value> {
    let a = app
        .staff(
            Method::GET,
            ep::StaffHandoffs::PATH,
            device,
            Some(session),
            None,
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    a.json()["handoffs"].as_array().unwrap().clone()
}

async fn claim(app: &TestApp, device: &str, session: &str, handoff: &str) -> Answer {
    app.staff(
        Method::POST,
        &path_with::<ep::StaffClaimHandoff>(&[handoff]),
        device,
        Some(session),
        None,
    )
    .await
}

async fn audit(app: &TestApp, action: &str) -> Vec<account_service::store::AuditRow> {
    app.store
        .audit_events(None, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .collect()
}

#[tokio::test]
async fn a_handoff_waits_in_the_queue_oldest_first_and_is_audited() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    let (first, n1) = create(&app, json!({"language": "es", "reason": "no_method"})).await;
    app.clock.advance(125);
    let (second, n2) = create(&app, json!({"language": "zh", "reason": "asked"})).await;
    assert_ne!(n1, n2, "open hand-offs of one center never share a number");

    let q = queue(&app, &device, &session).await;
    assert_eq!(q.len(), 2);
    assert_eq!(q[0]["handoff"], first.as_str());
    assert_eq!(q[0]["number"], n1.as_str());
    assert_eq!(q[0]["language"], "es");
    assert_eq!(q[0]["reason"], "no_method");
    assert_eq!(q[0]["minutes_waiting"], 2);
    assert!(q[0].get("student").is_none(), "no student was verified");
    assert_eq!(q[1]["handoff"], second.as_str());
    assert_eq!(q[1]["minutes_waiting"], 0);

    let events = audit(&app, "handoff_created").await;
    assert_eq!(events.len(), 2);
    let details: HashSet<_> = events.iter().map(|e| e.detail.clone()).collect();
    assert!(details.contains(&format!(
        r#"{{"language":"es","reason":"no_method","number":"{n1}"}}"#
    )));
    assert!(details.contains(&format!(
        r#"{{"language":"zh","reason":"asked","number":"{n2}"}}"#
    )));
    assert!(events
        .iter()
        .all(|e| e.student_ref.is_none() && e.actor == "kiosk"));
}

#[tokio::test]
async fn a_verified_flow_names_the_student_and_the_claim_opens_them() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    // Dana has neither a PIN nor questions: the kiosk checked her birth date, then hit
    // that dead end.
    let flow = app.flow("DanaC1357", "2013-01-30").await;
    let (id, number) = create(
        &app,
        json!({"language": "ht", "reason": "no_method", "student": flow}),
    )
    .await;
    let q = queue(&app, &device, &session).await;
    assert_eq!(q[0]["student"]["name"], "Dana Cohen");
    let eli = q[0]["student"]["student_ref"].as_str().unwrap().to_string();
    assert!(!eli.is_empty());

    app.clock.advance(200);
    let won = claim(&app, &device, &session, &id).await;
    assert_eq!(won.status, 200, "{}", String::from_utf8_lossy(&won.body));
    assert_eq!(won.json()["student"]["student_ref"], eli.as_str());
    assert_eq!(won.json()["number"], number.as_str());
    assert!(queue(&app, &device, &session).await.is_empty());

    let created = audit(&app, "handoff_created").await;
    assert_eq!(created[0].student_ref.as_deref(), Some(eli.as_str()));
    assert!(
        !created[0].detail.contains(&flow),
        "the proof is never written down"
    );
    let claimed = audit(&app, "handoff_claimed").await;
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].actor, "fwc.bronx.01");
    assert_eq!(claimed[0].student_ref.as_deref(), Some(eli.as_str()));
    assert_eq!(
        claimed[0].detail,
        format!(r#"{{"waited_secs":200,"number":"{number}"}}"#)
    );
}

#[tokio::test]
async fn a_used_reset_or_enrollment_token_still_proves_the_student() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    let reset = app.ava_reset_token().await;
    create(
        &app,
        json!({"language": "en", "reason": "refused", "student": reset}),
    )
    .await;
    let enroll = app.session("BenO5678", "Harbor-Lantern-77").await;
    create(
        &app,
        json!({"language": "bn", "reason": "asked", "student": enroll}),
    )
    .await;
    let names: Vec<_> = queue(&app, &device, &session)
        .await
        .iter()
        .map(|h| h["student"]["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Ava Martinez", "Ben Okafor"]);
}

#[tokio::test]
async fn a_kiosk_cannot_name_a_student_it_did_not_verify() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    let ava_ref = app
        .store
        .find_student(&account_api::identifiers::StudentIdentifier::StudentId(
            "212345678".into(),
        ))
        .await
        .unwrap()
        .unwrap()
        .student_ref;
    // A raw student ref, a made-up token, and another kiosk's genuine flow.
    let other_kiosk = app.add_device("other kiosk").await;
    let foreign = {
        let a = app
            .send(
                Method::POST,
                ep::Start::PATH,
                Some(&other_kiosk),
                Some(&json!({"student": "AvaM1234", "birth_date": "2012-03-14"}).to_string()),
                None,
            )
            .await;
        assert_eq!(a.status, 200);
        a.json()["flow"].as_str().unwrap().to_string()
    };
    for proof in [ava_ref.as_str(), "not-a-token-at-all", foreign.as_str()] {
        let a = create_as(
            &app,
            &app.token,
            json!({"language": "en", "reason": "asked", "student": proof}),
        )
        .await;
        assert_eq!(
            a.status,
            410,
            "{proof}: {}",
            String::from_utf8_lossy(&a.body)
        );
        assert_eq!(a.code(), "flow_expired");
    }
    // An expired flow proves nothing either.
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    app.clock.advance(11 * 60);
    let a = create_as(
        &app,
        &app.token,
        json!({"language": "en", "reason": "asked", "student": flow}),
    )
    .await;
    assert_eq!(a.code(), "flow_expired");
    assert!(queue(&app, &device, &session).await.is_empty());
    assert!(audit(&app, "handoff_created").await.is_empty());
}

#[tokio::test]
async fn bad_bodies_and_counters_are_refused() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    for body in [
        json!({"language": "es", "reason": "bored"}),
        json!({"language": "xx", "reason": "asked"}),
        json!({"reason": "asked"}),
        json!({"language": "es", "reason": "asked", "student_ref": "stu_1"}),
    ] {
        let a = create_as(&app, &app.token, body.clone()).await;
        assert_eq!(a.status, 400, "{body}");
        assert_eq!(a.code(), "invalid_request");
    }
    let a = create_as(&app, &device, json!({"language": "es", "reason": "asked"})).await;
    assert_eq!(a.status, 403, "a counter does not send families to itself");
    let a = create_as(&app, "nope", json!({"language": "es", "reason": "asked"})).await;
    assert_eq!(a.status, 401);
    let a = app
        .send(
            Method::GET,
            ep::StaffHandoffs::PATH,
            Some(&device),
            None,
            None,
        )
        .await;
    assert_eq!(a.status, 401, "the queue needs a staff session");
    for id in ["hof_unknown", "..%2F..", "x%20y"] {
        let a = claim(&app, &device, &session, id).await;
        assert_eq!(a.status, 404, "{id}");
    }
}

#[tokio::test]
async fn unclaimed_handoffs_expire_after_the_setting() {
    let app = spawn_with(|c| c.security.handoff_ttl_secs = 30 * 60).await;
    let device = app.counter_device("bronx counter").await;
    let (id, _) = create(&app, json!({"language": "ru", "reason": "too_soon"})).await;
    app.clock.advance(29 * 60);
    // A staff session idles out after 15 minutes: the counter signs in again.
    let session = sign_in(&app, &device, "fwc.bronx.01").await;
    assert_eq!(queue(&app, &device, &session).await.len(), 1);
    app.clock.advance(61);
    assert!(queue(&app, &device, &session).await.is_empty());
    let late = claim(&app, &device, &session, &id).await;
    assert_eq!(late.status, 404, "{}", String::from_utf8_lossy(&late.body));
}

#[tokio::test]
async fn the_default_expiry_is_an_hour() {
    let app = spawn().await;
    let device = app.counter_device("bronx counter").await;
    create(&app, json!({"language": "ko", "reason": "sign_in_failed"})).await;
    app.clock.advance(59 * 60);
    let session = sign_in(&app, &device, "fwc.bronx.01").await;
    assert_eq!(queue(&app, &device, &session).await.len(), 1);
    app.clock.advance(60);
    assert!(queue(&app, &device, &session).await.is_empty());
}

#[tokio::test]
async fn each_center_sees_and_claims_only_its_own() {
    let app = spawn().await;
    let (bronx, bronx_session) = bronx_counter(&app).await;
    let (queens_counter, queens_session, queens_kiosk) = queens(&app).await;
    let (bronx_id, _) = create(&app, json!({"language": "ar", "reason": "not_found"})).await;
    let a = create_as(
        &app,
        &queens_kiosk,
        json!({"language": "ur", "reason": "asked"}),
    )
    .await;
    assert_eq!(a.status, 201);
    let queens_id = a.json()["handoff"].as_str().unwrap().to_string();

    let seen = queue(&app, &bronx, &bronx_session).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["handoff"], bronx_id.as_str());
    let seen = queue(&app, &queens_counter, &queens_session).await;
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["handoff"], queens_id.as_str());

    let a = claim(&app, &queens_counter, &queens_session, &bronx_id).await;
    assert_eq!(a.status, 404, "another center's hand-off is not there");
    let a = claim(&app, &bronx, &bronx_session, &bronx_id).await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn many_counters_claim_at_once_and_exactly_one_wins() {
    let app = spawn().await;
    let second = app.another_instance().await;
    let mut counters = Vec::new();
    for _ in 0..8 {
        counters.push(bronx_counter(&app).await);
    }
    let (id, _) = create(&app, json!({"language": "fr", "reason": "asked"})).await;
    let claims = counters.iter().enumerate().map(|(i, (device, session))| {
        // Half the counters reach the other instance, as behind a load balancer.
        let instance = if i % 2 == 0 { &app } else { &second };
        claim(instance, device, session, &id)
    });
    let answers = futures::future::join_all(claims).await;
    let won = answers.iter().filter(|a| a.status == 200).count();
    let lost: Vec<_> = answers.iter().filter(|a| a.status != 200).collect();
    assert_eq!(won, 1, "exactly one counter gets it");
    assert_eq!(lost.len(), 7);
    for a in lost {
        assert_eq!(a.status, 409);
        assert_eq!(a.code(), "handoff_taken");
    }
    assert_eq!(audit(&app, "handoff_claimed").await.len(), 1);
}

#[tokio::test]
async fn numbers_stay_unique_while_many_kiosks_create_at_once() {
    let app = spawn().await;
    let (device, session) = bronx_counter(&app).await;
    let mut kiosks = Vec::new();
    for i in 0..6 {
        kiosks.push(app.add_device(&format!("kiosk {i}")).await);
    }
    let app = &app;
    let creates = kiosks.iter().flat_map(|k| {
        (0..5).map(move |_| {
            let body = json!({"language": "es", "reason": "asked"});
            async move { create_as(app, k, body).await }
        })
    });
    let answers = futures::future::join_all(creates).await;
    let numbers: HashSet<_> = answers
        .iter()
        .map(|a| {
            assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
            a.json()["number"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(numbers.len(), 30);
    assert_eq!(queue(app, &device, &session).await.len(), 30);
}

/// A kiosk that sends more hand-offs at once than its hourly limit, through two instances,
/// gets exactly the limit through: the count is taken in the write that records each one.
#[tokio::test]
async fn a_burst_of_handoffs_from_one_kiosk_stops_at_its_hourly_limit() {
    let app = spawn().await;
    let second = app.another_instance().await;
    let (device, session) = bronx_counter(&app).await;
    let creates = (0..80).map(|i| {
        let instance = if i % 2 == 0 { &app } else { &second };
        create_as(
            instance,
            &app.token,
            json!({"language": "ht", "reason": "asked"}),
        )
    });
    let answers = futures::future::join_all(creates).await;
    let made = answers.iter().filter(|a| a.status == 201).count();
    let refused: Vec<_> = answers.iter().filter(|a| a.status != 201).collect();
    assert_eq!(made, 60, "the hourly limit, not one more");
    assert_eq!(refused.len(), 20);
    for a in refused {
        assert_eq!(a.status, 429, "{}", String::from_utf8_lossy(&a.body));
        assert_eq!(a.code(), "rate_limited");
    }
    assert_eq!(queue(&app, &device, &session).await.len(), 60);
    assert_eq!(audit(&app, "handoff_created").await.len(), 60);
}

#[tokio::test]
async fn a_visit_end_is_audited_without_personal_data() {
    let app = spawn().await;
    let a = app
        .post(
            ep::VisitEnd::PATH,
            json!({"language": "es", "outcome": "password_changed", "seconds": 95}),
        )
        .await;
    assert_eq!(a.status, 204, "{}", String::from_utf8_lossy(&a.body));
    for body in [
        json!({"language": "es", "outcome": "happy", "seconds": 5}),
        json!({"language": "es", "outcome": "gave_up", "seconds": -1}),
        json!({"language": "es", "outcome": "gave_up", "seconds": 90000}),
        json!({"language": "es", "outcome": "gave_up", "seconds": 5, "student": "AvaM1234"}),
    ] {
        let a = app.post(ep::VisitEnd::PATH, body.clone()).await;
        assert_eq!(a.status, 400, "{body}");
    }
    let counter = app.counter_device("desk").await;
    let a = app
        .send(
            Method::POST,
            ep::VisitEnd::PATH,
            Some(&counter),
            Some(&json!({"language": "en", "outcome": "gave_up", "seconds": 3}).to_string()),
            None,
        )
        .await;
    assert_eq!(a.status, 403);
    let events = audit(&app, "visit_ended").await;
    assert_eq!(events.len(), 1);
    assert_eq!(
        events[0].detail,
        r#"{"language":"es","outcome":"password_changed","seconds":95}"#
    );
    assert!(events[0].student_ref.is_none());
}
