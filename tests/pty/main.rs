//! The real `kiosk` binary in a pseudo-terminal, read through vt100: one test binary for
//! every end-to-end area (signals and lockdown, offline, speech, the counter, …). Each test
//! starts its own kiosk in its own directory, so they run side by side like other tests.

#[path = "../common/mod.rs"]
mod common;

mod counter;
mod dates;
mod e2e;
mod enrollment;
mod fleet;
mod handoff;
mod lockdown;
mod measure;
mod offline;
mod parent;
mod spanish;
mod speech;
