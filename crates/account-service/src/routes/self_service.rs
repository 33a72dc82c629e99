use account_api::identifiers::format_wire_date;
use account_api::wire::{
    ResetRequest, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
    IDEMPOTENCY_KEY_HEADER,
};
use account_api::{ErrorCode, Problem};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::self_service::{self, ResetError, StartError, VerifyError};
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub async fn start(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<StartRequest>,
) -> Result<Json<StartResponse>, ApiError> {
    Ok(Json(self_service::start(&state, &device, req).await?))
}

pub async fn verify(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<VerifyRequest>,
) -> Result<Json<VerifyResponse>, ApiError> {
    Ok(Json(self_service::verify(&state, &device, req).await?))
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

impl From<StartError> for ApiError {
    fn from(e: StartError) -> Self {
        match e {
            StartError::InvalidBirthDate => ApiError::invalid(&e.to_string()),
            StartError::RateLimited(refusal) => refusal.into(),
            StartError::NotVerified => ApiError::code(ErrorCode::NotVerified),
            StartError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<VerifyError> for ApiError {
    fn from(e: VerifyError) -> Self {
        match e {
            VerifyError::Token(e) => e.into(),
            VerifyError::Malformed => ApiError::invalid(&e.to_string()),
            VerifyError::Paused(pause) => pause.into(),
            VerifyError::RateLimited(refusal) => refusal.into(),
            VerifyError::Failed { attempts_remaining } => {
                let mut p = Problem::new(ErrorCode::VerificationFailed);
                p.attempts_remaining = Some(attempts_remaining);
                ApiError::with(p)
            }
            VerifyError::TooSoon { next } => too_soon(next),
            VerifyError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<ResetError> for ApiError {
    fn from(e: ResetError) -> Self {
        match e {
            ResetError::Idempotency(e) => e.into(),
            ResetError::Token(e) => e.into(),
            ResetError::Paused(pause) => pause.into(),
            ResetError::Password(e) => e.into(),
            ResetError::TooSoon { next } => too_soon(next),
            ResetError::Directory(e) => e.into(),
            ResetError::Internal(e) => ApiError::Internal(e),
        }
    }
}

/// The 30-day rule, with the date from which a reset is allowed again.
fn too_soon(next: i64) -> ApiError {
    let mut p = Problem::new(ErrorCode::ResetTooSoon);
    p.next_allowed = time::OffsetDateTime::from_unix_timestamp(next)
        .ok()
        .map(|t| format_wire_date(t.date()));
    ApiError::with(p)
}
