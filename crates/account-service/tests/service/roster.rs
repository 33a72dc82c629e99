//! The district's roster in: the sample district under `tests/fixtures/oneroster` is a valid
//! OneRoster 1.1 set; importing it twice changes nothing the second time; a changed row
//! updates its student, a removed or `tobedeleted` student is deactivated and kept; enrollment
//! is never touched; bad input names file, line and column and imports nothing.

use crate::common::spawn;
use account_api::identifiers::parse_student;
use account_service::roster::{self, DEMOGRAPHICS_COLUMNS, ORGS_COLUMNS, USERS_COLUMNS};
use account_service::store::RosterCounts;
use std::path::{Path, PathBuf};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/oneroster")
}

fn copy_of_sample() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["manifest.csv", "users.csv", "orgs.csv", "demographics.csv"] {
        std::fs::copy(sample().join(f), dir.path().join(f)).unwrap();
    }
    dir
}

fn edit(dir: &Path, file: &str, change: impl Fn(&str) -> Option<String>) {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    let lines: Vec<String> = text.lines().filter_map(&change).collect();
    std::fs::write(dir.join(file), lines.join("\n") + "\n").unwrap();
}

async fn import(app: &crate::common::TestApp, dir: &Path) -> RosterCounts {
    let roster = roster::read(dir).unwrap();
    app.store
        .import_roster(&roster, crate::common::START, &|_| {})
        .await
        .unwrap()
}

#[test]
fn the_sample_district_has_the_specifications_columns() {
    for (file, columns) in [
        ("users.csv", &USERS_COLUMNS[..]),
        ("orgs.csv", &ORGS_COLUMNS[..]),
        ("demographics.csv", &DEMOGRAPHICS_COLUMNS[..]),
    ] {
        let text = std::fs::read_to_string(sample().join(file)).unwrap();
        let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
        assert_eq!(header, columns, "{file}");
    }
    // OneRoster 1.1's users.csv has these 18 columns, in this order (spec §2.4, users).
    assert_eq!(USERS_COLUMNS.len(), 18);
    assert_eq!(USERS_COLUMNS[5], "role");
    assert_eq!(USERS_COLUMNS[15], "agentSourcedIds");
}

#[tokio::test]
async fn importing_twice_changes_nothing_the_second_time() {
    let app = spawn().await;
    let first = import(&app, &sample()).await;
    assert_eq!(first.students_added, 6);
    assert_eq!(first.parents_added, 3);
    assert_eq!(first.other_roles, 1, "the teacher is not imported");
    let second = import(&app, &sample()).await;
    assert_eq!(
        second,
        RosterCounts {
            students_unchanged: 6,
            parents_unchanged: 3,
            other_roles: 1,
            ..RosterCounts::default()
        }
    );
    // An imported student can begin self-service with the roster's birth date, and an
    // imported parent's children are the roster's.
    let start = app.start("301000005", "2014-03-25").await;
    assert_eq!(
        start.status,
        200,
        "{}",
        String::from_utf8_lossy(&start.body)
    );
    let nasima = app
        .store
        .find_parent("nasima.begum@example.org")
        .await
        .unwrap()
        .unwrap();
    let children = app.store.children(&nasima.parent_ref).await.unwrap();
    let names: Vec<_> = children.iter().map(|c| c.username.as_str()).collect();
    assert_eq!(names, ["JeanP4406", "RahimaB4405"]);
    let sofia = app
        .store
        .find_student(&parse_student("SofiaN4402").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        sofia.email, "sofian4402@nycstudents.net",
        "the district mail when none is given"
    );
    assert_eq!(sofia.school, "P.S. 21 Sample Elementary");
    // The roster's role says how each adult is related, for the counter's guardian check.
    let amir = app
        .store
        .find_student(&parse_student("AmirK4403").unwrap())
        .await
        .unwrap()
        .unwrap();
    let guardians = app.store.guardians(&amir.student_ref).await.unwrap();
    let seen: Vec<_> = guardians
        .iter()
        .map(|g| (g.name.as_str(), g.relationship.as_str()))
        .collect();
    assert_eq!(seen, [("Farah Khan", "guardian")]);
}

#[tokio::test]
async fn changes_update_and_removals_deactivate_but_keep_enrollment() {
    let app = spawn().await;
    import(&app, &sample()).await;
    let liam = app
        .store
        .find_student(&parse_student("LiamR4401").unwrap())
        .await
        .unwrap()
        .unwrap();
    app.sql(&format!(
        "UPDATE students SET pin_hash = '$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA' WHERE student_ref = '{}'",
        liam.student_ref
    ))
    .await;
    let dir = copy_of_sample();
    edit(dir.path(), "users.csv", |line| {
        if line.starts_with("stu-001,") {
            Some(line.replace(",Rivera,", ",Rivera-Santos,"))
        } else if line.starts_with("stu-004,") {
            Some(line.replacen("stu-004,,", "stu-004,tobedeleted,", 1))
        } else if line.starts_with("stu-006,") {
            None
        } else if line.starts_with("par-003,") {
            Some(line.replace("\"stu-005,stu-006\"", "stu-005"))
        } else {
            Some(line.to_string())
        }
    });
    let counts = import(&app, dir.path()).await;
    assert_eq!(counts.students_updated, 1, "{counts:?}");
    assert_eq!(counts.students_deactivated, 2, "{counts:?}");
    assert_eq!(counts.parents_updated, 1, "{counts:?}");
    let liam = app.store.student(&liam.student_ref).await.unwrap().unwrap();
    assert_eq!(liam.last_name, "Rivera-Santos");
    assert!(liam.pin_hash.is_some(), "enrollment is never touched");
    for gone in ["MeiL4404", "JeanP4406"] {
        assert!(
            app.store
                .find_student(&parse_student(gone).unwrap())
                .await
                .unwrap()
                .is_none(),
            "{gone} is deactivated"
        );
    }
    let kept = app
        .sql_count("SELECT COUNT(*) FROM students WHERE username IN ('MeiL4404', 'JeanP4406')")
        .await;
    assert_eq!(kept, 2, "deactivated, never deleted");
}

#[tokio::test]
async fn bad_input_names_file_line_and_column_and_imports_nothing() {
    let app = spawn().await;
    let before = app.sql_count("SELECT COUNT(*) FROM students").await;
    let dir = copy_of_sample();
    edit(dir.path(), "users.csv", |line| {
        Some(if line.starts_with("stu-003,") {
            line.replace(",301000003,", ",30100003,")
        } else {
            line.to_string()
        })
    });
    let err = roster::read(dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "users.csv:4: column identifier: the 9-digit student ID (OSIS)"
    );
    let dir = copy_of_sample();
    edit(dir.path(), "demographics.csv", |line| {
        Some(if line.starts_with("stu-002,") {
            line.replace("2015-08-19", "19/08/2015")
        } else {
            line.to_string()
        })
    });
    let err = roster::read(dir.path()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("demographics.csv:3: column birthDate:"),
        "{err}"
    );
    let dir = copy_of_sample();
    edit(dir.path(), "users.csv", |line| {
        Some(if line.starts_with("sourcedId,") {
            line.replace("givenName", "firstName")
        } else {
            line.to_string()
        })
    });
    assert!(roster::read(dir.path())
        .unwrap_err()
        .to_string()
        .starts_with("users.csv:1:"));
    // A roster that passes the checks but clashes with the database is refused whole.
    let dir = copy_of_sample();
    edit(dir.path(), "users.csv", |line| {
        Some(if line.starts_with("stu-006,") {
            line.replace("JeanP4406", "AvaM1234")
        } else {
            line.to_string()
        })
    });
    let roster = roster::read(dir.path()).unwrap();
    assert!(app
        .store
        .import_roster(&roster, crate::common::START, &|_| {})
        .await
        .is_err());
    assert_eq!(
        app.sql_count("SELECT COUNT(*) FROM students").await,
        before,
        "nothing half-imported"
    );
}

#[test]
fn the_command_imports_and_prints_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite:{}", dir.path().join("r.db").display());
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_account-service"))
            .args(["import-roster", "--database", &db, "--oneroster"])
            .arg(sample())
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let counts: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(counts["students_added"], 6);
    let second: serde_json::Value = serde_json::from_slice(&run().stdout).unwrap();
    assert_eq!(second["students_unchanged"], 6);
    assert_eq!(second["students_added"], 0);
}
