use account_api::ErrorCode;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

use crate::error::ApiError;
use crate::state::AppState;
use crate::store::Device;
use crate::tokens::digest;

/// The registered terminal making the request, from its `Authorization: Bearer` token.
pub struct DeviceAuth(pub Device);

/// Longer than any token we issue; anything longer is refused before hashing.
const MAX_TOKEN_LEN: usize = 256;

impl FromRequestParts<AppState> for DeviceAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= MAX_TOKEN_LEN)
            .ok_or_else(|| ApiError::code(ErrorCode::Unauthorized))?;
        let hash = digest(token);
        // Only reads that carry nothing about a person may be answered from the cache; any
        // other request reads the terminal again, so a revoked one is refused at once.
        let cacheable =
            parts.method == axum::http::Method::GET && !parts.uri.path().starts_with("/v1/staff/");
        if cacheable {
            if let Some(device) = state.devices.get(&hash) {
                return Ok(DeviceAuth(device));
            }
        }
        let device = state
            .store
            .device_by_token_hash(&hash)
            .await?
            .ok_or_else(|| ApiError::code(ErrorCode::Unauthorized))?;
        state.devices.put(hash, device.clone());
        Ok(DeviceAuth(device))
    }
}
