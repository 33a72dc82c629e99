use account_api::wire::{
    AuditList, AuditQuery, CheckRequest, IdentityCheckRequest, IdentityCheckResponse,
    StaffPasswordRequest, StaffPasswordResponse, StaffSessionRequest, StaffSessionResponse,
    StudentMatches, StudentSearch, StudentStatus, IDEMPOTENCY_KEY_HEADER, STAFF_SESSION_HEADER,
};
use account_api::{ErrorCode, Problem};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;

use crate::auth::DeviceAuth;
use crate::domain::staff::{self, SessionError, StaffActionError};
use crate::error::ApiError;
use crate::extract::{ApiJson, ApiQuery, StudentRef};
use crate::state::AppState;
use crate::store::{Device, StaffChange, StaffRecord};

/// A counter terminal with a live staff session (`X-Staff-Session`).
pub struct StaffAuth(pub Device, pub StaffRecord);

impl FromRequestParts<AppState> for StaffAuth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let DeviceAuth(device) = DeviceAuth::from_request_parts(parts, state).await?;
        let session = parts
            .headers
            .get(STAFF_SESSION_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::trim);
        let staff = staff::staff_for_session(state, &device, session).await?;
        Ok(StaffAuth(device, staff))
    }
}

pub async fn sign_in(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    ApiJson(req): ApiJson<StaffSessionRequest>,
) -> Result<Json<StaffSessionResponse>, ApiError> {
    Ok(Json(staff::sign_in(&state, &device, req).await?))
}

pub async fn sign_out(
    State(state): State<AppState>,
    DeviceAuth(device): DeviceAuth,
    headers: axum::http::HeaderMap,
) -> Result<StatusCode, ApiError> {
    let session = headers
        .get(STAFF_SESSION_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    staff::sign_out(&state, &device, session).await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn search(
    State(state): State<AppState>,
    _auth: StaffAuth,
    ApiQuery(query): ApiQuery<StudentSearch>,
) -> Result<Json<StudentMatches>, ApiError> {
    Ok(Json(staff::search(&state, &query.q).await?))
}

pub async fn status(
    State(state): State<AppState>,
    _auth: StaffAuth,
    StudentRef(student_ref): StudentRef,
) -> Result<Json<StudentStatus>, ApiError> {
    Ok(Json(staff::status(&state, &student_ref).await?))
}

pub async fn identity_check(
    State(state): State<AppState>,
    StaffAuth(device, member): StaffAuth,
    StudentRef(student_ref): StudentRef,
    ApiJson(req): ApiJson<IdentityCheckRequest>,
) -> Result<(StatusCode, Json<IdentityCheckResponse>), ApiError> {
    let check = staff::identity_check(&state, &device, &member, &student_ref, req).await?;
    Ok((StatusCode::CREATED, Json(check)))
}

/// Staff actions change an account: each needs its key, so that a retry applies it once.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .and_then(|v| v.to_str().ok());
    Ok(crate::domain::idempotency::valid_key(key).map(Some)?)
}

pub async fn password(
    State(state): State<AppState>,
    StaffAuth(device, member): StaffAuth,
    StudentRef(student_ref): StudentRef,
    headers: HeaderMap,
    ApiJson(req): ApiJson<StaffPasswordRequest>,
) -> Result<Json<StaffPasswordResponse>, ApiError> {
    let key = idempotency_key(&headers)?;
    Ok(Json(
        staff::password(&state, &device, &member, &student_ref, key, req).await?,
    ))
}

async fn simple(
    state: AppState,
    auth: StaffAuth,
    student_ref: String,
    headers: HeaderMap,
    req: CheckRequest,
    change: StaffChange<'static>,
) -> Result<StatusCode, ApiError> {
    let StaffAuth(device, member) = auth;
    let key = idempotency_key(&headers)?;
    staff::simple_action(
        &state,
        &device,
        &member,
        &student_ref,
        key,
        &req.check,
        change,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

pub async fn resume(
    State(state): State<AppState>,
    auth: StaffAuth,
    StudentRef(r): StudentRef,
    headers: HeaderMap,
    ApiJson(req): ApiJson<CheckRequest>,
) -> Result<StatusCode, ApiError> {
    simple(state, auth, r, headers, req, StaffChange::ResumeSelfService).await
}

pub async fn clear_pin(
    State(state): State<AppState>,
    auth: StaffAuth,
    StudentRef(r): StudentRef,
    headers: HeaderMap,
    ApiJson(req): ApiJson<CheckRequest>,
) -> Result<StatusCode, ApiError> {
    simple(state, auth, r, headers, req, StaffChange::ClearPin).await
}

pub async fn clear_questions(
    State(state): State<AppState>,
    auth: StaffAuth,
    StudentRef(r): StudentRef,
    headers: HeaderMap,
    ApiJson(req): ApiJson<CheckRequest>,
) -> Result<StatusCode, ApiError> {
    simple(state, auth, r, headers, req, StaffChange::ClearQuestions).await
}

pub async fn audit(
    State(state): State<AppState>,
    _auth: StaffAuth,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<AuditList>, ApiError> {
    Ok(Json(staff::audit(&state, &q.student).await?))
}

impl From<SessionError> for ApiError {
    fn from(e: SessionError) -> Self {
        let code = match e {
            SessionError::NotCounter => ErrorCode::Forbidden,
            SessionError::NotLive | SessionError::Required => ErrorCode::Unauthorized,
            SessionError::Internal(e) => return ApiError::Internal(e),
        };
        ApiError::with(Problem::new(code).with_detail(e.to_string()))
    }
}

impl From<StaffActionError> for ApiError {
    fn from(e: StaffActionError) -> Self {
        match e {
            StaffActionError::Invalid(detail) => ApiError::invalid(detail),
            StaffActionError::NotFound => ApiError::code(ErrorCode::NotFound),
            StaffActionError::SupervisorRequired => ApiError::code(ErrorCode::SupervisorRequired),
            StaffActionError::GuardianNotLinked => ApiError::code(ErrorCode::GuardianNotLinked),
            StaffActionError::IdentityCheckRequired => {
                ApiError::code(ErrorCode::IdentityCheckRequired)
            }
            StaffActionError::Idempotency(e) => e.into(),
            StaffActionError::Password(e) => e.into(),
            StaffActionError::Directory(e) => e.into(),
            StaffActionError::Internal(e) => ApiError::Internal(e),
        }
    }
}
