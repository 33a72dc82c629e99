//! The staff second factor (TOTP), disabling staff, and the day's report, against the real
//! service on SQLite or PostgreSQL (`TEST_DATABASE_URL`).

use crate::common::{spawn, TestApp};
use account_api::endpoints::{self as ep, Endpoint as _};
use account_api::wire::StaffRole;
use account_service::clock::Clock;
use account_service::demo::{DEMO_STAFF_ID, DEMO_STAFF_TOTP};
use account_service::domain::report;
use account_service::domain::totp::{TotpSecret, STEP_SECS};
use account_service::report_format;
use account_service::store::AuditEvent;
use reqwest::Method;
use serde_json::json;

fn code(secret: &str, at: i64) -> String {
    TotpSecret::parse(secret)
        .unwrap()
        .code_at(at)
        .unwrap()
        .to_string()
}

fn body(code: &str) -> serde_json::Value {
    json!({"staff_id": DEMO_STAFF_ID, "password": "Counter-Demo-2026", "totp": code})
}

async fn sign_in(app: &TestApp, device: &str, body: serde_json::Value) -> crate::common::Answer {
    app.staff(
        Method::POST,
        ep::StaffSession::PATH,
        device,
        None,
        Some(body),
    )
    .await
}

#[tokio::test]
async fn a_code_signs_in_once_and_only_near_its_time() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let now = app.clock.now();
    let first = code(DEMO_STAFF_TOTP, now);
    let ok = sign_in(&app, &counter, body(&first)).await;
    assert_eq!(ok.status, 200, "{}", String::from_utf8_lossy(&ok.body));
    assert_eq!(ok.json()["role"], "staff");
    let replay = sign_in(&app, &counter, body(&first)).await;
    assert_eq!(replay.status, 401, "the same code a second time");
    assert_eq!(replay.code(), "sign_in_failed");
    // Two steps away either side: refused.
    for offset in [-2, 2] {
        let far = sign_in(
            &app,
            &counter,
            body(&code(DEMO_STAFF_TOTP, now + offset * STEP_SECS)),
        )
        .await;
        assert_eq!(far.code(), "sign_in_failed", "offset {offset} steps");
    }
    // The step after is accepted (a clock running ahead); the one before is earlier than the
    // step just used, so it is refused now, but accepted on a fresh start below.
    let ahead = sign_in(
        &app,
        &counter,
        body(&code(DEMO_STAFF_TOTP, now + STEP_SECS)),
    )
    .await;
    assert_eq!(ahead.status, 200, "one step ahead");
    let behind = sign_in(
        &app,
        &counter,
        body(&code(DEMO_STAFF_TOTP, now - STEP_SECS)),
    )
    .await;
    assert_eq!(
        behind.code(),
        "sign_in_failed",
        "older than the last code used"
    );

    let other = spawn().await;
    let counter = other.counter_device("front desk").await;
    let now = other.clock.now();
    let behind = sign_in(
        &other,
        &counter,
        body(&code(DEMO_STAFF_TOTP, now - STEP_SECS)),
    )
    .await;
    assert_eq!(behind.status, 200, "one step behind (a clock running late)");
    let audit = other.store.audit_events(None, 1000).await.unwrap();
    assert!(
        audit
            .iter()
            .all(|e| !e.detail.contains(&code(DEMO_STAFF_TOTP, now - STEP_SECS))),
        "no code in the audit log"
    );
}

#[tokio::test]
async fn the_same_code_sent_at_once_opens_one_session() {
    let app = spawn().await;
    let counters = [
        app.counter_device("desk 1").await,
        app.counter_device("desk 2").await,
        app.counter_device("desk 3").await,
        app.counter_device("desk 4").await,
    ];
    let same = code(DEMO_STAFF_TOTP, app.clock.now());
    let answers = futures::future::join_all(
        counters
            .iter()
            .map(|device| sign_in(&app, device, body(&same))),
    )
    .await;
    let sessions = answers.iter().filter(|a| a.status == 200).count();
    assert_eq!(
        sessions,
        1,
        "{:?}",
        answers.iter().map(|a| a.code()).collect::<Vec<_>>()
    );
    let audit = app.store.audit_events(None, 1000).await.unwrap();
    assert_eq!(
        audit.iter().filter(|e| e.action == "staff_sign_in").count(),
        1
    );
}

#[tokio::test]
async fn wrong_codes_count_against_the_sign_in_limit() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let right = code(DEMO_STAFF_TOTP, app.clock.now());
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    for i in 0..5 {
        let a = sign_in(&app, &counter, body(wrong)).await;
        assert_eq!(a.code(), "sign_in_failed", "wrong code {i}");
    }
    let paused = sign_in(&app, &counter, body(&right)).await;
    assert_eq!(
        paused.code(),
        "rate_limited",
        "over the limit the right password and code are refused too"
    );
    let audit = app.store.audit_events(None, 1000).await.unwrap();
    assert!(audit
        .iter()
        .any(|e| e.action == "sign_in_paused" && e.detail == "staff"));
}

#[tokio::test]
async fn a_disabled_staff_member_is_refused_and_their_sessions_end() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let a = sign_in(&app, &counter, app.jordan()).await;
    assert_eq!(a.status, 200);
    let session = a.json()["session"].as_str().unwrap().to_string();
    let q = "/v1/staff/students?q=212345678";
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        200
    );
    assert_eq!(
        app.store
            .disable_staff(DEMO_STAFF_ID, app.clock.now())
            .await
            .unwrap(),
        Some(1)
    );
    assert_eq!(
        app.staff(Method::GET, q, &counter, Some(&session), None)
            .await
            .status,
        401,
        "the live session ended"
    );
    let again = sign_in(&app, &counter, app.jordan()).await;
    assert_eq!(again.code(), "sign_in_failed", "right password and code");
    assert_eq!(
        app.store
            .disable_staff(DEMO_STAFF_ID, app.clock.now())
            .await
            .unwrap(),
        None,
        "already disabled"
    );
}

#[tokio::test]
async fn a_new_secret_ends_the_old_one() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let fresh = TotpSecret::generate();
    assert!(app
        .store
        .reset_staff_totp(DEMO_STAFF_ID, fresh.expose(), app.clock.now())
        .await
        .unwrap());
    let old = sign_in(&app, &counter, app.jordan()).await;
    assert_eq!(old.code(), "sign_in_failed", "a code of the old secret");
    let new = sign_in(&app, &counter, body(&app.fresh_code(fresh.expose()))).await;
    assert_eq!(new.status, 200);
}

#[tokio::test]
async fn only_supervisors_get_the_report() {
    let app = spawn().await;
    let counter = app.counter_device("front desk").await;
    let a = sign_in(&app, &counter, app.jordan()).await;
    assert_eq!(a.json()["role"], "staff");
    let staff_session = a.json()["session"].as_str().unwrap().to_string();
    let path = format!("{}?day=2026-12-01", ep::StaffReport::PATH);
    let refused = app
        .staff(Method::GET, &path, &counter, Some(&staff_session), None)
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(refused.code(), "supervisor_required");

    let secret = TotpSecret::generate();
    app.add_staff(
        "fwc.bronx.02",
        "Sam Ortiz",
        "Bronx Family Welcome Center",
        StaffRole::Supervisor,
        "Counter-Staff-2026",
        secret.expose(),
    )
    .await;
    let desk2 = app.counter_device("desk 2").await;
    let b = sign_in(
        &app,
        &desk2,
        json!({"staff_id": "fwc.bronx.02", "password": "Counter-Staff-2026", "totp": app.fresh_code(secret.expose())}),
    )
    .await;
    assert_eq!(b.status, 200, "{}", String::from_utf8_lossy(&b.body));
    assert_eq!(b.json()["role"], "supervisor");
    let supervisor = b.json()["session"].as_str().unwrap().to_string();
    let ok = app
        .staff(Method::GET, &path, &desk2, Some(&supervisor), None)
        .await;
    assert_eq!(ok.status, 200, "{}", String::from_utf8_lossy(&ok.body));
    assert_eq!(ok.json()["center"], "Bronx Family Welcome Center");
    let today = app
        .staff(
            Method::GET,
            ep::StaffReport::PATH,
            &desk2,
            Some(&supervisor),
            None,
        )
        .await;
    assert_eq!(today.status, 200, "no day: today in New York");
    let bad_day = app
        .staff(
            Method::GET,
            &format!("{}?day=2026-02-30", ep::StaffReport::PATH),
            &desk2,
            Some(&supervisor),
            None,
        )
        .await;
    assert_eq!(bad_day.status, 400);
}

/// The Bronx kiosk of the scripted day.
const KIOSK: &str = "dev_kiosk";

/// 2026-12-01 00:00 in New York (EST) is 05:00 UTC.
const DAY_START: i64 = 1_796_101_200;

async fn event(app: &TestApp, at: i64, device: &str, actor: &str, action: &str, detail: &str) {
    app.store
        .put_audit(
            &AuditEvent {
                device_id: Some(device),
                actor,
                student_ref: None,
                action,
                result: "ok",
                detail,
            },
            at,
        )
        .await
        .unwrap();
}

/// A visit the kiosk reported ended at `at`, as `visit_ended` records it.
async fn kiosk_visit(app: &TestApp, at: i64, language: &str, outcome: &str, seconds: i64) {
    let detail = json!({"language": language, "outcome": outcome, "seconds": seconds});
    event(
        app,
        at,
        KIOSK,
        "kiosk",
        report::VISIT_ENDED,
        &detail.to_string(),
    )
    .await;
}

/// A scripted day at the Bronx center, with events just outside it on both sides.
async fn scripted_day(app: &TestApp) {
    let h = 3600;
    // The evening before (23:59 New York): the previous day, and in the week's trend.
    kiosk_visit(app, DAY_START - 60, "en", "gave_up", 30).await;
    kiosk_visit(app, DAY_START + 9 * h, "es", "password_changed", 95).await;
    kiosk_visit(app, DAY_START + 9 * h + 600, "es", "password_changed", 120).await;
    kiosk_visit(app, DAY_START + 10 * h, "es", "handed_off", 200).await;
    event(
        app,
        DAY_START + 10 * h,
        KIOSK,
        "kiosk",
        report::HANDOFF_CREATED,
        r#"{"language":"es","reason":"no_method","number":"417"}"#,
    )
    .await;
    event(
        app,
        DAY_START + 10 * h + 300,
        "dev_counter",
        DEMO_STAFF_ID,
        report::HANDOFF_CLAIMED,
        r#"{"waited_secs":300,"number":"417"}"#,
    )
    .await;
    kiosk_visit(app, DAY_START + 11 * h, "zh", "enrolled", 60).await;
    event(
        app,
        DAY_START + 12 * h,
        KIOSK,
        "kiosk",
        report::HANDOFF_CREATED,
        r#"{"language":"bn","reason":"paused","number":"418"}"#,
    )
    .await;
    event(
        app,
        DAY_START + 12 * h + 720,
        "dev_counter",
        DEMO_STAFF_ID,
        report::HANDOFF_CLAIMED,
        r#"{"waited_secs":720,"number":"418"}"#,
    )
    .await;
    kiosk_visit(app, DAY_START + 12 * h + 800, "bn", "handed_off", 400).await;
    // 10 pm New York, already December 2nd in UTC: still this day.
    kiosk_visit(app, DAY_START + 22 * h, "en", "gave_up", 15).await;
    // A claim at another center: not the Bronx's.
    event(
        app,
        DAY_START + 13 * h,
        "dev_q",
        "fwc.queens.01",
        report::HANDOFF_CLAIMED,
        r#"{"waited_secs":5000,"number":"9"}"#,
    )
    .await;
    // The next day in New York.
    kiosk_visit(app, DAY_START + 24 * h + 60, "en", "enrolled", 10).await;
    // Three days earlier.
    kiosk_visit(app, DAY_START - 3 * 24 * h + 5 * h, "ru", "enrolled", 50).await;
    // Something else happening is not a visit.
    event(app, DAY_START + 9 * h, KIOSK, "kiosk", "staff_sign_in", "").await;
}

#[tokio::test]
async fn the_reports_figures_from_a_scripted_day() {
    let app = spawn().await;
    let queens = TotpSecret::generate();
    app.add_staff(
        "fwc.queens.01",
        "Ana Lopez",
        "Queens Family Welcome Center",
        StaffRole::Staff,
        "Counter-Queens-2026",
        queens.expose(),
    )
    .await;
    scripted_day(&app).await;
    let day = report::parse_day("2026-12-01").unwrap();
    let bronx = report::day_report(app.store.as_ref(), day, Some("Bronx Family Welcome Center"))
        .await
        .unwrap();

    let json = report_format::json(&bronx).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value,
        json!({
            "day": "2026-12-01",
            "time_zone": "America/New_York",
            "center": "Bronx Family Welcome Center",
            "languages": [
                {"language": "bn", "password_changed": 0, "enrolled": 0, "handed_off": 1, "gave_up": 0},
                {"language": "en", "password_changed": 0, "enrolled": 0, "handed_off": 0, "gave_up": 1},
                {"language": "es", "password_changed": 2, "enrolled": 0, "handed_off": 1, "gave_up": 0},
                {"language": "zh", "password_changed": 0, "enrolled": 1, "handed_off": 0, "gave_up": 0},
            ],
            "totals": {"password_changed": 2, "enrolled": 1, "handed_off": 2, "gave_up": 1},
            // 15 60 95 120 200 400: the middle two are 95 and 120.
            "median_visit_secs": 107,
            "handoffs": {"created": 2, "claimed": 2, "median_secs": 510, "max_secs": 720},
            "week": [
                {"day": "2026-11-25", "visits": 0},
                {"day": "2026-11-26", "visits": 0},
                {"day": "2026-11-27", "visits": 0},
                {"day": "2026-11-28", "visits": 1},
                {"day": "2026-11-29", "visits": 0},
                {"day": "2026-11-30", "visits": 1},
                {"day": "2026-12-01", "visits": 6},
            ],
        })
    );

    let csv = report_format::csv(&bronx).unwrap();
    let expected_csv = "\
metric,key,value
day,,2026-12-01
time_zone,,America/New_York
center,,Bronx Family Welcome Center
visits.password_changed,bn,0
visits.enrolled,bn,0
visits.handed_off,bn,1
visits.gave_up,bn,0
visits.total,bn,1
visits.password_changed,en,0
visits.enrolled,en,0
visits.handed_off,en,0
visits.gave_up,en,1
visits.total,en,1
visits.password_changed,es,2
visits.enrolled,es,0
visits.handed_off,es,1
visits.gave_up,es,0
visits.total,es,3
visits.password_changed,zh,0
visits.enrolled,zh,1
visits.handed_off,zh,0
visits.gave_up,zh,0
visits.total,zh,1
visits.password_changed,all,2
visits.enrolled,all,1
visits.handed_off,all,2
visits.gave_up,all,1
visits.total,all,6
median_visit_secs,,107
handoffs.created,,2
handoffs.claimed,,2
handoffs.median_wait_secs,,510
handoffs.max_wait_secs,,720
week.visits,2026-11-25,0
week.visits,2026-11-26,0
week.visits,2026-11-27,0
week.visits,2026-11-28,1
week.visits,2026-11-29,0
week.visits,2026-11-30,1
week.visits,2026-12-01,6
";
    assert_eq!(csv, expected_csv);

    let text = report_format::text(&bronx);
    let expected_text = "\
Day's report 2026-12-01 (America/New_York), Bronx Family Welcome Center

language    password_changed  enrolled  handed_off  gave_up  total
bn                         0         0           1        0      1
en                         0         0           0        1      1
es                         2         0           1        0      3
zh                         0         1           0        0      1
all                        2         1           2        1      6

Median time from first key to done: 1 min 47 s
Hand-offs: 2 made, 2 claimed; wait median 8 min 30 s, longest 12 min 0 s

Visits this week:
2026-11-25     0 
2026-11-26     0 
2026-11-27     0 
2026-11-28     1 #######
2026-11-29     0 
2026-11-30     1 #######
2026-12-01     6 ########################################
";
    assert_eq!(text, expected_text);

    // Every center: the Queens claim counts too.
    let all = report::day_report(app.store.as_ref(), day, None)
        .await
        .unwrap();
    assert_eq!(all.handoffs.claimed, 3);
    assert_eq!(all.handoffs.max_secs, Some(5000));
    assert_eq!(all.totals.total(), 6);
    // No personal data: nothing but counts, days, languages and the center's name.
    assert!(!json.contains(DEMO_STAFF_ID) && !json.contains("417") && !json.contains("dev_"));
}

#[tokio::test]
async fn with_the_code_off_any_six_digits_pass() {
    // What the kiosk's embedded demo does with backend.staff_totp = false.
    let app = crate::common::spawn_with(|c| c.security.staff_totp = false).await;
    let counter = app.counter_device("front desk").await;
    for _ in 0..2 {
        let a = sign_in(&app, &counter, body("000000")).await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    }
    let wrong = sign_in(
        &app,
        &counter,
        json!({"staff_id": DEMO_STAFF_ID, "password": "nope", "totp": "000000"}),
    )
    .await;
    assert_eq!(wrong.code(), "sign_in_failed", "the password still counts");
}

#[tokio::test]
async fn a_step_is_taken_once_however_many_take_it_at_once() {
    // Below the sign-in door (which lets one attempt per staff member through at a time):
    // the store's own guarantee, on SQLite and on PostgreSQL.
    let app = spawn().await;
    let step = app.clock.now() / STEP_SECS;
    let takes =
        futures::future::join_all((0..8).map(|_| app.store.take_totp_step(DEMO_STAFF_ID, step)))
            .await;
    let taken = takes.iter().filter(|t| *t.as_ref().unwrap()).count();
    assert_eq!(taken, 1);
    assert!(
        !app.store
            .take_totp_step(DEMO_STAFF_ID, step - 1)
            .await
            .unwrap(),
        "an earlier step"
    );
    assert!(
        app.store
            .take_totp_step(DEMO_STAFF_ID, step + 1)
            .await
            .unwrap(),
        "a later one"
    );
}
