use account_api::wire::{
    ResetRequest, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
    IDEMPOTENCY_KEY_HEADER,
};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::self_service;
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub async fn start(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<StartRequest>,
) -> Result<Json<StartResponse>, ApiError> {
    self_service::start(&state, &device, req).await.map(Json)
}

pub async fn verify(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<VerifyRequest>,
) -> Result<Json<VerifyResponse>, ApiError> {
    self_service::verify(&state, &device, req).await.map(Json)
}

pub async fn reset(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    headers: HeaderMap,
    ApiJson(req): ApiJson<ResetRequest>,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok());
    let stored = self_service::reset(&state, &device, key, req).await?;
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    Ok((
        status,
        [(header::CONTENT_TYPE, "application/json")],
        stored.body,
    )
        .into_response())
}
