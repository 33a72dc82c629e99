use std::collections::HashSet;
use std::sync::LazyLock;

/// The shipped list of common passwords, one per line, lower-case.
const BLOCKLIST: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/password-blocklist.txt"
));

static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    BLOCKLIST
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

pub fn blocklist_len() -> usize {
    SET.len()
}

/// True when the password, ignoring case and width, is a listed common password, or is one with only
/// digits and symbols added around it ("Password123!").
pub fn is_blocklisted(password: &str) -> bool {
    let lower = super::fold(password);
    if SET.contains(lower.as_str()) {
        return true;
    }
    let core = lower.trim_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    !core.is_empty() && core.len() < lower.len() && SET.contains(core)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_listed() {
        assert!(blocklist_len() > 300);
        for p in [
            "password",
            "Password123!",
            "qwerty123",
            "iloveyou",
            "12345678",
        ] {
            assert!(is_blocklisted(p), "{p}");
        }
        assert!(!is_blocklisted("Sunflower-Maple-42"));
    }
}
