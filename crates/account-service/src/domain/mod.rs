pub mod enrollment;
pub mod hasher;
pub mod lockout;
pub mod self_service;
