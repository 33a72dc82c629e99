//! Hostile requests and measured enumeration / brute-force behaviour (issue 8).

use crate::common::spawn;
use account_api::endpoints::{self as ep, Endpoint as _};
use reqwest::Method;
use std::time::Duration;

const POSTS: [&str; 13] = [
    ep::Start::PATH,
    ep::Verify::PATH,
    ep::Reset::PATH,
    ep::EnrollSession::PATH,
    ep::NycsaSession::PATH,
    "/v1/nycsa/children/stu_x/password",
    ep::NycsaLink::PATH,
    ep::MySchoolsLink::PATH,
    ep::Ticket::PATH,
    ep::StaffSession::PATH,
    "/v1/staff/students/stu_x/identity-checks",
    "/v1/staff/students/stu_x/password",
    "/v1/staff/students/stu_x/resume-self-service",
];
const PUTS: [&str; 3] = [
    ep::SetPin::PATH,
    ep::SetQuestions::PATH,
    ep::SetPassword::PATH,
];

#[tokio::test]
async fn every_endpoint_answers_hostile_bodies_with_a_4xx_problem() {
    let app = spawn().await;
    let big = format!("{{\"student\":\"{}\"}}", "A".repeat(64 * 1024));
    let bodies = [
        big.as_str(),
        "{",
        "null",
        "[1,2,3]",
        "{\"student\":\"x' OR '1'='1\",\"birth_date\":\"2012-03-14'; DROP TABLE students;--\"}",
        "{\"email\":\"a@b.c\\u0000\",\"password\":\"\\ud800\"}",
        "{\"unknown\":true}",
        "\u{feff}{}",
    ];
    let routes = POSTS
        .iter()
        .map(|p| (Method::POST, *p))
        .chain(PUTS.iter().map(|p| (Method::PUT, *p)));
    for (method, path) in routes {
        for body in bodies {
            let a = tokio::time::timeout(
                Duration::from_secs(10),
                app.send(
                    method.clone(),
                    path,
                    Some(&app.token),
                    Some(body),
                    Some("k"),
                ),
            )
            .await
            .unwrap_or_else(|_| panic!("{path} hung"));
            assert!(
                (400..500).contains(&a.status),
                "{method} {path} {:.40}: {}",
                body,
                a.status
            );
            assert_eq!(a.content_type, "application/problem+json", "{path}");
        }
    }
    // The students table is still there.
    assert_eq!(app.start("AvaM1234", "2012-03-14").await.status, 200);
}

#[tokio::test]
async fn two_hundred_starts_for_known_and_unknown_students_give_identical_bodies() {
    let app = spawn().await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    let mut bodies = std::collections::BTreeSet::new();
    for i in 0..100 {
        // A new subject each time, so no pause interferes; the delay is zero in tests.
        let t = std::time::Instant::now();
        let a = app
            .start(&format!("{}", 200_000_000 + i), "2001-01-01")
            .await;
        unknown.push(t.elapsed());
        bodies.insert(a.body);
        let t = std::time::Instant::now();
        let who = ["AvaM1234", "BenO5678", "ChenW2468", "DanaC1357", "EliH9753"][i % 5];
        let b = app.start(who, &format!("2000-01-{:02}", 1 + i % 28)).await;
        known.push(t.elapsed());
        bodies.insert(b.body);
        if i % 4 == 3 {
            app.clock.advance(16 * 60);
        }
    }
    assert_eq!(bodies.len(), 1, "one body for all 200 answers");
    known.sort();
    unknown.sort();
    // Reported, not asserted: wall time is not a test condition.
    eprintln!(
        "start, wrong birth date: median {:?}; unknown student: median {:?}",
        known[50], unknown[50]
    );
}
