//! The wire contract between the kiosk and the account service, plus the rules both sides
//! must agree on (password, PIN and security-answer policy, the question catalog), so that
//! the kiosk can show live exactly the checks the service will make.

pub mod catalog;
pub mod config_errors;
pub mod endpoints;
pub mod handoff;
pub mod identifiers;
pub mod openapi;
pub mod policy;
pub mod problem;
pub mod report;
pub mod secret;
pub mod wire;

pub use problem::{ErrorCode, Problem};
pub use secret::SecretString;
