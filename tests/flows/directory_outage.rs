//! The district's directory not answering, as a visitor at the kiosk meets it: the screen
//! says the password was not changed and nothing was counted, in the visitor's language, and
//! "try again" goes back to the password screen with the same password and request kept.

use crate::common::{service_with, Harness};
use account_service::directory::{Directory, DirectoryConfig, DirectoryKind};
use crossterm::event::KeyCode;
use kiosk::screens::{ProblemKind, Screen};
use std::sync::Arc;
use std::time::Duration;

const NEW_PASSWORD: &str = "Purple-Otter-Skates-91";

/// A directory on a loopback port where nothing listens: every connection is refused.
fn unreachable_directory() -> Arc<Directory> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    Arc::new(
        Directory::new(DirectoryConfig {
            kind: DirectoryKind::Ldap,
            url: format!("ldap://127.0.0.1:{port}"),
            bind_dn: "cn=kiosk-service,dc=example,dc=org".into(),
            bind_password: account_api::SecretString::from_str_exact("unused"),
            user_base: "ou=students,dc=example,dc=org".into(),
            username_attribute: "uid".into(),
            ca_bundle: None,
            connect_timeout: Duration::from_secs(1),
            operation_timeout: Duration::from_secs(1),
            pool_size: 2,
        })
        .unwrap(),
    )
}

async fn to_new_password(h: &mut Harness, spanish: bool) {
    if spanish {
        h.key(KeyCode::Down);
    }
    h.key(KeyCode::Enter);
    h.text("1");
    h.text("AvaM1234");
    h.key(KeyCode::Tab);
    h.text("03/14/2012");
    h.key(KeyCode::Enter);
    h.settle().await;
    h.text("50317");
    h.key(KeyCode::Enter);
    h.settle().await;
    assert_eq!(h.screen_name(), "new_password");
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Tab);
    h.text(NEW_PASSWORD);
    h.key(KeyCode::Enter);
    h.settle().await;
}

#[tokio::test]
async fn the_visitor_is_told_the_directory_is_down_and_may_try_again() {
    let directory = unreachable_directory();
    let svc = service_with(move |c| c.directory = Some(directory)).await;
    let mut h = Harness::with_service(&svc);
    to_new_password(&mut h, false).await;
    match &h.app.screen {
        Screen::Problem(p) => assert_eq!(p.kind, ProblemKind::DirectoryUnavailable),
        _ => panic!("expected the directory screen, got {}", h.screen_name()),
    }
    let screen = h.render(80, 24);
    assert!(screen.contains("not answering"), "{screen}");
    assert!(screen.contains("was not changed"), "{screen}");
    assert!(!screen.contains(NEW_PASSWORD));
    assert!(svc.store.outbox(10).await.unwrap().is_empty());
    h.key(KeyCode::Enter);
    assert_eq!(h.screen_name(), "new_password", "try again keeps the flow");
    assert!(
        h.render(80, 24).contains("✓ Both entries match"),
        "the same password is kept for the retry"
    );
}

#[tokio::test]
async fn a_spanish_visitor_reads_it_in_spanish() {
    let directory = unreachable_directory();
    let svc = service_with(move |c| c.directory = Some(directory)).await;
    let mut h = Harness::with_service(&svc);
    to_new_password(&mut h, true).await;
    let screen = h.render(80, 24);
    assert!(screen.contains("no responde"), "{screen}");
    assert!(screen.contains("no se cambió"), "{screen}");
}
