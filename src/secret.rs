//! Secret input buffers: a PIN, an answer, a password as it is typed.
//!
//! The buffer is allocated at full capacity up front and never grows, so typing never leaves
//! a reallocated copy behind; it is wiped on drop and on `clear`, and its `Debug` is a
//! redaction. It has no `Clone` and no `Display`.

use account_api::SecretString;
use std::fmt;
use zeroize::Zeroize;

pub struct SecretBuf {
    buf: String,
    max_chars: usize,
}

impl SecretBuf {
    pub fn new(max_chars: usize) -> Self {
        SecretBuf {
            // Four bytes is the widest UTF-8 character.
            buf: String::with_capacity(max_chars * 4),
            max_chars,
        }
    }

    /// Appends a character; refuses control characters and anything past the limit.
    pub fn push(&mut self, c: char) -> bool {
        if c.is_control()
            || self.char_count() >= self.max_chars
            || self.buf.len() + c.len_utf8() > self.buf.capacity()
        {
            return false;
        }
        self.buf.push(c);
        true
    }

    pub fn pop(&mut self) {
        if let Some(c) = self.buf.pop() {
            // `pop` leaves the bytes in the spare capacity; wipe them.
            let len = self.buf.len();
            // SAFETY: writing zeros to bytes past `len`, inside the allocation, keeps the
            // string's initialized part valid UTF-8.
            unsafe {
                let v = self.buf.as_mut_vec();
                let spare = v.spare_capacity_mut();
                for b in spare.iter_mut().take(c.len_utf8()) {
                    b.write(0);
                }
                debug_assert_eq!(v.len(), len);
            }
        }
    }

    pub fn clear(&mut self) {
        self.buf.zeroize();
        // `zeroize` on a String also truncates; capacity is kept.
    }

    pub fn expose(&self) -> &str {
        &self.buf
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    pub fn char_count(&self) -> usize {
        self.buf.chars().count()
    }

    pub fn max_chars(&self) -> usize {
        self.max_chars
    }

    /// A copy for a request body, sized exactly so it is wiped whole when dropped.
    pub fn to_secret(&self) -> SecretString {
        SecretString::from_str_exact(&self.buf)
    }
}

impl Drop for SecretBuf {
    fn drop(&mut self) {
        // Wipe the whole allocation, not only the initialized part.
        unsafe {
            let v = self.buf.as_mut_vec();
            v.set_len(0);
            for b in v.spare_capacity_mut() {
                b.write(0);
            }
        }
    }
}

impl fmt::Debug for SecretBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBuf(<redacted>, {} chars)", self.char_count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_grows_past_its_capacity() {
        let mut s = SecretBuf::new(8);
        let cap = s.buf.capacity();
        for c in "abcdefghijkl".chars() {
            s.push(c);
        }
        assert_eq!(s.expose(), "abcdefgh");
        assert_eq!(s.buf.capacity(), cap);
        for c in "😀😀😀".chars() {
            s.push(c);
        }
        assert_eq!(s.buf.capacity(), cap);
    }

    #[test]
    fn refuses_control_characters() {
        let mut s = SecretBuf::new(8);
        assert!(!s.push('\u{1b}'));
        assert!(!s.push('\n'));
        assert!(s.push('x'));
        assert_eq!(s.expose(), "x");
    }

    #[test]
    fn pop_wipes_the_removed_bytes() {
        let mut s = SecretBuf::new(8);
        for c in "50317".chars() {
            s.push(c);
        }
        s.pop();
        s.pop();
        let v = unsafe { s.buf.as_mut_vec() };
        let spare: Vec<u8> = v.spare_capacity_mut()[..2]
            .iter()
            .map(|b| unsafe { b.assume_init() })
            .collect();
        assert_eq!(spare, vec![0, 0]);
        assert_eq!(s.expose(), "503");
    }

    #[test]
    fn debug_is_redacted() {
        let mut s = SecretBuf::new(8);
        for c in "50317".chars() {
            s.push(c);
        }
        let shown = format!("{s:?}");
        assert!(!shown.contains("50317"), "{shown}");
    }
}
