//! The Welcome Center Kiosk: a full-screen terminal application for NYC Public Schools
//! Family Welcome Centers.

pub mod api;
pub mod app;
pub mod config;
pub mod embedded;
pub mod exit_prompt;
pub mod fleet;
pub mod i18n;
pub mod keys;
pub mod kiosk_backend;
pub mod layers;
pub mod runner;
pub mod screens;
pub mod secret;
pub mod speech;
pub mod terminal;
pub mod view;
pub mod visit;
pub mod widgets;
