//! `seed-scale`'s synthetic directory is usable through the API: its students can be found
//! and verified with the credentials the load generator derives from their index.

use crate::common::spawn;
use account_service::domain::hasher::Hasher;
use account_service::scale;
use account_service::HashParams;

#[tokio::test]
async fn synthetic_students_and_parents_work_through_the_api() {
    let app = spawn().await;
    let hasher = Hasher::new(HashParams::insecure_for_tests(), 2).unwrap();
    let mut reported = Vec::new();
    scale::seed(
        app.store.as_ref(),
        &hasher,
        500,
        90,
        crate::common::START,
        |n| reported.push(n),
    )
    .await
    .unwrap();
    assert_eq!(reported.last(), Some(&500));

    let with_pin = (0..500).find(|i| scale::student(*i).pin.is_some()).unwrap();
    let s = scale::student(with_pin);
    let flow = app.flow(&s.student_id, &s.birth_date).await;
    let ok = app.verify_pin(&flow, s.pin.unwrap()).await;
    assert_eq!(ok.status, 200, "{}", String::from_utf8_lossy(&ok.body));

    let by_name = app.flow(&s.username, &s.birth_date).await;
    assert!(!by_name.is_empty());

    let with_questions = (0..500).find(|i| scale::student(*i).has_questions).unwrap();
    let q = scale::student(with_questions);
    let start = app.start(&q.student_id, &q.birth_date).await;
    assert_eq!(start.json()["questions"].as_array().unwrap().len(), 3);

    // Every family of three with a parent is linked to all three children.
    let parent = app
        .store
        .find_parent("parent0@example.org")
        .await
        .unwrap()
        .or(app.store.find_parent("parent1@example.org").await.unwrap())
        .expect("two families in three have a parent");
    let children = app.store.children(&parent.parent_ref).await.unwrap();
    assert_eq!(children.len(), 3);
}
