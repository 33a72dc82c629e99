use account_api::problem::RejectReason;
use account_api::wire::{TicketRequest, TicketResponse};
use account_api::{ErrorCode, Problem};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::tickets::{self, TicketError};
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

impl From<TicketError> for ApiError {
    fn from(e: TicketError) -> Self {
        let detail = e.to_string();
        match e {
            TicketError::Invalid(fields) => {
                let mut p = Problem::new(ErrorCode::InvalidRequest).with_detail(detail);
                p.reasons = Some(fields.into_iter().map(RejectReason::Ticket).collect());
                ApiError::with(p)
            }
            TicketError::TooMany => ApiError::code(ErrorCode::RateLimited),
            TicketError::Internal(e) => ApiError::Internal(e),
        }
    }
}
