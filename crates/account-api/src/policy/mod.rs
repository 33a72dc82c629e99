//! Secret policies shared by the kiosk (live checklist) and the service (authoritative).

mod answers;
mod blocklist;
mod fold;
mod password;
mod pin;

pub use answers::{check_questions, normalize_answer, QuestionReason, ANSWER_MIN_CHARS};
pub use blocklist::{blocklist_len, is_blocklisted};
pub use fold::{fold, is_invisible};
pub use password::{check_password, PasswordCheck, PasswordReason, PasswordRules};
pub use pin::{check_pin, PinReason, PIN_MAX_LEN, PIN_MIN_LEN};
