//! Guardians at the counter and the notices they get when a minor's account changes.

use crate::common::{spawn, TestApp};
use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::store::{NewParent, OutboxRow};
use reqwest::Method;
use serde_json::{json, Value};

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
    a.json()["session"].as_str().unwrap().to_string()
}

async fn student_ref(app: &TestApp, username: &str) -> String {
    app.store
        .find_student(&account_api::identifiers::parse_student(username).unwrap())
        .await
        .unwrap()
        .unwrap()
        .student_ref
}

async fn status(app: &TestApp, device: &str, session: &str, student: &str) -> Value {
    let a = app
        .staff(
            Method::GET,
            &ep::path_with::<ep::StaffStatus>(&[student]),
            device,
            Some(session),
            None,
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    a.json()
}

async fn check_as(
    app: &TestApp,
    device: &str,
    session: &str,
    student: &str,
    body: Value,
) -> crate::common::Answer {
    app.staff(
        Method::POST,
        &ep::path_with::<ep::IdentityCheck>(&[student]),
        device,
        Some(session),
        Some(body),
    )
    .await
}

/// A check for the student themself, the kind every change below needs.
async fn student_check(app: &TestApp, device: &str, session: &str, student: &str) -> String {
    let a = check_as(
        app,
        device,
        session,
        student,
        json!({"visitor": "student", "document": "school ID"}),
    )
    .await;
    assert_eq!(a.status, 201, "{}", String::from_utf8_lossy(&a.body));
    a.json()["check"].as_str().unwrap().to_string()
}

/// A grandmother who is Ava's guardian and reads Chinese, and a neighbour linked to Ben only.
async fn more_adults(app: &TestApp) {
    let hash = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA".to_string();
    app.store
        .insert_parent(
            &NewParent {
                email: "lin.wong@example.org".into(),
                name: "Lin Wong".into(),
                password_hash: hash.clone(),
                children: vec!["212345678".into()],
                relationship: "guardian".into(),
                language: "zh".into(),
            },
            crate::common::START,
        )
        .await
        .unwrap();
    app.store
        .insert_parent(
            &NewParent {
                email: "sam.okafor@example.org".into(),
                name: "Sam Okafor".into(),
                password_hash: hash,
                children: vec!["223456789".into()],
                relationship: "parent".into(),
                language: "en".into(),
            },
            crate::common::START,
        )
        .await
        .unwrap();
}

fn notices(rows: &[OutboxRow]) -> Vec<(String, String, String)> {
    let mut found: Vec<_> = rows
        .iter()
        .filter(|r| r.template == "guardian_notice")
        .map(|r| {
            (
                r.recipient.clone(),
                r.language.clone(),
                r.payload["change"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[tokio::test]
async fn the_status_lists_the_linked_adults_with_masked_emails() {
    let app = spawn().await;
    more_adults(&app).await;
    let counter = app.counter_device("desk").await;
    let session = jordan(&app, &counter).await;
    let ava = student_ref(&app, "AvaM1234").await;
    let s = status(&app, &counter, &session, &ava).await;
    let guardians = s["guardians"].as_array().unwrap();
    let seen: Vec<(&str, &str, &str)> = guardians
        .iter()
        .map(|g| {
            (
                g["name"].as_str().unwrap(),
                g["relationship"].as_str().unwrap(),
                g["email"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        vec![
            ("Lin Wong", "guardian", "l***@example.org"),
            ("Maria Martinez", "parent", "m***@example.org"),
        ]
    );
    assert!(
        !String::from_utf8_lossy(
            &app.staff(
                Method::GET,
                &ep::path_with::<ep::StaffStatus>(&[&ava]),
                &counter,
                Some(&session),
                None
            )
            .await
            .body
        )
        .contains("maria.martinez"),
        "the full address never reaches the counter screen"
    );
    let eli = student_ref(&app, "EliH9753").await;
    assert_eq!(
        status(&app, &counter, &session, &eli).await["guardians"],
        json!([])
    );
}

#[tokio::test]
async fn an_adult_must_be_a_linked_guardian_of_the_student() {
    let app = spawn().await;
    more_adults(&app).await;
    let counter = app.counter_device("desk").await;
    let session = jordan(&app, &counter).await;
    let ava = student_ref(&app, "AvaM1234").await;
    let ben = student_ref(&app, "BenO5678").await;
    let maria = status(&app, &counter, &session, &ava).await["guardians"][1]["guardian"]
        .as_str()
        .unwrap()
        .to_string();
    let sam = status(&app, &counter, &session, &ben).await["guardians"][0]["guardian"]
        .as_str()
        .unwrap()
        .to_string();

    let nobody = check_as(
        &app,
        &counter,
        &session,
        &ava,
        json!({"visitor": "parent", "document": "IDNYC card"}),
    )
    .await;
    assert_eq!(
        (nobody.status, nobody.code().as_str()),
        (403, "guardian_not_linked")
    );
    let someone_elses_parent = check_as(
        &app,
        &counter,
        &session,
        &ava,
        json!({"visitor": "parent", "document": "IDNYC card", "guardian": sam}),
    )
    .await;
    assert_eq!(someone_elses_parent.code(), "guardian_not_linked");
    let not_a_supervisor = check_as(
        &app,
        &counter,
        &session,
        &ava,
        json!({"visitor": "guardian", "document": "court order",
               "override_reason": "custody papers from family court seen"}),
    )
    .await;
    assert_eq!(
        (not_a_supervisor.status, not_a_supervisor.code().as_str()),
        (403, "supervisor_required")
    );
    let before = app.store.audit_events(Some(&ava), 100).await.unwrap().len();
    assert_eq!(
        before, 0,
        "a refused check leaves no check in the audit trail"
    );

    let linked = check_as(
        &app,
        &counter,
        &session,
        &ava,
        json!({"visitor": "parent", "document": "IDNYC card", "guardian": maria}),
    )
    .await;
    assert_eq!(
        linked.status,
        201,
        "{}",
        String::from_utf8_lossy(&linked.body)
    );
    let audit = app.store.audit_events(Some(&ava), 10).await.unwrap();
    let recorded = audit.iter().find(|e| e.action == "identity_check").unwrap();
    assert_eq!(recorded.result, "ok");
    assert!(
        recorded.detail.contains(&format!("guardian: {maria}")),
        "{}",
        recorded.detail
    );

    let student_naming_a_guardian = check_as(
        &app,
        &counter,
        &session,
        &ava,
        json!({"visitor": "student", "document": "school ID", "guardian": maria}),
    )
    .await;
    assert_eq!(student_naming_a_guardian.status, 400);
}

#[tokio::test]
async fn every_guardian_of_a_minor_is_told_in_their_language_and_nobody_else() {
    let app = spawn().await;
    more_adults(&app).await;
    let counter = app.counter_device("desk").await;
    let session = jordan(&app, &counter).await;
    let ava = student_ref(&app, "AvaM1234").await;
    let c = student_check(&app, &counter, &session, &ava).await;
    let reset = app
        .staff(
            Method::POST,
            &ep::path_with::<ep::StaffPassword>(&[&ava]),
            &counter,
            Some(&session),
            Some(json!({"check": c, "mode": "temporary"})),
        )
        .await;
    assert_eq!(
        reset.status,
        200,
        "{}",
        String::from_utf8_lossy(&reset.body)
    );
    let rows = app.store.outbox(100).await.unwrap();
    assert_eq!(
        notices(&rows),
        vec![
            (
                "lin.wong@example.org".into(),
                "zh".into(),
                "password".into()
            ),
            (
                "maria.martinez@example.org".into(),
                "es".into(),
                "password".into()
            ),
        ]
    );
    let notice = rows
        .iter()
        .find(|r| r.template == "guardian_notice")
        .unwrap();
    assert_eq!(notice.payload["place"], "counter");
    assert_eq!(notice.payload["center"], "Bronx Family Welcome Center");
    let body = notice.payload.to_string();
    assert!(
        !body.contains(reset.json()["temporary_password"].as_str().unwrap()),
        "a notice never carries a password"
    );
    assert!(
        rows.iter().all(|r| r.recipient != "sam.okafor@example.org"),
        "an adult linked to another child hears nothing"
    );

    for (path, change) in [
        (ep::path_with::<ep::StaffClearPin>(&[&ava]), "pin_cleared"),
        (
            ep::path_with::<ep::StaffClearQuestions>(&[&ava]),
            "questions_cleared",
        ),
        (ep::path_with::<ep::StaffResume>(&[&ava]), ""),
    ] {
        let before = notices(&app.store.outbox(100).await.unwrap()).len();
        let method = if change.is_empty() {
            Method::POST
        } else {
            Method::DELETE
        };
        let a = app
            .staff(
                method,
                &path,
                &counter,
                Some(&session),
                Some(json!({"check": c})),
            )
            .await;
        assert_eq!(
            a.status,
            204,
            "{path}: {}",
            String::from_utf8_lossy(&a.body)
        );
        let after = notices(&app.store.outbox(100).await.unwrap());
        if change.is_empty() {
            assert_eq!(
                after.len(),
                before,
                "resuming self-service changes no secret"
            );
        } else {
            assert_eq!(after.len(), before + 2, "{change}");
            assert_eq!(after.iter().filter(|n| n.2 == change).count(), 2);
        }
    }
}

#[tokio::test]
async fn the_parent_who_made_the_change_gets_their_own_email_and_the_others_a_notice() {
    let app = spawn().await;
    more_adults(&app).await;
    let nycsa = app.nycsa().await;
    let session = nycsa["session"].as_str().unwrap();
    let ava = student_ref(&app, "AvaM1234").await;
    let a = app
        .child_reset(session, &ava, "Purple-Harbor-Lantern-42", "k-nycsa-1")
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    let rows = app.store.outbox(100).await.unwrap();
    assert_eq!(
        notices(&rows),
        vec![(
            "lin.wong@example.org".into(),
            "zh".into(),
            "password".into()
        )]
    );
    assert!(rows
        .iter()
        .any(|r| r.template == "child_password_changed"
            && r.recipient == "maria.martinez@example.org"));
}

#[tokio::test]
async fn kiosk_changes_tell_the_guardians_too_and_a_refused_change_tells_nobody() {
    let app = spawn().await;
    more_adults(&app).await;
    let token = app.ava_reset_token().await;
    let a = app
        .reset(&token, "Purple-Harbor-Lantern-42", "k-self-1")
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    let rows = app.store.outbox(100).await.unwrap();
    assert_eq!(notices(&rows).len(), 2);
    assert!(rows
        .iter()
        .filter(|r| r.template == "guardian_notice")
        .all(|r| r.payload["place"] == "kiosk"));

    // A used reset token changes nothing, so it tells nobody.
    let refused = app
        .reset(&token, "Another-Quiet-Meadow-77", "k-self-2")
        .await;
    assert_eq!(refused.code(), "flow_expired");
    assert_eq!(notices(&app.store.outbox(100).await.unwrap()).len(), 2);

    let session = app.session("AvaM1234", "Purple-Harbor-Lantern-42").await;
    let pin = app
        .put(
            ep::SetPin::PATH,
            json!({"session": session, "pin": "82731"}),
        )
        .await;
    assert_eq!(pin.status, 204, "{}", String::from_utf8_lossy(&pin.body));
    let after = notices(&app.store.outbox(100).await.unwrap());
    assert_eq!(after.iter().filter(|n| n.2 == "pin_set").count(), 2);
}

#[tokio::test]
async fn an_adult_students_guardians_are_not_told() {
    let app = spawn().await;
    more_adults(&app).await;
    app.sql("UPDATE students SET birth_date = '2000-01-01' WHERE username = 'AvaM1234'")
        .await;
    let counter = app.counter_device("desk").await;
    let session = jordan(&app, &counter).await;
    let ava = student_ref(&app, "AvaM1234").await;
    let c = student_check(&app, &counter, &session, &ava).await;
    let a = app
        .staff(
            Method::DELETE,
            &ep::path_with::<ep::StaffClearPin>(&[&ava]),
            &counter,
            Some(&session),
            Some(json!({"check": c})),
        )
        .await;
    assert_eq!(a.status, 204);
    let rows = app.store.outbox(100).await.unwrap();
    assert!(rows.iter().any(|r| r.template == "pin_cleared"));
    assert!(notices(&rows).is_empty());
}

#[tokio::test]
async fn a_supervisor_lets_an_unlinked_adult_through_with_a_written_reason() {
    use account_api::wire::StaffRole;
    let app = spawn().await;
    let hasher = account_service::domain::hasher::Hasher::new(
        account_service::HashParams::insecure_for_tests(),
        1,
    )
    .unwrap();
    app.store
        .insert_staff(
            &account_service::store::NewStaff {
                staff_id: "fwc.bronx.09".into(),
                name: "Rosa Diaz".into(),
                center: "Bronx Family Welcome Center".into(),
                password_hash: hasher.hash("Supervisor-Demo-2026").await.unwrap(),
                role: StaffRole::Supervisor,
                totp_secret: zeroize::Zeroizing::new(account_service::demo::DEMO_STAFF_TOTP.into()),
            },
            crate::common::START,
        )
        .await
        .unwrap();
    let counter = app.counter_device("desk").await;
    let a = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            &counter,
            None,
            Some(json!({
                "staff_id": "fwc.bronx.09",
                "password": "Supervisor-Demo-2026",
                "totp": app.fresh_code(account_service::demo::DEMO_STAFF_TOTP),
            })),
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    let session = a.json()["session"].as_str().unwrap().to_string();
    let eli = student_ref(&app, "EliH9753").await;

    let too_short = check_as(
        &app,
        &counter,
        &session,
        &eli,
        json!({"visitor": "guardian", "document": "court order", "override_reason": "papers"}),
    )
    .await;
    assert_eq!(too_short.status, 400, "a reason is written out");
    let approved = check_as(
        &app,
        &counter,
        &session,
        &eli,
        json!({"visitor": "guardian", "document": "court order",
               "override_reason": "Custody order from family court seen, dated 2026-10-02"}),
    )
    .await;
    assert_eq!(
        approved.status,
        201,
        "{}",
        String::from_utf8_lossy(&approved.body)
    );
    let audit = app.store.audit_events(Some(&eli), 10).await.unwrap();
    let recorded = audit.iter().find(|e| e.action == "identity_check").unwrap();
    assert_eq!(recorded.result, "override", "audited as an override");
    assert_eq!(recorded.actor, "fwc.bronx.09");
    assert!(
        recorded
            .detail
            .contains("not linked, override: Custody order from family court seen"),
        "{}",
        recorded.detail
    );
    // The check it gave works like any other: the supervisor can act for the visitor.
    let c = approved.json()["check"].as_str().unwrap().to_string();
    let resumed = app
        .staff(
            Method::POST,
            &ep::path_with::<ep::StaffResume>(&[&eli]),
            &counter,
            Some(&session),
            Some(json!({"check": c})),
        )
        .await;
    assert_eq!(
        resumed.status,
        204,
        "{}",
        String::from_utf8_lossy(&resumed.body)
    );
}
