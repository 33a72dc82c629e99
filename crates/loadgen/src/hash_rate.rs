//! argon2id at the service's default parameters: the bound on verifications. Measured on one
//! core, then on every core at once, since hashes running side by side share the memory bus
//! and caches (each works through 19 MiB) and do not scale perfectly.

use account_service::HashParams;
use argon2::password_hash::{PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::time::Instant;

pub fn measure(seconds: f64) -> anyhow::Result<()> {
    let p = HashParams::default();
    // A shared machine's speed drifts; the median of three rounds on one core is steadier
    // than one long round.
    let mut rounds = [0u64; 3];
    for r in &mut rounds {
        *r = hashes_in(seconds / 3.0)?;
    }
    rounds.sort_unstable();
    let one_rate = rounds[1] as f64 / (seconds / 3.0);
    println!(
        "argon2id m={} KiB t={} p={}: {one_rate:.1} hashes/s on one core ({:.1} ms each; median of rounds {rounds:?} in {:.2} s each)",
        p.memory_kib,
        p.iterations,
        p.parallelism,
        1000.0 / one_rate,
        seconds / 3.0
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads: Vec<_> = (0..cores)
        .map(|_| std::thread::spawn(move || hashes_in(seconds)))
        .collect();
    let mut all = 0;
    for t in threads {
        all += t
            .join()
            .map_err(|_| anyhow::anyhow!("a hashing thread panicked"))??;
    }
    let all_rate = all as f64 / seconds;
    println!(
        "argon2id on all {cores} cores at once: {all_rate:.1} hashes/s = {:.0}% of {cores} x one core",
        100.0 * all_rate / (cores as f64 * one_rate)
    );
    Ok(())
}

/// Hashes counted on this thread for `seconds`.
fn hashes_in(seconds: f64) -> anyhow::Result<u64> {
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
    Ok(count)
}
