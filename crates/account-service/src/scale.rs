//! A synthetic city-sized directory for benchmarks (`account-service seed-scale`).
//!
//! Student `i` is a pure function of `i`, so the load generator can name real students and
//! type their real birth dates and PINs without reading the database. Hashing a million
//! secrets at the production argon2 cost would take hours, so every secret comes from a small
//! pool whose hashes are computed once per run: what the benchmarks measure (look-ups,
//! verifications at full cost) is unchanged by shared hashes.

use crate::domain::hasher::Hasher;
use crate::store::{BulkBatch, BulkParent, BulkStudent, NewStudent, Store};
use account_api::policy::normalize_answer;

/// Student IDs of the synthetic directory start here; the demo students' IDs start with 2.
pub const FIRST_STUDENT_ID: u64 = 300_000_000;

const FIRST_NAMES: [&str; 40] = [
    "Sofia", "Liam", "Aaliyah", "Mateo", "Mei", "Noah", "Fatima", "Dylan", "Isabella", "Jayden",
    "Priya", "Ethan", "Amara", "Lucas", "Yara", "Kevin", "Nadia", "Omar", "Chloe", "Darius", "Ana",
    "Samuel", "Leila", "Ryan", "Zoe", "Hiroshi", "Camila", "Andre", "Mariam", "Julian", "Ling",
    "Elijah", "Sakura", "Diego", "Hana", "Malik", "Rosa", "Ivan", "Kiara", "Tenzin",
];

const LAST_NAMES: [&str; 40] = [
    "Rodriguez",
    "Chen",
    "Williams",
    "Khan",
    "Garcia",
    "Nguyen",
    "Johnson",
    "Hossain",
    "Lopez",
    "Kim",
    "Brown",
    "Ahmed",
    "Martinez",
    "Wong",
    "Davis",
    "Islam",
    "Hernandez",
    "Li",
    "Jones",
    "Begum",
    "Perez",
    "Zhang",
    "Smith",
    "Ali",
    "Torres",
    "Liu",
    "Jackson",
    "Rahman",
    "Rivera",
    "Huang",
    "Thomas",
    "Diallo",
    "Cruz",
    "Wu",
    "Taylor",
    "Sanchez",
    "Park",
    "Ortiz",
    "Lin",
    "Ramirez",
];

const SCHOOLS: [&str; 12] = [
    "P.S. 161 Bronx",
    "I.S. 318 Brooklyn",
    "Francis Lewis High School",
    "P.S. 89 Queens",
    "M.S. 131 Manhattan",
    "Curtis High School",
    "P.S. 20 Staten Island",
    "Brooklyn Technical High School",
    "J.H.S. 185 Queens",
    "P.S. 75 Manhattan",
    "DeWitt Clinton High School",
    "I.S. 5 Queens",
];

/// PINs of the pool: none is a birth date, a run or a repeat.
pub const PINS: [&str; 8] = [
    "50317", "72946", "38152", "61094", "27483", "94810", "15736", "83269",
];

/// Every synthetic account's password (hashed once).
pub const PASSWORD: &str = "Scale-Test-Harbor-42";

/// Questions and answers shared by the students who have questions.
pub const ANSWERS: [(&str, &str); 3] = [
    ("first_pet", "Biscuit"),
    ("birth_city", "Queens"),
    ("favorite_teacher", "Ms Okafor"),
];

/// What the load generator needs to act as student `i`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleStudent {
    pub student_id: String,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: String,
    pub school: String,
    pub pin: Option<&'static str>,
    pub has_questions: bool,
}

/// SplitMix64: a fixed, well-mixed function of the index, so that runs are reproducible.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub fn student(i: u64) -> ScaleStudent {
    let h = mix(i);
    let first = FIRST_NAMES[(h % 40) as usize];
    let last = LAST_NAMES[((h >> 8) % 40) as usize];
    let year = 2008 + (h >> 16) % 12;
    let month = 1 + (h >> 24) % 12;
    let day = 1 + (h >> 32) % 28;
    // About 45% set a PIN and 35% security questions, independently (some have both).
    let pin = ((h >> 40) % 100 < 45).then(|| PINS[((h >> 48) % 8) as usize]);
    let has_questions = (h >> 56) % 100 < 35;
    ScaleStudent {
        student_id: (FIRST_STUDENT_ID + i).to_string(),
        username: format!("{first}{}{i}", &last[..1]),
        first_name: first.to_string(),
        last_name: last.to_string(),
        birth_date: format!("{year:04}-{month:02}-{day:02}"),
        school: SCHOOLS[((h >> 4) % 12) as usize].to_string(),
        pin,
        has_questions,
    }
}

struct Hashes {
    password: String,
    pins: Vec<String>,
    answers: Vec<(String, String)>,
}

async fn pool_hashes(hasher: &Hasher) -> anyhow::Result<Hashes> {
    let mut pins = Vec::new();
    for pin in PINS {
        pins.push(hasher.hash(pin).await?);
    }
    let mut answers = Vec::new();
    for (question, answer) in ANSWERS {
        answers.push((
            question.to_string(),
            hasher.hash(&normalize_answer(answer)).await?,
        ));
    }
    Ok(Hashes {
        password: hasher.hash(PASSWORD).await?,
        pins,
        answers,
    })
}

/// Loads students `0..count` in batches. Families are three consecutive students (`i / 3`);
/// two families in three have a parent account linked to their children.
/// `progress` is called after each batch with the number loaded so far.
pub async fn seed(
    store: &dyn Store,
    hasher: &Hasher,
    count: u64,
    batch_size: u64,
    now: i64,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<()> {
    let hashes = pool_hashes(hasher).await?;
    // Batches end on family boundaries so that a parent and their children load together.
    let batch_size = (batch_size.max(3) / 3) * 3;
    let mut start = 0;
    while start < count {
        let end = (start + batch_size).min(count);
        store.bulk_load(&batch(&hashes, start, end), now).await?;
        progress(end);
        start = end;
    }
    Ok(())
}

fn batch(hashes: &Hashes, start: u64, end: u64) -> BulkBatch {
    let mut students = Vec::with_capacity((end - start) as usize);
    let mut parents = Vec::new();
    for i in start..end {
        let s = student(i);
        let pin_hash = s.pin.map(|pin| {
            let k = PINS.iter().position(|p| *p == pin).unwrap_or(0);
            hashes.pins[k].clone()
        });
        students.push(BulkStudent {
            student_ref: format!("stu_scale_{i}"),
            student: NewStudent {
                username: s.username,
                student_id: s.student_id,
                first_name: s.first_name,
                last_name: s.last_name.clone(),
                birth_date: s.birth_date,
                school: s.school,
                password_hash: hashes.password.clone(),
                pin_hash,
                answers: if s.has_questions {
                    hashes.answers.clone()
                } else {
                    Vec::new()
                },
                pause_kind: None,
                last_self_reset_at: None,
            },
        });
        let family = i / 3;
        let family_ends = i % 3 == 2 || i + 1 == end;
        if family_ends && mix(family ^ 0xFA) % 3 < 2 {
            let first_child = (family * 3).max(start);
            parents.push(BulkParent {
                parent_ref: format!("par_scale_{family}"),
                email: format!("parent{family}@example.org"),
                name: format!(
                    "{} {}",
                    FIRST_NAMES[(mix(family) % 40) as usize],
                    s.last_name
                ),
                password_hash: hashes.password.clone(),
                children: (first_child..=i)
                    .map(|c| format!("stu_scale_{c}"))
                    .collect(),
            });
        }
    }
    BulkBatch { students, parents }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn students_are_stable_unique_and_valid() {
        let a = student(123_456);
        assert_eq!(a, student(123_456));
        assert_eq!(a.student_id, "300123456");
        let ids: std::collections::HashSet<_> = (0..10_000)
            .map(|i| student(i).username.to_lowercase())
            .collect();
        assert_eq!(ids.len(), 10_000);
        for i in 0..1000 {
            let s = student(i);
            assert!(account_api::identifiers::parse_wire_date(&s.birth_date).is_some());
            assert!(account_api::identifiers::parse_student(&s.username).is_some());
        }
        let with_pin = (0..10_000).filter(|i| student(*i).pin.is_some()).count();
        assert!((4_000..5_000).contains(&with_pin), "{with_pin}");
    }
}
