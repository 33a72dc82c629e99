use account_api::ErrorCode;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON body whose rejection is a problem document. The detail never echoes the body:
/// serde messages can quote what was sent, and what was sent may be a secret.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => {
                let (code, detail) = match rejection {
                    JsonRejection::MissingJsonContentType(_) => (
                        ErrorCode::InvalidRequest,
                        "send Content-Type: application/json",
                    ),
                    JsonRejection::JsonSyntaxError(_) => {
                        (ErrorCode::InvalidRequest, "the body is not valid JSON")
                    }
                    JsonRejection::JsonDataError(_) => (
                        ErrorCode::InvalidRequest,
                        "the body does not have the fields this endpoint takes",
                    ),
                    JsonRejection::BytesRejection(_) => {
                        (ErrorCode::PayloadTooLarge, "the body is too large")
                    }
                    _ => (ErrorCode::InvalidRequest, "the body could not be read"),
                };
                Err(ApiError::with(
                    account_api::Problem::new(code).with_detail(detail),
                ))
            }
        }
    }
}
