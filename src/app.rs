//! The application state machine: keys, service replies and ticks in; the active screen,
//! requests and redraws out. It never awaits: requests run in tasks that answer with the
//! request id, and a reply to anything but the latest request is dropped.

use account_api::endpoints::{self as ep, Endpoint};
use account_api::wire::{
    AuditQuery, CheckRequest, EnrollSessionRequest, HandoffList, HandoffRequest, NycsaEndRequest,
    SetPasswordRequest, SetQuestionsRequest, StudentSearch, VisitOutcome,
};
use account_api::{ErrorCode, SecretString};
use crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::Frame;
use std::sync::Arc;
use tokio::sync::mpsc::UnboundedSender;
use tokio::time::{Duration, Instant};

use crate::api::{ApiClient, ApiError, Call};
use crate::config::{KioskConfig, Mode};
use crate::exit_prompt::{ExitOutcome, ExitPrompt};
use crate::i18n::{Arg, Locales};
use crate::keys::Key;
use crate::layers::{Layer, Overlay, Passed};
use crate::screens::{
    Action, Ctx, HandoffScreen, HandoffState, LanguageScreen, MenuScreen, ProblemKind,
    ProblemScreen, Reply, Request, Screen, StaffSimpleAction,
};
use crate::screens::{StaffHomeScreen, StaffSignInScreen};
use crate::speech::{Speech, Spoken};
use crate::view;
use crate::visit::Visit;

/// Failed tries (wrong details, PIN or answers) after which the kiosk starts over (§5).
pub const SESSION_FAILURE_LIMIT: u32 = 8;
/// The most of one paste the kiosk looks at; fields are far shorter anyway.
const PASTE_LIMIT: usize = 4096;
/// How often the counter's staff menu asks for the center's hand-offs.
const QUEUE_POLL: Duration = Duration::from_secs(3);

// One event at a time goes through the channel; boxing replies would only add allocations.
#[allow(clippy::large_enum_variant)]
pub enum AppEvent {
    Key(KeyEvent),
    Paste(String),
    Resize,
    Tick,
    Reply(u64, Reply),
    /// The background health check: whether the account service answered.
    Health(bool),
    /// The counter's queue of hand-offs, refreshed in the background.
    Queue(Result<HandoffList, ApiError>),
    /// SIGTERM / SIGHUP: wipe and leave.
    Quit,
}

pub struct App {
    pub screen: Screen,
    pub ctx: Ctx,
    api: Option<ApiClient>,
    tx: UnboundedSender<AppEvent>,
    next_id: u64,
    last_input: Instant,
    screen_since: Instant,
    visitor_failures: u32,
    /// Wrong exit codes and the lock they set, kept while prompts come and go.
    exit_wrong: (u32, Option<Instant>),
    /// The overlays open over the screen, bottom first (see [`App::layers`]).
    overlays: Vec<Overlay>,
    /// Rows the visitor scrolled the body (PageUp/PageDown) on the screen named first; a
    /// small terminal shows the rest of a screen this way.
    pub scroll: (&'static str, i32),
    clear_requested: bool,
    /// A new screen or language: repaint every cell, so no character a terminal measured
    /// differently (combining marks, some scripts) is left behind.
    redraw_requested: bool,
    /// Whether the account service answered the last health check.
    pub online: bool,
    /// Spoken guidance: what this visit hears, and the thread that speaks it.
    pub speech: Speech,
    /// Debug builds: a key that panics on purpose (tests of the supervisor).
    pub panic_key: Option<char>,
    pub quit: bool,
    /// This kiosk visit: its first key, its outcome, the proof of who the student is.
    visit: Visit,
    /// Counter mode: the last refresh of the hand-off queue, and whether one is under way.
    queue_polled: Option<Instant>,
    queue_in_flight: bool,
    /// Hand-offs this counter has shown already, so only new ones ring.
    seen_handoffs: std::collections::HashSet<String>,
    bell_requested: bool,
}

impl App {
    pub fn new(
        config: Arc<KioskConfig>,
        locales: Arc<Locales>,
        api: Option<ApiClient>,
        tx: UnboundedSender<AppEvent>,
    ) -> Self {
        crate::widgets::theme::set_theme(config.theme);
        let lang = default_lang(&config);
        let now = Instant::now();
        let screen = match config.mode {
            Mode::Counter => Screen::StaffSignIn(StaffSignInScreen::default()),
            Mode::Kiosk => Screen::Language(LanguageScreen::default()),
        };
        let speech = Speech::new(&config.speech);
        App {
            screen,
            ctx: Ctx::new(lang, locales, config),
            api,
            tx,
            next_id: 0,
            last_input: now,
            screen_since: now,
            visitor_failures: 0,
            exit_wrong: (0, None),
            overlays: Vec::new(),
            scroll: ("", 0),
            clear_requested: false,
            redraw_requested: false,
            online: true,
            speech,
            panic_key: None,
            quit: false,
            visit: Visit::default(),
            queue_polled: None,
            queue_in_flight: false,
            seen_handoffs: Default::default(),
            bell_requested: false,
        }
    }

    /// Whether a new hand-off arrived since the last call, so the terminal should ring.
    pub fn take_bell_request(&mut self) -> bool {
        std::mem::take(&mut self.bell_requested)
    }

    pub fn is_busy(&self) -> bool {
        self.ctx.pending.is_some()
    }

    /// Whether the screen or language changed since the last call.
    pub fn take_redraw_request(&mut self) -> bool {
        std::mem::take(&mut self.redraw_requested)
    }

    /// Whether the session ended since the last call, so the terminal should be wiped.
    pub fn take_clear_request(&mut self) -> bool {
        std::mem::take(&mut self.clear_requested)
    }

    /// Seconds left on the idle countdown, when it is showing.
    pub fn idle_countdown(&self, now: Instant) -> Option<u64> {
        if !self.screen.holds_visitor() {
            return None;
        }
        let idle = now.saturating_duration_since(self.last_input);
        // At the counter, the staff session's own idle limit applies (15 minutes).
        let timeout = match self.ctx.config.mode {
            Mode::Counter => Duration::from_secs(15 * 60),
            Mode::Kiosk => self.ctx.config.idle_timeout(),
        };
        let warning = self.ctx.config.idle_warning();
        (idle >= timeout).then(|| {
            (timeout + warning)
                .saturating_sub(idle)
                .as_secs_f64()
                .ceil() as u64
        })
    }

    pub fn handle(&mut self, event: AppEvent) {
        self.handle_event(event);
        crate::fleet::set_serving(self.screen.holds_visitor());
        if self.speech.is_on() && !self.quit {
            let now = self.spoken(Instant::now());
            self.speech.follow(now);
        }
    }

    /// What is showing, as speech: an overlay when one is open, else the screen.
    /// F1 opens the help overlay on a family's screens; the menu and problem screens take it
    /// themselves (to the help screen), and staff screens have their own ways.
    pub fn help_is_global(&self) -> bool {
        !matches!(
            self.screen,
            Screen::Menu(_) | Screen::Problem(_) | Screen::Help(_)
        ) && !self.screen.name().starts_with("staff_")
    }

    /// F1 and F2 work on this screen (the menu and problem screens open the help screen
    /// with F1 themselves).
    fn help_and_language(&self) -> Vec<&'static str> {
        let mut keys = Vec::new();
        if self.screen.is_family() {
            if self.help_is_global() || matches!(self.screen, Screen::Menu(_) | Screen::Problem(_))
            {
                keys.push("key-help");
            }
            keys.push("key-language");
        }
        keys
    }

    /// The keys that work everywhere, on their own row above the footer: F6 (ask at the
    /// counter) on a kiosk's family screens, then F1 and F2 — or, while the kiosk speaks, F4
    /// and F5 in their place (F1 and F2 then join the footer).
    pub fn global_keys(&self) -> Vec<&'static str> {
        let mut keys = Vec::new();
        if self.ctx.config.mode == Mode::Kiosk && self.screen.is_family() {
            keys.push("key-counter");
        }
        if self.ctx.config.speech.enabled {
            keys.extend(["key-listen", "key-voice"]);
        } else {
            keys.extend(self.help_and_language());
        }
        keys
    }

    /// The screen's own keys, and F1 and F2 where the global row has no room for them: every
    /// family screen says how to get help and how to change the language.
    pub fn footer_keys(&self) -> Vec<&'static str> {
        let global = self.global_keys();
        let mut keys: Vec<&'static str> = self
            .screen
            .chrome(&self.ctx)
            .keys
            .into_iter()
            .filter(|k| !global.contains(k))
            .collect();
        for key in self.help_and_language() {
            if !global.contains(&key) && !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys
    }

    pub fn spoken(&self, now: Instant) -> Spoken {
        let ctx = &self.ctx;
        for layer in self.layers(now).into_iter().rev() {
            match layer {
                Layer::Countdown(_) => {
                    // The whole warning, said once: the seconds it starts from, not each second.
                    let seconds = self.ctx.config.idle_warning_secs as i64;
                    let mut s = Spoken::titled(ctx, &ctx.t("idle-title"));
                    s.say(
                        ctx,
                        &ctx.t_args("idle-body", &[("seconds", Arg::Num(seconds))]),
                    )
                    .say_key(ctx, "idle-keep");
                    return s;
                }
                Layer::SpeechKeys => {}
                Layer::Overlay(i) => return self.overlay_spoken(&self.overlays[i]),
                Layer::Offline => {
                    let mut s = self.screen.speech(ctx);
                    s.alert(&ctx.t("offline-banner"));
                    return s;
                }
            }
        }
        self.screen.speech(ctx)
    }

    fn overlay_spoken(&self, overlay: &Overlay) -> Spoken {
        let ctx = &self.ctx;
        match overlay {
            Overlay::Language { .. } => {
                LanguageScreen::spoken_choices(ctx, &self.offered_languages())
            }
            Overlay::Help => {
                let mut s = Spoken::titled(ctx, &ctx.t("help-title"));
                for text in help_overlay_texts(ctx) {
                    s.say(ctx, &text);
                }
                s
            }
            Overlay::Exit(prompt) => {
                let mut s = Spoken::titled(ctx, &ctx.t("exit-title"));
                s.say_key(ctx, "exit-label");
                if let Some(msg) = prompt.message {
                    s.alert(&ctx.t(msg));
                }
                s
            }
        }
    }

    /// What shows over the screen at `now`, bottom first: the offline banner, the open
    /// overlays, the speech keys, the idle countdown. Keys go to them top first.
    pub fn layers(&self, now: Instant) -> Vec<Layer> {
        let mut layers = Vec::with_capacity(self.overlays.len() + 3);
        if !self.online {
            layers.push(Layer::Offline);
        }
        layers.extend((0..self.overlays.len()).map(Layer::Overlay));
        layers.push(Layer::SpeechKeys);
        if let Some(seconds) = self.idle_countdown(now) {
            layers.push(Layer::Countdown(seconds));
        }
        layers
    }

    /// Rows the visitor scrolled the current screen's body; a new screen starts unscrolled.
    pub fn scrolled_rows(&self) -> i32 {
        if self.scroll.0 == self.screen.name() {
            self.scroll.1
        } else {
            0
        }
    }

    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    /// The staff exit prompt, while it is open.
    pub fn exit_prompt(&self) -> Option<&ExitPrompt> {
        self.overlays.iter().find_map(|o| match o {
            Overlay::Exit(prompt) => Some(prompt),
            _ => None,
        })
    }

    pub fn help_open(&self) -> bool {
        self.overlays.iter().any(|o| matches!(o, Overlay::Help))
    }

    pub fn language_open(&self) -> bool {
        self.overlays
            .iter()
            .any(|o| matches!(o, Overlay::Language { .. }))
    }

    /// How many characters the secret field being typed in holds, if the focus is on one.
    fn secret_len(&self) -> Option<usize> {
        match self.exit_prompt() {
            Some(prompt) => Some(prompt.code.char_count()),
            None => self.screen.secret_len(),
        }
    }

    /// A key or paste in a secret field is acknowledged without saying what was typed.
    fn acknowledge_secret(&mut self, before: Option<usize>) {
        if let (Some(before), Some(after)) = (before, self.secret_len()) {
            self.speech.secret_changed(&self.ctx, before, after);
        }
    }

    fn handle_event(&mut self, event: AppEvent) {
        let now = Instant::now();
        match event {
            AppEvent::Key(event) => {
                if let Some(key) = Key::from_event(&event) {
                    self.on_key(key, now);
                }
            }
            AppEvent::Paste(text) => {
                // A paste may be a password: both copies are wiped when done with.
                let text = zeroize::Zeroizing::new(text);
                self.last_input = now;
                if self.ctx.pending.is_none() && self.exit_prompt().is_none() {
                    let end = text
                        .char_indices()
                        .nth(PASTE_LIMIT)
                        .map_or(text.len(), |(i, _)| i);
                    let before = self.screen.secret_len();
                    self.screen.paste(&text[..end], &self.ctx);
                    self.acknowledge_secret(before);
                }
            }
            AppEvent::Resize => {}
            AppEvent::Tick => self.on_tick(now),
            AppEvent::Reply(id, reply) => {
                if self.ctx.pending == Some(id) {
                    self.visit.observe(&reply, now);
                    self.ctx.pending = None;
                    let action = self.screen.reply(reply, &self.ctx);
                    self.apply(action, now);
                }
            }
            AppEvent::Health(ok) => self.on_health(ok, now),
            AppEvent::Queue(result) => {
                self.queue_in_flight = false;
                if let Screen::StaffHome(home) = &mut self.screen {
                    if home.queue.update(result, &mut self.seen_handoffs) {
                        self.bell_requested = true;
                    }
                }
            }
            AppEvent::Quit => {
                self.restart(now);
                self.quit = true;
            }
        }
    }

    fn on_key(&mut self, key: Key, now: Instant) {
        if let (Some(p), Key::Char(c)) = (self.panic_key, key) {
            assert!(p != c, "panic key pressed (test build)");
        }
        // Taken before the key moves the idle clock: during the countdown a key only says
        // "I am still here", and it does not count as the visit's first.
        let layers = self.layers(now);
        self.last_input = now;
        let still_here = matches!(layers.last(), Some(Layer::Countdown(_)));
        if self.ctx.config.mode == Mode::Kiosk && !still_here {
            self.visit.key(now);
        }
        for layer in layers.into_iter().rev() {
            if self.layer_key(layer, key, now) == Passed::Taken {
                return;
            }
        }
        self.screen_key(key, now);
    }

    fn layer_key(&mut self, layer: Layer, key: Key, now: Instant) -> Passed {
        match layer {
            Layer::Countdown(_) => Passed::Taken,
            Layer::SpeechKeys if matches!(key, Key::Listen | Key::Voice) => {
                // On a kiosk that does not speak they do nothing at all, and never reach a
                // screen.
                if self.speech.available() {
                    let showing = self.spoken(now);
                    if key == Key::Listen {
                        self.speech.repeat(showing);
                    } else {
                        self.speech.toggle(&self.ctx, showing);
                    }
                }
                Passed::Taken
            }
            Layer::Overlay(i) => {
                self.overlay_key(i, key, now);
                Passed::Taken
            }
            Layer::SpeechKeys | Layer::Offline => Passed::Through,
        }
    }

    /// An open overlay takes every key.
    fn overlay_key(&mut self, i: usize, key: Key, now: Instant) {
        let hash = self.ctx.config.staff_exit_code_hash.clone();
        match &mut self.overlays[i] {
            Overlay::Language { selected } => {
                let selected = *selected;
                self.language_overlay_key(i, key, selected);
            }
            Overlay::Help => {
                if matches!(key, Key::Esc | Key::Enter | Key::Help) {
                    self.overlays.remove(i);
                    self.redraw_requested = true;
                }
            }
            Overlay::Exit(prompt) => {
                let before = Some(prompt.code.char_count());
                match prompt.key_at(key, hash.as_deref(), now) {
                    ExitOutcome::Stay => {
                        self.exit_wrong = (prompt.wrong, prompt.locked_until);
                        self.acknowledge_secret(before);
                    }
                    ExitOutcome::Close => {
                        self.overlays.remove(i);
                    }
                    ExitOutcome::Exit => {
                        self.restart(now);
                        self.quit = true;
                    }
                }
            }
        }
    }

    /// A key no layer took: the keys that work on every screen, then the screen's own.
    fn screen_key(&mut self, key: Key, now: Instant) {
        let before = self.secret_len();
        match key {
            Key::StaffExit if self.ctx.config.mode == Mode::Counter => {
                self.restart(now);
                self.quit = true;
            }
            Key::StaffExit => {
                let prompt = ExitPrompt::resume(self.exit_wrong.0, self.exit_wrong.1);
                self.overlays.push(Overlay::Exit(prompt));
            }
            Key::SignOut if self.ctx.staff.is_some() => {
                self.end_staff_session();
                self.restart(now);
            }
            Key::Help if self.help_is_global() => {
                self.overlays.push(Overlay::Help);
                self.redraw_requested = true;
            }
            Key::PageUp | Key::PageDown => {
                let step = if key == Key::PageUp { -4 } else { 4 };
                // The view clamps to the body's height; the count is kept within reach.
                let rows = (self.scrolled_rows() + step).clamp(-40, 40);
                self.scroll = (self.screen.name(), rows);
            }
            Key::Language => {
                let current = self
                    .offered_languages()
                    .iter()
                    .position(|c| *c == self.ctx.lang)
                    .unwrap_or(0);
                self.overlays.push(Overlay::Language { selected: current });
            }
            Key::Counter
                if self.ctx.config.mode == Mode::Kiosk
                    && self.screen.is_family()
                    && self.ctx.pending.is_none() =>
            {
                let reason = HandoffScreen::asked_reason(&self.screen);
                self.show(Screen::Handoff(HandoffScreen::new(reason, None)), now);
            }
            _ if self.ctx.pending.is_some() => {}
            key => {
                let action = self.screen.key(key, &self.ctx);
                if matches!(action, Action::None) {
                    self.acknowledge_secret(before);
                }
                self.apply(action, now);
            }
        }
    }

    /// Changing the language keeps the visitor's screen and everything typed on it.
    fn language_overlay_key(&mut self, i: usize, key: Key, selected: usize) {
        self.redraw_requested = true;
        let langs = self.offered_languages();
        let n = langs.len().max(1);
        match key {
            Key::Up | Key::BackTab => {
                self.overlays[i] = Overlay::Language {
                    selected: (selected + n - 1) % n,
                }
            }
            Key::Down | Key::Tab => {
                self.overlays[i] = Overlay::Language {
                    selected: (selected + 1) % n,
                }
            }
            Key::Enter => {
                if let Some(code) = langs.get(selected) {
                    self.ctx.lang = code;
                }
                self.overlays.remove(i);
            }
            Key::Char(c) if c.is_ascii_digit() => {
                let d = c.to_digit(10).unwrap_or(0) as usize;
                let index = if d == 0 { 9 } else { d - 1 };
                if let Some(code) = langs.get(index) {
                    self.ctx.lang = code;
                    self.overlays.remove(i);
                }
            }
            Key::Esc | Key::Language => {
                self.overlays.remove(i);
            }
            _ => {}
        }
    }

    pub fn offered_languages(&self) -> Vec<&'static str> {
        self.ctx
            .config
            .languages
            .iter()
            .filter_map(|c| crate::i18n::find_language(c))
            .filter(|l| self.ctx.locales.has(l.code))
            .map(|l| l.code)
            .collect()
    }

    fn on_tick(&mut self, now: Instant) {
        if let Some(0) = self.idle_countdown(now) {
            // Walking away from a counter terminal signs the staff member out.
            self.end_staff_session();
            self.restart(now);
            return;
        }
        self.poll_queue(now);
        let shown = now.saturating_duration_since(self.screen_since);
        let action = self.screen.tick(shown, &self.ctx);
        self.apply(action, now);
    }

    /// Going offline parks the visitor's screen behind the offline screen; coming back
    /// returns to it, so nobody has to start again or restart the kiosk.
    fn on_health(&mut self, ok: bool, now: Instant) {
        let was = self.online;
        self.online = ok;
        if was && !ok && self.ctx.pending.is_none() && self.screen.needs_service() {
            let parked = std::mem::replace(
                &mut self.screen,
                Screen::Language(LanguageScreen::default()),
            );
            self.screen = Screen::Problem(ProblemScreen::new(ProblemKind::Offline, Some(parked)));
            self.screen_since = now;
        } else if !was && ok {
            if let Screen::Problem(p) = &mut self.screen {
                if let Some(back) = p.take_offline_retry() {
                    self.screen = back;
                    self.screen_since = now;
                }
            }
        }
    }

    fn apply(&mut self, action: Action, now: Instant) {
        match action {
            Action::None => {}
            Action::Go(screen) => self.show(screen, now),
            Action::Request(request) => self.send(request),
            Action::ChooseLanguage(code) => {
                self.ctx.lang = code;
                self.show(Screen::Menu(MenuScreen::default()), now);
            }
            Action::Restart => self.restart(now),
            Action::StaffSignedIn(staff) => {
                self.ctx.staff = Some(staff);
                self.show(Screen::StaffHome(StaffHomeScreen::default()), now);
            }
            Action::StaffSignOut => {
                self.end_staff_session();
                self.restart(now);
            }
        }
    }

    fn show(&mut self, screen: Screen, now: Instant) {
        let mut screen = screen;
        if !self.online && screen.needs_service() {
            screen = Screen::Problem(ProblemScreen::new(ProblemKind::Offline, Some(screen)));
        }
        if let Screen::Problem(p) = &screen {
            if p.kind.is_failed_try() {
                self.visitor_failures += 1;
                if self.visitor_failures >= SESSION_FAILURE_LIMIT {
                    screen = Screen::Problem(ProblemScreen::new(ProblemKind::SessionEnded, None));
                }
            }
        }
        if self.ctx.config.mode == Mode::Kiosk {
            // A dead end sends the family to the counter with a number, its explanation kept.
            if let Some(reason) = HandoffScreen::dead_end_reason(&screen) {
                screen = Screen::Handoff(HandoffScreen::new(reason, Some(screen)));
            }
        }
        self.end_parent_session_unless(screen.parent_session().is_some());
        // The old screen, and every secret it held, is dropped (and wiped) here.
        self.screen = screen;
        self.redraw_requested = true;
        self.screen_since = now;
        if matches!(self.screen, Screen::StaffHome(_)) {
            self.queue_polled = None;
        }
        self.send_handoff(now);
    }

    /// A hand-off screen just shown asks the service for its number, naming the student only
    /// by the proof the service gave this visit.
    fn send_handoff(&mut self, now: Instant) {
        let Screen::Handoff(h) = &self.screen else {
            return;
        };
        if h.state != HandoffState::Sending {
            return;
        }
        let body = HandoffRequest {
            language: self.ctx.lang.to_string(),
            reason: h.reason,
            student: self.visit.proof(),
        };
        self.visit.ended_as(VisitOutcome::HandedOff, now);
        self.send(Request::Handoff(body));
    }

    /// Counter mode: the staff menu refreshes its queue every few seconds, in the background,
    /// so keys keep working while it does.
    fn poll_queue(&mut self, now: Instant) {
        if !matches!(self.screen, Screen::StaffHome(_)) || self.queue_in_flight {
            return;
        }
        let Some(staff) = &self.ctx.staff else {
            return;
        };
        if self
            .queue_polled
            .is_some_and(|t| now.saturating_duration_since(t) < QUEUE_POLL)
            || tokio::runtime::Handle::try_current().is_err()
        {
            return;
        }
        self.queue_polled = Some(now);
        self.queue_in_flight = true;
        let session = copy(&staff.session);
        let api = Service(self.api.clone());
        let tx = self.tx.clone();
        tokio::spawn(async move {
            let call = Call::<ep::StaffHandoffs>::new().as_staff(&session);
            let _ = tx.send(AppEvent::Queue(api.send(call).await));
        });
    }

    /// Ends the visitor's session: every secret is dropped with its screen, the language goes
    /// back to the default and the terminal is wiped.
    pub fn restart(&mut self, now: Instant) {
        self.end_parent_session_unless(false);
        let ended = self.visit.end(self.ctx.lang, self.last_input);
        if let (Mode::Kiosk, Some(body)) = (self.ctx.config.mode, ended) {
            self.spawn_quietly(Request::VisitEnd(body));
        }
        self.queue_polled = None;
        self.screen = match (self.ctx.config.mode, &self.ctx.staff) {
            (Mode::Counter, Some(_)) => Screen::StaffHome(StaffHomeScreen::default()),
            (Mode::Counter, None) => Screen::StaffSignIn(StaffSignInScreen::default()),
            (Mode::Kiosk, _) => Screen::Language(LanguageScreen::default()),
        };
        self.ctx.lang = default_lang(&self.ctx.config);
        self.ctx.pending = None;
        self.visitor_failures = 0;
        self.overlays.clear();
        self.screen_since = now;
        self.last_input = now;
        self.clear_requested = true;
        self.speech.end_visit();
        crate::widgets::bidi::forget_shaped();
    }

    /// Signing out forgets the staff session here and ends it on the service, so it is worth
    /// nothing to whoever finds it later.
    fn end_staff_session(&mut self) {
        self.seen_handoffs.clear();
        if let Some(staff) = self.ctx.staff.take() {
            self.spawn_quietly(Request::StaffEnd(staff.session));
        }
    }

    fn spawn_quietly(&self, request: Request) {
        let api = self.api.clone();
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(async move {
                execute(api, request).await;
            });
        }
    }

    /// Leaving the parent area ends the parent's session on the service too.
    fn end_parent_session_unless(&mut self, still_in_parent_area: bool) {
        if still_in_parent_area {
            return;
        }
        if let Some(session) = self.screen.parent_session() {
            let request = Request::NycsaEnd(SecretString::from_str_exact(session.expose()));
            self.spawn_quietly(request);
        }
    }

    fn send(&mut self, request: Request) {
        self.next_id += 1;
        let id = self.next_id;
        self.ctx.pending = Some(id);
        let tx = self.tx.clone();
        // The service writes the visitor's confirmation emails in the kiosk's language.
        let api = self.api.as_ref().map(|a| a.with_language(self.ctx.lang));
        tokio::spawn(async move {
            let reply = execute(api, request).await;
            let _ = tx.send(AppEvent::Reply(id, reply));
        });
    }

    pub fn draw(&self, frame: &mut Frame) {
        // The background is always ours: on a light terminal the kiosk's colors keep their
        // contrast.
        let area = frame.area();
        frame
            .buffer_mut()
            .set_style(area, crate::widgets::theme::palette().text);
        view::draw(self, frame, Instant::now());
    }

    pub fn area_ok(area: Rect) -> bool {
        area.width >= view::MIN_WIDTH && area.height >= view::MIN_HEIGHT
    }
}

fn default_lang(config: &KioskConfig) -> &'static str {
    crate::i18n::find_language(&config.default_language)
        .map(|l| l.code)
        .unwrap_or("en")
}

fn copy(secret: &SecretString) -> SecretString {
    SecretString::from_str_exact(secret.expose())
}

/// The service, or no service: then every call is answered `Offline`, like a service that
/// cannot be reached.
struct Service(Option<ApiClient>);

impl Service {
    async fn send<EP: Endpoint>(&self, call: Call<'_, EP>) -> Result<EP::Answer, ApiError> {
        match &self.0 {
            Some(api) => api.send(call).await,
            None => Err(ApiError::Offline),
        }
    }
}

async fn execute(api: Option<ApiClient>, request: Request) -> Reply {
    let api = Service(api);
    match request {
        Request::Start(body) => Reply::Start(api.send(Call::<ep::Start>::body(&body)).await),
        Request::Verify(body) => Reply::Verify(api.send(Call::<ep::Verify>::body(&body)).await),
        Request::Reset {
            body,
            idempotency_key,
        } => Reply::Reset(
            api.send(Call::<ep::Reset>::body(&body).once(&idempotency_key))
                .await,
        ),
        Request::EnrollSignIn(body) => {
            Reply::EnrollSignIn(api.send(Call::<ep::EnrollSession>::body(&body)).await)
        }
        Request::NycsaSignIn(body) => {
            Reply::NycsaSignIn(api.send(Call::<ep::NycsaSession>::body(&body)).await)
        }
        Request::Ticket(body) => Reply::Ticket(api.send(Call::<ep::Ticket>::body(&body)).await),
        Request::StaffSignIn(body) => {
            Reply::StaffSignIn(api.send(Call::<ep::StaffSession>::body(&body)).await)
        }
        Request::StaffReport(session) => Reply::StaffReport(
            api.send(
                Call::<ep::StaffReport>::new()
                    .query(&account_api::report::ReportQuery::default())
                    .as_staff(&session),
            )
            .await,
        ),
        Request::StaffSearch { session, q } => {
            let query = StudentSearch { q };
            Reply::StaffSearch(
                api.send(
                    Call::<ep::StaffSearch>::new()
                        .query(&query)
                        .as_staff(&session),
                )
                .await,
            )
        }
        Request::StaffOpen {
            session,
            student_ref,
        } => {
            let result = async {
                let status = api
                    .send(
                        Call::<ep::StaffStatus>::new()
                            .at(&student_ref)
                            .as_staff(&session),
                    )
                    .await?;
                let query = AuditQuery {
                    student: student_ref.clone(),
                };
                let audit = api
                    .send(
                        Call::<ep::StaffAudit>::new()
                            .query(&query)
                            .as_staff(&session),
                    )
                    .await?;
                Ok((status, audit))
            }
            .await;
            Reply::StaffOpen(result)
        }
        Request::IdentityCheck {
            session,
            student_ref,
            body,
        } => Reply::IdentityCheck(
            api.send(
                Call::<ep::IdentityCheck>::body(&body)
                    .at(&student_ref)
                    .as_staff(&session),
            )
            .await,
        ),
        Request::StaffPassword {
            session,
            student_ref,
            body,
        } => {
            let key = uuid::Uuid::new_v4().to_string();
            Reply::StaffPassword(
                api.send(
                    Call::<ep::StaffPassword>::body(&body)
                        .at(&student_ref)
                        .as_staff(&session)
                        .once(&key),
                )
                .await,
            )
        }
        Request::StaffSimple {
            session,
            student_ref,
            what,
            body,
        } => {
            let key = uuid::Uuid::new_v4().to_string();
            let call = (&body, student_ref.as_str(), &session, key.as_str());
            let result = match what {
                StaffSimpleAction::Resume => staff_change::<ep::StaffResume>(&api, call).await,
                StaffSimpleAction::ClearPin => staff_change::<ep::StaffClearPin>(&api, call).await,
                StaffSimpleAction::ClearQuestions => {
                    staff_change::<ep::StaffClearQuestions>(&api, call).await
                }
            };
            Reply::StaffSimple(result)
        }
        Request::NycsaEnd(session) => {
            let body = NycsaEndRequest { session };
            let _ = api.send(Call::<ep::NycsaEnd>::body(&body)).await;
            Reply::Ignored
        }
        Request::StaffEnd(session) => {
            let _ = api
                .send(Call::<ep::StaffEnd>::new().as_staff(&session))
                .await;
            Reply::Ignored
        }
        Request::Handoff(body) => {
            let result = match api.send(Call::<ep::HandoffCreate>::body(&body)).await {
                // The proof ran out (a long visit): the family still gets a number.
                Err(ApiError::Problem(p))
                    if p.code == ErrorCode::FlowExpired && body.student.is_some() =>
                {
                    let again = HandoffRequest {
                        student: None,
                        ..body
                    };
                    api.send(Call::<ep::HandoffCreate>::body(&again)).await
                }
                other => other,
            };
            Reply::Handoff(result)
        }
        Request::ClaimHandoff { session, handoff } => {
            let call = Call::<ep::StaffClaimHandoff>::new()
                .at(&handoff)
                .as_staff(&session);
            Reply::HandoffClaimed(api.send(call).await, handoff)
        }
        Request::VisitEnd(body) => {
            let _ = api.send(Call::<ep::VisitEnd>::body(&body)).await;
            Reply::Ignored
        }
        Request::ChildPassword {
            student_ref,
            body,
            idempotency_key,
        } => Reply::ChildPassword(
            api.send(
                Call::<ep::ChildPassword>::body(&body)
                    .at(&student_ref)
                    .once(&idempotency_key),
            )
            .await,
        ),
        Request::ResetLink { myschools, body } => Reply::ResetLink(if myschools {
            api.send(Call::<ep::MySchoolsLink>::body(&body)).await
        } else {
            api.send(Call::<ep::NycsaLink>::body(&body)).await
        }),
        Request::SetPin(body) => {
            Reply::PinSaved(api.send(Call::<ep::SetPin>::body(&body)).await.map(drop))
        }
        Request::SetQuestions {
            student,
            session,
            password,
            answers,
        } => {
            let result = async {
                let session = match session {
                    Some(s) => s,
                    None => {
                        let again = EnrollSessionRequest {
                            student: student.clone(),
                            password: copy(&password),
                        };
                        api.send(Call::<ep::EnrollSession>::body(&again))
                            .await?
                            .session
                    }
                };
                let body = SetQuestionsRequest {
                    session,
                    password: copy(&password),
                    answers,
                };
                api.send(Call::<ep::SetQuestions>::body(&body)).await?;
                let again = EnrollSessionRequest { student, password };
                api.send(Call::<ep::EnrollSession>::body(&again)).await
            }
            .await;
            Reply::QuestionsSaved(result)
        }
        Request::SetPassword {
            student,
            session,
            new_password,
        } => {
            let result = async {
                let body = SetPasswordRequest {
                    session,
                    new_password: copy(&new_password),
                };
                api.send(Call::<ep::SetPassword>::body(&body)).await?;
                let again = EnrollSessionRequest {
                    student,
                    password: new_password,
                };
                api.send(Call::<ep::EnrollSession>::body(&again)).await
            }
            .await;
            Reply::PasswordSet(result)
        }
    }
}

/// A staff change that takes only the identity check, sent with one key kept across retries.
async fn staff_change<EP: Endpoint<Body = CheckRequest>>(
    api: &Service,
    (body, student_ref, session, key): (&CheckRequest, &str, &SecretString, &str),
) -> Result<(), ApiError> {
    let call = Call::<EP>::body(body)
        .at(student_ref)
        .as_staff(session)
        .once(key);
    api.send(call).await.map(drop)
}

/// What the help overlay says, most needed first: the phone, the counter, F6, the school.
pub fn help_overlay_texts(ctx: &Ctx) -> Vec<String> {
    let center = ctx.config.center_name.as_str();
    let mut texts = vec![
        ctx.t("help-phone"),
        ctx.t_args("help-center", &[("center", Arg::Str(center))]),
    ];
    if ctx.config.mode == Mode::Kiosk {
        texts.push(ctx.t("help-counter"));
    }
    texts.push(ctx.t("help-school"));
    texts
}
