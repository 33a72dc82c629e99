use account_api::wire::{Handoff, HandoffCreated, HandoffList, HandoffRequest, VisitRequest};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;

use super::staff::StaffAuth;
use crate::auth::DeviceAuth;
use crate::domain::handoffs;
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
    handoffs::list(&state, &member).await.map(Json)
}

pub async fn claim(
    State(state): State<AppState>,
    StaffAuth(device, member): StaffAuth,
    Path(handoff): Path<String>,
) -> Result<Json<Handoff>, ApiError> {
    handoffs::claim(&state, &device, &member, &handoff)
        .await
        .map(Json)
}

pub async fn visit(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<VisitRequest>,
) -> Result<StatusCode, ApiError> {
    handoffs::visit_ended(&state, &device, req).await?;
    Ok(StatusCode::NO_CONTENT)
}
