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
    crate::domain::terminals::report(&state, &device, report)
        .await
        .map(Json)
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

const OPENAPI: &str = include_str!("../../openapi.json");

pub async fn openapi(_device: DeviceAuth) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
