//! `backend = "embedded"`: the reference account service, started inside the kiosk on an
//! ephemeral loopback port with its SQLite file in the data folder. The demo data is loaded
//! and this terminal registered on first start; later starts reuse both.

use account_api::SecretString;
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use std::io::Write;
use std::path::Path;
use tokio::sync::oneshot;

use crate::config::{KioskConfig, Mode};

const TOKEN_FILE: &str = "device-token";
const DATABASE_FILE: &str = "accounts.db";

pub struct EmbeddedService {
    pub base_url: String,
    pub token: SecretString,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for EmbeddedService {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub async fn start(config: &KioskConfig) -> anyhow::Result<EmbeddedService> {
    let dir = &config.backend.data_dir;
    std::fs::create_dir_all(dir)?;
    restrict(dir)?;
    let database = format!("sqlite:{}", dir.join(DATABASE_FILE).display());
    let mut service_config = ServiceConfig::new(database, ([127, 0, 0, 1], 0).into());
    service_config.security.hash = HashParams {
        memory_kib: config.backend.hash_memory_kib,
        iterations: config.backend.hash_iterations,
        parallelism: 1,
    };
    service_config.security.staff_totp = config.backend.staff_totp;
    if !config.backend.staff_totp {
        tracing::warn!(
            "embedded service: staff sign in without a TOTP code (backend.staff_totp = false)"
        );
    }
    let app = Application::build(service_config).await?;
    let state = app.state();
    if demo::seed_demo(&state.store, &state.hasher, &state.clock).await? {
        tracing::info!("embedded service: demo data loaded");
    }
    let token_path = dir.join(TOKEN_FILE);
    let mode = match config.mode {
        Mode::Kiosk => DeviceMode::Kiosk,
        Mode::Counter => DeviceMode::Counter,
    };
    let registered = match read_token(&token_path) {
        Some(t) => state
            .store
            .device_by_token_hash(&digest(t.expose()))
            .await?
            .map(|device| (t, device)),
        None => None,
    };
    let token = match registered {
        Some((t, device)) if device.mode == mode => t,
        stale => {
            // A folder first used in the other mode: this terminal is registered again in the
            // mode it runs in now, and the old registration is revoked.
            if let Some((_, device)) = stale {
                tracing::info!(
                    from = device.mode.as_str(),
                    to = mode.as_str(),
                    "embedded service: terminal registered again for its new mode"
                );
                state
                    .store
                    .revoke_device(&device.id, state.clock.now())
                    .await?;
            }
            let token = new_token();
            state
                .store
                .add_device(
                    &config.terminal_id,
                    mode,
                    &digest(&token),
                    state.clock.now(),
                )
                .await?;
            write_token(&token_path, &token)?;
            SecretString::from_str_exact(&token)
        }
    };
    // Again now that SQLite has made its files (the process umask covers the binary; this
    // covers anyone embedding the service).
    restrict(dir)?;
    let base_url = format!("http://127.0.0.1:{}", app.port());
    let (stop, stopped) = oneshot::channel();
    tokio::spawn(async move {
        let shutdown = async {
            let _ = stopped.await;
        };
        if let Err(e) = app.run_with_shutdown(shutdown).await {
            tracing::error!(error = %e, "embedded service stopped");
        }
    });
    Ok(EmbeddedService {
        base_url,
        token,
        stop: Some(stop),
    })
}

fn read_token(path: &Path) -> Option<SecretString> {
    let text = zeroize::Zeroizing::new(std::fs::read_to_string(path).ok()?);
    let token = text.trim();
    (!token.is_empty()).then(|| SecretString::from_str_exact(token))
}

fn write_token(path: &Path, token: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(token.as_bytes())
}

/// The folder 0700 and every file in it 0600, also for a folder made by an older kiosk.
fn restrict(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    Ok(())
}
