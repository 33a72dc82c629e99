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
}
