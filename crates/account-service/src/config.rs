use account_api::policy::PasswordRules;
use std::net::SocketAddr;
use std::time::Duration;

/// argon2id cost. The default is the OWASP recommendation; tests lower it through
/// configuration to stay fast on two cores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for HashParams {
    fn default() -> Self {
        HashParams {
            memory_kib: 19_456,
            iterations: 2,
            parallelism: 1,
        }
    }
}

impl HashParams {
    /// The cheapest parameters argon2 accepts; for tests only.
    pub fn insecure_for_tests() -> Self {
        HashParams {
            memory_kib: 64,
            iterations: 1,
            parallelism: 1,
        }
    }
}

/// The numbers of DESIGN.md §5. All configurable; the defaults are the spec's.
#[derive(Debug, Clone)]
pub struct SecurityConfig {
    pub hash: HashParams,
    /// Hashes running at once; more wait, so memory stays bounded under load.
    pub max_concurrent_hashes: usize,
    pub failure_delay_base: Duration,
    pub failure_delay_step: Duration,
    pub failure_delay_max: Duration,
    pub short_window_secs: i64,
    pub short_window_failures: u32,
    pub short_pause_secs: i64,
    pub long_window_secs: i64,
    pub long_window_failures: u32,
    pub flow_failures_limit: u32,
    /// Failed `start`s one terminal may make in the short and the long window before `start`
    /// pauses there (for right and wrong birth dates alike).
    pub device_start_short_failures: u32,
    pub device_start_long_failures: u32,
    /// How long one guess may hold its account against other guesses (hash, delay, write).
    pub attempt_lease_secs: i64,
    pub self_service_interval_days: u32,
    pub flow_ttl_secs: i64,
    pub reset_token_ttl_secs: i64,
    /// How long a kiosk's hand-off waits for a counter to claim it.
    pub handoff_ttl_secs: i64,
    pub password_rules: PasswordRules,
    /// Staff sign in with a TOTP code besides the password. Off only in the kiosk's embedded
    /// demo service (`staff_totp = false` in the kiosk's `[backend]`); `serve` refuses to
    /// start without it unless it listens on loopback only.
    pub staff_totp: bool,
}

impl Default for SecurityConfig {
    fn default() -> Self {
        SecurityConfig {
            hash: HashParams::default(),
            max_concurrent_hashes: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            failure_delay_base: Duration::from_millis(300),
            failure_delay_step: Duration::from_millis(200),
            failure_delay_max: Duration::from_secs(3),
            short_window_secs: 15 * 60,
            short_window_failures: 5,
            short_pause_secs: 15 * 60,
            long_window_secs: 24 * 60 * 60,
            long_window_failures: 10,
            flow_failures_limit: 8,
            device_start_short_failures: 20,
            device_start_long_failures: 200,
            attempt_lease_secs: 60,
            self_service_interval_days: 30,
            flow_ttl_secs: 10 * 60,
            reset_token_ttl_secs: 10 * 60,
            handoff_ttl_secs: 60 * 60,
            password_rules: PasswordRules::default(),
            staff_totp: true,
        }
    }
}

impl SecurityConfig {
    /// The delay before answering a failed verification, given the failures so far
    /// (this one included): 300 ms + 200 ms per failure, capped at 3 s.
    pub fn failure_delay(&self, failures: u32) -> Duration {
        let grown = self.failure_delay_base + self.failure_delay_step * failures;
        grown.min(self.failure_delay_max)
    }
}

#[derive(Debug, Clone)]
pub struct ServiceConfig {
    /// `sqlite:PATH` or `postgres://…`.
    pub database_url: String,
    pub listen: SocketAddr,
    pub security: SecurityConfig,
    pub request_timeout: Duration,
    pub body_limit_bytes: usize,
    /// Terminate TLS here; `None` for plain HTTP (loopback, or behind a reverse proxy).
    pub tls: Option<std::sync::Arc<rustls::ServerConfig>>,
    /// Connections per instance on PostgreSQL.
    pub database_pool: u32,
    /// Header deadline and the bound on open connections.
    pub connections: crate::serve::ConnectionLimits,
    /// A terminal silent for longer than this is logged as lost (once), and again when it
    /// reports.
    pub terminal_lost_after: Duration,
    /// Where student passwords live besides the store: the district's directory.
    pub directory: Option<std::sync::Arc<crate::directory::Directory>>,
}

impl ServiceConfig {
    pub fn new(database_url: impl Into<String>, listen: SocketAddr) -> Self {
        ServiceConfig {
            database_url: database_url.into(),
            listen,
            security: SecurityConfig::default(),
            request_timeout: Duration::from_secs(15),
            body_limit_bytes: 16 * 1024,
            tls: None,
            database_pool: crate::store::DEFAULT_POSTGRES_POOL,
            connections: crate::serve::ConnectionLimits::default(),
            terminal_lost_after: Duration::from_secs(120),
            directory: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delay_grows_and_caps() {
        let c = SecurityConfig::default();
        assert_eq!(c.failure_delay(1), Duration::from_millis(500));
        assert_eq!(c.failure_delay(5), Duration::from_millis(1300));
        assert_eq!(c.failure_delay(50), Duration::from_secs(3));
    }
}
