//! The OpenAPI 3.1 document of API v1, generated from the endpoint declarations and the wire
//! types: the constraints in it are the ones the service validates every request against.

use schemars::generate::{Contract, SchemaGenerator, SchemaSettings};
use schemars::JsonSchema;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

use crate::endpoints::{
    common_errors, is_nothing, path_params, visit_all, Access, Endpoint, HttpMethod, NoBody,
    NoContent, NoQuery, Visit,
};
use crate::wire::{IDEMPOTENCY_KEY_HEADER, STAFF_SESSION_HEADER, STUDENT_REF_PATTERN};
use crate::{ErrorCode, Problem};

/// Where component schemas live, for `$ref`s.
const COMPONENTS: &str = "/components/schemas";

fn generator(contract: Contract) -> SchemaGenerator {
    let requests = contract.is_deserialize();
    let settings = SchemaSettings::draft2020_12().with(|s| {
        s.definitions_path = COMPONENTS.into();
        s.meta_schema = None;
        s.contract = contract;
    });
    if requests {
        settings.with_transform(RequestShapes).into_generator()
    } else {
        settings.into_generator()
    }
}

/// What the service takes beyond what the derived schemas say: an optional field is left out,
/// never sent as `null` (a `null` reads as absent, so allowing it would promise what "pin or
/// answers" refuses), and an integer fits its Rust type.
#[derive(Clone)]
struct RequestShapes;

impl schemars::transform::Transform for RequestShapes {
    fn transform(&mut self, schema: &mut schemars::Schema) {
        if let Some(obj) = schema.as_object_mut() {
            // JSON Schema integers have no width; the service's do.
            let maximum = match obj.get("format").and_then(Value::as_str) {
                Some("uint8") => Some(json!(u8::MAX)),
                Some("uint16") => Some(json!(u16::MAX)),
                Some("uint32") => Some(json!(u32::MAX)),
                Some("uint64") => Some(json!(u64::MAX)),
                _ => None,
            };
            if let Some(max) = maximum {
                obj.entry("maximum").or_insert(max);
            }
            if let Some(Value::Array(types)) = obj.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types[0].clone();
                    obj.insert("type".into(), only);
                }
            }
            for key in ["anyOf", "oneOf"] {
                if let Some(Value::Array(branches)) = obj.get_mut(key) {
                    let before = branches.len();
                    branches.retain(|b| b.get("type") != Some(&json!("null")));
                    if branches.len() == 1 && before == 2 {
                        if let Some(Value::Object(only)) = branches.pop() {
                            obj.remove(key);
                            for (k, v) in only {
                                obj.entry(k).or_insert(v);
                            }
                        }
                    }
                }
            }
        }
        schemars::transform::transform_subschemas(self, schema);
    }
}

/// The JSON schema every request body of type `T` is validated against, with the
/// definitions it refers to under `components/schemas` of a root that also holds it.
pub fn request_schema<T: JsonSchema>() -> Value {
    let mut generator = generator(Contract::Deserialize);
    let mut root = generator.subschema_for::<T>().to_value();
    let definitions = generator.take_definitions(true);
    if let Value::Object(map) = &mut root {
        map.insert("components".into(), json!({ "schemas": definitions }));
    }
    root
}

struct Document {
    requests: SchemaGenerator,
    answers: SchemaGenerator,
    paths: BTreeMap<&'static str, Map<String, Value>>,
}

impl Visit for Document {
    fn visit<EP: Endpoint>(&mut self) {
        let mut op = Map::new();
        op.insert("operationId".into(), json!(EP::ID));
        op.insert("summary".into(), json!(EP::SUMMARY));
        op.insert("tags".into(), json!([tag(EP::PATH)]));
        op.insert("parameters".into(), Value::Array(self.parameters::<EP>()));
        if !is_nothing::<EP::Body>() {
            let schema = self.requests.subschema_for::<EP::Body>().to_value();
            op.insert(
                "requestBody".into(),
                json!({ "required": true, "content": { "application/json": { "schema": schema } } }),
            );
        }
        op.insert("responses".into(), Value::Object(self.responses::<EP>()));
        op.insert(
            "security".into(),
            match EP::ACCESS {
                Access::Open => json!([]),
                Access::Device => json!([{ "device": [] }]),
                Access::Staff => json!([{ "device": [], "staff": [] }]),
            },
        );
        let method = match EP::METHOD {
            HttpMethod::Get => "get",
            HttpMethod::Post => "post",
            HttpMethod::Put => "put",
            HttpMethod::Delete => "delete",
        };
        self.paths
            .entry(EP::PATH)
            .or_default()
            .insert(method.into(), Value::Object(op));
    }
}

impl Document {
    fn parameters<EP: Endpoint>(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        for name in path_params(EP::PATH) {
            let (description, example) = match name {
                "handoff" => ("A hand-off id from the center's queue.", "hof_3b9d"),
                _ => (
                    "A student reference the service gave (search, or a parent's children).",
                    "stu_ava",
                ),
            };
            out.push(json!({
                "name": name,
                "in": "path",
                "required": true,
                "description": description,
                // Hand-off ids are made like student refs: a prefix and URL-safe base64.
                "schema": { "type": "string", "pattern": STUDENT_REF_PATTERN },
                "example": example,
            }));
        }
        if !is_nothing::<EP::Query>() {
            let query = generator(Contract::Deserialize)
                .into_root_schema_for::<EP::Query>()
                .to_value();
            let required: Vec<&str> = query["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(properties) = query["properties"].as_object() {
                for (name, schema) in properties {
                    let mut schema = schema.clone();
                    let description = schema.as_object_mut().and_then(|s| s.remove("description"));
                    let mut param = json!({
                        "name": name,
                        "in": "query",
                        "required": required.contains(&name.as_str()),
                        "schema": schema,
                    });
                    if let Some(d) = description {
                        param["description"] = d;
                    }
                    out.push(param);
                }
            }
        }
        if EP::IDEMPOTENT {
            out.push(json!({
                "name": IDEMPOTENCY_KEY_HEADER,
                "in": "header",
                "required": true,
                "description": "Chosen by the client for one change and sent again with every retry of it: the change applies once. The same key with another body is refused (422 idempotency_conflict).",
                "schema": { "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[!-~]+$" },
                "example": "5f0c2a52-7d0e-4a57-9d3c-8a1f3e2b6c11",
            }));
        }
        out
    }

    fn responses<EP: Endpoint>(&mut self) -> Map<String, Value> {
        let mut out = Map::new();
        let mut success = json!({ "description": "Done" });
        if !is_nothing::<EP::Answer>() {
            let schema = self.answers.subschema_for::<EP::Answer>().to_value();
            success["content"] = json!({ "application/json": { "schema": schema } });
        }
        out.insert(EP::STATUS.to_string(), success);
        let mut by_status: BTreeMap<u16, Vec<ErrorCode>> = BTreeMap::new();
        for code in EP::ERRORS.iter().copied().chain(common_errors::<EP>()) {
            let codes = by_status.entry(code.status()).or_default();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        let problem = self.answers.subschema_for::<Problem>().to_value();
        for (status, codes) in by_status {
            let names: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
            out.insert(
                status.to_string(),
                json!({
                    "description": names.join(", "),
                    "content": { "application/problem+json": { "schema": {
                        "allOf": [problem],
                        "properties": { "code": { "enum": names } },
                    } } },
                }),
            );
        }
        out
    }
}

fn tag(path: &str) -> &str {
    path.trim_start_matches("/v1/")
        .split(['/', '.'])
        .next()
        .unwrap_or("meta")
}

/// How one answer feeds the next request, for clients and for stateful testing.
fn links() -> Vec<(&'static str, &'static str, &'static str, Value)> {
    vec![
        (
            "selfServiceStart",
            "200",
            "VerifyWithPin",
            json!({ "operationId": "selfServiceVerify",
                    "requestBody": { "flow": "$response.body#/flow", "pin": "50317" } }),
        ),
        (
            "selfServiceStart",
            "200",
            "AskAtTheCounter",
            json!({ "operationId": "createHandoff",
                    "requestBody": { "language": "es", "reason": "no_method",
                                     "student": "$response.body#/flow" } }),
        ),
        (
            "selfServiceVerify",
            "200",
            "Reset",
            json!({ "operationId": "selfServiceReset",
                    "requestBody": { "reset_token": "$response.body#/reset_token",
                                     "new_password": "Blue-Harbor-Lantern-42" } }),
        ),
        (
            "enrollmentSignIn",
            "200",
            "SetPin",
            json!({ "operationId": "enrollmentSetPin",
                    "requestBody": { "session": "$response.body#/session", "pin": "73915" } }),
        ),
        (
            "nycsaSignIn",
            "200",
            "SignOut",
            json!({ "operationId": "nycsaSignOut",
                    "requestBody": { "session": "$response.body#/session" } }),
        ),
        (
            "nycsaSignIn",
            "200",
            "ChildPassword",
            json!({ "operationId": "nycsaChildPassword",
                    "parameters": { "path.student_ref": "$response.body#/children/0/student_ref" },
                    "requestBody": { "session": "$response.body#/session",
                                     "new_password": "Blue-Harbor-Lantern-42" } }),
        ),
        (
            "staffIdentityCheck",
            "201",
            "ResumeSelfService",
            json!({ "operationId": "staffResumeSelfService",
                    "parameters": { "path.student_ref": "$request.path.student_ref" },
                    "requestBody": { "check": "$response.body#/check" } }),
        ),
        (
            "staffIdentityCheck",
            "201",
            "TemporaryPassword",
            json!({ "operationId": "staffSetPassword",
                    "parameters": { "path.student_ref": "$request.path.student_ref" },
                    "requestBody": { "check": "$response.body#/check", "mode": "temporary" } }),
        ),
    ]
}

/// The whole document.
pub fn document() -> Value {
    let mut doc = Document {
        requests: generator(Contract::Deserialize),
        answers: generator(Contract::Serialize),
        paths: BTreeMap::new(),
    };
    visit_all(&mut doc);
    let mut schemas = doc.answers.take_definitions(true);
    for (name, schema) in doc.requests.take_definitions(true) {
        schemas.entry(name).or_insert(schema);
    }
    let mut paths = Map::new();
    for (path, ops) in doc.paths {
        paths.insert(path.to_string(), Value::Object(ops));
    }
    for (from, status, name, link) in links() {
        let op = paths
            .values_mut()
            .flat_map(|ops| ops.as_object_mut().into_iter().flat_map(|o| o.values_mut()))
            .find(|op| op["operationId"] == from);
        if let Some(op) = op {
            op["responses"][status]["links"][name] = link;
        }
    }
    // The markers never appear on the wire.
    for marker in [
        <NoBody as JsonSchema>::schema_name(),
        <NoQuery as JsonSchema>::schema_name(),
        <NoContent as JsonSchema>::schema_name(),
    ] {
        schemas.remove(marker.as_ref());
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Welcome Center account service",
            "version": "1",
            "description": "The API the Welcome Center kiosk talks to. Every request body is validated against the schemas below before anything else happens: a body that does not match is answered 400 invalid_request, naming the field, never its value. Errors are RFC 9457 problem documents whose `code` is the stable contract.",
        },
        "servers": [{ "url": "/" }],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "device": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The terminal's device token (`account-service devices add`).",
                },
                "staff": {
                    "type": "apiKey",
                    "in": "header",
                    "name": STAFF_SESSION_HEADER,
                    "description": "A staff session from `POST /v1/staff/session` at a counter terminal.",
                },
            },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_its_success_and_its_problems() {
        let doc = document();
        let paths = doc["paths"].as_object().unwrap();
        assert!(paths.len() >= 20);
        let verify = &doc["paths"]["/v1/self-service/verify"]["post"];
        assert_eq!(verify["operationId"], "selfServiceVerify");
        let codes = &verify["responses"]["401"]["content"]["application/problem+json"]["schema"]
            ["properties"]["code"]["enum"];
        assert!(codes
            .as_array()
            .unwrap()
            .contains(&json!("verification_failed")));
        assert!(verify["responses"]["410"].is_object());
        let staff = &doc["paths"]["/v1/staff/students/{student_ref}"]["get"];
        assert_eq!(staff["security"], json!([{ "device": [], "staff": [] }]));
        let reset = &doc["paths"]["/v1/self-service/reset"]["post"];
        assert_eq!(reset["parameters"][0]["name"], IDEMPOTENCY_KEY_HEADER);
    }

    #[test]
    fn request_schemas_refuse_unknown_fields_and_state_limits() {
        let doc = document();
        let start = &doc["components"]["schemas"]["StartRequest"];
        assert_eq!(start["additionalProperties"], json!(false));
        assert_eq!(start["properties"]["student"]["maxLength"], json!(64));
        assert_eq!(start["required"], json!(["student", "birth_date"]));
        assert!(doc["components"]["schemas"].get("NoBody").is_none());
    }
}
