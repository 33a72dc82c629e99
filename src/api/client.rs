use account_api::wire::{
    AuditList, CheckRequest, IdentityCheckRequest, IdentityCheckResponse, StaffPasswordRequest,
    StaffPasswordResponse, StaffSessionRequest, StaffSessionResponse, StudentMatches,
    StudentStatus, TerminalReport, TicketRequest, TicketResponse, STAFF_SESSION_HEADER,
    TERMINAL_REPORT_PATH,
};
use account_api::wire::{
    ChildPasswordRequest, EnrollSessionRequest, EnrollSessionResponse, Health, NycsaEndRequest,
    NycsaSessionRequest, NycsaSessionResponse, PasswordPolicyInfo, ResetLinkAccepted,
    ResetLinkRequest, ResetRequest, ResetResponse, SetPasswordRequest, SetPinRequest,
    SetQuestionsRequest, StartRequest, StartResponse, VerifyRequest, VerifyResponse,
    IDEMPOTENCY_KEY_HEADER,
};
use account_api::{Problem, SecretString};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::sync::Arc;
use std::time::Duration;

use zeroize::Zeroizing;

use super::body::{secret_header, secret_json};

/// Largest response the kiosk reads; a bigger one is treated as garbage.
const MAX_RESPONSE_BYTES: usize = 64 * 1024;

#[derive(Debug)]
pub enum ApiError {
    /// The service could not be reached.
    Offline,
    /// The service did not answer in time.
    Timeout,
    /// The service answered with a problem document.
    Problem(Box<Problem>),
    /// The service answered something that is not the API.
    BadResponse,
    /// The service's TLS certificate was refused: the kiosk treats it as offline, and says
    /// why in its log and in `kiosk check-config`.
    Untrusted(TlsProblem),
}

/// Why a service's certificate was refused, in words IT staff can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsProblem {
    UnknownIssuer,
    Expired,
    WrongName,
    Other,
}

impl TlsProblem {
    pub fn describe(self) -> &'static str {
        match self {
            TlsProblem::UnknownIssuer => {
                "the service's certificate is not signed by a trusted CA (see backend.ca_bundle)"
            }
            TlsProblem::Expired => "the service's certificate has expired or is not valid yet",
            TlsProblem::WrongName => {
                "the service's certificate is for another host name than backend.url"
            }
            TlsProblem::Other => "the TLS connection to the service failed",
        }
    }

    /// Looks through an error's causes for the rustls verdict on the certificate.
    fn of(error: &(dyn std::error::Error + 'static)) -> Option<TlsProblem> {
        use rustls::CertificateError as C;
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(e) = cause {
            let tls = e.downcast_ref::<rustls::Error>();
            if let Some(tls) = tls {
                return Some(match tls {
                    rustls::Error::InvalidCertificate(C::UnknownIssuer) => {
                        TlsProblem::UnknownIssuer
                    }
                    rustls::Error::InvalidCertificate(
                        C::Expired | C::NotValidYet | C::ExpiredContext { .. },
                    ) => TlsProblem::Expired,
                    rustls::Error::InvalidCertificate(
                        C::NotValidForName | C::NotValidForNameContext { .. },
                    ) => TlsProblem::WrongName,
                    _ => TlsProblem::Other,
                });
            }
            // An io::Error's `source()` skips the error it wraps, so step into that one.
            cause = match e
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
            {
                Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
                None => e.source(),
            };
        }
        None
    }
}

impl ApiError {
    pub fn is_transport(&self) -> bool {
        matches!(
            self,
            ApiError::Offline | ApiError::Timeout | ApiError::Untrusted(_)
        )
    }

    /// The same request may be sent again as it was: the service was not reached, or the
    /// district's directory did not answer and nothing was changed.
    pub fn is_retryable(&self) -> bool {
        self.is_transport()
            || matches!(self, ApiError::Problem(p) if p.code == account_api::ErrorCode::DirectoryUnavailable)
    }
}

#[derive(Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base: Arc<str>,
    token: Arc<SecretString>,
    /// Sent as `Accept-Language`: the visitor's language, for the emails the service queues.
    language: &'static str,
}

impl std::fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl ApiClient {
    pub fn new(
        base: &str,
        token: SecretString,
        timeout: Duration,
        ca_bundle: Option<&[u8]>,
    ) -> anyhow::Result<Self> {
        let mut builder = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("welcome-kiosk/", env!("CARGO_PKG_VERSION")));
        // A CA bundle replaces the system roots: a Welcome Center's private CA, nothing else.
        if let Some(pem) = ca_bundle {
            let certs = reqwest::Certificate::from_pem_bundle(pem)?;
            anyhow::ensure!(!certs.is_empty(), "the CA bundle holds no PEM certificate");
            builder = builder.tls_built_in_root_certs(false);
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        Ok(ApiClient {
            http: builder.build()?,
            base: Arc::from(base.trim_end_matches('/')),
            token: Arc::new(token),
            language: "en",
        })
    }

    /// The same client, speaking for a visitor in `language` (a kiosk language code).
    pub fn with_language(&self, language: &'static str) -> ApiClient {
        ApiClient {
            language,
            ..self.clone()
        }
    }

    pub fn base_url(&self) -> &str {
        &self.base
    }

    async fn call<Req: Serialize, Resp: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&Req>,
        idempotency_key: Option<&str>,
    ) -> Result<Resp, ApiError> {
        self.call_as(method, path, body, idempotency_key, None)
            .await
    }

    async fn call_as<Req: Serialize, Resp: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&Req>,
        idempotency_key: Option<&str>,
        staff_session: Option<&SecretString>,
    ) -> Result<Resp, ApiError> {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .header(
                AUTHORIZATION,
                secret_header(&["Bearer ", self.token.expose()]).ok_or(ApiError::BadResponse)?,
            );
        if let Some(body) = body {
            let bytes = secret_json(body).map_err(|_| ApiError::BadResponse)?;
            request = request.header(CONTENT_TYPE, "application/json").body(bytes);
        }
        request = request.header(reqwest::header::ACCEPT_LANGUAGE, self.language);
        if let Some(key) = idempotency_key {
            request = request.header(IDEMPOTENCY_KEY_HEADER, key);
        }
        if let Some(session) = staff_session {
            let value = secret_header(&[session.expose()]).ok_or(ApiError::BadResponse)?;
            request = request.header(STAFF_SESSION_HEADER, value);
        }
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status();
        let bytes = read_limited(response).await?;
        if status == StatusCode::NO_CONTENT {
            // `()` is the only answer type that decodes from nothing.
            serde_json::from_slice(b"null").map_err(|_| ApiError::BadResponse)
        } else if status.is_success() {
            serde_json::from_slice(&bytes).map_err(|_| ApiError::BadResponse)
        } else {
            match serde_json::from_slice::<Problem>(&bytes) {
                Ok(problem) => Err(ApiError::Problem(Box::new(problem))),
                Err(_)
                    if status == StatusCode::REQUEST_TIMEOUT
                        || status == StatusCode::GATEWAY_TIMEOUT =>
                {
                    Err(ApiError::Timeout)
                }
                Err(_) if status.is_server_error() => Err(ApiError::Offline),
                Err(_) => Err(ApiError::BadResponse),
            }
        }
    }

    /// The health check that carries this terminal's report.
    pub async fn report(&self, report: &TerminalReport) -> Result<Health, ApiError> {
        self.call(Method::POST, TERMINAL_REPORT_PATH, Some(report), None)
            .await
    }

    pub async fn health(&self) -> Result<Health, ApiError> {
        self.call::<(), _>(Method::GET, "/v1/health", None, None)
            .await
    }

    pub async fn password_policy(&self) -> Result<PasswordPolicyInfo, ApiError> {
        self.call::<(), _>(Method::GET, "/v1/password-policy", None, None)
            .await
    }

    pub async fn start(&self, req: &StartRequest) -> Result<StartResponse, ApiError> {
        self.call(Method::POST, "/v1/self-service/start", Some(req), None)
            .await
    }

    pub async fn verify(&self, req: &VerifyRequest) -> Result<VerifyResponse, ApiError> {
        self.call(Method::POST, "/v1/self-service/verify", Some(req), None)
            .await
    }

    pub async fn enroll_session(
        &self,
        req: &EnrollSessionRequest,
    ) -> Result<EnrollSessionResponse, ApiError> {
        self.call(Method::POST, "/v1/enrollment/session", Some(req), None)
            .await
    }

    pub async fn set_pin(&self, req: &SetPinRequest) -> Result<(), ApiError> {
        self.call(Method::PUT, "/v1/enrollment/pin", Some(req), None)
            .await
    }

    pub async fn set_questions(&self, req: &SetQuestionsRequest) -> Result<(), ApiError> {
        self.call(Method::PUT, "/v1/enrollment/questions", Some(req), None)
            .await
    }

    pub async fn set_password(&self, req: &SetPasswordRequest) -> Result<(), ApiError> {
        self.call(Method::PUT, "/v1/enrollment/password", Some(req), None)
            .await
    }

    pub async fn nycsa_session(
        &self,
        req: &NycsaSessionRequest,
    ) -> Result<NycsaSessionResponse, ApiError> {
        self.call(Method::POST, "/v1/nycsa/session", Some(req), None)
            .await
    }

    pub async fn nycsa_end(&self, req: &NycsaEndRequest) -> Result<(), ApiError> {
        self.call(Method::DELETE, "/v1/nycsa/session", Some(req), None)
            .await
    }

    pub async fn staff_end(&self, session: &SecretString) -> Result<(), ApiError> {
        self.call_as::<(), ()>(
            Method::DELETE,
            "/v1/staff/session",
            None,
            None,
            Some(session),
        )
        .await
    }

    /// A parent resets a child's password; retried with the same key like [`Self::reset`].
    pub async fn child_password(
        &self,
        student_ref: &str,
        req: &ChildPasswordRequest,
        idempotency_key: &str,
    ) -> Result<ResetResponse, ApiError> {
        // Refs come from the service, but never let one change the path.
        let safe: String = student_ref
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        let path = format!("/v1/nycsa/children/{safe}/password");
        let mut attempt = 0;
        loop {
            match self
                .call(Method::POST, &path, Some(req), Some(idempotency_key))
                .await
            {
                Err(e) if e.is_transport() && attempt < 2 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
                }
                other => return other,
            }
        }
    }

    pub async fn reset_link(
        &self,
        myschools: bool,
        req: &ResetLinkRequest,
    ) -> Result<ResetLinkAccepted, ApiError> {
        let path = if myschools {
            "/v1/myschools/password-reset-requests"
        } else {
            "/v1/nycsa/password-reset-requests"
        };
        self.call(Method::POST, path, Some(req), None).await
    }

    pub async fn ticket(&self, req: &TicketRequest) -> Result<TicketResponse, ApiError> {
        self.call(Method::POST, "/v1/tickets", Some(req), None)
            .await
    }

    pub async fn staff_session(
        &self,
        req: &StaffSessionRequest,
    ) -> Result<StaffSessionResponse, ApiError> {
        self.call(Method::POST, "/v1/staff/session", Some(req), None)
            .await
    }

    pub async fn staff_search(
        &self,
        session: &SecretString,
        q: &str,
    ) -> Result<StudentMatches, ApiError> {
        let path = format!("/v1/staff/students?q={}", percent_encode(q));
        self.call_as::<(), _>(Method::GET, &path, None, None, Some(session))
            .await
    }

    pub async fn staff_status(
        &self,
        session: &SecretString,
        student_ref: &str,
    ) -> Result<StudentStatus, ApiError> {
        let path = format!("/v1/staff/students/{}", percent_encode(student_ref));
        self.call_as::<(), _>(Method::GET, &path, None, None, Some(session))
            .await
    }

    pub async fn staff_audit(
        &self,
        session: &SecretString,
        student_ref: &str,
    ) -> Result<AuditList, ApiError> {
        let path = format!("/v1/staff/audit?student={}", percent_encode(student_ref));
        self.call_as::<(), _>(Method::GET, &path, None, None, Some(session))
            .await
    }

    pub async fn identity_check(
        &self,
        session: &SecretString,
        student_ref: &str,
        req: &IdentityCheckRequest,
    ) -> Result<IdentityCheckResponse, ApiError> {
        let path = format!(
            "/v1/staff/students/{}/identity-checks",
            percent_encode(student_ref)
        );
        self.call_as(Method::POST, &path, Some(req), None, Some(session))
            .await
    }

    pub async fn staff_password(
        &self,
        session: &SecretString,
        student_ref: &str,
        req: &StaffPasswordRequest,
    ) -> Result<StaffPasswordResponse, ApiError> {
        let path = format!(
            "/v1/staff/students/{}/password",
            percent_encode(student_ref)
        );
        self.staff_once(Method::POST, &path, req, session).await
    }

    /// A staff action sent with one idempotency key and retried with it when the answer is
    /// lost, so a double submission or a retry applies it once.
    async fn staff_once<Req: Serialize, Resp: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        req: &Req,
        session: &SecretString,
    ) -> Result<Resp, ApiError> {
        let key = uuid::Uuid::new_v4().to_string();
        let mut attempt = 0;
        loop {
            match self
                .call_as(method.clone(), path, Some(req), Some(&key), Some(session))
                .await
            {
                Err(e) if e.is_transport() && attempt < 2 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
                }
                other => return other,
            }
        }
    }

    /// `resume-self-service` (POST), `pin` or `questions` (DELETE).
    pub async fn staff_simple(
        &self,
        session: &SecretString,
        student_ref: &str,
        what: &str,
        req: &CheckRequest,
    ) -> Result<(), ApiError> {
        let method = if what == "resume-self-service" {
            Method::POST
        } else {
            Method::DELETE
        };
        let path = format!("/v1/staff/students/{}/{what}", percent_encode(student_ref));
        self.staff_once(method, &path, req, session).await
    }

    /// Resets the password. A lost answer is retried with the same idempotency key, so the
    /// change applies once however many times it is sent.
    pub async fn reset(
        &self,
        req: &ResetRequest,
        idempotency_key: &str,
    ) -> Result<ResetResponse, ApiError> {
        let mut attempt = 0;
        loop {
            match self
                .call(
                    Method::POST,
                    "/v1/self-service/reset",
                    Some(req),
                    Some(idempotency_key),
                )
                .await
            {
                Err(e) if e.is_transport() && attempt < 2 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
                }
                other => return other,
            }
        }
    }
}

fn transport_error(e: reqwest::Error) -> ApiError {
    if e.is_timeout() {
        ApiError::Timeout
    } else if let Some(problem) = TlsProblem::of(&e) {
        tracing::warn!("cannot reach the account service: {}", problem.describe());
        ApiError::Untrusted(problem)
    } else {
        ApiError::Offline
    }
}

/// Reads the body into a buffer sized up front and wiped on drop: answers carry tokens.
async fn read_limited(mut response: reqwest::Response) -> Result<Zeroizing<Vec<u8>>, ApiError> {
    let expected = response.content_length().unwrap_or(0) as usize;
    let mut out = Zeroizing::new(Vec::with_capacity(expected.clamp(4096, MAX_RESPONSE_BYTES)));
    while let Some(chunk) = response.chunk().await.map_err(transport_error)? {
        if out.len() + chunk.len() > MAX_RESPONSE_BYTES {
            wipe_chunk(chunk);
            return Err(ApiError::BadResponse);
        }
        if out.len() + chunk.len() > out.capacity() {
            // Grow by hand: `Vec` growth would free the old buffer without wiping it.
            let mut bigger = Zeroizing::new(Vec::with_capacity(
                (out.len() + chunk.len()).max(out.capacity() * 2),
            ));
            bigger.extend_from_slice(&out);
            out = bigger;
        }
        out.extend_from_slice(&chunk);
        wipe_chunk(chunk);
    }
    Ok(out)
}

/// The chunk is a view into the HTTP stack's read buffer. When ours is the last view, wipe it
/// before that buffer is freed: answers carry tokens.
fn wipe_chunk(chunk: bytes::Bytes) {
    if let Ok(mut owned) = chunk.try_into_mut() {
        use zeroize::Zeroize;
        owned.as_mut().zeroize();
    }
}

fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
