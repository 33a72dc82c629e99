//! The staff exit prompt (Ctrl-Q in kiosk mode): the code is checked against the argon2 PHC
//! string in kiosk.toml.

use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;

use tokio::time::{Duration, Instant};

use crate::keys::Key;
use crate::secret::SecretBuf;

const CODE_MAX: usize = 32;

#[derive(Debug)]
pub struct ExitPrompt {
    pub code: SecretBuf,
    /// Wrong codes so far; kept by the app across prompts, so closing and reopening does not
    /// reset it.
    pub wrong: u32,
    pub message: Option<&'static str>,
    /// After a wrong code the prompt takes no code until then: 1 s, 2 s, 4 s … up to a minute.
    pub locked_until: Option<Instant>,
}

/// The wait after the n-th wrong code.
pub fn wrong_code_delay(wrong: u32) -> Duration {
    Duration::from_secs(1u64 << wrong.saturating_sub(1).min(6)).min(Duration::from_secs(60))
}

pub enum ExitOutcome {
    Stay,
    Close,
    Exit,
}

impl Default for ExitPrompt {
    fn default() -> Self {
        Self::new()
    }
}

impl ExitPrompt {
    pub fn new() -> Self {
        Self::resume(0, None)
    }

    pub fn resume(wrong: u32, locked_until: Option<Instant>) -> Self {
        ExitPrompt {
            code: SecretBuf::new(CODE_MAX),
            wrong,
            message: None,
            locked_until,
        }
    }

    pub fn key(&mut self, key: Key, hash: Option<&str>) -> ExitOutcome {
        self.key_at(key, hash, Instant::now())
    }

    pub fn key_at(&mut self, key: Key, hash: Option<&str>, now: Instant) -> ExitOutcome {
        if key != Key::Esc && self.locked_until.is_some_and(|until| until > now) {
            self.message = Some("exit-wait");
            return ExitOutcome::Stay;
        }
        match key {
            Key::Esc => ExitOutcome::Close,
            Key::Char(c) => {
                self.code.push(c);
                ExitOutcome::Stay
            }
            Key::Backspace => {
                self.code.pop();
                ExitOutcome::Stay
            }
            Key::Enter => {
                let Some(hash) = hash else {
                    self.message = Some("exit-not-configured");
                    self.code.clear();
                    return ExitOutcome::Stay;
                };
                if verify_exit_code(self.code.expose(), hash) {
                    ExitOutcome::Exit
                } else {
                    self.wrong += 1;
                    self.message = Some("exit-wrong");
                    self.locked_until = Some(now + wrong_code_delay(self.wrong));
                    self.code.clear();
                    tracing::warn!(wrong = self.wrong, "wrong staff exit code");
                    ExitOutcome::Stay
                }
            }
            _ => ExitOutcome::Stay,
        }
    }
}

pub fn verify_exit_code(code: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(code.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// `kiosk hash-exit-code`: the PHC string to put in kiosk.toml.
pub fn hash_exit_code(code: &str) -> anyhow::Result<String> {
    use argon2::password_hash::rand_core::OsRng;
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(code.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn checks_the_code_against_the_hash() {
        let hash = hash_exit_code("2468").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        let mut p = ExitPrompt::new();
        for c in "1111".chars() {
            p.key(Key::Char(c), Some(&hash));
        }
        assert!(matches!(p.key(Key::Enter, Some(&hash)), ExitOutcome::Stay));
        assert_eq!(p.wrong, 1);
        // Locked for a second after the wrong code: even the right code is not taken.
        let now = Instant::now();
        for c in "2468".chars() {
            p.key_at(Key::Char(c), Some(&hash), now);
        }
        assert!(matches!(
            p.key_at(Key::Enter, Some(&hash), now),
            ExitOutcome::Stay
        ));
        assert_eq!(p.message, Some("exit-wait"));
        let later = now + Duration::from_secs(2);
        for c in "2468".chars() {
            p.key_at(Key::Char(c), Some(&hash), later);
        }
        assert!(matches!(
            p.key_at(Key::Enter, Some(&hash), later),
            ExitOutcome::Exit
        ));
    }

    #[test]
    fn the_wait_doubles_up_to_a_minute() {
        let waits: Vec<u64> = (1..=9).map(|n| wrong_code_delay(n).as_secs()).collect();
        assert_eq!(waits, vec![1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }
}
