//! What shows over the screen, as a stack, bottom first: the offline banner, the overlays the
//! visitor opened (F2's languages, F1's help, the staff exit prompt), the speech keys, and the
//! idle countdown on top. A key goes to the top layer first and on down until a layer takes
//! it, and reaches the screen only if none did; the layers are drawn bottom first, over the
//! screen; the kiosk says what the top layer that speaks says.

use crate::exit_prompt::ExitPrompt;

/// An overlay opened by a key and closed by a key. It takes every key while it is open, and
/// the screen under it keeps everything typed on it.
#[derive(Debug)]
pub enum Overlay {
    /// F2: the language highlighted.
    Language { selected: usize },
    /// F1's help.
    Help,
    /// Ctrl-Q in kiosk mode: the staff member's exit code.
    Exit(ExitPrompt),
}

/// One layer of the stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// The account service is down: a banner over the header; keys go through.
    Offline,
    /// The overlay at this place among the app's overlays.
    Overlay(usize),
    /// F4 and F5 (listen again, speech on and off) work over every overlay; other keys go
    /// through.
    SpeechKeys,
    /// The idle countdown, with the seconds left. A key only says "I am still here".
    Countdown(u64),
}

/// What a layer did with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passed {
    Taken,
    Through,
}
