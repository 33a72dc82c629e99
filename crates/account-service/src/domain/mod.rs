/// A use case's store failures are internal failures: its `Internal` variant, answered with
/// the generic 500.
macro_rules! store_failures_are_internal {
    ($($error:ty),* $(,)?) => {$(
        impl From<sqlx::Error> for $error {
            fn from(e: sqlx::Error) -> Self {
                Self::Internal(e.into())
            }
        }
    )*};
}
pub(crate) use store_failures_are_internal;

pub mod attempts;
pub mod directory_change;
pub mod enrollment;
pub mod guardians;
pub mod handoffs;
pub mod hasher;
pub mod idempotency;
pub mod lockout;
pub mod nycsa;
pub mod password;
pub mod reconcile;
pub mod report;
pub mod self_service;
pub mod session_tokens;
pub mod sign_in;
pub mod staff;
pub mod terminals;
pub mod tickets;
pub mod totp;
