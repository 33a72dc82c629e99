//! A OneRoster import as one transaction: students and parents matched by `sourcedId`, added,
//! updated only where a field changed, deactivated when removed; links of parents to children
//! made to match the roster. Secrets, counters, pauses and audit are never touched.

use sqlx::Row;
use std::collections::{HashMap, HashSet};

use super::sql::SqlStore;
use super::{RosterCounts, StoreResult};
use crate::roster::{Roster, RosterStudent};
use crate::tokens::new_id;

/// A password hash no password matches: a student imported from the roster signs in through
/// the directory, or once staff give them a temporary password.
const NO_PASSWORD: &str = "!roster";

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// The student columns the roster owns, in the order both the UPDATE and the INSERT list them.
fn bind_roster_columns<'q>(q: AnyQuery<'q>, s: &'q RosterStudent) -> AnyQuery<'q> {
    q.bind(&s.username)
        .bind(s.username.to_ascii_lowercase())
        .bind(&s.student_id)
        .bind(&s.first_name)
        .bind(&s.last_name)
        .bind(s.last_name.to_lowercase())
        .bind(&s.birth_date)
        .bind(&s.school)
        .bind(&s.email)
}

pub(super) async fn import(
    store: &SqlStore,
    roster: &Roster,
    now: i64,
    progress: &(dyn Fn(u64) + Send + Sync),
) -> StoreResult<RosterCounts> {
    let mut tx = store.write_tx().await?;
    let mut counts = RosterCounts {
        other_roles: roster.other_roles as u64,
        ..RosterCounts::default()
    };
    // What the database holds of each roster student, as the roster would say it.
    let existing: HashMap<String, (String, RosterStudent)> = sqlx::query(
        "SELECT student_ref, sourced_id, username, student_id, first_name, last_name, birth_date, \
         school, email, active FROM students WHERE sourced_id IS NOT NULL",
    )
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| {
        let stored = RosterStudent {
            sourced_id: r.try_get("sourced_id")?,
            username: r.try_get("username")?,
            student_id: r.try_get("student_id")?,
            first_name: r.try_get("first_name")?,
            last_name: r.try_get("last_name")?,
            email: r.try_get("email")?,
            school: r.try_get("school")?,
            birth_date: r.try_get("birth_date")?,
            active: r.try_get::<i64, _>("active")? != 0,
        };
        Ok((
            stored.sourced_id.clone(),
            (r.try_get("student_ref")?, stored),
        ))
    })
    .collect::<StoreResult<_>>()?;
    let mut refs: HashMap<&str, String> = HashMap::new();
    let mut done = 0u64;
    for s in &roster.students {
        match existing.get(&s.sourced_id) {
            Some((student_ref, old)) if old == s => {
                counts.students_unchanged += 1;
                refs.insert(&s.sourced_id, student_ref.clone());
            }
            Some((student_ref, old)) => {
                bind_roster_columns(
                    sqlx::query(
                        "UPDATE students SET username = $1, username_lower = $2, student_id = $3, \
                         first_name = $4, last_name = $5, last_name_lower = $6, birth_date = $7, \
                         school = $8, email = $9, active = $10 WHERE student_ref = $11",
                    ),
                    s,
                )
                .bind(i64::from(s.active))
                .bind(student_ref)
                .execute(&mut *tx)
                .await?;
                if old.active && !s.active {
                    counts.students_deactivated += 1;
                } else {
                    counts.students_updated += 1;
                }
                refs.insert(&s.sourced_id, student_ref.clone());
            }
            None if !s.active => {}
            None => {
                let student_ref = new_id("stu");
                bind_roster_columns(
                    sqlx::query(
                        "INSERT INTO students (username, username_lower, student_id, first_name, \
                         last_name, last_name_lower, birth_date, school, email, student_ref, \
                         password_hash, created_at, sourced_id, active) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1)",
                    ),
                    s,
                )
                .bind(&student_ref)
                .bind(NO_PASSWORD)
                .bind(now)
                .bind(&s.sourced_id)
                .execute(&mut *tx)
                .await?;
                counts.students_added += 1;
                refs.insert(&s.sourced_id, student_ref);
            }
        }
        done += 1;
        if done % 10_000 == 0 {
            progress(done);
        }
    }
    if roster.full {
        let listed: HashSet<&str> = roster
            .students
            .iter()
            .map(|s| s.sourced_id.as_str())
            .collect();
        for (sourced_id, (student_ref, old)) in &existing {
            if old.active && !listed.contains(sourced_id.as_str()) {
                sqlx::query("UPDATE students SET active = 0 WHERE student_ref = $1")
                    .bind(student_ref)
                    .execute(&mut *tx)
                    .await?;
                counts.students_deactivated += 1;
            }
        }
    }
    for p in &roster.parents {
        let found = sqlx::query(
            "SELECT parent_ref, name, email_lower FROM parents WHERE sourced_id = $1 OR \
             (sourced_id IS NULL AND email_lower = $2)",
        )
        .bind(&p.sourced_id)
        .bind(&p.email)
        .fetch_optional(&mut *tx)
        .await?;
        let parent_ref = match found {
            Some(row) => {
                let parent_ref: String = row.try_get("parent_ref")?;
                let (name, email): (String, String) =
                    (row.try_get("name")?, row.try_get("email_lower")?);
                let links_before = children_of(&mut tx, &parent_ref).await?;
                let links_now: HashSet<String> = if p.active {
                    p.children
                        .iter()
                        .filter_map(|c| refs.get(c.as_str()))
                        .map(|r| format!("{r}|{}", p.relationship))
                        .collect()
                } else {
                    HashSet::new()
                };
                if name == p.name && email == p.email && links_before == links_now {
                    counts.parents_unchanged += 1;
                    continue;
                }
                sqlx::query(
                    "UPDATE parents SET name = $1, email_lower = $2, sourced_id = $3 WHERE parent_ref = $4",
                )
                .bind(&p.name)
                .bind(&p.email)
                .bind(&p.sourced_id)
                .bind(&parent_ref)
                .execute(&mut *tx)
                .await?;
                counts.parents_updated += 1;
                parent_ref
            }
            None if !p.active => continue,
            None => {
                let parent_ref = new_id("par");
                sqlx::query(
                    "INSERT INTO parents (parent_ref, email_lower, name, password_hash, created_at, sourced_id) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&parent_ref)
                .bind(&p.email)
                .bind(&p.name)
                .bind(NO_PASSWORD)
                .bind(now)
                .bind(&p.sourced_id)
                .execute(&mut *tx)
                .await?;
                counts.parents_added += 1;
                parent_ref
            }
        };
        sqlx::query("DELETE FROM parent_children WHERE parent_ref = $1")
            .bind(&parent_ref)
            .execute(&mut *tx)
            .await?;
        if p.active {
            for child in &p.children {
                if let Some(student_ref) = refs.get(child.as_str()) {
                    sqlx::query(
                        "INSERT INTO parent_children (parent_ref, student_ref, relationship) \
                         VALUES ($1, $2, $3)",
                    )
                    .bind(&parent_ref)
                    .bind(student_ref)
                    .bind(&p.relationship)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
    }
    progress(done);
    tx.commit().await?;
    Ok(counts)
}

/// The links of a parent, each as `student_ref|relationship`.
async fn children_of(
    tx: &mut sqlx::AnyConnection,
    parent_ref: &str,
) -> StoreResult<HashSet<String>> {
    sqlx::query_scalar(
        "SELECT student_ref || '|' || relationship FROM parent_children WHERE parent_ref = $1",
    )
    .bind(parent_ref)
    .fetch_all(&mut *tx)
    .await
    .map(|v| v.into_iter().collect())
}
