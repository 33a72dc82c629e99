use account_api::policy::{blocklist_len, ANSWER_MIN_CHARS, PIN_MAX_LEN, PIN_MIN_LEN};
use account_api::wire::{Health, PasswordPolicyInfo};
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::state::AppState;

pub async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
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
