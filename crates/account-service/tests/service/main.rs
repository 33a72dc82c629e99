//! The account service as terminals, staff and operators use it: each module starts the real
//! service (its HTTP API, its command line, its store) and covers one area. One binary, so
//! `common` and the service are compiled once for all of them.

#[path = "../common/mod.rs"]
mod common;

mod brute_force;
mod cli;
mod connections;
mod email;
mod enrollment;
mod guardians;
mod handoffs;
mod hostile;
mod instances;
mod metrics;
mod nycsa;
mod operations;
mod parallel_attacks;
mod records_and_headers;
mod roster;
mod scale;
mod self_service;
mod staff;
mod staff_cli;
mod staff_factor;
mod terminals;
mod tickets;
