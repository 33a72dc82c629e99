use account_api::endpoints::{is_nothing, path_with, percent_encode_into, Endpoint, HttpMethod};
use account_api::wire::{IDEMPOTENCY_KEY_HEADER, STAFF_SESSION_HEADER};
use account_api::{Problem, SecretString};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use std::sync::Arc;
use std::time::Duration;

use zeroize::Zeroizing;

use super::body::{secret_header, secret_json};

/// One call of an endpoint: the path's parameters, the body or query it takes, and the
/// headers that go with it.
pub struct Call<'a, EP: Endpoint> {
    params: Vec<&'a str>,
    body: Option<&'a EP::Body>,
    query: Option<&'a EP::Query>,
    idempotency_key: Option<&'a str>,
    staff: Option<&'a SecretString>,
}

impl<'a, EP: Endpoint> Call<'a, EP> {
    pub fn new() -> Self {
        Call {
            params: Vec::new(),
            body: None,
            query: None,
            idempotency_key: None,
            staff: None,
        }
    }

    pub fn body(body: &'a EP::Body) -> Self {
        Call {
            body: Some(body),
            ..Call::new()
        }
    }

    pub fn at(mut self, param: &'a str) -> Self {
        self.params.push(param);
        self
    }

    pub fn query(mut self, query: &'a EP::Query) -> Self {
        self.query = Some(query);
        self
    }

    pub fn with_body(mut self, body: &'a EP::Body) -> Self {
        self.body = Some(body);
        self
    }

    /// The key a change is sent with, and sent again with when the answer is lost.
    pub fn once(mut self, key: &'a str) -> Self {
        self.idempotency_key = Some(key);
        self
    }

    pub fn as_staff(mut self, session: &'a SecretString) -> Self {
        self.staff = Some(session);
        self
    }
}

impl<EP: Endpoint> Default for Call<'_, EP> {
    fn default() -> Self {
        Call::new()
    }
}

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

    /// Calls an endpoint as its declaration says. A change that takes an idempotency key is
    /// sent again with the same key when the answer is lost (up to twice), so it applies once
    /// however many times it is sent.
    pub async fn send<EP: Endpoint>(&self, call: Call<'_, EP>) -> Result<EP::Answer, ApiError> {
        let mut attempt = 0;
        loop {
            match self.send_once(&call).await {
                Err(e) if EP::IDEMPOTENT && e.is_transport() && attempt < 2 => {
                    attempt += 1;
                    tokio::time::sleep(Duration::from_millis(300 * attempt)).await;
                }
                other => return other,
            }
        }
    }

    async fn send_once<EP: Endpoint>(&self, call: &Call<'_, EP>) -> Result<EP::Answer, ApiError> {
        let mut url = format!("{}{}", self.base, path_with::<EP>(&call.params));
        if let Some(query) = call.query {
            let mut sep = '?';
            let value = serde_json::to_value(query).map_err(|_| ApiError::BadResponse)?;
            for (name, v) in value.as_object().into_iter().flatten() {
                if let Some(text) = v.as_str() {
                    url.push(sep);
                    url.push_str(name);
                    url.push('=');
                    percent_encode_into(text, &mut url);
                    sep = '&';
                }
            }
        }
        let method = match EP::METHOD {
            HttpMethod::Get => Method::GET,
            HttpMethod::Post => Method::POST,
            HttpMethod::Put => Method::PUT,
            HttpMethod::Delete => Method::DELETE,
        };
        let mut request = self.http.request(method, url).header(
            AUTHORIZATION,
            secret_header(&["Bearer ", self.token.expose()]).ok_or(ApiError::BadResponse)?,
        );
        if let Some(body) = call.body {
            let bytes = secret_json(body).map_err(|_| ApiError::BadResponse)?;
            request = request.header(CONTENT_TYPE, "application/json").body(bytes);
        }
        request = request.header(reqwest::header::ACCEPT_LANGUAGE, self.language);
        if let Some(key) = call.idempotency_key {
            request = request.header(IDEMPOTENCY_KEY_HEADER, key);
        }
        if let Some(session) = call.staff {
            let value = secret_header(&[session.expose()]).ok_or(ApiError::BadResponse)?;
            request = request.header(STAFF_SESSION_HEADER, value);
        }
        let response = request.send().await.map_err(transport_error)?;
        let status = response.status();
        let bytes = read_limited(response).await?;
        if status == StatusCode::NO_CONTENT && is_nothing::<EP::Answer>() {
            serde_json::from_slice(b"null").map_err(|_| ApiError::BadResponse)
        } else if status.is_success() && status.as_u16() == EP::STATUS {
            serde_json::from_slice(&bytes).map_err(|_| ApiError::BadResponse)
        } else if status.is_success() {
            // A success the declaration does not give is not the API this kiosk knows.
            Err(ApiError::BadResponse)
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
