//! Shared helpers for kiosk tests: a real account service on port 0, the real app on a
//! `TestBackend`, and ways to press keys and read the screen.

#![allow(dead_code)]

pub mod pty;
pub mod speech;
pub mod tour;

use account_api::SecretString;
use account_service::clock::{Clock, SystemClock};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use kiosk::api::ApiClient;
use kiosk::app::{App, AppEvent};
use kiosk::config::{KioskConfig, DEFAULT_TOML};
use kiosk::i18n::Locales;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver};

pub struct Service {
    pub base: String,
    pub token: String,
    pub store: Arc<dyn account_service::store::Store>,
    /// The last TOTP step a code was made for: codes sign in once.
    pub last_step: std::sync::Mutex<i64>,
    _dir: tempfile::TempDir,
}

impl Service {
    /// Jordan Lee's authenticator code, for a step no earlier sign-in on this service used.
    pub fn jordan_code(&self) -> String {
        jordan_code(&mut self.last_step.lock().unwrap())
    }
}

/// A code of the demo's Jordan Lee (secret JBSWY3DPEHPK3PXP) for a step later than `*last`
/// and within the service's window of one step either side of now; when both the current
/// and the next step are used, it waits for the clock to move on.
pub fn jordan_code(last: &mut i64) -> String {
    use account_service::domain::totp::{TotpSecret, STEP_SECS};
    let secret = TotpSecret::parse(demo::DEMO_STAFF_TOTP).unwrap();
    loop {
        let now_step = SystemClock.now().div_euclid(STEP_SECS);
        let step = (*last + 1).max(now_step);
        if step <= now_step + 1 {
            *last = step;
            return secret.code_at(step * STEP_SECS).unwrap().to_string();
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

pub async fn service() -> Service {
    service_with(|_| {}).await
}

/// As [`service`], with the service's configuration adjusted first.
pub async fn service_with(adjust: impl FnOnce(&mut ServiceConfig)) -> Service {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("k.db").display());
    let store = account_service::store::connect(&url).await.unwrap();
    let mut config = ServiceConfig::new(url, ([127, 0, 0, 1], 0).into());
    config.security.hash = HashParams::insecure_for_tests();
    config.security.failure_delay_base = Duration::ZERO;
    config.security.failure_delay_step = Duration::ZERO;
    adjust(&mut config);
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let app = Application::build_with(config, store.clone(), clock.clone())
        .await
        .unwrap();
    demo::seed_demo(&store, &app.state().hasher, &clock)
        .await
        .unwrap();
    let token = new_token().to_string();
    store
        .add_device("test", DeviceMode::Kiosk, &digest(&token), clock.now())
        .await
        .unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    Service {
        base,
        token,
        store,
        last_step: std::sync::Mutex::new(0),
        _dir: dir,
    }
}

pub fn config() -> Arc<KioskConfig> {
    Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &[]).unwrap())
}

pub fn counter_config() -> Arc<KioskConfig> {
    let env = [("KIOSK_MODE".to_string(), "counter".to_string())];
    Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap())
}

impl Service {
    /// A counter terminal's token for the same service.
    pub async fn counter_token(&self) -> String {
        let token = new_token().to_string();
        self.store
            .add_device(
                "counter",
                DeviceMode::Counter,
                &digest(&token),
                SystemClock.now(),
            )
            .await
            .unwrap();
        token
    }
}

pub struct Harness {
    pub app: App,
    pub rx: UnboundedReceiver<AppEvent>,
}

impl Harness {
    pub fn new(api: Option<ApiClient>) -> Self {
        let (tx, rx) = unbounded_channel();
        let app = App::new(config(), Locales::load(), api, tx);
        Harness { app, rx }
    }

    pub fn with_service(service: &Service) -> Self {
        let api = ApiClient::new(
            &service.base,
            SecretString::from_str_exact(&service.token),
            Duration::from_secs(5),
            None,
        )
        .unwrap();
        Self::new(Some(api))
    }

    /// An app with `config` (for example one that speaks) against `service`.
    pub fn with_config(service: &Service, config: Arc<KioskConfig>) -> Self {
        let api = ApiClient::new(
            &service.base,
            SecretString::from_str_exact(&service.token),
            Duration::from_secs(5),
            None,
        )
        .unwrap();
        let (tx, rx) = unbounded_channel();
        let app = App::new(config, Locales::load(), Some(api), tx);
        Harness { app, rx }
    }

    /// A counter-mode app on `token` (a counter terminal's).
    pub fn counter(service: &Service, token: &str) -> Self {
        let api = ApiClient::new(
            &service.base,
            SecretString::from_str_exact(token),
            Duration::from_secs(5),
            None,
        )
        .unwrap();
        let (tx, rx) = unbounded_channel();
        let app = App::new(counter_config(), Locales::load(), Some(api), tx);
        Harness { app, rx }
    }

    pub fn key(&mut self, code: KeyCode) {
        self.app
            .handle(AppEvent::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    pub fn ctrl(&mut self, c: char) {
        self.app.handle(AppEvent::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )));
    }

    pub fn text(&mut self, s: &str) {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    /// Handles events until no request is in flight.
    pub async fn settle(&mut self) {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        while self.app.is_busy() {
            let event = tokio::time::timeout_at(deadline, self.rx.recv())
                .await
                .expect("the reply did not arrive in time")
                .expect("channel closed");
            self.app.handle(event);
        }
    }

    pub fn screen_name(&self) -> &'static str {
        self.app.screen.name()
    }

    pub fn render(&self, width: u16, height: u16) -> String {
        render_app(&self.app, width, height)
    }
}

pub fn render_app(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| app.draw(f)).unwrap();
    buffer_text(terminal.backend().buffer())
}

pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            // A wide character (CJK, or a Bengali cluster the terminal gives more columns than
            // unicode-width does) fills several cells; the others hold nothing of their own.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let symbol = cell.symbol();
            skip = ratatui::buffer::CellWidth::cell_width(cell).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Goes from the language picker to the lookup screen and asks for a student.
pub async fn lookup(h: &mut Harness, student: &str, birth: &str) {
    h.key(KeyCode::Enter);
    h.text("1");
    assert_eq!(h.screen_name(), "lookup");
    h.text(student);
    h.key(KeyCode::Tab);
    h.text(birth);
    h.key(KeyCode::Enter);
    h.settle().await;
}

/// Ava's PIN (the demo data's first student).
pub const AVA_PIN: &str = "50317";

/// Ava's PIN reset up to the new password: found by her ID and birth date, her PIN typed.
pub async fn ava_to_new_password(h: &mut Harness) {
    lookup(h, "AvaM1234", "03/14/2012").await;
    h.text(AVA_PIN);
    h.key(KeyCode::Enter);
    h.settle().await;
}

/// Ava's whole PIN reset with `password` typed twice; the done screen shows if it worked.
pub async fn ava_pin_reset(h: &mut Harness, password: &str) {
    ava_to_new_password(h).await;
    h.text(password);
    h.key(KeyCode::Tab);
    h.text(password);
    h.key(KeyCode::Enter);
    h.settle().await;
}
