//! The staff exit prompt (Ctrl-Q in kiosk mode): the code is checked against the argon2 PHC
//! string in kiosk.toml.

use argon2::password_hash::{PasswordHash, PasswordVerifier};
use argon2::Argon2;

use crate::keys::Key;
use crate::secret::SecretBuf;

const CODE_MAX: usize = 32;

#[derive(Debug)]
pub struct ExitPrompt {
    pub code: SecretBuf,
    pub wrong: u32,
    pub message: Option<&'static str>,
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
        ExitPrompt {
            code: SecretBuf::new(CODE_MAX),
            wrong: 0,
            message: None,
        }
    }

    pub fn key(&mut self, key: Key, hash: Option<&str>) -> ExitOutcome {
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
                    self.code.clear();
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

    #[test]
    fn checks_the_code_against_the_hash() {
        let hash = hash_exit_code("2468").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        let mut p = ExitPrompt::new();
        for c in "1111".chars() {
            p.key(Key::Char(c), Some(&hash));
        }
        assert!(matches!(p.key(Key::Enter, Some(&hash)), ExitOutcome::Stay));
        assert_eq!(p.wrong, 1);
        for c in "2468".chars() {
            p.key(Key::Char(c), Some(&hash));
        }
        assert!(matches!(p.key(Key::Enter, Some(&hash)), ExitOutcome::Exit));
    }
}
