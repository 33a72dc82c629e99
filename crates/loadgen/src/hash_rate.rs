//! argon2id at the service's default parameters, one thread: the bound on verifications.

use account_service::HashParams;
use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::time::Instant;

pub fn measure(seconds: f64) -> anyhow::Result<()> {
    let p = HashParams::default();
    let params = Params::new(p.memory_kib, p.iterations, p.parallelism, None)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let salt = SaltString::from_b64("c2NhbGV0ZXN0c2FsdA").map_err(|e| anyhow::anyhow!("{e}"))?;
    let started = Instant::now();
    let mut count = 0u64;
    while started.elapsed().as_secs_f64() < seconds {
        argon
            .hash_password(b"50317", &salt)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        count += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "argon2id m={} KiB t={} p={}: {count} hashes in {elapsed:.2} s = {:.1} hashes/s on one core ({:.1} ms each)",
        p.memory_kib,
        p.iterations,
        p.parallelism,
        count as f64 / elapsed,
        1000.0 * elapsed / count as f64
    );
    Ok(())
}
