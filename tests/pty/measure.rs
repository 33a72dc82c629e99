//! Kiosk measurements from the pty harness (issue 9), printed, never asserted on time:
//! start to first complete frame (url and embedded backends), bytes written to the terminal
//! for one keystroke in a text field, and peak RSS. Run by `bench/kiosk.sh`:
//!
//!   cargo test --release --test pty measure:: -- --ignored --nocapture

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER};
use account_service::clock::{Clock, SystemClock};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use std::sync::Arc;
use std::time::{Duration, Instant};

const FIRST_FRAME: &str = "Choose your language";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn first_frame_ms(args: &[&str], dir: &std::path::Path) -> (f64, Kiosk) {
    let started = Instant::now();
    let k = Kiosk::spawn(args, dir, &[]);
    k.wait_for_quickly(FIRST_FRAME);
    (started.elapsed().as_secs_f64() * 1000.0, k)
}

/// Bytes the kiosk writes for each key typed into the username field, once the screen is
/// quiet (the cursor blink and clock do not redraw on their own).
fn bytes_per_key(k: &mut Kiosk) -> Vec<usize> {
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    k.send("1");
    k.wait_for("Username or student ID");
    std::thread::sleep(Duration::from_millis(300));
    let mut per_key = Vec::new();
    let typed = "AvaM1234";
    for (i, c) in typed.char_indices() {
        let before = *k.bytes_read.lock().unwrap();
        k.send(&c.to_string());
        // The key is drawn; then give any later redraw time to show up in the count.
        k.wait_for(&typed[..=i]);
        std::thread::sleep(Duration::from_millis(250));
        per_key.push(*k.bytes_read.lock().unwrap() - before);
        if per_key.len() == 2 {
            println!(
                "what one keystroke wrote: {:?}",
                String::from_utf8_lossy(&k.raw_since(before))
            );
        }
    }
    per_key
}

/// Not a timing: the bytes one keystroke costs on the terminal, so this runs with the tests.
#[test]
fn a_keystroke_sends_only_the_changed_cells() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &[]);
    k.wait_for(FIRST_FRAME);
    let mut per_key = bytes_per_key(&mut k);
    per_key.sort();
    assert!(
        per_key[per_key.len() / 2] <= 64,
        "bytes per keystroke: {per_key:?}"
    );
}

/// The timings are meaningful only in a release build on a quiet machine, so the test suite
/// (a debug build, run beside other tests) leaves them to `bench/kiosk.sh`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, run by bench/kiosk.sh"]
async fn kiosk_measurements() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let config_arg = config.display().to_string();

    // A url backend: the service in this process on loopback.
    let url = format!("sqlite:{}", dir.path().join("svc.db").display());
    let store = account_service::store::connect(&url).await.unwrap();
    let mut service_config = ServiceConfig::new(url, ([127, 0, 0, 1], 0).into());
    service_config.security.hash = HashParams::insecure_for_tests();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let app = Application::build_with(service_config, store.clone(), clock.clone())
        .await
        .unwrap();
    demo::seed_demo(&store, &app.state().hasher, &clock)
        .await
        .unwrap();
    let token = new_token();
    store
        .add_device("measure", DeviceMode::Kiosk, &digest(&token), clock.now())
        .await
        .unwrap();
    let token_file = dir.path().join("device-token");
    std::fs::write(&token_file, token.as_str()).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let token_arg = token_file.display().to_string();
    let dir_path = dir.path().to_path_buf();
    let report = tokio::task::spawn_blocking(move || {
        let url_args = [
            "--config",
            config_arg.as_str(),
            "--backend-url",
            base.as_str(),
            "--device-token-file",
            token_arg.as_str(),
        ];
        let mut url_ms = Vec::new();
        let mut rss = Vec::new();
        let mut keys = Vec::new();
        for run in 0..7 {
            let (ms, mut k) = first_frame_ms(&url_args, &dir_path);
            url_ms.push(ms);
            if run == 0 {
                keys = bytes_per_key(&mut k);
                // A whole PIN reset, for the peak memory of a visit.
                k.send("\t");
                k.type_text("03142012");
                k.send(ENTER);
                k.wait_for("Enter your PIN");
                k.type_text("50317");
                k.send(ENTER);
                k.wait_for("Choose a new password");
                if let Some(kib) = k.pid().and_then(peak_rss_kib) {
                    rss.push(kib);
                }
            }
        }
        // The embedded backend: its data folder exists after the first start.
        let embedded_args = ["--config", config_arg.as_str()];
        let (first_ever, k) = first_frame_ms(&embedded_args, &dir_path);
        let embedded_rss = k.pid().and_then(peak_rss_kib);
        drop(k);
        let mut embedded_ms = Vec::new();
        for _ in 0..7 {
            let (ms, k) = first_frame_ms(&embedded_args, &dir_path);
            embedded_ms.push(ms);
            drop(k);
        }
        (url_ms, embedded_ms, first_ever, keys, rss, embedded_rss)
    })
    .await
    .unwrap();
    let (url_ms, embedded_ms, first_ever, keys, rss, embedded_rss) = report;
    println!(
        "start to first complete frame, url backend: median {:.1} ms (runs {:?})",
        median(url_ms.clone()),
        url_ms.iter().map(|m| m.round() as u64).collect::<Vec<_>>()
    );
    println!(
        "start to first complete frame, embedded backend: median {:.1} ms with its data folder; {:.0} ms the first time (creates the database and the demo data)",
        median(embedded_ms),
        first_ever
    );
    println!(
        "bytes written to the terminal per keystroke in a text field: {keys:?} (median {})",
        {
            let mut k = keys.clone();
            k.sort();
            k[k.len() / 2]
        }
    );
    println!(
        "peak RSS of the kiosk, url backend, after lookup + PIN: {rss:?} KiB; embedded backend at first frame: {embedded_rss:?} KiB"
    );
    assert!(!keys.is_empty());
}
