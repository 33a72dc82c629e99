//! What a screen can do. Every screen implements [`ScreenState`]; the defaults are what a
//! screen that does not care gets, so a screen states only what it does. [`super::Screen`]
//! reaches every screen through this trait alone, so a screen cannot be half-wired: one left
//! out of the list does not compile, and none loses a reply to a catch-all arm.

use account_api::SecretString;
use ratatui::layout::Rect;
use tokio::time::Duration;

use super::{Action, Chrome, Ctx, Reply};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::Canvas;

pub trait ScreenState {
    /// The screen's name in logs and tests, and the key its scroll position is kept under.
    fn name(&self) -> &'static str;

    /// A key the app did not take itself (the app drops keys while a request is out).
    fn key(&mut self, key: Key, ctx: &Ctx) -> Action;

    /// Pasted text, already cut to the paste limit. Secret fields take it character by
    /// character, within their limits; text fields override this to paste in one go.
    fn paste(&mut self, text: &str, ctx: &Ctx) {
        for c in text.chars().filter(|c| !c.is_control()) {
            let _ = self.key(Key::Char(c), ctx);
        }
    }

    /// The answer to the request this screen sent.
    fn reply(&mut self, _reply: Reply, _ctx: &Ctx) -> Action {
        Action::None
    }

    /// Time passing: `shown` is how long the screen has been showing.
    fn tick(&mut self, _shown: Duration, _ctx: &Ctx) -> Action {
        Action::None
    }

    /// The title, step and footer keys the chrome draws around the screen.
    fn chrome(&self, ctx: &Ctx) -> Chrome;

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx);

    /// What the screen says: its title, instruction and choices, the field or choice the
    /// visitor is on, and the errors showing. By default the title only, as staff screens
    /// do: they are for the staff member, and one of them shows a temporary password.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        Spoken::titled(ctx, &self.chrome(ctx).title)
    }

    /// How many characters the secret field with the focus holds; `None` when the focus
    /// is not on a secret field. Only the count: what a key did is said, never what it was.
    fn secret_len(&self) -> Option<usize> {
        None
    }

    /// Whether this screen needs the account service; when it is down, the offline screen
    /// is shown instead of it.
    fn needs_service(&self) -> bool {
        true
    }

    /// Whether this is a screen of the family side, where F6 asks at the counter.
    fn is_family(&self) -> bool {
        true
    }

    /// Whether the visitor's session is still going: the idle countdown only runs then.
    fn holds_visitor(&self) -> bool {
        true
    }

    /// The parent session this screen holds, if any, so the app can end it on the service
    /// when the visitor leaves the parent area.
    fn parent_session(&self) -> Option<&SecretString> {
        None
    }
}
