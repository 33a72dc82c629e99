//! The embedded service's data folder: private to the kiosk user, and a terminal used first
//! as a kiosk and then at the counter (the README's two commands) is registered in the mode
//! it runs in.

use account_service::store::DeviceMode;
use account_service::tokens::digest;
use kiosk::config::{KioskConfig, DEFAULT_TOML};

fn config(dir: &std::path::Path, mode: &str) -> KioskConfig {
    let env = [
        ("KIOSK_MODE".to_string(), mode.to_string()),
        (
            "KIOSK_BACKEND_DATA_DIR".to_string(),
            dir.display().to_string(),
        ),
    ];
    KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap()
}

async fn mode_of_token(dir: &std::path::Path, token: &str) -> Option<DeviceMode> {
    let db = format!("sqlite:{}", dir.join("accounts.db").display());
    let store = account_service::store::connect(&db).await.unwrap();
    store
        .device_by_token_hash(&digest(token))
        .await
        .unwrap()
        .map(|d| d.mode)
}

#[tokio::test]
async fn a_folder_used_as_a_kiosk_then_at_the_counter_registers_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let kiosk = kiosk::embedded::start(&config(&data, "kiosk"))
        .await
        .unwrap();
    let kiosk_token = kiosk.token.expose().to_string();
    drop(kiosk);
    let again = kiosk::embedded::start(&config(&data, "kiosk"))
        .await
        .unwrap();
    assert_eq!(
        again.token.expose(),
        kiosk_token,
        "same mode: same registration"
    );
    drop(again);

    let counter = kiosk::embedded::start(&config(&data, "counter"))
        .await
        .unwrap();
    let counter_token = counter.token.expose().to_string();
    assert_ne!(counter_token, kiosk_token);
    drop(counter);
    assert_eq!(
        mode_of_token(&data, &counter_token).await,
        Some(DeviceMode::Counter)
    );
    assert_eq!(
        mode_of_token(&data, &kiosk_token).await,
        None,
        "the kiosk registration is revoked"
    );

    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    for entry in std::fs::read_dir(&data).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
}
