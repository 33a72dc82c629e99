use account_api::wire::{TicketRequest, TicketResponse};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::tickets;
use crate::error::ApiError;
use crate::extract::ApiJson;
use crate::state::AppState;

pub async fn open(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<TicketRequest>,
) -> Result<(StatusCode, Json<TicketResponse>), ApiError> {
    let ticket = tickets::open(&state, &device, req).await?;
    Ok((StatusCode::CREATED, Json(ticket)))
}
