//! Support tickets (the FAQ's "Open a Support Ticket through Support Hub").

use account_api::problem::RejectReason;
use account_api::wire::{check_ticket, TicketRequest, TicketResponse};
use account_api::{ErrorCode, Problem};

use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{Device, NewTicket};

/// Tickets one terminal may open per hour.
const TICKETS_PER_DEVICE_PER_HOUR: u32 = 10;

pub async fn open(
    state: &AppState,
    device: &Device,
    req: TicketRequest,
) -> Result<TicketResponse, ApiError> {
    let bad = check_ticket(&req);
    if !bad.is_empty() {
        let mut p =
            Problem::new(ErrorCode::InvalidRequest).with_detail("some fields are not valid");
        p.reasons = Some(bad.into_iter().map(RejectReason::Ticket).collect());
        return Err(ApiError::with(p));
    }
    let now = state.clock.now();
    let count = state
        .store
        .rate_event(&format!("ticket-device:{}", device.id), now, 3600)
        .await?;
    if count > TICKETS_PER_DEVICE_PER_HOUR {
        return Err(ApiError::code(ErrorCode::RateLimited));
    }
    let year = time::OffsetDateTime::from_unix_timestamp(now)
        .map(|t| t.year())
        .unwrap_or(2026);
    let ticket = state
        .store
        .insert_ticket(&NewTicket {
            now,
            year,
            device,
            request: &req,
        })
        .await?;
    tracing::info!(%ticket, device = %device.id, topic = %req.topic, "support ticket opened");
    Ok(TicketResponse { ticket })
}
