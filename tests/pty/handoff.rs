//! Two and three terminals at once against one service on loopback: a family reaches a dead
//! end at the kiosk and gets a number; two counters see it arrive (rung and marked new) and
//! race to claim it; one opens the student straight away, the other is told another counter
//! took it. Then the family asks again with F6 in the same visit (the student is still
//! known), and a new visit asks with F6 straight away (nobody is known): that claim opens the
//! search with the number shown.

use crate::common::pty::{exit_hash, write_config, Kiosk, ENTER, ESC, TAB};
use account_service::clock::{Clock, SystemClock};
use account_service::store::DeviceMode;
use account_service::tokens::{digest, new_token};
use std::path::Path;

const DOWN: &str = "\x1b[B";
const F6: &str = "\x1b[17~";

fn token_file(dir: &Path, name: &str, token: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, token).unwrap();
    path.to_str().unwrap().to_string()
}

fn terminal(dir: &Path, config: &Path, base: &str, token: &str, counter: bool) -> Kiosk {
    let mut args = vec![
        "--config".to_string(),
        config.to_str().unwrap().to_string(),
        "--backend-url".to_string(),
        base.to_string(),
        "--device-token-file".to_string(),
        token.to_string(),
    ];
    if counter {
        args.extend(["--mode".to_string(), "counter".to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Kiosk::spawn(&args, dir, &[])
}

/// Jordan Lee signs in with a code no earlier sign-in of this test used (`last`).
fn sign_in(k: &mut Kiosk, last: &mut i64) {
    k.wait_for("Staff sign-in");
    k.type_text("fwc.bronx.01");
    k.send(TAB);
    k.type_text("Counter-Demo-2026");
    k.send(ENTER);
    k.type_text(&crate::common::jordan_code(last));
    k.send(ENTER);
    k.wait_for("Families sent from the kiosks");
}

/// The number the hand-off screen tells the family to say.
fn number_on(k: &Kiosk) -> String {
    let screen = k.screen();
    let at = screen
        .find("say your number: ")
        .unwrap_or_else(|| panic!("no number on:\n{screen}"));
    let number: String = screen[at + "say your number: ".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert_eq!(number.len(), 3, "{screen}");
    number
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_family_handoff_is_claimed_by_one_of_two_racing_counters() {
    let svc = crate::common::service().await;
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &exit_hash());
    let kiosk_token = token_file(dir.path(), "kiosk.token", &svc.token);
    let mut counters = Vec::new();
    for name in ["counter-a", "counter-b"] {
        let token = new_token().to_string();
        svc.store
            .add_device(
                name,
                DeviceMode::Counter,
                &digest(&token),
                SystemClock.now(),
            )
            .await
            .unwrap();
        counters.push(token_file(dir.path(), name, &token));
    }

    tokio::task::block_in_place(|| {
        let mut kiosk = terminal(dir.path(), &config, &svc.base, &kiosk_token, false);
        let mut a = terminal(dir.path(), &config, &svc.base, &counters[0], true);
        let mut b = terminal(dir.path(), &config, &svc.base, &counters[1], true);
        let mut last = 0;
        sign_in(&mut a, &mut last);
        sign_in(&mut b, &mut last);
        a.wait_for("Nobody is waiting");

        // Dana has neither a PIN nor questions: a dead end, and a number for the counter.
        kiosk.wait_for("Choose your language");
        kiosk.wait_for("F6: Ask at the counter");
        kiosk.send(ENTER);
        kiosk.send("1");
        kiosk.wait_for("Username or student ID");
        kiosk.type_text("DanaC1357");
        kiosk.send(TAB);
        kiosk.type_text("01/30/2013");
        kiosk.send(ENTER);
        kiosk.wait_for("Your number for the counter");
        kiosk.wait_for("PIN or security questions");
        let number = number_on(&kiosk);

        // Both counters see it arrive by themselves, marked new, with who the student is.
        let entry = format!("{number} · English · no PIN or questions");
        for counter in [&a, &b] {
            counter.wait_for(&entry);
            counter.wait_for("Dana Cohen");
            counter.wait_for("NEW");
        }
        let bells_before = a.raw_since(0).iter().filter(|b| **b == 0x07).count();
        assert!(bells_before >= 1, "a new hand-off rings the counter's bell");

        // Both claim it within milliseconds of each other: one with the arrows and Enter,
        // the other with its number key (the queue's first entry is 4).
        for _ in 0..3 {
            a.send(DOWN);
        }
        a.send_now(ENTER);
        b.send_now("4");
        let outcomes: Vec<usize> = [&a, &b]
            .iter()
            .map(|c| {
                c.wait_for_any(&[
                    "Already taken by another counter",
                    "Record an identity check",
                ])
            })
            .collect();
        assert_eq!(
            outcomes.iter().filter(|o| **o == 1).count(),
            1,
            "exactly one counter opens Dana: {outcomes:?}"
        );
        assert_eq!(outcomes.iter().filter(|o| **o == 0).count(), 1);
        let (winner, loser) = if outcomes[0] == 1 { (&a, &b) } else { (&b, &a) };
        winner.wait_for("Dana Cohen");
        assert!(
            !loser.screen().contains(&entry),
            "the lost hand-off left the queue"
        );

        // Still in Dana's visit, the family asks again with F6 from the menu: the visit
        // verified her, so this hand-off names her too and its claim opens her directly.
        kiosk.send(ENTER);
        kiosk.wait_for("How can we help you today?");
        kiosk.send(F6);
        kiosk.wait_for("Your number for the counter");
        let again = number_on(&kiosk);
        let loser = if outcomes[0] == 1 { &mut b } else { &mut a };
        loser.wait_for(&format!(
            "{again} · English · asked for help · 0 min · Dana Cohen"
        ));
        loser.send("4");
        loser.wait_for("Record an identity check");
        loser.send(ESC);
        loser.wait_for("Find a student");
        loser.send(ESC);
        loser.wait_for("Families sent from the kiosks");

        // A new visit asks with F6 before doing anything: nobody is known, so the claim
        // opens the search with the number shown.
        kiosk.send(ENTER);
        kiosk.wait_for("Choose your language");
        kiosk.send(F6);
        kiosk.wait_for("Your number for the counter");
        let asked = number_on(&kiosk);
        loser.wait_for(&format!("{asked} · English · asked for help · 0 min"));
        loser.send("4");
        loser.wait_for("Find a student");
        loser.wait_for(&format!("Hand-off {asked}"));
        loser.wait_for("did not verify who");
    });
}
