use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

use crate::clock::{Clock, SystemClock};
use crate::config::ServiceConfig;
use crate::domain::hasher::Hasher;
use crate::routes::router;
use crate::state::AppState;
use crate::store::{self, Store};

/// A bound, ready-to-serve service. Binding happens in `build`, so a caller that asked for
/// port 0 can read the real port before serving.
pub struct Application {
    listener: TcpListener,
    state: AppState,
    config: ServiceConfig,
}

impl Application {
    pub async fn build(config: ServiceConfig) -> anyhow::Result<Self> {
        let store = store::connect_with(&config.database_url, config.database_pool).await?;
        Self::build_with(config, store, Arc::new(SystemClock)).await
    }

    pub async fn build_with(
        config: ServiceConfig,
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
    ) -> anyhow::Result<Self> {
        crate::metrics::handle();
        let hasher = Hasher::new(config.security.hash, config.security.max_concurrent_hashes)?;
        let listener = TcpListener::bind(config.listen).await?;
        let state = AppState {
            store,
            hasher: Arc::new(hasher),
            clock,
            security: Arc::new(config.security.clone()),
            delay: Arc::new(crate::state::TokioDelay),
            devices: Arc::default(),
            directory: config.directory.clone(),
        };
        Ok(Application {
            listener,
            state,
            config,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn state(&self) -> AppState {
        self.state.clone()
    }

    /// Replaces how failure delays are waited out (tests record them instead of sleeping).
    pub fn with_delay(mut self, delay: Arc<dyn crate::state::Delay>) -> Self {
        self.state.delay = delay;
        self
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_with_shutdown(std::future::pending()).await
    }

    pub async fn run_with_shutdown(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let app = router(
            self.state.clone(),
            self.config.body_limit_bytes,
            self.config.request_timeout,
        );
        let lost_after = self.config.terminal_lost_after;
        let watcher = tokio::spawn(crate::domain::terminals::watch_for_lost(
            self.state.clone(),
            lost_after,
            (lost_after / 4).clamp(Duration::from_millis(100), Duration::from_secs(30)),
        ));
        // Changes a crash left between the directory and the database are settled first
        // thing, then whenever a lease runs out.
        let reconciler = self.state.directory.clone().map(|directory| {
            let every =
                (directory.lease() / 2).clamp(Duration::from_secs(1), Duration::from_secs(30));
            tokio::spawn(crate::domain::reconcile::run(
                self.state.clone(),
                directory,
                every,
            ))
        });
        let limits = self.config.connections;
        let served = match self.config.tls {
            Some(tls) => {
                let listener = crate::tls::TlsListener::new(self.listener, tls)?;
                crate::serve::serve(listener, app, limits, shutdown).await
            }
            None => crate::serve::serve(self.listener, app, limits, shutdown).await,
        };
        watcher.abort();
        if let Some(reconciler) = reconciler {
            reconciler.abort();
        }
        served
    }
}
