//! Registered terminals seen recently, so that the read-only requests that carry nothing about
//! a person (the password policy) do not read the `devices` table again. Entries live a few
//! seconds; every other request reads the terminal afresh, so a revoked terminal can do
//! nothing from the moment it is revoked. Unknown tokens are not remembered, so guessing
//! cannot fill the cache.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::store::Device;

const TTL: Duration = Duration::from_secs(5);
const MAX_ENTRIES: usize = 10_000;

#[derive(Default)]
pub struct DeviceCache {
    entries: Mutex<HashMap<String, (Device, Instant)>>,
}

impl DeviceCache {
    pub fn get(&self, token_hash: &str) -> Option<Device> {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(token_hash)
            .filter(|(_, at)| at.elapsed() < TTL)
            .map(|(device, _)| device.clone())
    }

    pub fn put(&self, token_hash: String, device: Device) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (_, at)| at.elapsed() < TTL);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(token_hash, (device, Instant::now()));
    }
}
