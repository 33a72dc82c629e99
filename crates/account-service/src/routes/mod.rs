mod enrollment;
mod handoffs;
pub(crate) mod meta;
mod nycsa;
mod problems;
mod report;
mod self_service;
mod staff;
mod tickets;

use account_api::endpoints::{Endpoint, HttpMethod};
use account_api::{ErrorCode, Problem};
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
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
    use account_api::endpoints as ep;
    Router::new()
        .route("/metrics", get(crate::metrics::endpoint))
        .on::<ep::HealthCheck, _, _>(meta::health)
        .on::<ep::TerminalReportCall, _, _>(meta::terminal_report)
        .on::<ep::PasswordPolicy, _, _>(meta::password_policy)
        .on::<ep::OpenApi, _, _>(meta::openapi)
        .on::<ep::Start, _, _>(self_service::start)
        .on::<ep::Verify, _, _>(self_service::verify)
        .on::<ep::Reset, _, _>(self_service::reset)
        .on::<ep::NycsaSession, _, _>(nycsa::session)
        .on::<ep::NycsaEnd, _, _>(nycsa::end_session)
        .on::<ep::ChildPassword, _, _>(nycsa::child_password)
        .on::<ep::NycsaLink, _, _>(nycsa::nycsa_link)
        .on::<ep::MySchoolsLink, _, _>(nycsa::myschools_link)
        .on::<ep::Ticket, _, _>(tickets::open)
        .on::<ep::StaffSession, _, _>(staff::sign_in)
        .on::<ep::StaffEnd, _, _>(staff::sign_out)
        .on::<ep::StaffSearch, _, _>(staff::search)
        .on::<ep::StaffStatus, _, _>(staff::status)
        .on::<ep::IdentityCheck, _, _>(staff::identity_check)
        .on::<ep::StaffPassword, _, _>(staff::password)
        .on::<ep::StaffResume, _, _>(staff::resume)
        .on::<ep::StaffClearPin, _, _>(staff::clear_pin)
        .on::<ep::StaffClearQuestions, _, _>(staff::clear_questions)
        .on::<ep::StaffAudit, _, _>(staff::audit)
        .on::<ep::HandoffCreate, _, _>(handoffs::create)
        .on::<ep::VisitEnd, _, _>(handoffs::visit)
        .on::<ep::StaffHandoffs, _, _>(handoffs::list)
        .on::<ep::StaffClaimHandoff, _, _>(handoffs::claim)
        .on::<ep::StaffReport, _, _>(report::day)
        .on::<ep::EnrollSession, _, _>(enrollment::session)
        .on::<ep::SetPin, _, _>(enrollment::pin)
        .on::<ep::SetQuestions, _, _>(enrollment::questions)
        .on::<ep::SetPassword, _, _>(enrollment::password)
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

/// Routes an endpoint at the method and path its declaration gives.
trait RouteEndpoint {
    fn on<EP: Endpoint, H: Handler<T, AppState>, T: 'static>(self, handler: H) -> Self;
}

impl RouteEndpoint for Router<AppState> {
    fn on<EP: Endpoint, H: Handler<T, AppState>, T: 'static>(self, handler: H) -> Self {
        let method = match EP::METHOD {
            HttpMethod::Get => get(handler),
            HttpMethod::Post => post(handler),
            HttpMethod::Put => put(handler),
            HttpMethod::Delete => delete(handler),
        };
        self.route(EP::PATH, method)
    }
}

async fn not_found() -> Response {
    problem_response(&Problem::new(ErrorCode::NotFound))
}

async fn method_not_allowed() -> Response {
    let mut p = Problem::new(ErrorCode::InvalidRequest).with_detail("method not allowed");
    p.status = 405;
    problem_response(&p).into_response()
}
