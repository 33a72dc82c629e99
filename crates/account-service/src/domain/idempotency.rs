//! Changes a terminal may send again (a lost answer, a retry): the first answer is stored
//! under the request's idempotency key and is the answer to every repeat.

use crate::state::AppState;
use crate::store::StoredResponse;

const MAX_IDEMPOTENCY_KEY: usize = 128;

#[derive(Debug, thiserror::Error)]
pub enum IdempotencyError {
    #[error("an Idempotency-Key header (1-128 visible ASCII characters) is required")]
    MissingKey,
    #[error("the idempotency key was used for another request")]
    Conflict,
}

pub fn valid_key(key: Option<&str>) -> Result<&str, IdempotencyError> {
    key.filter(|k| {
        !k.is_empty() && k.len() <= MAX_IDEMPOTENCY_KEY && k.bytes().all(|b| b.is_ascii_graphic())
    })
    .ok_or(IdempotencyError::MissingKey)
}

/// Replays a stored answer for a repeated idempotency key, or refuses a key reused for
/// another request.
pub fn replay(
    stored: StoredResponse,
    fingerprint: &str,
) -> Result<StoredResponse, IdempotencyError> {
    if stored.fingerprint == fingerprint {
        Ok(stored)
    } else {
        Err(IdempotencyError::Conflict)
    }
}

/// A duplicate can arrive while its original is being applied (on this instance or another):
/// its own checks then fail (token used, password now current). Once the original has stored
/// its answer under the key, that answer is the duplicate's answer too.
pub async fn settle_duplicate<E>(
    state: &AppState,
    device_id: &str,
    key: &str,
    fingerprint: &str,
    outcome: Result<StoredResponse, E>,
) -> Result<StoredResponse, E>
where
    E: From<IdempotencyError> + From<sqlx::Error>,
{
    match outcome {
        Ok(answer) => Ok(answer),
        Err(error) => match state.store.idempotent_response(device_id, key).await? {
            Some(stored) => Ok(replay(stored, fingerprint)?),
            None => Err(error),
        },
    }
}
