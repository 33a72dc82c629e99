use account_api::wire::{Handoff, HandoffCreated, HandoffList, HandoffRequest, VisitRequest};
use account_api::ErrorCode;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::staff::StaffAuth;
use crate::auth::DeviceAuth;
use crate::domain::handoffs::{self, HandoffError};
use crate::error::ApiError;
use crate::extract::{ApiJson, RequestBody};
use crate::state::AppState;

impl RequestBody for HandoffRequest {}
impl RequestBody for VisitRequest {}

pub async fn create(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<HandoffRequest>,
) -> Result<(StatusCode, Json<HandoffCreated>), ApiError> {
    let created = handoffs::create(&state, &device, req).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

pub async fn list(
    State(state): State<AppState>,
    StaffAuth(_device, member): StaffAuth,
) -> Result<Json<HandoffList>, ApiError> {
    Ok(Json(handoffs::list(&state, &member).await?))
}

pub async fn claim(
    State(state): State<AppState>,
    StaffAuth(device, member): StaffAuth,
    Path(handoff): Path<String>,
) -> Result<Json<Handoff>, ApiError> {
    Ok(Json(
        handoffs::claim(&state, &device, &member, &handoff).await?,
    ))
}

pub async fn visit(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<VisitRequest>,
) -> Result<StatusCode, ApiError> {
    handoffs::visit_ended(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}

impl From<HandoffError> for ApiError {
    fn from(e: HandoffError) -> Self {
        ApiError::code(match e {
            HandoffError::KioskOnly => ErrorCode::Forbidden,
            HandoffError::TooMany => ErrorCode::RateLimited,
            HandoffError::ProofExpired => ErrorCode::FlowExpired,
            HandoffError::NotFound => ErrorCode::NotFound,
            HandoffError::Taken => ErrorCode::HandoffTaken,
            HandoffError::Internal(e) => return ApiError::Internal(e),
        })
    }
}
