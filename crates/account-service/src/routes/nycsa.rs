use account_api::wire::{
    ChildPasswordRequest, NycsaEndRequest, NycsaSessionRequest, NycsaSessionResponse,
    ResetLinkAccepted, ResetLinkRequest, IDEMPOTENCY_KEY_HEADER,
};
use account_api::ErrorCode;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::nycsa::{self, ChildResetError, LinkError, LinkKind};
use crate::error::ApiError;
use crate::extract::{ApiJson, StudentRef};
use crate::state::AppState;

pub async fn session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<NycsaSessionRequest>,
) -> Result<Json<NycsaSessionResponse>, ApiError> {
    Ok(Json(nycsa::session(&state, &device, req).await?))
}

pub async fn end_session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<NycsaEndRequest>,
) -> Result<StatusCode, ApiError> {
    nycsa::end(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn child_password(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    StudentRef(student_ref): StudentRef,
    headers: HeaderMap,
    ApiJson(req): ApiJson<ChildPasswordRequest>,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok());
    let stored = nycsa::child_password(&state, &device, &student_ref, key, req).await?;
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    Ok((
        status,
        [(header::CONTENT_TYPE, "application/json")],
        stored.body,
    )
        .into_response())
}

pub async fn nycsa_link(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<ResetLinkRequest>,
) -> Result<(StatusCode, Json<ResetLinkAccepted>), ApiError> {
    let body = nycsa::reset_link(&state, &device, LinkKind::Nycsa, req).await?;
    Ok((StatusCode::ACCEPTED, Json(body)))
}

pub async fn myschools_link(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<ResetLinkRequest>,
) -> Result<(StatusCode, Json<ResetLinkAccepted>), ApiError> {
    let body = nycsa::reset_link(&state, &device, LinkKind::MySchools, req).await?;
    Ok((StatusCode::ACCEPTED, Json(body)))
}

impl From<ChildResetError> for ApiError {
    fn from(e: ChildResetError) -> Self {
        match e {
            ChildResetError::Idempotency(e) => e.into(),
            ChildResetError::Token(e) => e.into(),
            ChildResetError::NotFound => ApiError::code(ErrorCode::NotFound),
            ChildResetError::Password(e) => e.into(),
            ChildResetError::Directory(e) => e.into(),
            ChildResetError::Duplicate => ApiError::code(ErrorCode::Internal),
            ChildResetError::Internal(e) => ApiError::Internal(e),
        }
    }
}

impl From<LinkError> for ApiError {
    fn from(e: LinkError) -> Self {
        match e {
            LinkError::InvalidEmail => ApiError::invalid(&e.to_string()),
            LinkError::TooMany => ApiError::code(ErrorCode::RateLimited),
            LinkError::Internal(e) => ApiError::Internal(e),
        }
    }
}
