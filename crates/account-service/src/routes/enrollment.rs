use account_api::wire::{
    EnrollSessionRequest, EnrollSessionResponse, SetPasswordRequest, SetPinRequest,
    SetQuestionsRequest,
};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::enrollment;
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub async fn session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<EnrollSessionRequest>,
) -> Result<Json<EnrollSessionResponse>, ApiError> {
    enrollment::session(&state, &device, req).await.map(Json)
}

pub async fn pin(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetPinRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_pin(&state, &device, req)
        .await
        .map(|()| StatusCode::NO_CONTENT)
}

pub async fn questions(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetQuestionsRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_questions(&state, &device, req)
        .await
        .map(|()| StatusCode::NO_CONTENT)
}

pub async fn password(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_password(&state, &device, req)
        .await
        .map(|()| StatusCode::NO_CONTENT)
}
