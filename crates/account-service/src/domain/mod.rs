pub mod attempts;
pub mod enrollment;
pub mod hasher;
pub mod lockout;
pub mod nycsa;
pub mod self_service;
pub mod staff;
pub mod tickets;
