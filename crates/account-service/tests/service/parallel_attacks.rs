//! Real concurrent attacks on every door: at least 100 requests in flight, from two
//! terminals, against two service instances on PostgreSQL (one on SQLite). Each test counts
//! what the service evaluated — the failures it recorded, the answers that were not refusals —
//! and checks the right secret sent inside the burst gets nothing once the limit is reached.
//! The figures are printed (`--nocapture`) for the README.

use crate::common::{spawn, Answer, TestApp};
use account_api::endpoints::{self as ep, Endpoint as _};
use account_api::identifiers::parse_student;
use serde_json::{json, Value};
use std::time::Duration;
use tokio::task::JoinSet;

/// A place to send a request: one instance, one terminal's token.
#[derive(Clone)]
struct Door {
    base: String,
    token: String,
}

struct Field {
    app: TestApp,
    /// Every instance × every terminal, in the order requests are spread over them.
    doors: Vec<Door>,
}

/// Two terminals of `mode`; two instances when the database is shared (PostgreSQL).
async fn field(counter: bool) -> Field {
    let app = spawn().await;
    let (first, second) = if counter {
        (
            app.counter_device("counter one").await,
            app.counter_device("counter two").await,
        )
    } else {
        (app.token.clone(), app.add_device("second kiosk").await)
    };
    let mut bases = vec![app.base.clone()];
    if app.db_url.starts_with("postgres") {
        bases.push(app.another_instance().await.base.clone());
    }
    let mut doors = Vec::new();
    for base in &bases {
        for token in [&first, &second] {
            doors.push(Door {
                base: base.clone(),
                token: token.clone(),
            });
        }
    }
    Field { app, doors }
}

async fn send(client: reqwest::Client, door: Door, path: String, body: Value) -> Answer {
    let mut req = client
        .post(format!("{}{path}", door.base))
        .bearer_auth(&door.token)
        .header("content-type", "application/json")
        .body(body.to_string());
    if path.ends_with("/reset") || path.ends_with("/password") {
        req = req.header(
            "Idempotency-Key",
            account_service::tokens::new_token().to_string(),
        );
    }
    let resp = req.send().await.expect("request");
    let status = resp.status().as_u16();
    let body = resp.bytes().await.expect("body").to_vec();
    Answer {
        status,
        content_type: String::new(),
        body,
    }
}

/// Sends every request at once and returns the answers in the order given.
async fn burst(requests: Vec<(Door, &str, Value)>) -> Vec<Answer> {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(200)
        .build()
        .unwrap();
    let mut set = JoinSet::new();
    for (i, (door, path, body)) in requests.into_iter().enumerate() {
        let client = client.clone();
        let path = path.to_string();
        set.spawn(async move { (i, send(client, door, path, body).await) });
    }
    let mut answers: Vec<(usize, Answer)> = Vec::new();
    while let Some(done) = set.join_next().await {
        answers.push(done.unwrap());
    }
    answers.sort_by_key(|(i, _)| *i);
    answers.into_iter().map(|(_, a)| a).collect()
}

/// Failures the service recorded against `subject`: every guess it evaluated and found
/// wrong (a guess is recorded before it is verified, and removed only when right).
async fn recorded(app: &TestApp, subject: &str) -> i64 {
    count(
        app,
        &format!("SELECT COUNT(*) FROM verification_failures WHERE subject = '{subject}'"),
    )
    .await
}

async fn count(app: &TestApp, query: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&app.db_url).await.unwrap();
    let n: i64 = sqlx::query_scalar(query).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

async fn student_ref(app: &TestApp, who: &str) -> String {
    app.store
        .find_student(&parse_student(who).unwrap())
        .await
        .unwrap()
        .unwrap()
        .student_ref
}

fn codes(answers: &[Answer]) -> std::collections::BTreeMap<String, usize> {
    let mut m = std::collections::BTreeMap::new();
    for a in answers {
        let code = if a.status < 300 {
            a.status.to_string()
        } else {
            a.code()
        };
        *m.entry(code).or_insert(0) += 1;
    }
    m
}

async fn flows(field: &Field, who: &str, birth: &str, n: usize) -> Vec<(Door, String)> {
    let mut out = Vec::new();
    for i in 0..n {
        let door = field.doors[i % field.doors.len()].clone();
        let a = send(
            reqwest::Client::new(),
            door.clone(),
            ep::Start::PATH.into(),
            json!({"student": who, "birth_date": birth}),
        )
        .await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
        out.push((door, a.json()["flow"].as_str().unwrap().to_string()));
    }
    out
}

/// Waves of `per_wave` wrong guesses at once over `flows`, the right one 50 ms into each
/// wave, until the student is paused. Returns every answer to a right guess.
async fn verify_waves(
    flows: &[(Door, String)],
    wrong: impl Fn(&str) -> Value,
    right: impl Fn(&str) -> Value,
    per_wave: usize,
) -> (Vec<Answer>, usize) {
    let mut rights = Vec::new();
    for wave in 1..=20 {
        let requests: Vec<_> = (0..per_wave)
            .map(|i| {
                let (door, flow) = &flows[i % (flows.len() - 1)];
                (door.clone(), ep::Verify::PATH, wrong(flow))
            })
            .collect();
        let (door, flow) = flows.last().unwrap().clone();
        let right_body = right(&flow);
        let late = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            send(
                reqwest::Client::new(),
                door,
                ep::Verify::PATH.into(),
                right_body,
            )
            .await
        });
        let answers = burst(requests).await;
        rights.push(late.await.unwrap());
        if answers.iter().any(|a| a.code() == "self_service_paused") {
            return (rights, wave);
        }
    }
    panic!("twenty waves and no pause");
}

#[tokio::test]
async fn parallel_pins_get_no_more_guesses_than_sequential_ones() {
    let field = field(false).await;
    let app = &field.app;
    let ava = student_ref(app, "AvaM1234").await;
    let mut flows = flows(&field, "AvaM1234", "2012-03-14", 8).await;
    let (door, spare) = flows.pop().unwrap();
    let (rights, waves) = verify_waves(
        &flows,
        |f| json!({"flow": f, "pin": "99999"}),
        |f| json!({"flow": f, "pin": "50317"}),
        100,
    )
    .await;
    let evaluated = recorded(app, &ava).await;
    println!(
        "verify (PIN), {} in flight per wave, {} waves: {evaluated} wrong PINs evaluated",
        100, waves
    );
    assert_eq!(
        evaluated, 5,
        "the short-window limit, and not one guess more"
    );
    // A right PIN that got in before the limit earned its token honestly; once the limit is
    // reached, the right PIN gets nothing, and a token won before cannot be spent.
    let after = send(
        reqwest::Client::new(),
        door.clone(),
        ep::Verify::PATH.into(),
        json!({"flow": spare, "pin": "50317"}),
    )
    .await;
    assert_eq!(after.code(), "self_service_paused");
    let right_door = flows.last().unwrap().0.clone();
    for won in rights.iter().filter(|a| a.status == 200) {
        let token = won.json()["reset_token"].as_str().unwrap().to_string();
        let applied = send(
            reqwest::Client::new(),
            right_door.clone(),
            ep::Reset::PATH.into(),
            json!({"reset_token": token, "new_password": "Granite-Orchard-951"}),
        )
        .await;
        assert_eq!(applied.code(), "self_service_paused", "reset while paused");
    }
}

#[tokio::test]
async fn parallel_answers_pause_at_five_then_until_reset_at_ten() {
    let field = field(false).await;
    let app = &field.app;
    let ben = student_ref(app, "BenO5678").await;
    let wrong = |f: &str| json!({"flow": f, "answers": {"first_pet": "rex", "birth_city": "paris", "favorite_teacher": "ms rivera"}});
    let right = |f: &str| json!({"flow": f, "answers": {"first_pet": "rex", "birth_city": "lagos", "favorite_teacher": "ms rivera"}});
    let first = flows(&field, "BenO5678", "2011-07-02", 7).await;
    verify_waves(&first, wrong, right, 100).await;
    assert_eq!(recorded(app, &ben).await, 5);
    app.clock.advance(15 * 60);
    let second = flows(&field, "BenO5678", "2011-07-02", 7).await;
    verify_waves(&second, wrong, right, 100).await;
    let evaluated = recorded(app, &ben).await;
    println!("verify (answers), 100 in flight per wave: {evaluated} wrong sets evaluated in 24 h");
    assert_eq!(evaluated, 10);
    let paused = app.store.student(&ben).await.unwrap().unwrap().pause_kind;
    assert_eq!(paused.as_deref(), Some("until_reset"));
}

#[tokio::test]
async fn birth_dates_at_once_find_nothing_and_stop_at_the_limits() {
    let field = field(false).await;
    let app = &field.app;
    let ava = student_ref(app, "AvaM1234").await;
    // Every day of 2012, the right one among them, four terminals/instances, all at once.
    let start = time::Date::from_calendar_date(2012, time::Month::January, 1).unwrap();
    let requests: Vec<_> = (0..366)
        .map(|d| {
            let date = start + time::Duration::days(d);
            (
                field.doors[d as usize % field.doors.len()].clone(),
                ep::Start::PATH,
                json!({"student": "AvaM1234", "birth_date": account_api::identifiers::format_wire_date(date)}),
            )
        })
        .collect();
    let answers = burst(requests).await;
    let right = &answers[73]; // 2012-03-14
    let found = codes(&answers);
    let evaluated = recorded(app, &ava).await;
    let per_device = count(
        app,
        "SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM verification_failures \
         WHERE subject LIKE 'start-device:%' GROUP BY subject) AS per",
    )
    .await;
    println!(
        "start, 366 dates in flight: {evaluated} wrong dates evaluated for Ava, at most \
         {per_device} failed starts per terminal, answers {found:?}"
    );
    assert!(evaluated <= 5, "{evaluated} birth dates evaluated");
    assert!(per_device <= 20, "terminal limit: {per_device}");
    // Whatever the right date got, every answer after the limit is the same for right and
    // wrong dates: ask again now, with the right date and a wrong one, from each door.
    for door in &field.doors {
        let r = send(
            reqwest::Client::new(),
            door.clone(),
            ep::Start::PATH.into(),
            json!({"student": "AvaM1234", "birth_date": "2012-03-14"}),
        )
        .await;
        let w = send(
            reqwest::Client::new(),
            door.clone(),
            ep::Start::PATH.into(),
            json!({"student": "AvaM1234", "birth_date": "2012-03-15"}),
        )
        .await;
        assert_eq!(r.body, w.body, "right and wrong date answered alike");
        assert_ne!(r.status, 200);
    }
    let won = answers.iter().filter(|a| a.status == 200).count();
    assert!(won <= 1, "only the right date can succeed, once: {won}");
    if right.status == 200 {
        assert!(evaluated < 5, "the right date succeeded after the limit");
    }
    // Unknown student IDs cost a terminal the same as wrong dates.
    let fresh = Door {
        base: app.base.clone(),
        token: app.add_device("third kiosk").await,
    };
    let requests: Vec<_> = (0..200)
        .map(|i| {
            (
                fresh.clone(),
                ep::Start::PATH,
                json!({"student": format!("{}", 290_000_000 + i), "birth_date": "2012-03-14"}),
            )
        })
        .collect();
    let answers = burst(requests).await;
    let not_refused = answers.iter().filter(|a| a.status != 429).count();
    println!("start, 200 unknown IDs in flight from one terminal: {not_refused} evaluated");
    assert!(not_refused <= 20, "{not_refused} looked up");
}

#[tokio::test]
async fn enrollment_sign_in_burst_cannot_guess_the_school_password() {
    let field = field(false).await;
    let app = &field.app;
    let dana = student_ref(app, "DanaC1357").await;
    let mut requests: Vec<_> = (0..100)
        .map(|i| {
            (
                field.doors[i % field.doors.len()].clone(),
                ep::EnrollSession::PATH,
                json!({"student": "DanaC1357", "password": format!("Guess-{i}-Wrong")}),
            )
        })
        .collect();
    requests.insert(
        60,
        (
            field.doors[1].clone(),
            ep::EnrollSession::PATH,
            json!({"student": "DanaC1357", "password": "Violet-Comet-88"}),
        ),
    );
    let mut rounds = 0;
    let mut right_answers = Vec::new();
    while recorded(app, &dana).await < 5 && rounds < 20 {
        let answers = burst(requests.clone()).await;
        right_answers.push(answers[60].status);
        rounds += 1;
    }
    let evaluated = recorded(app, &dana).await;
    println!(
        "enrollment sign-in, 101 in flight, {rounds} rounds: {evaluated} wrong passwords evaluated"
    );
    assert_eq!(evaluated, 5);
    let after = app.enroll("DanaC1357", "Violet-Comet-88").await;
    assert_eq!(
        after.code(),
        "sign_in_failed",
        "right password refused once over the limit"
    );
    let unknown = app.enroll("Nobody0000", "Violet-Comet-88").await;
    assert_eq!(after.body, unknown.body);
}

#[tokio::test]
async fn parent_sign_in_burst_is_refused_and_paused() {
    let field = field(false).await;
    let app = &field.app;
    let parent = app
        .store
        .find_parent("maria.martinez@example.org")
        .await
        .unwrap()
        .unwrap()
        .parent_ref;
    let mut requests: Vec<_> = (0..100)
        .map(|i| {
            (
                field.doors[i % field.doors.len()].clone(),
                ep::NycsaSession::PATH,
                json!({"email": "maria.martinez@example.org", "password": format!("Wrong-{i}-Pass")}),
            )
        })
        .collect();
    requests.insert(
        30,
        (
            field.doors[0].clone(),
            ep::NycsaSession::PATH,
            json!({"email": "maria.martinez@example.org", "password": "Familia-Bronx-2026"}),
        ),
    );
    let mut rounds = 0;
    while recorded(app, &parent).await < 5 && rounds < 20 {
        burst(requests.clone()).await;
        rounds += 1;
    }
    let evaluated = recorded(app, &parent).await;
    println!(
        "NYCSA sign-in, 101 in flight, {rounds} rounds: {evaluated} wrong passwords evaluated"
    );
    assert_eq!(evaluated, 5);
    let after = app
        .post(
            ep::NycsaSession::PATH,
            json!({"email": "maria.martinez@example.org", "password": "Familia-Bronx-2026"}),
        )
        .await;
    assert_eq!(after.code(), "rate_limited", "right password refused too");
    // An unknown address is limited the same way, so the refusal tells nothing.
    for i in 0..5 {
        app.post(
            ep::NycsaSession::PATH,
            json!({"email": "nobody@example.org", "password": format!("Wrong-{i}")}),
        )
        .await;
    }
    let unknown = app
        .post(
            ep::NycsaSession::PATH,
            json!({"email": "nobody@example.org", "password": "Familia-Bronx-2026"}),
        )
        .await;
    assert_eq!(unknown.code(), "rate_limited");
}

#[tokio::test]
async fn staff_sign_in_burst_is_refused_paused_and_counted() {
    let field = field(true).await;
    let app = &field.app;
    let mut requests: Vec<_> = (0..100)
        .map(|i| {
            (
                field.doors[i % field.doors.len()].clone(),
                ep::StaffSession::PATH,
                json!({"staff_id": "fwc.bronx.01", "password": format!("Wrong-{i}-Pass"), "totp": "000000"}),
            )
        })
        .collect();
    requests.insert(
        25,
        (field.doors[0].clone(), ep::StaffSession::PATH, app.jordan()),
    );
    let subject = format!("staff:{}", account_service::tokens::digest("fwc.bronx.01"));
    let mut rounds = 0;
    while recorded(app, &subject).await < 5 && rounds < 20 {
        burst(requests.clone()).await;
        rounds += 1;
    }
    let evaluated = recorded(app, &subject).await;
    println!(
        "staff sign-in, 101 in flight, {rounds} rounds: {evaluated} wrong passwords evaluated"
    );
    assert_eq!(evaluated, 5);
    let after = send(
        reqwest::Client::new(),
        field.doors[0].clone(),
        ep::StaffSession::PATH.into(),
        app.jordan(),
    )
    .await;
    assert_eq!(after.code(), "rate_limited", "right password refused too");
    let audited = count(
        app,
        "SELECT COUNT(*) FROM audit_events WHERE action = 'sign_in_paused' AND detail = 'staff'",
    )
    .await;
    assert_eq!(audited, 1, "the pause is audited once");
}

#[tokio::test]
async fn reset_links_and_tickets_at_once_stay_within_their_limits() {
    let field = field(false).await;
    let app = &field.app;
    let door = field.doors[0].clone();
    let links: Vec<_> = (0..100)
        .map(|_| {
            (
                door.clone(),
                ep::NycsaLink::PATH,
                json!({"email": "maria.martinez@example.org"}),
            )
        })
        .collect();
    let answers = burst(links).await;
    let accepted = answers.iter().filter(|a| a.status == 202).count();
    // Links are queued after answering; give the queue a moment.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let queued = app
        .store
        .outbox(1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.template == "nycsa_reset_link")
        .count();
    println!("reset links, 100 in flight: {accepted} accepted, {queued} links queued");
    assert_eq!(accepted, 30, "30 per terminal per hour");
    assert_eq!(queued, 3, "3 per address per hour");

    let tickets: Vec<_> = (0..100)
        .map(|i| {
            (
                door.clone(),
                ep::Ticket::PATH,
                json!({"topic": "other", "description": format!("Ticket number {i}"), "name": "Test Visitor", "email": "visitor@example.org", "language": "en"}),
            )
        })
        .collect();
    let answers = burst(tickets).await;
    let created = answers.iter().filter(|a| a.status == 201).count();
    println!("tickets, 100 in flight: {created} created");
    assert_eq!(created, 10, "10 per terminal per hour");
}

#[tokio::test]
async fn a_reset_token_won_before_a_pause_cannot_be_spent_during_it() {
    let app = spawn().await;
    let token = app.ava_reset_token().await;
    let flow = app.flow("AvaM1234", "2012-03-14").await;
    for _ in 0..5 {
        app.verify_pin(&flow, "99999").await;
    }
    let applied = app.reset(&token, "Granite-Orchard-951", "late-reset").await;
    assert_eq!(applied.code(), "self_service_paused");
    assert_eq!(applied.json()["pause"], "temporary");
}
