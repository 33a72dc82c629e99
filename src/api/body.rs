use bytes::Bytes;
use serde::Serialize;
use zeroize::Zeroize;

/// A serialized request body that may hold secrets. The buffer is handed to the HTTP stack
/// without copying and wiped when the last reference to it is dropped.
struct WipedBuffer(Vec<u8>);

impl AsRef<[u8]> for WipedBuffer {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for WipedBuffer {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

pub fn secret_json<T: Serialize>(value: &T) -> Result<Bytes, serde_json::Error> {
    // Sizing up front avoids reallocations that would leave unwiped copies behind.
    let mut buf = Vec::with_capacity(1024);
    serde_json::to_writer(&mut buf, value)?;
    Ok(Bytes::from_owner(WipedBuffer(buf)))
}

/// A header value holding a secret (a token), in a buffer wiped when the request is done
/// rather than in a `format!` string and a copy freed as they are.
pub fn secret_header(parts: &[&str]) -> Option<reqwest::header::HeaderValue> {
    let mut buf = Vec::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        buf.extend_from_slice(part.as_bytes());
    }
    let bytes = Bytes::from_owner(WipedBuffer(buf));
    let mut value = reqwest::header::HeaderValue::from_maybe_shared(bytes).ok()?;
    value.set_sensitive(true);
    Some(value)
}
