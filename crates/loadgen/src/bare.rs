//! The ceiling: the same health answer from an axum handler with no state, no middleware and
//! no database, so that the service's numbers can be read as a share of what axum and this
//! machine allow.

use account_api::endpoints::{self as ep, Endpoint as _};
use axum::routing::get;
use axum::{Json, Router};

pub async fn serve(listen: std::net::SocketAddr) -> anyhow::Result<()> {
    let app = Router::new().route(
        ep::HealthCheck::PATH,
        get(|| async { Json(serde_json::json!({"status": "ok", "version": "bare"})) }),
    );
    let listener = tokio::net::TcpListener::bind(listen).await?;
    eprintln!("bare axum handler on {}", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}
