//! Confirmation emails: each outbox message becomes a multipart text + HTML email in the
//! recipient's language (the kiosk's language at the time), then the SMTP worker delivers it.

pub mod delivery;
pub mod render;

pub use render::{render, Email, LANGUAGES};
