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
    Ok(Bytes::from_owner(WipedBuffer(sized_json(value)?)))
}

/// Serialized into a buffer of exactly its size, measured by a first pass that keeps
/// nothing: a buffer that grew would leave the smaller copy behind, unwiped.
fn sized_json<T: Serialize>(value: &T) -> Result<Vec<u8>, serde_json::Error> {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    serde_json::to_writer(&mut count, value)?;
    let mut buf = Vec::with_capacity(count.0);
    serde_json::to_writer(&mut buf, value)?;
    Ok(buf)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_body_of_wide_characters_is_written_without_growing() {
        let answer = "𝒜".repeat(64);
        let body = serde_json::json!({"answers": [answer, answer, answer], "password": answer});
        let buf = sized_json(&body).unwrap();
        assert!(buf.len() > 1024);
        assert_eq!(buf.capacity(), buf.len());
    }
}
