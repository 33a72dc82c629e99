//! Opaque bearer tokens: 256 random bits, URL-safe, stored only as a SHA-256 digest.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

pub fn new_token() -> Zeroizing<String> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(bytes.as_mut());
    Zeroizing::new(URL_SAFE_NO_PAD.encode(bytes.as_ref()))
}

/// A random identifier that is not a secret (device ids, student refs).
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}_{}", URL_SAFE_NO_PAD.encode(bytes))
}

pub fn digest(value: &str) -> String {
    let out = Sha256::digest(value.as_bytes());
    out.iter().map(|b| format!("{b:02x}")).collect()
}

/// What an idempotency key is bound to: a digest of every part of the request, length by
/// length, so the same key sent with another body is told apart. Secret parts are always
/// mixed with the request's random token, so the stored digest cannot be searched for them.
pub fn request_fingerprint(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part.as_bytes());
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_distinct() {
        let a = new_token();
        let b = new_token();
        assert_ne!(*a, *b);
        assert!(a.len() >= 43, "256 bits in base64url");
        assert_eq!(digest("x").len(), 64);
    }
}
