//! The kiosk in process, one test binary for every area: the app on a `TestBackend`, driven
//! by keys, against a real account service on port 0 where it needs one. One binary links
//! the kiosk, the service and `common` once instead of once per area.
//!
//! Apart, in their own binaries: `snapshots` (insta names its files by module path),
//! `secret_residue` (its own global allocator), `themes` (the theme is process-wide), the
//! `pty_*` tests (the real binary in a pseudo-terminal) and `real_terminal` (run by `.ci/run`
//! by that name).

#[path = "../common/mod.rs"]
mod common;

mod config_errors;
mod counter;
mod directory_outage;
mod embedded_modes;
mod enrollment;
mod faults;
mod help_ticket;
mod hostile_input;
mod locales;
mod megabyte_paste;
mod parent;
mod redaction;
mod reset;
mod screens;
mod speech_espeak;
mod speech_follow;
mod speech_secrets;
mod speech_tour;
mod tls;
mod visit;
