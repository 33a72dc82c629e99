//! The kiosk's client for the account service API v1.

mod body;
mod client;

pub use client::{ApiClient, ApiError, Call, TlsProblem};
