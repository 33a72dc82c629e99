//! The fixed demo data of DESIGN.md §7, so everyone can try the product the same way.

use std::sync::Arc;

use crate::clock::Clock;
use crate::domain::hasher::Hasher;
use crate::store::{NewAccount, NewParent, NewStaff, NewStudent, Store};
use account_api::policy::normalize_answer;

struct DemoStudent {
    username: &'static str,
    student_id: &'static str,
    first: &'static str,
    last: &'static str,
    birth: &'static str,
    school: &'static str,
    password: &'static str,
    pin: Option<&'static str>,
    questions: bool,
    paused: bool,
    self_reset_days_ago: Option<i64>,
}

const BEN_ANSWERS: [(&str, &str); 3] = [
    ("first_pet", "rex"),
    ("birth_city", "lagos"),
    ("favorite_teacher", "ms rivera"),
];

const STUDENTS: [DemoStudent; 5] = [
    DemoStudent {
        username: "AvaM1234",
        student_id: "212345678",
        first: "Ava",
        last: "Martinez",
        birth: "2012-03-14",
        school: "P.S. 48 Joseph R. Drake",
        password: "Sunflower-Maple-42",
        pin: Some("50317"),
        questions: false,
        paused: false,
        self_reset_days_ago: None,
    },
    DemoStudent {
        username: "BenO5678",
        student_id: "223456789",
        first: "Ben",
        last: "Okafor",
        birth: "2011-07-02",
        school: "M.S. 223 The Laboratory School",
        password: "Harbor-Lantern-77",
        pin: None,
        questions: true,
        paused: false,
        self_reset_days_ago: None,
    },
    DemoStudent {
        username: "ChenW2468",
        student_id: "234567890",
        first: "Chen",
        last: "Wei",
        birth: "2010-11-23",
        school: "Bronx High School of Science",
        password: "Quiet-Bamboo-19",
        pin: Some("72946"),
        questions: true,
        paused: false,
        self_reset_days_ago: Some(10),
    },
    DemoStudent {
        username: "DanaC1357",
        student_id: "245678901",
        first: "Dana",
        last: "Cohen",
        birth: "2013-01-30",
        school: "P.S. 48 Joseph R. Drake",
        password: "Violet-Comet-88",
        pin: None,
        questions: false,
        paused: false,
        self_reset_days_ago: None,
    },
    DemoStudent {
        username: "EliH9753",
        student_id: "256789012",
        first: "Eli",
        last: "Haddad",
        birth: "2012-09-09",
        school: "M.S. 223 The Laboratory School",
        password: "Cedar-Rocket-63",
        pin: Some("61852"),
        questions: false,
        paused: true,
        self_reset_days_ago: None,
    },
];

pub const DEMO_CENTER: &str = "Bronx Family Welcome Center";
pub const DEMO_STAFF_ID: &str = "fwc.bronx.01";
/// Jordan Lee's TOTP secret, fixed and published so that anyone can try counter mode with an
/// authenticator app or `oathtool --totp -b JBSWY3DPEHPK3PXP`. Demo data only.
pub const DEMO_STAFF_TOTP: &str = "JBSWY3DPEHPK3PXP";

/// Loads the demo data unless it is already there. Returns whether anything was loaded.
pub async fn seed_demo(
    store: &Arc<dyn Store>,
    hasher: &Hasher,
    clock: &Arc<dyn Clock>,
) -> anyhow::Result<bool> {
    if store.student_exists(STUDENTS[0].student_id).await? {
        // Demo data loaded before staff had a second factor: Jordan Lee gets the fixed one.
        if store.staff(DEMO_STAFF_ID).await?.is_some()
            && store.staff_totp_secret(DEMO_STAFF_ID).await?.is_none()
        {
            store
                .reset_staff_totp(DEMO_STAFF_ID, DEMO_STAFF_TOTP, clock.now())
                .await?;
        }
        return Ok(false);
    }
    let now = clock.now();
    for s in &STUDENTS {
        let pin_hash = match s.pin {
            Some(pin) => Some(hasher.hash(pin).await?),
            None => None,
        };
        let mut answers = Vec::new();
        if s.questions {
            for (question, answer) in BEN_ANSWERS {
                answers.push((
                    question.to_string(),
                    hasher.hash(&normalize_answer(answer)).await?,
                ));
            }
        }
        store
            .insert_student(
                &NewStudent {
                    username: s.username.into(),
                    student_id: s.student_id.into(),
                    first_name: s.first.into(),
                    last_name: s.last.into(),
                    birth_date: s.birth.into(),
                    school: s.school.into(),
                    password_hash: hasher.hash(s.password).await?,
                    pin_hash,
                    answers,
                    pause_kind: s.paused.then(|| "until_reset".to_string()),
                    last_self_reset_at: s.self_reset_days_ago.map(|d| now - d * 86_400),
                },
                now,
            )
            .await?;
    }
    store
        .insert_parent(
            &NewParent {
                email: "maria.martinez@example.org".into(),
                name: "Maria Martinez".into(),
                password_hash: hasher.hash("Familia-Bronx-2026").await?,
                children: vec!["212345678".into(), "245678901".into()],
                relationship: "parent".into(),
                language: "es".into(),
            },
            now,
        )
        .await?;
    store
        .insert_myschools_account(
            &NewAccount {
                email: "maria.martinez@example.org".into(),
                name: "Maria Martinez".into(),
                password_hash: hasher.hash("Familia-Bronx-2026").await?,
            },
            now,
        )
        .await?;
    store
        .insert_staff(
            &NewStaff {
                staff_id: DEMO_STAFF_ID.into(),
                name: "Jordan Lee".into(),
                center: DEMO_CENTER.into(),
                password_hash: hasher.hash("Counter-Demo-2026").await?,
                // Staff, not a supervisor: `staff add --role supervisor` makes one.
                role: account_api::wire::StaffRole::Staff,
                totp_secret: zeroize::Zeroizing::new(DEMO_STAFF_TOTP.into()),
            },
            now,
        )
        .await?;
    Ok(true)
}
