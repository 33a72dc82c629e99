use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use zeroize::Zeroizing;

/// A secret travelling through the wire types: a PIN, an answer, a password or a token.
///
/// It has no `Clone` and no `Display`, its `Debug` is a redaction, and its buffer is wiped
/// when dropped, so a secret cannot leak through formatting or linger after use.
#[derive(Default, PartialEq, Eq)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    pub fn new(value: String) -> Self {
        Self(Zeroizing::new(value))
    }

    /// Copies `value` into a buffer sized for it up front, so no reallocation leaves a copy.
    pub fn from_str_exact(value: &str) -> Self {
        let mut s = String::with_capacity(value.len());
        s.push_str(value);
        Self(Zeroizing::new(s))
    }

    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::new(value))
    }
}

impl schemars::JsonSchema for SecretString {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SecretString".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let s = SecretString::from_str_exact("50317");
        let shown = format!("{s:?}");
        assert!(!shown.contains("50317"));
        assert!(shown.contains("redacted"));
    }

    #[test]
    fn serializes_as_plain_string_for_the_wire() {
        let s = SecretString::from_str_exact("pw");
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"pw\"");
        let back: SecretString = serde_json::from_str("\"pw\"").unwrap();
        assert_eq!(back.expose(), "pw");
    }
}
