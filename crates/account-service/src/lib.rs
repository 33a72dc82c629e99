//! The reference account service: the API of DESIGN.md §4 on axum, persistence behind the
//! [`store::Store`] trait (SQLite embedded; PostgreSQL for several instances).

pub mod auth;
pub mod clock;
pub mod config;
pub mod demo;
pub mod device_cache;
pub mod directory;
pub mod directory_settings;
pub mod domain;
pub mod email;
pub mod error;
pub mod extract;
pub mod language;
pub mod logging;
pub mod metrics;
pub mod report_format;
pub mod roster;
pub mod routes;
pub mod scale;
pub mod serve;
pub mod settings;
pub mod staff_admin;
pub mod startup;
pub mod state;
pub mod store;
pub mod tls;
pub mod tokens;

pub use config::{HashParams, SecurityConfig, ServiceConfig};
pub use startup::Application;
