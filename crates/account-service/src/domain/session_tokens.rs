//! The tokens the service hands a terminal for the next step of a visit (a flow, a reset
//! token, an enrollment or NYCSA session): each of one kind, for one device, used once.

use account_api::SecretString;

use crate::state::AppState;
use crate::store::{Device, StudentRecord, TokenRecord};
use crate::tokens::digest;

pub const FLOW_TOKEN: &str = "flow";
pub const RESET_TOKEN: &str = "reset";

/// Longest token looked at before any work is done on it.
const MAX_TOKEN_BYTES: usize = 256;

/// Why a token was not taken. Unknown, used, expired, another device's or another kind's
/// are one answer: the terminal only learns that the visitor must start again.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the token is unknown, used or expired")]
    Expired,
    #[error(transparent)]
    Store(#[from] sqlx::Error),
}

/// A token that is of the right kind, belongs to this device, is unused and unexpired.
pub async fn live_token(
    state: &AppState,
    device: &Device,
    token: &SecretString,
    kind: &str,
) -> Result<(String, TokenRecord), TokenError> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(TokenError::Expired);
    }
    let hash = digest(token.expose());
    let record = state.store.token(&hash).await?;
    match record {
        Some(t)
            if t.kind == kind
                && t.device_id == device.id
                && t.used_at.is_none()
                && t.expires_at > state.clock.now() =>
        {
            Ok((hash, t))
        }
        _ => Err(TokenError::Expired),
    }
}

/// The student a token was given for, while the account still exists.
pub async fn token_student(
    state: &AppState,
    token: &TokenRecord,
) -> Result<StudentRecord, TokenError> {
    state
        .store
        .student(&token.subject)
        .await?
        .ok_or(TokenError::Expired)
}
