//! Decoding arbitrary bytes into every wire type never panics (what the service reads from
//! terminals and the kiosk reads from the service). A stand-in for `cargo fuzz`, which needs a
//! nightly toolchain this project's machines do not have.

use account_api::wire::*;
use account_api::Problem;
use proptest::prelude::*;

fn decode_all(bytes: &[u8]) {
    let _ = serde_json::from_slice::<StartRequest>(bytes);
    let _ = serde_json::from_slice::<StartResponse>(bytes);
    let _ = serde_json::from_slice::<VerifyRequest>(bytes);
    let _ = serde_json::from_slice::<VerifyResponse>(bytes);
    let _ = serde_json::from_slice::<ResetRequest>(bytes);
    let _ = serde_json::from_slice::<ResetResponse>(bytes);
    let _ = serde_json::from_slice::<EnrollSessionRequest>(bytes);
    let _ = serde_json::from_slice::<EnrollSessionResponse>(bytes);
    let _ = serde_json::from_slice::<SetPinRequest>(bytes);
    let _ = serde_json::from_slice::<SetQuestionsRequest>(bytes);
    let _ = serde_json::from_slice::<NycsaSessionRequest>(bytes);
    let _ = serde_json::from_slice::<NycsaSessionResponse>(bytes);
    let _ = serde_json::from_slice::<ChildPasswordRequest>(bytes);
    let _ = serde_json::from_slice::<ResetLinkRequest>(bytes);
    let _ = serde_json::from_slice::<TicketRequest>(bytes).map(|t| check_ticket(&t));
    let _ = serde_json::from_slice::<StaffSessionRequest>(bytes);
    let _ = serde_json::from_slice::<StudentStatus>(bytes);
    let _ = serde_json::from_slice::<IdentityCheckRequest>(bytes);
    let _ = serde_json::from_slice::<StaffPasswordRequest>(bytes);
    let _ = serde_json::from_slice::<AuditList>(bytes);
    let _ = serde_json::from_slice::<Problem>(bytes);
}

fn json_like() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        Just("null".to_string()),
        Just("true".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        ".{0,40}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("\"\\ud800\"".to_string()),
    ];
    let keys = prop::sample::select(vec![
        "student",
        "birth_date",
        "flow",
        "pin",
        "answers",
        "reset_token",
        "new_password",
        "session",
        "password",
        "email",
        "topic",
        "description",
        "name",
        "phone",
        "language",
        "check",
        "mode",
        "visitor",
        "code",
        "status",
        "reasons",
        "type",
        "title",
        "children",
        "events",
    ]);
    atom.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|kv| {
                let fields: Vec<String> = kv
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_all(&bytes);
    }

    #[test]
    fn json_shaped_input_never_panics(text in json_like()) {
        decode_all(text.as_bytes());
    }
}
