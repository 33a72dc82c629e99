//! Parents through NYC Schools Account: sign-in, their children, a child's new password, and
//! reset links.

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use serde_json::json;

fn child<'a>(s: &'a serde_json::Value, first: &str) -> &'a serde_json::Value {
    s["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str().unwrap().starts_with(first))
        .unwrap()
}

#[tokio::test]
async fn maria_sees_her_children_and_nothing_else() {
    let app = spawn().await;
    let s = app.nycsa().await;
    assert_eq!(s["parent_name"], "Maria Martinez");
    let names: Vec<_> = s["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["Ava Martinez", "Dana Cohen"]);
    assert_eq!(child(&s, "Ava")["account_id"], "AvaM1234");
    assert_eq!(child(&s, "Ava")["email"], "avam1234@nycstudents.net");
    assert_eq!(child(&s, "Ava")["school"], "P.S. 48 Joseph R. Drake");

    let wrong = app
        .post(
            ep::NycsaSession::PATH,
            json!({"email": "maria.martinez@example.org", "password": "nope"}),
        )
        .await;
    let unknown = app
        .post(
            ep::NycsaSession::PATH,
            json!({"email": "nobody@example.org", "password": "nope"}),
        )
        .await;
    assert_eq!(wrong.code(), "sign_in_failed");
    assert_eq!(wrong.body, unknown.body);
    let bad = app
        .post(
            ep::NycsaSession::PATH,
            json!({"email": "not an email", "password": "x"}),
        )
        .await;
    assert_eq!(bad.code(), "invalid_request");
}

#[tokio::test]
async fn a_parent_cannot_reach_another_familys_child() {
    let app = spawn().await;
    let s = app.nycsa().await;
    let session = s["session"].as_str().unwrap();
    let ben = app
        .store
        .find_student(&account_api::identifiers::parse_student("BenO5678").unwrap())
        .await
        .unwrap()
        .unwrap();
    let other_family = app
        .child_reset(session, &ben.student_ref, "Granite-Kayak-Meadow-3", "k1")
        .await;
    let no_such = app
        .child_reset(session, "stu_doesnotexist", "Granite-Kayak-Meadow-3", "k2")
        .await;
    assert_eq!(other_family.status, 404);
    assert_eq!(other_family.code(), "not_found");
    assert_eq!(
        other_family.body, no_such.body,
        "refused exactly like an unknown ref"
    );
    // Guessing: none of many refs reach anyone.
    for i in 0..20 {
        let a = app
            .child_reset(
                session,
                &format!("stu_{i:016}"),
                "Granite-Kayak-Meadow-3",
                &format!("g{i}"),
            )
            .await;
        assert_eq!(a.status, 404);
    }
    let audit = app.store.audit_events(None, 100).await.unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == "password_reset")
            .count(),
        0
    );
    // A session from another terminal does not work here.
    let other = app.add_device("other").await;
    let body = json!({"session": session, "new_password": "Granite-Kayak-Meadow-3"}).to_string();
    let dana = child(&s, "Dana")["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    let stolen = app
        .send(
            reqwest::Method::POST,
            &format!("/v1/nycsa/children/{dana}/password"),
            Some(&other),
            Some(&body),
            Some("x"),
        )
        .await;
    assert_eq!(stolen.code(), "flow_expired");
}

#[tokio::test]
async fn resetting_a_child_ignores_the_30_day_rule_lifts_pauses_and_emails_both() {
    let app = spawn().await;
    // Make Ava paused until reset and freshly self-reset, to show neither stops a parent.
    app.sql("UPDATE students SET pause_kind = 'until_reset', last_self_reset_at = 1795000000 WHERE username = 'AvaM1234'").await;
    let s = app.nycsa().await;
    let session = s["session"].as_str().unwrap();
    let ava = child(&s, "Ava")["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    let named = app
        .child_reset(session, &ava, "Ava-Martinez-River-9", "k1")
        .await;
    assert_eq!(
        named.code(),
        "password_rejected",
        "the child's names are context words"
    );
    let ok = app
        .child_reset(session, &ava, "Granite-Kayak-Meadow-3", "k1")
        .await;
    assert_eq!(ok.status, 200, "{}", String::from_utf8_lossy(&ok.body));
    let again = app
        .child_reset(session, &ava, "Granite-Kayak-Meadow-3", "k1")
        .await;
    assert_eq!(again.body, ok.body, "same key, same answer, applied once");

    let start = app.start("AvaM1234", "2012-03-14").await;
    assert_eq!(start.status, 200, "the pause is lifted");
    let enroll = app.enroll("AvaM1234", "Granite-Kayak-Meadow-3").await;
    assert_eq!(enroll.status, 200, "the new password works");

    let outbox = app.store.outbox(10).await.unwrap();
    let recipients: Vec<_> = outbox.iter().map(|m| m.recipient.as_str()).collect();
    assert_eq!(
        recipients,
        vec!["avam1234@nycstudents.net", "maria.martinez@example.org"]
    );
    let audit = app.store.audit_events(None, 100).await.unwrap();
    let resets: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "password_reset")
        .collect();
    assert_eq!(resets.len(), 1);
    assert_eq!(resets[0].detail, "nycsa");
}

#[tokio::test]
async fn ending_the_session_ends_it() {
    let app = spawn().await;
    let s = app.nycsa().await;
    let session = s["session"].as_str().unwrap();
    let body = json!({"session": session}).to_string();
    let a = app
        .send(
            reqwest::Method::DELETE,
            ep::NycsaSession::PATH,
            Some(&app.token),
            Some(&body),
            None,
        )
        .await;
    assert_eq!(a.status, 204);
    let dana = child(&s, "Dana")["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        app.child_reset(session, &dana, "Granite-Kayak-Meadow-3", "k")
            .await
            .code(),
        "flow_expired"
    );
}

#[tokio::test]
async fn reset_links_answer_the_same_for_known_and_unknown_addresses() {
    let app = spawn().await;
    for path in [ep::NycsaLink::PATH, ep::MySchoolsLink::PATH] {
        let known = app
            .post(path, json!({"email": "Maria.Martinez@example.org"}))
            .await;
        let unknown = app.post(path, json!({"email": "nobody@example.org"})).await;
        assert_eq!(known.status, 202);
        assert_eq!(known.status, unknown.status);
        assert_eq!(known.body, unknown.body, "byte-identical");
    }
    let outbox = app.outbox_after(2).await;
    let templates: Vec<_> = outbox.iter().map(|m| m.template.as_str()).collect();
    assert!(
        templates.contains(&"nycsa_reset_link") && templates.contains(&"myschools_reset_link"),
        "{templates:?}"
    );
    assert!(outbox
        .iter()
        .all(|m| m.recipient == "maria.martinez@example.org"));
    let link = outbox
        .iter()
        .find(|m| m.template == "nycsa_reset_link")
        .unwrap();
    // Nothing in the outbox can be used as a link: the token is made when the email is sent.
    assert!(link.payload.get("token").is_none(), "{}", link.payload);
    assert!(!link.payload.to_string().contains("token\":"));
    let prepared = account_service::email::delivery::with_link_token(
        app.store.as_ref(),
        app.clock.as_ref(),
        link,
    )
    .await
    .unwrap();
    let token = prepared.payload["token"].as_str().unwrap();
    assert!(token.len() >= 22, "at least 128 bits");
    // Only the digest of the token is stored; it is single-use and lasts 30 minutes.
    let stored = app
        .store
        .token(&account_service::tokens::digest(token))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.kind, "nycsa_reset");
    assert!(stored.used_at.is_none());
    assert_eq!(stored.expires_at - crate::common::START, 30 * 60);
    assert!(app.store.token(token).await.unwrap().is_none());

    // A newer request revokes the sent link and supersedes one still waiting to be sent.
    app.post(
        ep::NycsaLink::PATH,
        json!({"email": "maria.martinez@example.org"}),
    )
    .await;
    let outbox = app.outbox_after(3).await;
    let revoked = app
        .store
        .token(&account_service::tokens::digest(token))
        .await
        .unwrap()
        .unwrap();
    assert!(revoked.used_at.is_some(), "the older link no longer works");
    let waiting: Vec<_> = outbox
        .iter()
        .filter(|m| m.template == "nycsa_reset_link" && m.sent_at.is_none())
        .collect();
    assert_eq!(waiting.len(), 1, "only the newest link is still to be sent");
}

#[tokio::test]
async fn reset_links_are_rate_limited_per_address_and_per_terminal() {
    let app = spawn().await;
    for _ in 0..6 {
        let a = app
            .post(
                ep::NycsaLink::PATH,
                json!({"email": "maria.martinez@example.org"}),
            )
            .await;
        assert_eq!(a.status, 202, "the answer never changes for the address");
    }
    let outbox = app.outbox_after(3).await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        app.store.outbox(100).await.unwrap().len(),
        3,
        "three emails an hour at most: {}",
        outbox.len()
    );
    let mut limited = false;
    for i in 0..40 {
        let a = app
            .post(
                ep::MySchoolsLink::PATH,
                json!({"email": format!("x{i}@example.org")}),
            )
            .await;
        if a.status == 429 {
            assert_eq!(a.code(), "rate_limited");
            limited = true;
            break;
        }
    }
    assert!(limited, "one terminal cannot send endless requests");
}
