use account_api::problem::RejectReason;
use account_api::wire::*;
use account_api::ErrorCode;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use crate::error::ApiError;

/// A JSON body, validated against the schema the OpenAPI document publishes for it before it
/// is decoded, so that what the document allows and what the service takes are one thing.
/// A rejection is a problem document naming the field and the rule, never the value: what was
/// sent may be a secret.
pub struct ApiJson<T>(pub T);

/// A request body the service takes. One outside its schema is refused naming the field in
/// `detail`; a ticket also lists each refused field in `reasons`, which the kiosk shows beside
/// the field.
pub trait RequestBody: DeserializeOwned + JsonSchema + 'static {
    fn reasons(_value: &serde_json::Value) -> Vec<RejectReason> {
        Vec::new()
    }
}

macro_rules! request_bodies {
    ($($body:ty),* $(,)?) => { $(impl RequestBody for $body {})* };
}

request_bodies!(
    TerminalReport,
    StartRequest,
    VerifyRequest,
    ResetRequest,
    EnrollSessionRequest,
    SetPinRequest,
    SetQuestionsRequest,
    SetPasswordRequest,
    NycsaSessionRequest,
    NycsaEndRequest,
    ChildPasswordRequest,
    ResetLinkRequest,
    StaffSessionRequest,
    IdentityCheckRequest,
    StaffPasswordRequest,
    CheckRequest,
);

impl RequestBody for TicketRequest {
    fn reasons(value: &serde_json::Value) -> Vec<RejectReason> {
        serde_json::from_value::<TicketRequest>(value.clone())
            .map(|t| {
                check_ticket(&t)
                    .into_iter()
                    .map(RejectReason::Ticket)
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: RequestBody,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !json_content_type(req.headers()) {
            return Err(invalid("send Content-Type: application/json".into()));
        }
        let bytes = match Bytes::from_request(req, state).await {
            Ok(bytes) => bytes,
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ApiError::with(
                    account_api::Problem::new(ErrorCode::PayloadTooLarge)
                        .with_detail("the body is too large"),
                ))
            }
            Err(_) => return Err(invalid("the body could not be read".into())),
        };
        let mut value: serde_json::Value = serde_json::from_slice(&bytes)
            .map_err(|_| invalid("the body is not valid JSON".into()))?;
        let checked = check::<T>(&value).map_err(|e| with_reasons(e, T::reasons(&value)));
        let decoded = checked.and_then(|()| {
            integral_numbers(&mut value);
            T::deserialize(&value).map_err(|_| {
                invalid("the body does not have the fields this endpoint takes".into())
            })
        });
        // The value and the body held copies of any secret sent; they go before being freed.
        wipe(&mut value);
        if let Ok(mut owned) = bytes.try_into_mut() {
            use zeroize::Zeroize;
            owned.as_mut().zeroize();
        }
        decoded.map(ApiJson)
    }
}

/// JSON Schema counts `13.0` as the integer 13; so does the service.
fn integral_numbers(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::Number(n) if !n.is_i64() && !n.is_u64() => {
            if let Some(f) = n.as_f64().filter(|f| f.fract() == 0.0) {
                if f >= 0.0 && f <= u64::MAX as f64 {
                    *value = Value::from(f as u64);
                } else if f < 0.0 && f >= i64::MIN as f64 {
                    *value = Value::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_numbers),
        Value::Object(map) => map.values_mut().for_each(integral_numbers),
        _ => {}
    }
}

fn json_content_type(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mime = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

fn wipe(value: &mut serde_json::Value) {
    use zeroize::Zeroize;
    match value {
        serde_json::Value::String(s) => s.zeroize(),
        serde_json::Value::Array(items) => items.iter_mut().for_each(wipe),
        serde_json::Value::Object(map) => map.values_mut().for_each(wipe),
        _ => {}
    }
}

/// Checks a JSON value (a body, or a query as an object) against `T`'s published schema.
pub fn check<T: JsonSchema + 'static>(value: &serde_json::Value) -> Result<(), ApiError> {
    let validator = validator::<T>();
    let Some(error) = validator.iter_errors(value).next() else {
        return Ok(());
    };
    let field = error.instance_path().to_string();
    let schema_path = error.schema_path().to_string();
    let rule = schema_path.rsplit('/').next().unwrap_or("schema");
    let field = if field.is_empty() { "the body" } else { &field };
    Err(invalid(format!(
        "{field} does not meet `{rule}` (see /v1/openapi.json)"
    )))
}

fn validator<T: JsonSchema + 'static>() -> Arc<jsonschema::Validator> {
    type Cache = RwLock<HashMap<TypeId, Arc<jsonschema::Validator>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(v) = cache
        .read()
        .ok()
        .and_then(|c| c.get(&TypeId::of::<T>()).cloned())
    {
        return v;
    }
    let schema = account_api::openapi::request_schema::<T>();
    let built = Arc::new(
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the generated request schemas are valid JSON Schema"),
    );
    if let Ok(mut c) = cache.write() {
        c.insert(TypeId::of::<T>(), built.clone());
    }
    built
}

fn with_reasons(error: ApiError, reasons: Vec<RejectReason>) -> ApiError {
    match error {
        ApiError::Problem(mut p) if !reasons.is_empty() => {
            p.reasons = Some(reasons);
            ApiError::Problem(p)
        }
        other => other,
    }
}

fn invalid(detail: String) -> ApiError {
    ApiError::with(account_api::Problem::new(ErrorCode::InvalidRequest).with_detail(detail))
}

/// A query string, validated against `T`'s published schema like a body.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned + JsonSchema + 'static,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Query(pairs) = Query::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|_| invalid("the query string could not be read".into()))?;
        let value = serde_json::Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::String(v)))
                .collect(),
        );
        check::<T>(&value)?;
        serde_json::from_value(value).map(ApiQuery).map_err(|_| {
            invalid("the query does not have the parameters this endpoint takes".into())
        })
    }
}

/// A `{student_ref}` path parameter. One that cannot be a reference names no student: 404.
/// "Can be a reference" is the pattern the document publishes for the parameter.
pub struct StudentRef(pub String);

fn plausible_student_ref(value: &str) -> bool {
    static PATTERN: OnceLock<jsonschema::Validator> = OnceLock::new();
    PATTERN
        .get_or_init(|| {
            jsonschema::draft202012::new(&serde_json::json!({
                "type": "string",
                "pattern": STUDENT_REF_PATTERN,
            }))
            .expect("the published student reference pattern is a valid JSON Schema regex")
        })
        .is_valid(&serde_json::Value::from(value))
}

impl<S: Send + Sync> FromRequestParts<S> for StudentRef {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let not_found = || ApiError::code(ErrorCode::NotFound);
        let Path(value) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| not_found())?;
        if plausible_student_ref(&value) {
            Ok(StudentRef(value))
        } else {
            Err(not_found())
        }
    }
}
