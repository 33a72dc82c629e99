use account_api::problem::RejectReason;
use account_api::{ErrorCode, Problem};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// An error a handler returns: a problem document for the client, or an internal failure
/// that is logged (without request data) and answered with a generic 500.
#[derive(Debug)]
pub enum ApiError {
    Problem(Box<Problem>),
    Internal(anyhow::Error),
}

impl ApiError {
    pub fn code(code: ErrorCode) -> Self {
        ApiError::Problem(Box::new(Problem::new(code)))
    }

    pub fn with(problem: Problem) -> Self {
        ApiError::Problem(Box::new(problem))
    }

    /// A request the schema let through and the service still cannot take.
    pub fn invalid(detail: &str) -> Self {
        ApiError::with(Problem::new(ErrorCode::InvalidRequest).with_detail(detail))
    }

    pub fn rejected(code: ErrorCode, reasons: Vec<RejectReason>) -> Self {
        let mut p = Problem::new(code);
        p.reasons = Some(reasons);
        ApiError::with(p)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Internal(e.into())
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        ApiError::Internal(e)
    }
}

pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            ApiError::Problem(p) => problem_response(&p),
            ApiError::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                problem_response(&Problem::new(ErrorCode::Internal))
            }
        }
    }
}
