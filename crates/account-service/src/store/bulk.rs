//! Multi-row inserts for `seed-scale`: a million students in a few thousand statements.

use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};

use super::{BulkBatch, BulkParent, BulkStudent, StoreResult};

/// Bound parameters per statement. Both databases allow far more, but binding through sqlx
/// grows faster than linearly with the count: 30,000 per statement loaded 1,300 students/s,
/// 400 loads 18,000/s on SQLite and 13,000/s on PostgreSQL.
const MAX_PARAMS: usize = 400;

type AnyQuery<'q> = Query<'q, Any, AnyArguments<'q>>;

/// `INSERT INTO table (columns) VALUES ($1, …), (…)` for `rows` rows.
fn values_sql(head: &str, width: usize, rows: usize) -> String {
    let mut sql = String::with_capacity(head.len() + rows * width * 6);
    sql.push_str(head);
    sql.push_str(" VALUES ");
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..width {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&(r * width + c + 1).to_string());
        }
        sql.push(')');
    }
    sql
}

async fn insert_rows<T>(
    conn: &mut AnyConnection,
    head: &str,
    width: usize,
    rows: &[T],
    bind: for<'q> fn(AnyQuery<'q>, &'q T, i64) -> AnyQuery<'q>,
    now: i64,
) -> StoreResult<()> {
    for chunk in rows.chunks(MAX_PARAMS / width) {
        let sql = values_sql(head, width, chunk.len());
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = bind(query, row, now);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

fn bind_student<'q>(q: AnyQuery<'q>, s: &'q BulkStudent, now: i64) -> AnyQuery<'q> {
    let n = &s.student;
    q.bind(s.student_ref.as_str())
        .bind(n.username.as_str())
        .bind(n.username.to_ascii_lowercase())
        .bind(n.student_id.as_str())
        .bind(n.first_name.as_str())
        .bind(n.last_name.as_str())
        .bind(n.last_name.to_lowercase())
        .bind(n.birth_date.as_str())
        .bind(n.school.as_str())
        .bind(format!(
            "{}@{}",
            n.username.to_ascii_lowercase(),
            account_api::identifiers::STUDENT_MAIL_DOMAIN
        ))
        .bind(n.password_hash.as_str())
        .bind(n.pin_hash.as_deref())
        .bind(now)
}

struct AnswerRow<'a> {
    student_ref: &'a str,
    position: i64,
    question: &'a str,
    hash: &'a str,
}

fn bind_answer<'q>(q: AnyQuery<'q>, a: &'q AnswerRow<'_>, _now: i64) -> AnyQuery<'q> {
    q.bind(a.student_ref)
        .bind(a.position)
        .bind(a.question)
        .bind(a.hash)
}

fn bind_parent<'q>(q: AnyQuery<'q>, p: &'q BulkParent, now: i64) -> AnyQuery<'q> {
    q.bind(p.parent_ref.as_str())
        .bind(p.email.to_lowercase())
        .bind(p.name.as_str())
        .bind(p.password_hash.as_str())
        .bind(now)
}

fn bind_link<'q>(q: AnyQuery<'q>, link: &'q (&str, &str), _now: i64) -> AnyQuery<'q> {
    q.bind(link.0).bind(link.1)
}

pub(super) async fn load(conn: &mut AnyConnection, batch: &BulkBatch, now: i64) -> StoreResult<()> {
    insert_rows(
        conn,
        "INSERT INTO students (student_ref, username, username_lower, student_id, first_name, \
         last_name, last_name_lower, birth_date, school, email, password_hash, pin_hash, created_at)",
        13,
        &batch.students,
        bind_student,
        now,
    )
    .await?;
    let answers: Vec<AnswerRow> = batch
        .students
        .iter()
        .flat_map(|s| {
            s.student
                .answers
                .iter()
                .enumerate()
                .map(|(position, (question, hash))| AnswerRow {
                    student_ref: &s.student_ref,
                    position: position as i64,
                    question,
                    hash,
                })
        })
        .collect();
    insert_rows(
        conn,
        "INSERT INTO student_answers (student_ref, position, question, answer_hash)",
        4,
        &answers,
        bind_answer,
        now,
    )
    .await?;
    insert_rows(
        conn,
        "INSERT INTO parents (parent_ref, email_lower, name, password_hash, created_at)",
        5,
        &batch.parents,
        bind_parent,
        now,
    )
    .await?;
    let links: Vec<(&str, &str)> = batch
        .parents
        .iter()
        .flat_map(|p| {
            p.children
                .iter()
                .map(|c| (p.parent_ref.as_str(), c.as_str()))
        })
        .collect();
    insert_rows(
        conn,
        "INSERT INTO parent_children (parent_ref, student_ref)",
        2,
        &links,
        bind_link,
        now,
    )
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_numbered_across_rows() {
        assert_eq!(
            super::values_sql("INSERT INTO t (a, b)", 2, 2),
            "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)"
        );
    }
}
