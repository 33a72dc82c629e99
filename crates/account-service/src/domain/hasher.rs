use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::Arc;
use tokio::sync::Semaphore;
use zeroize::Zeroizing;

use crate::config::HashParams;

/// argon2id hashing off the async threads, with a bound on how many run at once so that a
/// burst of verifications queues instead of exhausting memory.
pub struct Hasher {
    argon: Argon2<'static>,
    permits: Arc<Semaphore>,
    /// Verified against when the account is unknown, so that the answer takes the same time.
    dummy_hash: String,
}

impl Hasher {
    pub fn new(params: HashParams, max_concurrent: usize) -> anyhow::Result<Self> {
        let p = Params::new(
            params.memory_kib,
            params.iterations,
            params.parallelism,
            None,
        )
        .map_err(|e| anyhow::anyhow!("invalid argon2 parameters: {e}"))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
        let salt = SaltString::generate(&mut OsRng);
        let dummy_hash = argon
            .hash_password(b"dummy password for unknown accounts", &salt)
            .map_err(|e| anyhow::anyhow!("argon2: {e}"))?
            .to_string();
        Ok(Hasher {
            argon,
            permits: Arc::new(Semaphore::new(max_concurrent.max(1))),
            dummy_hash,
        })
    }

    /// Hashes a secret into a PHC string.
    pub async fn hash(&self, secret: &str) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await?;
        let secret = Zeroizing::new(secret.as_bytes().to_vec());
        let argon = self.argon.clone();
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            argon
                .hash_password(&secret, &salt)
                .map(|h| h.to_string())
                .map_err(|e| anyhow::anyhow!("argon2: {e}"))
        })
        .await?
    }

    /// Verifies a secret against a PHC string; with `None` (unknown account) it verifies
    /// against the dummy hash and returns false, taking the same time.
    pub async fn verify(&self, secret: &str, phc: Option<&str>) -> bool {
        let Ok(_permit) = self.permits.acquire().await else {
            return false;
        };
        let secret = Zeroizing::new(secret.as_bytes().to_vec());
        let known = phc.is_some();
        let phc = phc.unwrap_or(&self.dummy_hash).to_string();
        let argon = self.argon.clone();
        let matched = tokio::task::spawn_blocking(move || match PasswordHash::new(&phc) {
            Ok(parsed) => argon.verify_password(&secret, &parsed).is_ok(),
            Err(_) => false,
        })
        .await
        .unwrap_or(false);
        known && matched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn default_parameters_are_owasp_argon2id() {
        let h = Hasher::new(HashParams::default(), 1).unwrap();
        let phc = h.hash("Sunflower-Maple-42").await.unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(h.verify("Sunflower-Maple-42", Some(&phc)).await);
        assert!(!h.verify("wrong", Some(&phc)).await);
        assert!(!h.verify("Sunflower-Maple-42", None).await);
    }
}
