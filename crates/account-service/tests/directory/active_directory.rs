//! `[directory] kind = "active_directory"` against Samba's AD domain controller, over TLS
//! with the district's own CA: `unicodePwd` for every change, `pwdLastSet = 0` for a
//! temporary password (the directory then insists on a change at the next sign-in), and
//! `pwdLastSet` set again when the student replaces it. Samba's ports are fixed, so the
//! domain is provisioned once and the scenarios run one after another in one test.

use crate::servers::flows::{audited, body, staff_password};
use crate::servers::samba::Samba;
use account_api::endpoints::{self as ep, Endpoint as _};
use account_service::directory::Directory;
use serde_json::json;
use std::sync::Arc;

#[tokio::test]
async fn active_directory_takes_unicode_pwd_and_the_must_change_flag_over_tls() {
    let test = "active_directory_takes_unicode_pwd_and_the_must_change_flag_over_tls";
    if !crate::servers::installed(&["samba", "samba-tool", "ldapsearch"], test) {
        return;
    }
    let ad = Samba::start();
    eprintln!(
        "samba: provisioned (with 3 users) in {:?}, answering binds {:?} after start",
        ad.provisioned_in, ad.started_in
    );
    let directory = Arc::new(Directory::new(ad.connector()).unwrap());
    let app = crate::common::spawn_with(move |c| c.directory = Some(directory)).await;

    // Self-service: the new password replaces the old one in AD.
    let token = app.ava_reset_token().await;
    let reset = app.reset(&token, "Tangerine-Harbor-Quilt-58", "k1").await;
    assert_eq!(reset.status, 200, "{}", body(&reset));
    ad.bind("AvaM1234", "Tangerine-Harbor-Quilt-58").unwrap();
    assert!(ad.bind("AvaM1234", "Sunflower-Maple-42").is_err());
    assert_ne!(ad.attribute("AvaM1234", "pwdLastSet"), "0");
    assert_eq!(audited(&app, "AvaM1234", "password_reset").await, 1);

    // Staff, a temporary password: AD marks it for change at the next sign-in.
    let temp = staff_password(&app, "ChenW2468", json!({"mode": "temporary"})).await;
    assert_eq!(temp.status, 200, "{}", body(&temp));
    let temporary = temp.json()["temporary_password"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(ad.attribute("ChenW2468", "pwdLastSet"), "0");
    let refused = ad.bind("ChenW2468", &temporary).unwrap_err();
    assert!(
        refused.contains("data 773"),
        "AD asks for a new password: {refused}"
    );
    // The kiosk's enrollment sign-in accepts it (right password, change required) ...
    let enroll = app.enroll("ChenW2468", &temporary).await;
    assert_eq!(enroll.status, 200, "{}", body(&enroll));
    assert_eq!(enroll.json()["must_change_password"], true);
    let session = enroll.json()["session"].as_str().unwrap().to_string();
    // ... and the new password the student chooses clears the flag.
    let replaced = app
        .put(
            ep::SetPassword::PATH,
            json!({"session": session, "new_password": "Copper-Lagoon-Whistle-39"}),
        )
        .await;
    assert_eq!(replaced.status, 204, "{}", body(&replaced));
    ad.bind("ChenW2468", "Copper-Lagoon-Whistle-39").unwrap();
    assert!(ad.bind("ChenW2468", &temporary).is_err());
    assert_ne!(ad.attribute("ChenW2468", "pwdLastSet"), "0");

    // Staff, the visitor choosing, for Ben.
    let chosen = staff_password(
        &app,
        "BenO5678",
        json!({"mode": "visitor_chooses", "new_password": "Marble-Orchard-Violin-24"}),
    )
    .await;
    assert_eq!(chosen.status, 200, "{}", body(&chosen));
    ad.bind("BenO5678", "Marble-Orchard-Violin-24").unwrap();
    assert_eq!(
        app.enroll("BenO5678", "Harbor-Lantern-77").await.code(),
        "sign_in_failed"
    );
}
