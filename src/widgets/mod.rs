//! Drawing pieces shared by the screens.

pub mod bidi;
pub mod big_number;
pub mod canvas;
pub mod checklist;
pub mod chrome;
pub mod field;
pub mod layout;
pub mod memo;
pub mod qr;
pub mod sign_in;
pub mod text;
pub mod theme;
pub mod width;

pub use canvas::Canvas;
