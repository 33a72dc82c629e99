use account_api::problem::RejectReason;
use account_api::wire::{
    EnrollSessionRequest, EnrollSessionResponse, SetPasswordRequest, SetPinRequest,
    SetQuestionsRequest,
};
use account_api::ErrorCode;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::enrollment::{self, EnrollmentError};
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub async fn session(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<EnrollSessionRequest>,
) -> Result<Json<EnrollSessionResponse>, ApiError> {
    Ok(Json(enrollment::session(&state, &device, req).await?))
}

pub async fn pin(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetPinRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_pin(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn questions(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetQuestionsRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_questions(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn password(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<SetPasswordRequest>,
) -> Result<StatusCode, ApiError> {
    enrollment::set_password(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

impl From<EnrollmentError> for ApiError {
    fn from(e: EnrollmentError) -> Self {
        match e {
            EnrollmentError::Token(e) => e.into(),
            EnrollmentError::PasswordChangeRequired => {
                ApiError::code(ErrorCode::PasswordChangeRequired)
            }
            EnrollmentError::PinRejected(reasons) => ApiError::rejected(
                ErrorCode::PinRejected,
                reasons.into_iter().map(RejectReason::Pin).collect(),
            ),
            EnrollmentError::QuestionsRejected(reasons) => ApiError::rejected(
                ErrorCode::QuestionsRejected,
                reasons.into_iter().map(RejectReason::Question).collect(),
            ),
            EnrollmentError::Paused(pause) => pause.into(),
            EnrollmentError::RateLimited(refusal) => refusal.into(),
            EnrollmentError::SignInFailed => ApiError::code(ErrorCode::SignInFailed),
            EnrollmentError::Password(e) => e.into(),
            EnrollmentError::Directory(e) => e.into(),
            EnrollmentError::Internal(e) => ApiError::Internal(e),
        }
    }
}
