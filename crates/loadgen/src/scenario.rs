//! What one simulated kiosk does in one iteration.

use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::scale;
use rand::Rng;
use reqwest::{Client, Method, StatusCode};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use crate::report::Recorder;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Scenario {
    /// `GET /v1/health` (no token, no database).
    Health,
    /// `GET /v1/password-policy` (token check: one indexed read).
    Policy,
    /// `POST /v1/self-service/start` for a random synthetic student.
    Start,
    /// `start` then `verify` with the student's PIN: one argon2id verification each.
    Verify,
    /// A whole kiosk PIN reset: policy, start, verify, reset (two argon2id operations).
    /// Each iteration takes the next student, since a student may reset once in 30 days.
    Flow,
}

pub struct Target {
    pub client: Client,
    pub base: String,
    pub token: String,
    pub students: u64,
    /// The next student for `flow`.
    pub next_student: AtomicU64,
}

impl Target {
    async fn call(
        &self,
        rec: &Recorder,
        name: &'static str,
        method: Method,
        path: &str,
        body: Option<Value>,
        key: Option<String>,
    ) -> Option<Value> {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if !self.token.is_empty() {
            req = req.bearer_auth(&self.token);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        if let Some(k) = key {
            req = req.header("Idempotency-Key", k);
        }
        let started = Instant::now();
        let outcome = match req.send().await {
            Ok(resp) => {
                let status = resp.status();
                match resp.bytes().await {
                    Ok(bytes) => Ok((status, bytes)),
                    Err(e) => Err(e),
                }
            }
            Err(e) => Err(e),
        };
        let elapsed = started.elapsed();
        match outcome {
            Ok((status, bytes)) if status == StatusCode::OK => {
                rec.ok(name, elapsed);
                serde_json::from_slice(&bytes).ok()
            }
            Ok((status, _)) => {
                rec.failed(name, elapsed, &status.as_u16().to_string());
                None
            }
            Err(e) => {
                let kind = if e.is_timeout() {
                    "timeout"
                } else {
                    "transport"
                };
                rec.failed(name, elapsed, kind);
                None
            }
        }
    }

    fn random_student(&self, with_pin: bool) -> scale::ScaleStudent {
        let mut rng = rand::thread_rng();
        loop {
            let s = scale::student(rng.gen_range(0..self.students.max(1)));
            if !with_pin || s.pin.is_some() {
                return s;
            }
        }
    }

    async fn start(&self, rec: &Recorder, s: &scale::ScaleStudent) -> Option<String> {
        let body = json!({"student": s.student_id, "birth_date": s.birth_date});
        let answer = self
            .call(
                rec,
                "start",
                Method::POST,
                ep::Start::PATH,
                Some(body),
                None,
            )
            .await?;
        answer["flow"].as_str().map(str::to_string)
    }

    async fn verify(&self, rec: &Recorder, flow: &str, pin: &str) -> Option<String> {
        let body = json!({"flow": flow, "pin": pin});
        let answer = self
            .call(
                rec,
                "verify",
                Method::POST,
                ep::Verify::PATH,
                Some(body),
                None,
            )
            .await?;
        answer["reset_token"].as_str().map(str::to_string)
    }

    /// One iteration; returns whether every step answered as a kiosk expects.
    pub async fn iterate(&self, scenario: Scenario, rec: &Recorder) -> bool {
        match scenario {
            Scenario::Health => self
                .call(
                    rec,
                    "health",
                    Method::GET,
                    ep::HealthCheck::PATH,
                    None,
                    None,
                )
                .await
                .is_some(),
            Scenario::Policy => self
                .call(
                    rec,
                    "policy",
                    Method::GET,
                    ep::PasswordPolicy::PATH,
                    None,
                    None,
                )
                .await
                .is_some(),
            Scenario::Start => {
                let s = self.random_student(false);
                self.start(rec, &s).await.is_some()
            }
            Scenario::Verify => {
                let s = self.random_student(true);
                let Some(flow) = self.start(rec, &s).await else {
                    return false;
                };
                self.verify(rec, &flow, s.pin.unwrap_or_default())
                    .await
                    .is_some()
            }
            Scenario::Flow => self.whole_reset(rec).await,
        }
    }

    async fn whole_reset(&self, rec: &Recorder) -> bool {
        let s = loop {
            let i = self.next_student.fetch_add(1, Ordering::Relaxed);
            if i >= self.students {
                return false;
            }
            let s = scale::student(i);
            if s.pin.is_some() {
                break s;
            }
        };
        if self
            .call(
                rec,
                "policy",
                Method::GET,
                ep::PasswordPolicy::PATH,
                None,
                None,
            )
            .await
            .is_none()
        {
            return false;
        }
        let Some(flow) = self.start(rec, &s).await else {
            return false;
        };
        let Some(token) = self.verify(rec, &flow, s.pin.unwrap_or_default()).await else {
            return false;
        };
        let body = json!({"reset_token": token, "new_password": "Granite-Kayak-Meadow-Lantern-7"});
        let key = format!("loadgen-{}", s.student_id);
        self.call(
            rec,
            "reset",
            Method::POST,
            ep::Reset::PATH,
            Some(body),
            Some(key),
        )
        .await
        .is_some()
    }
}
