use account_api::policy::{blocklist_len, ANSWER_MIN_CHARS, PIN_MAX_LEN, PIN_MIN_LEN};
use account_api::wire::{Health, PasswordPolicyInfo, TerminalReport};
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub fn health_now() -> Health {
    Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    }
}

pub async fn health() -> Json<Health> {
    Json(health_now())
}

/// A terminal's health check that carries its report (`POST /v1/terminal/report`).
pub async fn terminal_report(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(report): ApiJson<TerminalReport>,
) -> Result<Json<Health>, ApiError> {
    Ok(Json(
        crate::domain::terminals::report(&state, &device, report).await?,
    ))
}

pub async fn password_policy(
    State(state): State<AppState>,
    _device: DeviceAuth,
) -> Json<PasswordPolicyInfo> {
    let rules = &state.security.password_rules;
    Json(PasswordPolicyInfo {
        min_length: rules.min_chars,
        max_length: rules.max_chars,
        min_strength: rules.min_score,
        blocklist_entries: blocklist_len(),
        self_service_interval_days: state.security.self_service_interval_days,
        pin_min_length: PIN_MIN_LEN,
        pin_max_length: PIN_MAX_LEN,
        answer_min_length: ANSWER_MIN_CHARS,
    })
}

/// The document as served: generated once, from the declarations the router is built from.
pub fn openapi_bytes() -> &'static [u8] {
    static DOCUMENT: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(|| {
        serde_json::to_vec_pretty(&account_api::openapi::document()).unwrap_or_default()
    })
}

pub async fn openapi(_device: DeviceAuth) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        openapi_bytes(),
    )
}

impl From<crate::domain::terminals::ReportError> for ApiError {
    fn from(e: crate::domain::terminals::ReportError) -> Self {
        use crate::domain::terminals::ReportError;
        match e {
            ReportError::Invalid => ApiError::invalid(&e.to_string()),
            ReportError::Internal(e) => ApiError::Internal(e),
        }
    }
}

#[cfg(test)]
mod tests {
    /// The committed copy is what a district builds its own backend against; it must be the
    /// document the service serves. `UPDATE_OPENAPI=1 cargo test` writes it again.
    #[test]
    fn the_committed_document_is_the_served_one() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json");
        let served = super::openapi_bytes();
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(path, served).unwrap();
        }
        let committed = std::fs::read(path).unwrap_or_default();
        assert!(
            committed == served,
            "crates/account-service/openapi.json differs from the served document; run UPDATE_OPENAPI=1 cargo test -p account-service --lib"
        );
    }
}
