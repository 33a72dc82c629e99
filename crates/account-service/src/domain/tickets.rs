//! Support tickets (the FAQ's "Open a Support Ticket through Support Hub").

use account_api::wire::{check_ticket, TicketField, TicketRequest, TicketResponse};

use crate::state::AppState;
use crate::store::{Device, NewTicket};

/// Tickets one terminal may open per hour.
const TICKETS_PER_DEVICE_PER_HOUR: u32 = 10;

#[derive(Debug, thiserror::Error)]
pub enum TicketError {
    #[error("some fields are not valid")]
    Invalid(Vec<TicketField>),
    #[error("too many tickets from this terminal")]
    TooMany,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(TicketError);

pub async fn open(
    state: &AppState,
    device: &Device,
    req: TicketRequest,
) -> Result<TicketResponse, TicketError> {
    let bad = check_ticket(&req);
    if !bad.is_empty() {
        return Err(TicketError::Invalid(bad));
    }
    let now = state.clock.now();
    let count = state
        .store
        .rate_event(&format!("ticket-device:{}", device.id), now, 3600)
        .await?;
    if count > TICKETS_PER_DEVICE_PER_HOUR {
        return Err(TicketError::TooMany);
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
