//! The password-changing flows as a kiosk and a counter drive them, for the directory tests.

use account_api::endpoints::{self as ep, Endpoint as _};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::{Answer, TestApp};

pub async fn student_ref(app: &TestApp, username: &str) -> String {
    let ident = account_api::identifiers::parse_student(username).unwrap();
    app.store
        .find_student(&ident)
        .await
        .unwrap()
        .unwrap()
        .student_ref
}

/// Jordan's session on a fresh counter terminal, and that terminal's token.
pub async fn counter(app: &TestApp) -> (String, String) {
    let device = app.counter_device("counter").await;
    let a = app
        .staff(
            Method::POST,
            ep::StaffSession::PATH,
            &device,
            None,
            Some(app.jordan()),
        )
        .await;
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    (device, a.json()["session"].as_str().unwrap().to_string())
}

/// A staff password action for `username`, after an identity check.
pub async fn staff_password(app: &TestApp, username: &str, body: Value) -> Answer {
    let (device, session) = counter(app).await;
    let student = student_ref(app, username).await;
    let check = app
        .staff(
            Method::POST,
            &format!("/v1/staff/students/{student}/identity-checks"),
            &device,
            Some(&session),
            Some(json!({"visitor": "student", "document": "school ID", "note": ""})),
        )
        .await;
    assert_eq!(
        check.status,
        201,
        "{}",
        String::from_utf8_lossy(&check.body)
    );
    let mut body = body;
    body["check"] = check.json()["check"].clone();
    app.staff(
        Method::POST,
        &format!("/v1/staff/students/{student}/password"),
        &device,
        Some(&session),
        Some(body),
    )
    .await
}

/// A parent's reset of a child's password (Maria's children: Ava and Dana).
pub async fn parent_reset(app: &TestApp, username: &str, password: &str, key: &str) -> Answer {
    let s = app.nycsa().await;
    let child = s["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["account_id"] == username)
        .unwrap()["student_ref"]
        .as_str()
        .unwrap()
        .to_string();
    app.child_reset(s["session"].as_str().unwrap(), &child, password, key)
        .await
}

/// Audit rows of one action for a student.
pub async fn audited(app: &TestApp, username: &str, action: &str) -> usize {
    let student = student_ref(app, username).await;
    app.store
        .audit_events(Some(&student), 1000)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.action == action)
        .count()
}

/// `password_changed` emails queued to a student.
pub async fn emails(app: &TestApp, username: &str) -> usize {
    app.store
        .outbox(1000)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.template == "password_changed" && m.payload["username"] == username)
        .count()
}

/// Notices queued to a student's guardians about the student's account.
pub async fn guardian_notices(app: &TestApp, username: &str) -> usize {
    app.store
        .outbox(1000)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.template == "guardian_notice" && m.payload["username"] == username)
        .count()
}

pub fn body(a: &Answer) -> String {
    String::from_utf8_lossy(&a.body).into_owned()
}
