use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
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
    /// argon2 working memory, one buffer per verification that ran at once (at most the
    /// permits): reused, so verifications allocate nothing and memory stays bounded.
    memory: Arc<std::sync::Mutex<Vec<Vec<Block>>>>,
}

/// Verifies against a PHC string with the caller's working memory instead of a fresh
/// allocation; the comparison is constant-time (`Output`'s equality).
fn verify_with_memory(memory: &mut Vec<Block>, secret: &[u8], phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
        None => Version::V0x13,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    let argon = Argon2::new(algorithm, version, params);
    let mut out = Zeroizing::new(vec![0u8; expected.len()]);
    if argon
        .hash_password_into_with_memory(secret, salt, &mut out, &mut memory[..blocks])
        .is_err()
    {
        return false;
    }
    Output::new(&out).is_ok_and(|computed| computed == expected)
}

/// Each hash takes its full argon2 memory (19 MiB by default) from the allocator. glibc
/// serves blocks that size from per-thread arenas once one has been freed (its mmap threshold
/// adapts upwards), and keeps them: with hashes spread over the blocking pool's threads, 200
/// concurrent verifications left the service at 490 MB although only two ran at once. A fixed
/// threshold keeps such blocks in mmap, returned to the system as each hash ends.
fn return_hash_memory_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: mallopt only changes allocator tuning; any value is valid to pass.
            unsafe {
                libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
            }
        });
    }
}

impl Hasher {
    pub fn new(params: HashParams, max_concurrent: usize) -> anyhow::Result<Self> {
        return_hash_memory_to_the_system();
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
            memory: Arc::default(),
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
        // An account without a password of its own (imported from the roster) does the same
        // work as an unknown one, so its answer takes the same time.
        let phc = phc.filter(|p| argon2::PasswordHash::new(p).is_ok());
        let known = phc.is_some();
        let phc = phc.unwrap_or(&self.dummy_hash).to_string();
        let pool = self.memory.clone();
        let matched = tokio::task::spawn_blocking(move || {
            let mut memory = pool
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .pop()
                .unwrap_or_default();
            let matched = verify_with_memory(&mut memory, &secret, &phc);
            pool.lock().unwrap_or_else(|e| e.into_inner()).push(memory);
            matched
        })
        .await
        .unwrap_or(false);
        crate::metrics::verification(known && matched);
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

    #[tokio::test]
    async fn reused_memory_verifies_hashes_of_any_cost() {
        let cheap = Hasher::new(HashParams::insecure_for_tests(), 1).unwrap();
        let full = Hasher::new(HashParams::default(), 1).unwrap();
        let small = cheap.hash("Granite-Kayak-7").await.unwrap();
        let large = full.hash("Granite-Kayak-7").await.unwrap();
        // One hasher, one memory buffer, alternating costs: the buffer grows, then is reused.
        for _ in 0..2 {
            assert!(cheap.verify("Granite-Kayak-7", Some(&large)).await);
            assert!(cheap.verify("Granite-Kayak-7", Some(&small)).await);
            assert!(!cheap.verify("Granite-Kayak-8", Some(&small)).await);
        }
        assert_eq!(cheap.memory.lock().unwrap().len(), 1);
        assert!(!cheap.verify("x", Some("not a PHC string")).await);
        assert!(
            !cheap
                .verify("x", Some("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ"))
                .await
        );
    }
}
