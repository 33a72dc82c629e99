//! TLS between the kiosk and the service (issue 10), with a CA and certificates made in the
//! test: the real service terminating TLS, the real kiosk client verifying it. A trusted
//! certificate works end to end; a wrong CA, an expired certificate and a wrong host name are
//! each refused with the reason named.

use account_api::SecretString;
use account_service::clock::{Clock, SystemClock};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use account_service::{demo, Application, HashParams, ServiceConfig};
use kiosk::api::{ApiClient, ApiError, TlsProblem};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

struct Ca {
    cert: rcgen::Certificate,
    key: KeyPair,
}

fn ca(name: &str) -> Ca {
    let key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = params.self_signed(&key).unwrap();
    Ca { cert, key }
}

/// A server certificate for `names`, valid from `from` to `until` (years).
fn server_cert(ca: &Ca, names: &[&str], from: i32, until: i32, dir: &Path) -> (String, String) {
    let key = KeyPair::generate().unwrap();
    let mut params =
        CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).unwrap();
    params.not_before = rcgen::date_time_ymd(from, 1, 1);
    params.not_after = rcgen::date_time_ymd(until, 1, 1);
    let cert = params.signed_by(&key, &ca.cert, &ca.key).unwrap();
    let tag = format!("{}-{from}", names[0]);
    let cert_path = dir.join(format!("{tag}.crt"));
    let key_path = dir.join(format!("{tag}.key"));
    std::fs::write(&cert_path, cert.pem()).unwrap();
    std::fs::write(&key_path, key.serialize_pem()).unwrap();
    (
        cert_path.display().to_string(),
        key_path.display().to_string(),
    )
}

/// The service with demo data, terminating TLS with the given certificate; returns its port
/// and a kiosk token.
async fn tls_service(cert: &str, key: &str, dir: &Path) -> (u16, String) {
    let url = format!(
        "sqlite:{}",
        dir.join(format!("tls-{}.db", rand_suffix())).display()
    );
    let store = account_service::store::connect(&url).await.unwrap();
    let mut config = ServiceConfig::new(url, ([127, 0, 0, 1], 0).into());
    config.security.hash = HashParams::insecure_for_tests();
    config.security.failure_delay_base = Duration::ZERO;
    config.security.failure_delay_step = Duration::ZERO;
    config.tls =
        Some(account_service::tls::server_config(Path::new(cert), Path::new(key)).unwrap());
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let app = Application::build_with(config, store.clone(), clock.clone())
        .await
        .unwrap();
    demo::seed_demo(&store, &app.state().hasher, &clock)
        .await
        .unwrap();
    let token = new_token().to_string();
    store
        .add_device("tls kiosk", DeviceMode::Kiosk, &digest(&token), clock.now())
        .await
        .unwrap();
    let port = app.port();
    tokio::spawn(app.run_until_stopped());
    (port, token)
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

async fn health(api: &ApiClient) -> Result<account_api::wire::Health, ApiError> {
    api.send(kiosk::api::Call::<account_api::endpoints::HealthCheck>::new())
        .await
}

fn client(host: &str, port: u16, token: &str, ca: &Ca) -> ApiClient {
    ApiClient::new(
        &format!("https://{host}:{port}"),
        SecretString::from_str_exact(token),
        Duration::from_secs(5),
        Some(ca.cert.pem().as_bytes()),
    )
    .unwrap()
}

#[tokio::test]
async fn a_kiosk_resets_a_password_over_tls_and_refuses_bad_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let good_ca = ca("Welcome Center test CA");
    let other_ca = ca("Somebody else's CA");

    // Trusted, current, right name: a whole reset works through the real app.
    let (cert, key) = server_cert(&good_ca, &["localhost"], 2025, 2035, dir.path());
    let (port, token) = tls_service(&cert, &key, dir.path()).await;
    let api = client("localhost", port, &token, &good_ca);
    assert_eq!(health(&api).await.unwrap().status, "ok");
    let mut h = crate::common::Harness::new(Some(api));
    crate::common::ava_to_new_password(&mut h).await;
    assert_eq!(h.screen_name(), "new_password", "{}", h.render(80, 24));

    // The same service, but the kiosk trusts another CA.
    let wrong_ca = client("localhost", port, &token, &other_ca);
    assert_refused(health(&wrong_ca).await, TlsProblem::UnknownIssuer);

    // A certificate that expired last year.
    let (cert, key) = server_cert(&good_ca, &["localhost"], 2020, 2025, dir.path());
    let (port, token) = tls_service(&cert, &key, dir.path()).await;
    assert_refused(
        health(&client("localhost", port, &token, &good_ca)).await,
        TlsProblem::Expired,
    );

    // A certificate for another host.
    let (cert, key) = server_cert(&good_ca, &["accounts.example.org"], 2025, 2035, dir.path());
    let (port, token) = tls_service(&cert, &key, dir.path()).await;
    assert_refused(
        health(&client("localhost", port, &token, &good_ca)).await,
        TlsProblem::WrongName,
    );
}

fn assert_refused<T: std::fmt::Debug>(result: Result<T, ApiError>, expected: TlsProblem) {
    match result {
        Err(ApiError::Untrusted(problem)) => {
            assert_eq!(problem, expected, "{}", problem.describe());
            assert!(
                ApiError::Untrusted(problem).is_transport(),
                "shown as offline"
            );
        }
        other => panic!("expected {expected:?}, got {other:?}"),
    }
}
