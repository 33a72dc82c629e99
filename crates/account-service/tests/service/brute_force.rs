//! A brute force of wrong PINs against one student (issue 8): the delays grow 300 ms + 200 ms
//! per failure and the run stops at the pauses of §5. Each delay is slept by the service's
//! own `TokioDelay` on a tokio runtime whose clock is paused (it jumps to the deadline), and
//! measured on that clock: no wall time, no waiting.

use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::clock::{Clock, ManualClock};
use account_service::state::{Delay, TokioDelay};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use std::sync::{Arc, Mutex};
use std::time::Duration;

type SleepRequest = (Duration, tokio::sync::oneshot::Sender<Duration>);

/// Hands each delay to a thread with a paused-clock runtime, where `TokioDelay` sleeps it,
/// and records the time the sleep took on that clock. The service itself stays on a normal
/// runtime: under a paused clock sqlx's pool timers would fire while SQLite works.
struct PausedClockDelay {
    sleeper: tokio::sync::mpsc::UnboundedSender<SleepRequest>,
    measured: Mutex<Vec<Duration>>,
}

impl PausedClockDelay {
    fn start() -> Self {
        let (sleeper, mut requests) = tokio::sync::mpsc::unbounded_channel::<SleepRequest>();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_time()
                .start_paused(true)
                .build()
                .unwrap();
            runtime.block_on(async move {
                while let Some((duration, reply)) = requests.recv().await {
                    let before = tokio::time::Instant::now();
                    TokioDelay.wait(duration).await;
                    let _ = reply.send(before.elapsed());
                }
            });
        });
        PausedClockDelay {
            sleeper,
            measured: Mutex::new(Vec::new()),
        }
    }
}

#[async_trait::async_trait]
impl Delay for PausedClockDelay {
    async fn wait(&self, duration: Duration) {
        let (reply, slept) = tokio::sync::oneshot::channel();
        self.sleeper.send((duration, reply)).unwrap();
        let slept = slept.await.unwrap();
        self.measured.lock().unwrap().push(slept);
    }
}

#[tokio::test]
async fn wrong_pins_are_slowed_as_specified_and_stopped_at_five_then_ten() {
    let db = crate::common::database::fresh().await;
    let url = db.url.clone();
    let store = account_service::store::connect(&url).await.unwrap();
    let clock = Arc::new(ManualClock::new(crate::common::START));
    let dyn_clock: Arc<dyn Clock> = clock.clone();
    let mut config = ServiceConfig::new(url, ([127, 0, 0, 1], 0).into());
    config.security.hash = HashParams::insecure_for_tests();
    let recorder = Arc::new(PausedClockDelay::start());
    let app = Application::build_with(config, store.clone(), dyn_clock.clone())
        .await
        .unwrap()
        .with_delay(recorder.clone());
    demo::seed_demo(&store, &app.state().hasher, &dyn_clock)
        .await
        .unwrap();
    let token = new_token().to_string();
    store
        .add_device(
            "t",
            DeviceMode::Kiosk,
            &digest(&token),
            crate::common::START,
        )
        .await
        .unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let post = |path: &'static str, body: serde_json::Value| {
        let (client, base, token) = (client.clone(), base.clone(), token.clone());
        async move {
            let r = client
                .post(format!("{base}{path}"))
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            r.json::<serde_json::Value>().await.unwrap()
        }
    };

    let mut codes = Vec::new();
    for round in 0..2 {
        let flow = post(
            ep::Start::PATH,
            serde_json::json!({"student": "AvaM1234", "birth_date": "2012-03-14"}),
        )
        .await;
        let flow = flow["flow"].as_str().unwrap().to_string();
        for _ in 0..5 {
            let a = post(
                ep::Verify::PATH,
                serde_json::json!({"flow": flow, "pin": "00000"}),
            )
            .await;
            codes.push(a["code"].as_str().unwrap().to_string());
        }
        if round == 0 {
            clock.advance(15 * 60);
        }
    }
    // The timer wheel counts whole milliseconds, so a sleep ends on the millisecond.
    let delays: Vec<u128> = recorder
        .measured
        .lock()
        .unwrap()
        .iter()
        .map(Duration::as_millis)
        .collect();
    // Failures 1–5, then (after the 15-minute pause) 6–10 in the same 24 hours.
    assert_eq!(
        delays,
        vec![500, 700, 900, 1100, 1300, 1500, 1700, 1900, 2100, 2300]
    );
    assert_eq!(codes[..4], ["verification_failed"; 4]);
    assert_eq!(codes[4], "self_service_paused");
    assert_eq!(codes[9], "self_service_paused");
    let paused = post(
        ep::Start::PATH,
        serde_json::json!({"student": "AvaM1234", "birth_date": "2012-03-14"}),
    )
    .await;
    assert_eq!(
        paused["code"], "not_verified",
        "ten in a day: paused, and the right birth date answered as a wrong one"
    );
    let cap = account_service::SecurityConfig::default().failure_delay(40);
    assert_eq!(cap, Duration::from_secs(3), "capped at 3 s");
}
