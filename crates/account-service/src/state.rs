use std::sync::Arc;

use crate::clock::Clock;
use crate::config::SecurityConfig;
use crate::domain::hasher::Hasher;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub hasher: Arc<Hasher>,
    pub clock: Arc<dyn Clock>,
    pub security: Arc<SecurityConfig>,
    /// How the growing delay after a failure is waited out; tests record it instead.
    pub delay: Arc<dyn Delay>,
    /// Terminals seen in the last few seconds.
    pub devices: Arc<crate::device_cache::DeviceCache>,
    /// The district's directory, when passwords live there (`[directory]`); `None` keeps
    /// them in this service's store.
    pub directory: Option<Arc<crate::directory::Directory>>,
}

/// Waits out the delay after a failed verification.
#[async_trait::async_trait]
pub trait Delay: Send + Sync {
    async fn wait(&self, duration: std::time::Duration);
}

pub struct TokioDelay;

#[async_trait::async_trait]
impl Delay for TokioDelay {
    async fn wait(&self, duration: std::time::Duration) {
        tokio::time::sleep(duration).await;
    }
}
