//! A fresh database for each test: PostgreSQL when `TEST_DATABASE_URL` names a server
//! (`.ci/run` sets it), otherwise a SQLite file in a temporary folder.

use sqlx::{AnyConnection, Connection, Executor};

pub struct TestDatabase {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// Prefix of every database the tests create, so `.ci/run` can drop the leftovers.
pub const PREFIX: &str = "wck_test_";

pub async fn fresh() -> TestDatabase {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(admin) if !admin.trim().is_empty() => postgres(admin.trim()).await,
        _ => sqlite(),
    }
}

pub fn sqlite() -> TestDatabase {
    let dir = tempfile::tempdir().unwrap();
    TestDatabase {
        url: format!("sqlite:{}", dir.path().join("test.db").display()),
        _dir: Some(dir),
    }
}

async fn postgres(admin: &str) -> TestDatabase {
    sqlx::any::install_default_drivers();
    let name = format!("{PREFIX}{:016x}", rand::random::<u64>());
    let mut conn = AnyConnection::connect(admin)
        .await
        .unwrap_or_else(|e| panic!("TEST_DATABASE_URL does not answer: {e}"));
    conn.execute(format!("CREATE DATABASE \"{name}\"").as_str())
        .await
        .unwrap();
    conn.close().await.unwrap();
    let (base, query) = match admin.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (admin, String::new()),
    };
    let server = match base.rsplit_once('/') {
        Some((server, _db)) if server.len() > "postgres://".len() => server,
        _ => base,
    };
    TestDatabase {
        url: format!("{server}/{name}{query}"),
        _dir: None,
    }
}
