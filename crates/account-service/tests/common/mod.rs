//! Spawns the real service on port 0 with a fresh SQLite database, a manual clock, cheap
//! argon2 parameters, no failure delays, and the demo data loaded.

#![allow(dead_code)]

pub mod database;

use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::clock::{Clock, ManualClock};
use account_service::store::{self, DeviceMode, Store};
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;

pub const START: i64 = 1_795_000_000;

/// `/metrics` renders the one process-wide recorder, and each read first sets the terminal
/// gauges from the reading instance's own store. Tests that read it hold this, so that while
/// one looks at its gauges another instance's read does not overwrite them.
pub static METRICS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub struct TestApp {
    pub base: String,
    pub token: String,
    pub client: reqwest::Client,
    pub clock: Arc<ManualClock>,
    pub store: Arc<dyn Store>,
    pub db_url: String,
    /// The last TOTP step a test code was made for (see [`TestApp::fresh_code`]).
    pub last_step: Arc<std::sync::atomic::AtomicI64>,
    _db: Arc<database::TestDatabase>,
}

pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub fn code(&self) -> String {
        self.json()["code"].as_str().unwrap_or("").to_string()
    }
}

async fn answer(req: reqwest::RequestBuilder) -> Answer {
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = resp.bytes().await.unwrap().to_vec();
    Answer {
        status,
        content_type,
        body,
    }
}

pub async fn spawn() -> TestApp {
    spawn_with(|_| {}).await
}

/// As [`spawn`], with the service's configuration adjusted first.
pub async fn spawn_with(adjust: impl FnOnce(&mut ServiceConfig)) -> TestApp {
    let db = Arc::new(database::fresh().await);
    let clock = Arc::new(ManualClock::new(START));
    let (base, store, hasher) = launch(&db.url, &clock, adjust).await;
    let dyn_clock: Arc<dyn Clock> = clock.clone();
    demo::seed_demo(&store, &hasher, &dyn_clock).await.unwrap();
    let token = new_token().to_string();
    store
        .add_device("test kiosk", DeviceMode::Kiosk, &digest(&token), START)
        .await
        .unwrap();
    TestApp {
        base,
        token,
        client: reqwest::Client::new(),
        clock,
        store,
        db_url: db.url.clone(),
        last_step: Arc::new(std::sync::atomic::AtomicI64::new(0)),
        _db: db,
    }
}

/// One service instance on `url` with its own connection pool, serving on a fresh port.
async fn launch(
    url: &str,
    clock: &Arc<ManualClock>,
    adjust: impl FnOnce(&mut ServiceConfig),
) -> (
    String,
    Arc<dyn Store>,
    Arc<account_service::domain::hasher::Hasher>,
) {
    let store = store::connect(url).await.unwrap();
    let mut config = ServiceConfig::new(url.to_string(), ([127, 0, 0, 1], 0).into());
    config.security.hash = HashParams::insecure_for_tests();
    config.security.failure_delay_base = Duration::ZERO;
    config.security.failure_delay_step = Duration::ZERO;
    adjust(&mut config);
    let dyn_clock: Arc<dyn Clock> = clock.clone();
    let app = Application::build_with(config, store.clone(), dyn_clock)
        .await
        .unwrap();
    let hasher = app.state().hasher.clone();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    (base, store, hasher)
}

impl TestApp {
    /// Jordan Lee's sign-in body with a code their authenticator would show now. Each call
    /// takes a step no earlier call took (codes sign in once): the next step while it is
    /// within the ±1 window, else after moving the clock on by one step.
    pub fn jordan(&self) -> Value {
        serde_json::json!({
            "staff_id": demo::DEMO_STAFF_ID,
            "password": "Counter-Demo-2026",
            "totp": self.fresh_code(demo::DEMO_STAFF_TOTP),
        })
    }

    /// A code of `secret` for a step not used before by this test app.
    pub fn fresh_code(&self, secret: &str) -> String {
        use account_service::domain::totp::{TotpSecret, STEP_SECS};
        use std::sync::atomic::Ordering;
        let now_step = self.clock.now().div_euclid(STEP_SECS);
        let mut step = (self.last_step.load(Ordering::SeqCst) + 1).max(now_step);
        if step > now_step + 1 {
            self.clock.advance(STEP_SECS);
            step = self.clock.now().div_euclid(STEP_SECS).max(step);
        }
        self.last_step.store(step, Ordering::SeqCst);
        TotpSecret::parse(secret)
            .unwrap()
            .code_at(step * STEP_SECS)
            .unwrap()
            .to_string()
    }

    /// A second, independent service instance on the same database, the same clock and the
    /// same terminal token: what a load balancer in front of two instances would reach.
    pub async fn another_instance(&self) -> TestApp {
        let (base, store, _hasher) = launch(&self.db_url, &self.clock, |_| {}).await;
        TestApp {
            base,
            token: self.token.clone(),
            client: reqwest::Client::new(),
            clock: self.clock.clone(),
            store,
            db_url: self.db_url.clone(),
            last_step: self.last_step.clone(),
            _db: self._db.clone(),
        }
    }

    pub async fn add_device(&self, name: &str) -> String {
        let token = new_token().to_string();
        self.store
            .add_device(name, DeviceMode::Kiosk, &digest(&token), self.clock.now())
            .await
            .unwrap();
        token
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&str>,
        key: Option<&str>,
    ) -> Answer {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        if let Some(k) = key {
            req = req.header("Idempotency-Key", k);
        }
        answer(req).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Answer {
        self.send(
            reqwest::Method::POST,
            path,
            Some(&self.token),
            Some(&body.to_string()),
            None,
        )
        .await
    }

    pub async fn start(&self, student: &str, birth: &str) -> Answer {
        self.post(
            ep::Start::PATH,
            serde_json::json!({"student": student, "birth_date": birth}),
        )
        .await
    }

    pub async fn flow(&self, student: &str, birth: &str) -> String {
        let a = self.start(student, birth).await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
        a.json()["flow"].as_str().unwrap().to_string()
    }

    pub async fn verify_pin(&self, flow: &str, pin: &str) -> Answer {
        self.post(
            ep::Verify::PATH,
            serde_json::json!({"flow": flow, "pin": pin}),
        )
        .await
    }

    pub async fn reset(&self, reset_token: &str, password: &str, key: &str) -> Answer {
        let body =
            serde_json::json!({"reset_token": reset_token, "new_password": password}).to_string();
        self.send(
            reqwest::Method::POST,
            ep::Reset::PATH,
            Some(&self.token),
            Some(&body),
            Some(key),
        )
        .await
    }

    pub async fn put(&self, path: &str, body: Value) -> Answer {
        self.send(
            reqwest::Method::PUT,
            path,
            Some(&self.token),
            Some(&body.to_string()),
            None,
        )
        .await
    }

    pub async fn enroll(&self, student: &str, password: &str) -> Answer {
        self.post(
            ep::EnrollSession::PATH,
            serde_json::json!({"student": student, "password": password}),
        )
        .await
    }

    pub async fn session(&self, student: &str, password: &str) -> String {
        let a = self.enroll(student, password).await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
        a.json()["session"].as_str().unwrap().to_string()
    }

    /// Runs one SQL statement on the test database, for states no endpoint creates yet.
    pub async fn sql(&self, statement: &str) {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&self.db_url).await.unwrap();
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }

    pub async fn sql_count(&self, query: &str) -> i64 {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&self.db_url).await.unwrap();
        sqlx::query_scalar(query)
            .fetch_one(&mut conn)
            .await
            .unwrap()
    }

    pub async fn nycsa(&self) -> Value {
        let a = self
            .post(ep::NycsaSession::PATH, serde_json::json!({"email": "maria.martinez@example.org", "password": "Familia-Bronx-2026"}))
            .await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
        a.json()
    }

    pub async fn child_reset(
        &self,
        session: &str,
        student_ref: &str,
        password: &str,
        key: &str,
    ) -> Answer {
        let body = serde_json::json!({"session": session, "new_password": password}).to_string();
        let path = format!("/v1/nycsa/children/{student_ref}/password");
        self.send(
            reqwest::Method::POST,
            &path,
            Some(&self.token),
            Some(&body),
            Some(key),
        )
        .await
    }

    /// Waits for work queued after an answer (reset-link emails) to land in the outbox.
    pub async fn outbox_after(&self, expected: usize) -> Vec<account_service::store::OutboxRow> {
        for _ in 0..100 {
            let rows = self.store.outbox(1000).await.unwrap();
            if rows.len() >= expected {
                return rows;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.store.outbox(1000).await.unwrap()
    }

    pub async fn counter_device(&self, name: &str) -> String {
        let token = new_token().to_string();
        self.store
            .add_device(name, DeviceMode::Counter, &digest(&token), self.clock.now())
            .await
            .unwrap();
        token
    }

    /// Sends as a counter terminal with a staff session.
    pub async fn staff(
        &self,
        method: reqwest::Method,
        path: &str,
        device: &str,
        session: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(device);
        if let Some(s) = session {
            req = req.header("X-Staff-Session", s);
        }
        if let Some(b) = body {
            // Every staff change takes a key of its own; a test of the key sends its own.
            let key: u64 = rand::random();
            req = req
                .header("content-type", "application/json")
                .header("Idempotency-Key", format!("test-{key:016x}"))
                .body(b.to_string());
        }
        answer(req).await
    }

    /// Adds a staff member with a test-strength hash of `password` and the base32 TOTP
    /// `secret`, as `account-service staff add` would.
    pub async fn add_staff(
        &self,
        staff_id: &str,
        name: &str,
        center: &str,
        role: account_api::wire::StaffRole,
        password: &str,
        secret: &str,
    ) {
        let hash =
            account_service::domain::hasher::Hasher::new(HashParams::insecure_for_tests(), 1)
                .unwrap()
                .hash(password)
                .await
                .unwrap();
        self.store
            .insert_staff(
                &store::NewStaff {
                    staff_id: staff_id.into(),
                    name: name.into(),
                    center: center.into(),
                    password_hash: hash,
                    role,
                    totp_secret: zeroize::Zeroizing::new(secret.into()),
                },
                self.clock.now(),
            )
            .await
            .unwrap();
    }

    /// Ava's flow through a correct PIN, returning the reset token.
    pub async fn ava_reset_token(&self) -> String {
        let flow = self.flow("AvaM1234", "2012-03-14").await;
        let a = self.verify_pin(&flow, "50317").await;
        assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
        a.json()["reset_token"].as_str().unwrap().to_string()
    }
}
