//! A small bounded memo for drawing work that gives the same answer frame after frame
//! (shaping a right-to-left line, encoding a QR code). When full it starts over rather than
//! tracking use: a screen needs a handful of entries, the bound only stops growth.

use std::collections::HashMap;
use std::sync::Mutex;

pub struct Memo<V> {
    entries: Mutex<Option<HashMap<String, V>>>,
    capacity: usize,
}

impl<V: Clone> Memo<V> {
    pub const fn new(capacity: usize) -> Self {
        Memo {
            entries: Mutex::new(None),
            capacity,
        }
    }

    /// The value kept for `key`, or `make(key)` kept from now on.
    pub fn get_or_make(&self, key: &str, make: impl FnOnce(&str) -> V) -> V {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entries = entries.get_or_insert_with(HashMap::new);
        if let Some(value) = entries.get(key) {
            return value.clone();
        }
        let value = make(key);
        if entries.len() >= self.capacity {
            entries.clear();
        }
        entries.insert(key.to_string(), value.clone());
        value
    }

    pub fn holds(&self, key: &str) -> bool {
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.as_ref().is_some_and(|e| e.contains_key(key))
    }

    /// Drops every entry.
    pub fn forget(&self) {
        *self.entries.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::Memo;

    #[test]
    fn makes_once_and_stays_within_its_bound() {
        let memo: Memo<usize> = Memo::new(2);
        let mut made = 0;
        for key in ["a", "a", "b", "a"] {
            memo.get_or_make(key, |k| {
                made += 1;
                k.len()
            });
        }
        assert_eq!(made, 2);
        memo.get_or_make("c", |k| k.len());
        assert!(memo.holds("c") && !memo.holds("a"), "full: started over");
        memo.forget();
        assert!(!memo.holds("c"));
    }
}
