//! The real kiosk binary reports itself to its service with every health check: its own row in
//! `devices list` (the store's list, as the command prints it) says idle, then serving while a
//! visitor is at it, with the kiosk's version and language count.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER};

fn own_row(dir: &std::path::Path) -> Option<account_service::store::DeviceRow> {
    let db = format!("sqlite:{}", dir.join("data/accounts.db").display());
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = account_service::store::connect(&db).await.ok()?;
        store
            .devices()
            .await
            .ok()?
            .into_iter()
            .find(|d| d.revoked_at.is_none())
    })
}

fn wait_for_state(dir: &std::path::Path, state: &str) -> account_service::store::DeviceRow {
    for _ in 0..150 {
        if let Some(row) = own_row(dir).filter(|r| r.state.as_deref() == Some(state)) {
            return row;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("no report with state {state}: {:?}", own_row(dir));
}

#[test]
fn the_kiosk_reports_idle_then_serving() {
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let mut k = Kiosk::spawn(&["--config", config.to_str().unwrap()], dir.path(), &[]);
    k.wait_for("Choose your language");
    let idle = wait_for_state(dir.path(), "idle");
    assert_eq!(idle.version.as_deref(), Some(env!("CARGO_PKG_VERSION")));
    assert_eq!(idle.reported_mode.as_deref(), Some("kiosk"));
    assert_eq!(idle.languages, Some(10));
    k.send(ENTER);
    k.wait_for("How can we help you today?");
    let serving = wait_for_state(dir.path(), "serving");
    assert!(serving.reported_at >= idle.reported_at);
    drop(k);
}
