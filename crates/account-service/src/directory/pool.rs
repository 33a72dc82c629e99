//! A bounded pool of LDAP connections bound as the service account.
//!
//! Every connection the connector opens (pooled ones and the short-lived ones a student binds
//! on) is made under one of `size` permits, so a slow directory can hold at most `size`
//! sockets of ours, and callers beyond that wait (within their own timeout) instead of
//! opening more. A connection that failed or timed out is dropped, never returned.

use ldap3::Ldap;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

pub struct Pool {
    permits: Arc<Semaphore>,
    idle: Mutex<Vec<Ldap>>,
}

/// A permit to hold one connection, and the idle service connection it took, if any.
pub struct Slot {
    pub idle: Option<Ldap>,
    _permit: OwnedSemaphorePermit,
}

impl Pool {
    pub fn new(size: usize) -> Self {
        Pool {
            permits: Arc::new(Semaphore::new(size.max(1))),
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Waits for a permit; takes an idle service connection along when one is there.
    pub async fn slot(&self, with_idle: bool) -> Slot {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .expect("the pool's semaphore is never closed");
        // A student bind needs a fresh connection: the idle one it takes is closed, so
        // that idle and busy connections together stay within the bound.
        let taken = self.idle.lock().map(|mut v| v.pop()).unwrap_or(None);
        let idle = if with_idle { taken } else { None };
        Slot {
            idle,
            _permit: permit,
        }
    }

    /// Returns a healthy service connection for the next caller.
    pub fn put_back(&self, mut ldap: Ldap) {
        if ldap.is_closed() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(ldap);
        }
    }
}
