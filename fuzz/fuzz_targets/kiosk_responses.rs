//! What the kiosk decodes from the service: every answer type and problem documents.
#![no_main]

use account_api::wire::*;
use account_api::Problem;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = serde_json::from_slice::<StartResponse>(bytes);
    let _ = serde_json::from_slice::<VerifyResponse>(bytes);
    let _ = serde_json::from_slice::<ResetResponse>(bytes);
    let _ = serde_json::from_slice::<EnrollSessionResponse>(bytes);
    let _ = serde_json::from_slice::<NycsaSessionResponse>(bytes);
    let _ = serde_json::from_slice::<StudentStatus>(bytes);
    let _ = serde_json::from_slice::<AuditList>(bytes);
    let _ = serde_json::from_slice::<Problem>(bytes);
});
