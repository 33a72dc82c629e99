use account_api::wire::{
    ChildPasswordRequest, NycsaEndRequest, NycsaSessionRequest, NycsaSessionResponse,
    ResetLinkAccepted, ResetLinkRequest, IDEMPOTENCY_KEY_HEADER,
};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::nycsa::{self, LinkKind};
use crate::error::ApiError;
use crate::extract::{ApiJson, StudentRef};
use crate::state::AppState;

pub async fn session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<NycsaSessionRequest>,
) -> Result<Json<NycsaSessionResponse>, ApiError> {
    nycsa::session(&state, &device, req).await.map(Json)
}

pub async fn end_session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<NycsaEndRequest>,
) -> Result<StatusCode, ApiError> {
    nycsa::end(&state, &device, req)
        .await
        .map(|()| StatusCode::NO_CONTENT)
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
