//! Two service instances on one database (PostgreSQL in CI through TEST_DATABASE_URL): every
//! rule that must hold across instances lives in the database, so a visitor whose requests
//! are spread over both instances meets exactly the rules of one.

use crate::common::spawn;

#[tokio::test]
async fn failures_spread_over_two_instances_pause_at_five() {
    let a = spawn().await;
    let b = a.another_instance().await;
    let flow = a.flow("AvaM1234", "2012-03-14").await;
    // The flow token made on one instance is good on the other; the failures add up.
    let mut remaining = Vec::new();
    for i in 0..4 {
        let instance = if i % 2 == 0 { &b } else { &a };
        let answer = instance.verify_pin(&flow, "99999").await;
        assert_eq!(answer.code(), "verification_failed");
        remaining.push(answer.json()["attempts_remaining"].as_u64().unwrap());
    }
    assert_eq!(remaining, vec![4, 3, 2, 1]);
    let fifth = b.verify_pin(&flow, "99999").await;
    assert_eq!(fifth.code(), "self_service_paused");
    assert_eq!(fifth.json()["retry_after"], 900);
    // Both instances now refuse even the right birth date, answered as a wrong one.
    for instance in [&a, &b] {
        let start = instance.start("AvaM1234", "2012-03-14").await;
        assert_eq!(start.code(), "not_verified");
    }
    let audit = a.store.audit_events(None, 100).await.unwrap();
    let pauses = audit
        .iter()
        .filter(|e| e.action == "self_service_paused")
        .count();
    assert_eq!(pauses, 1, "one pause, not one per instance");
}

#[tokio::test]
async fn concurrent_failures_on_both_instances_are_all_counted() {
    let a = spawn().await;
    let b = a.another_instance().await;
    let flow = a.flow("AvaM1234", "2012-03-14").await;
    let attempts = (0..6).map(|i| {
        let instance = if i % 2 == 0 { &a } else { &b };
        instance.verify_pin(&flow, "99999")
    });
    let answers = futures::future::join_all(attempts).await;
    let failed = answers
        .iter()
        .filter(|x| x.code() == "verification_failed")
        .count();
    let paused = answers
        .iter()
        .filter(|x| x.code() == "self_service_paused")
        .count();
    // A guess sent while another for the same student is being verified is turned away.
    let busy = answers
        .iter()
        .filter(|x| x.code() == "rate_limited")
        .count();
    assert_eq!(
        failed + paused + busy,
        6,
        "every answer is a failure, the pause, or busy"
    );
    assert!(
        failed <= 4,
        "at most four plain failures before the pause, got {failed}"
    );
    let evaluated = failed + paused;
    let recorded = a
        .store
        .audit_events(None, 100)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == "self_service_paused")
        .count();
    assert_eq!(recorded, usize::from(paused > 0));
    assert!(evaluated >= 1);
}

#[tokio::test]
async fn a_reset_token_used_on_one_instance_is_refused_on_the_other() {
    let a = spawn().await;
    let b = a.another_instance().await;
    let token = a.ava_reset_token().await;
    let done = a.reset(&token, "Purple-Otter-Skates-91", "key-a").await;
    assert_eq!(done.status, 200, "{}", String::from_utf8_lossy(&done.body));
    let replay = b.reset(&token, "Granite-Kayak-Meadow-3", "key-b").await;
    assert_eq!(replay.code(), "flow_expired");
    let enroll = b.enroll("AvaM1234", "Purple-Otter-Skates-91").await;
    assert_eq!(enroll.status, 200, "the first reset stands");
}

#[tokio::test]
async fn one_idempotency_key_sent_to_both_instances_applies_once() {
    let a = spawn().await;
    let b = a.another_instance().await;

    // A student's own reset, sent to both at the same moment with one key.
    let token = a.ava_reset_token().await;
    let (x, y) = tokio::join!(
        a.reset(&token, "Purple-Otter-Skates-91", "same-key"),
        b.reset(&token, "Purple-Otter-Skates-91", "same-key"),
    );
    assert_eq!(x.status, 200, "{}", String::from_utf8_lossy(&x.body));
    assert_eq!(x.body, y.body, "both instances give the one answer");

    // A parent's reset of a child, likewise.
    let s = a.nycsa().await;
    let session = s["session"].as_str().unwrap();
    let dana = s["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"].as_str().unwrap().starts_with("Dana"))
        .unwrap()["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    let (x, y) = tokio::join!(
        a.child_reset(session, &dana, "Granite-Kayak-Meadow-3", "parent-key"),
        b.child_reset(session, &dana, "Granite-Kayak-Meadow-3", "parent-key"),
    );
    assert_eq!(x.status, 200, "{}", String::from_utf8_lossy(&x.body));
    assert_eq!(x.body, y.body);

    let audit = b.store.audit_events(None, 200).await.unwrap();
    let resets: Vec<_> = audit
        .iter()
        .filter(|e| e.action == "password_reset")
        .map(|e| e.detail.as_str())
        .collect();
    assert_eq!(resets, vec!["self_service", "nycsa"], "each applied once");
    let outbox = a.store.outbox(100).await.unwrap();
    assert_eq!(
        outbox.len(),
        4,
        "Ava and her mother's notice once; Dana and Maria (who made it) once"
    );
}
