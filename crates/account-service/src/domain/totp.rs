//! The staff second factor: RFC 6238 time-based codes (6 digits, 30-second steps, HMAC-SHA-1,
//! what every authenticator app speaks), computed by `totp-rs`. A code is good for the step
//! before, the current and the step after (clocks drift), and only for a step later than the
//! last one accepted for that staff member: the store takes the step in one conditional write,
//! so a code read over a shoulder or sent twice at once signs in once.

use rand::RngCore;
use std::fmt;
use totp_rs::{Algorithm, Secret, TOTP};
use zeroize::Zeroizing;

pub const DIGITS: usize = 6;
pub const STEP_SECS: i64 = 30;
/// Steps accepted either side of the current one.
pub const SKEW_STEPS: i64 = 1;
/// 160 bits, RFC 4226's recommended length.
const SECRET_BYTES: usize = 20;
/// The name authenticator apps show above the code.
pub const ISSUER: &str = "Welcome Center";

/// A TOTP secret. Never printed by `Debug`; wiped from memory when dropped.
pub struct TotpSecret(Zeroizing<String>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret(***)")
    }
}

impl TotpSecret {
    /// A fresh random secret from the operating system's generator.
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; SECRET_BYTES]);
        rand::rngs::OsRng.fill_bytes(bytes.as_mut());
        let encoded = base32_encode(bytes.as_ref());
        TotpSecret(Zeroizing::new(encoded))
    }

    /// A stored or typed base32 secret (spaces and case ignored, as apps print them).
    pub fn parse(text: &str) -> Option<Self> {
        let cleaned: Zeroizing<String> = Zeroizing::new(
            text.chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_uppercase())
                .collect(),
        );
        let bytes = Zeroizing::new(Secret::Encoded(cleaned.to_string()).to_bytes().ok()?);
        // Fewer than 80 bits is not a secret worth the name (the demo's is exactly 80).
        (bytes.len() >= 10).then(|| TotpSecret(cleaned))
    }

    /// The base32 form stored and shown to the staff member once.
    pub fn expose(&self) -> &str {
        &self.0
    }

    fn totp(&self) -> Option<TOTP> {
        let bytes = Secret::Encoded(self.0.to_string()).to_bytes().ok()?;
        // `new_unchecked`: the fixed demo secret is 80 bits, under totp-rs's 128-bit floor;
        // secrets made here are 160 bits.
        Some(TOTP::new_unchecked(
            Algorithm::SHA1,
            DIGITS,
            0,
            STEP_SECS as u64,
            bytes,
        ))
    }

    /// The code for the step that holds `unix_secs`.
    pub fn code_at(&self, unix_secs: i64) -> Option<Zeroizing<String>> {
        let totp = self.totp()?;
        Some(Zeroizing::new(totp.generate(unix_secs.max(0) as u64)))
    }

    /// The step (`unix_secs / 30`) a code belongs to, among the current one and one either
    /// side, preferring the latest; `None` when it matches none. Compared in constant time.
    pub fn matching_step(&self, code: &str, unix_secs: i64) -> Option<i64> {
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let totp = self.totp()?;
        let now_step = unix_secs.div_euclid(STEP_SECS);
        let mut found = None;
        for step in (now_step - SKEW_STEPS)..=(now_step + SKEW_STEPS) {
            if step < 0 {
                continue;
            }
            let expected = Zeroizing::new(totp.generate((step * STEP_SECS) as u64));
            if constant_time_eq(expected.as_bytes(), code.as_bytes()) {
                found = Some(step);
            }
        }
        found
    }

    /// `otpauth://totp/…` for the QR code authenticator apps scan.
    pub fn otpauth_uri(&self, account: &str) -> Zeroizing<String> {
        let label = format!("{}:{}", percent(ISSUER), percent(account));
        Zeroizing::new(format!(
            "otpauth://totp/{label}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
            self.expose(),
            percent(ISSUER)
        ))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// RFC 4648 base32 without padding, the alphabet authenticator apps expect.
fn base32_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    zeroize::Zeroize::zeroize(&mut buffer);
    out
}

/// Percent-encodes everything but unreserved characters (RFC 3986), for the URI's label.
fn percent(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B's SHA-1 vectors, with its 20-byte ASCII secret "12345678901234567890".
    #[test]
    fn rfc_6238_vectors() {
        let secret = TotpSecret::parse(&base32_encode(b"12345678901234567890")).unwrap();
        for (t, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(secret.code_at(t).unwrap().as_str(), code, "t = {t}");
        }
    }

    #[test]
    fn window_is_one_step_either_side() {
        let secret = TotpSecret::parse("JBSWY3DPEHPK3PXP").unwrap();
        let now = 1_795_000_000;
        let step = now / STEP_SECS;
        for offset in -1..=1 {
            let code = secret.code_at(now + offset * STEP_SECS).unwrap();
            assert_eq!(secret.matching_step(&code, now), Some(step + offset));
        }
        for offset in [-2, 2] {
            let code = secret.code_at(now + offset * STEP_SECS).unwrap();
            assert_eq!(secret.matching_step(&code, now), None);
        }
        assert_eq!(secret.matching_step("12345", now), None);
        assert_eq!(secret.matching_step("abcdef", now), None);
    }

    #[test]
    fn generated_secrets_are_160_bits_and_round_trip() {
        let a = TotpSecret::generate();
        let b = TotpSecret::generate();
        assert_eq!(a.expose().len(), 32);
        assert_ne!(a.expose(), b.expose());
        let again = TotpSecret::parse(&a.expose().to_lowercase()).unwrap();
        assert_eq!(again.code_at(1000).unwrap(), a.code_at(1000).unwrap());
        assert_eq!(format!("{a:?}"), "TotpSecret(***)");
        assert!(TotpSecret::parse("not base32!").is_none());
        assert!(TotpSecret::parse("JBSWY3DP").is_none());
    }

    #[test]
    fn uri_names_issuer_and_account() {
        let s = TotpSecret::parse("JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(
            s.otpauth_uri("fwc.bronx.01").as_str(),
            "otpauth://totp/Welcome%20Center:fwc.bronx.01?secret=JBSWY3DPEHPK3PXP&issuer=Welcome%20Center&algorithm=SHA1&digits=6&period=30"
        );
    }
}
