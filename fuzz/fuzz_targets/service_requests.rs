//! What the service decodes from a terminal: every request body type, with unknown fields
//! refused and every length rule of account-api applied after decoding.
#![no_main]

use account_api::wire::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let _ = serde_json::from_slice::<StartRequest>(bytes);
    let _ = serde_json::from_slice::<VerifyRequest>(bytes);
    let _ = serde_json::from_slice::<ResetRequest>(bytes);
    let _ = serde_json::from_slice::<EnrollSessionRequest>(bytes);
    let _ = serde_json::from_slice::<SetPinRequest>(bytes);
    let _ = serde_json::from_slice::<SetQuestionsRequest>(bytes);
    let _ = serde_json::from_slice::<NycsaSessionRequest>(bytes);
    let _ = serde_json::from_slice::<ChildPasswordRequest>(bytes);
    let _ = serde_json::from_slice::<ResetLinkRequest>(bytes);
    if let Ok(ticket) = serde_json::from_slice::<TicketRequest>(bytes) {
        let _ = check_ticket(&ticket);
    }
    let _ = serde_json::from_slice::<StaffSessionRequest>(bytes);
    let _ = serde_json::from_slice::<IdentityCheckRequest>(bytes);
    let _ = serde_json::from_slice::<StaffPasswordRequest>(bytes);
});
