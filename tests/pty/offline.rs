//! End to end in a pseudo-terminal against a service on loopback: the service stops in the
//! middle of a reset, the kiosk shows the offline banner and screen, the service comes back
//! on the same port, the kiosk returns to where the visitor was, and the reset completes.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, TAB};
use account_service::clock::{Clock, SystemClock};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::oneshot;

async fn serve(url: &str, addr: SocketAddr) -> (SocketAddr, oneshot::Sender<()>) {
    let store = account_service::store::connect(url).await.unwrap();
    let mut config = ServiceConfig::new(url.to_string(), addr);
    config.security.hash = HashParams::insecure_for_tests();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let app = Application::build_with(config, store, clock).await.unwrap();
    let bound: SocketAddr = ([127, 0, 0, 1], app.port()).into();
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.run_with_shutdown(async {
        let _ = stopped.await;
    }));
    (bound, stop)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_service_goes_away_mid_flow_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("svc.db").display());
    let store = account_service::store::connect(&url).await.unwrap();
    let hasher =
        account_service::domain::hasher::Hasher::new(HashParams::insecure_for_tests(), 1).unwrap();
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    demo::seed_demo(&store, &hasher, &clock).await.unwrap();
    let token = new_token();
    store
        .add_device("pty", DeviceMode::Kiosk, &digest(&token), clock.now())
        .await
        .unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, token.as_str()).unwrap();

    let (addr, stop) = serve(&url, ([127, 0, 0, 1], 0).into()).await;
    let config = write_config(dir.path(), &exit_hash());
    let base = format!("http://{addr}");
    let args = [
        "--config",
        config.to_str().unwrap(),
        "--backend-url",
        &base,
        "--device-token-file",
        token_file.to_str().unwrap(),
    ];
    let mut k = tokio::task::block_in_place(|| Kiosk::spawn(&args, dir.path(), &[]));
    let k = &mut k;
    tokio::task::block_in_place(|| {
        k.wait_for("Choose your language");
        k.send(ENTER);
        k.send("1");
        k.wait_for("Username or student ID");
        k.type_text("AvaM1234");
        k.send(TAB);
        k.type_text("03/14/2012");
    });

    stop.send(()).unwrap();
    tokio::task::block_in_place(|| {
        k.wait_for("cannot be reached");
        k.wait_for("718-935-2009");
    });

    let (_again, _stop_again) = serve(&url, addr).await;
    tokio::task::block_in_place(|| {
        k.wait_for("Date of birth");
        let screen = k.screen();
        assert!(
            screen.contains("AvaM1234"),
            "what was typed is still there:\n{screen}"
        );
        assert!(!screen.contains("cannot be reached"), "{screen}");
        k.send(ENTER);
        k.wait_for("Enter your PIN");
        k.type_text("50317");
        k.send(ENTER);
        k.wait_for("Choose a new password");
        k.type_text("Purple-Otter-Skates-91");
        k.send(TAB);
        k.type_text("Purple-Otter-Skates-91");
        k.send(ENTER);
        k.wait_for("Your password has been changed");
    });
}
