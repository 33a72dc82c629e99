mod enrollment;
pub(crate) mod meta;
mod nycsa;
mod self_service;
mod staff;
mod tickets;

use account_api::{ErrorCode, Problem};
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::Router;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::problem_response;
use crate::state::AppState;

pub fn router(state: AppState, body_limit: usize, timeout: Duration) -> Router {
    Router::new()
        .route("/metrics", get(crate::metrics::endpoint))
        .route("/v1/health", get(meta::health))
        .route(
            account_api::wire::TERMINAL_REPORT_PATH,
            post(meta::terminal_report),
        )
        .route("/v1/password-policy", get(meta::password_policy))
        .route("/v1/openapi.json", get(meta::openapi))
        .route("/v1/self-service/start", post(self_service::start))
        .route("/v1/self-service/verify", post(self_service::verify))
        .route("/v1/self-service/reset", post(self_service::reset))
        .route(
            "/v1/nycsa/session",
            post(nycsa::session).delete(nycsa::end_session),
        )
        .route(
            "/v1/nycsa/children/{student_ref}/password",
            post(nycsa::child_password),
        )
        .route("/v1/nycsa/password-reset-requests", post(nycsa::nycsa_link))
        .route(
            "/v1/myschools/password-reset-requests",
            post(nycsa::myschools_link),
        )
        .route("/v1/tickets", post(tickets::open))
        .route(
            "/v1/staff/session",
            post(staff::sign_in).delete(staff::sign_out),
        )
        .route("/v1/staff/students", get(staff::search))
        .route("/v1/staff/students/{student_ref}", get(staff::status))
        .route(
            "/v1/staff/students/{student_ref}/identity-checks",
            post(staff::identity_check),
        )
        .route(
            "/v1/staff/students/{student_ref}/password",
            post(staff::password),
        )
        .route(
            "/v1/staff/students/{student_ref}/resume-self-service",
            post(staff::resume),
        )
        .route(
            "/v1/staff/students/{student_ref}/pin",
            delete(staff::clear_pin),
        )
        .route(
            "/v1/staff/students/{student_ref}/questions",
            delete(staff::clear_questions),
        )
        .route("/v1/staff/audit", get(staff::audit))
        .route("/v1/enrollment/session", post(enrollment::session))
        .route("/v1/enrollment/pin", put(enrollment::pin))
        .route("/v1/enrollment/questions", put(enrollment::questions))
        .route("/v1/enrollment/password", put(enrollment::password))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(axum::middleware::from_fn(crate::language::scope))
        .layer(axum::middleware::from_fn(crate::metrics::track))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(CatchPanicLayer::custom(|_| {
            problem_response(&Problem::new(ErrorCode::Internal))
        }))
        // Answers carry flow, reset and session tokens and temporary passwords: no cache
        // between here and the terminal may keep one.
        .layer(SetResponseHeaderLayer::overriding(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}

async fn not_found() -> Response {
    problem_response(&Problem::new(ErrorCode::NotFound))
}

async fn method_not_allowed() -> Response {
    let mut p = Problem::new(ErrorCode::InvalidRequest).with_detail("method not allowed");
    p.status = 405;
    problem_response(&p).into_response()
}
