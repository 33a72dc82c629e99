//! Runs the speech program on a thread of its own, so the app loop never waits for it: the
//! app hands over what to say and goes on. Whatever is being said is cut off (the program's
//! whole process group is killed) when something new arrives, and a program that is missing
//! or fails is logged once per kiosk process, never retried into a storm of warnings.

use std::collections::VecDeque;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;
use zeroize::Zeroizing;

use super::SpeechSettings;

/// One run of the speech program: text in one language. The text may hold a name the
/// service sent (a child's, a parent's), so it is wiped when dropped.
pub struct Utterance {
    pub lang: &'static str,
    pub text: Zeroizing<String>,
}

impl std::fmt::Debug for Utterance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Utterance")
            .field("lang", &self.lang)
            .field("chars", &self.text.chars().count())
            .finish()
    }
}

enum Order {
    /// Say these, in turn, instead of whatever is being said.
    Say(Vec<Utterance>),
    /// Silence, and forget what was waiting.
    Stop,
}

/// How often the thread looks whether the program has finished while it speaks.
const POLL: Duration = Duration::from_millis(10);

static FAILURE_LOGGED: AtomicBool = AtomicBool::new(false);

pub struct Speaker {
    orders: Option<mpsc::Sender<Order>>,
    thread: Option<JoinHandle<()>>,
}

impl Speaker {
    pub fn start(settings: SpeechSettings) -> Speaker {
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("speech".into())
            .spawn(move || work(&settings, &rx));
        match thread {
            Ok(thread) => Speaker {
                orders: Some(tx),
                thread: Some(thread),
            },
            Err(e) => {
                log_failure_once("the speech thread", &e.to_string());
                Speaker {
                    orders: None,
                    thread: None,
                }
            }
        }
    }

    pub fn say(&self, utterances: Vec<Utterance>) {
        self.send(Order::Say(utterances));
    }

    pub fn stop(&self) {
        self.send(Order::Stop);
    }

    fn send(&self, order: Order) {
        if let Some(tx) = &self.orders {
            // A thread that is gone has logged why; the kiosk goes on without speech.
            let _ = tx.send(order);
        }
    }
}

impl Drop for Speaker {
    fn drop(&mut self) {
        // Closing the channel tells the thread to silence the program and end.
        self.orders = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn work(settings: &SpeechSettings, orders: &mpsc::Receiver<Order>) {
    let mut waiting: VecDeque<Utterance> = VecDeque::new();
    let mut speaking: Option<Child> = None;
    loop {
        let order = if speaking.is_none() && waiting.is_empty() {
            match orders.recv() {
                Ok(order) => Some(order),
                Err(_) => break,
            }
        } else {
            match orders.recv_timeout(POLL) {
                Ok(order) => Some(order),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        };
        if let Some(mut order) = order {
            // Only the newest order matters: keys typed fast replace each other.
            while let Ok(newer) = orders.try_recv() {
                order = newer;
            }
            silence(speaking.take());
            waiting.clear();
            if let Order::Say(utterances) = order {
                waiting.extend(utterances);
            }
        }
        if let Some(child) = &mut speaking {
            match child.try_wait() {
                Ok(None) => continue,
                Ok(Some(status)) => {
                    if !status.success() {
                        log_failure_once(program(settings), &status.to_string());
                    }
                    speaking = None;
                }
                Err(e) => {
                    log_failure_once(program(settings), &e.to_string());
                    silence(speaking.take());
                }
            }
        }
        if let Some(next) = waiting.pop_front() {
            speaking = spawn(settings, &next);
        }
    }
    silence(speaking.take());
}

fn program(settings: &SpeechSettings) -> &str {
    settings.command.first().map_or("", String::as_str)
}

fn spawn(settings: &SpeechSettings, utterance: &Utterance) -> Option<Child> {
    let command = settings.command_for(utterance.lang);
    let (program, args) = command.split_first()?;
    let started = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        // The program must never write on the kiosk's screen.
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        // Its own process group: a wrapper script and what it starts are silenced together,
        // and keys typed at the terminal send it no signals.
        .process_group(0)
        .spawn();
    let mut child = match started {
        Ok(child) => child,
        Err(e) => {
            log_failure_once(program, &e.to_string());
            return None;
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        // Kept within a pipe's buffer, so this never waits for a program that does not read
        // (the thread must always be free to silence it); a screen says far less anyway. A
        // program that exits without reading is not an error of ours.
        let text = within(&utterance.text, PIPE_ROOM);
        let _ = stdin
            .write_all(text.as_bytes())
            .and_then(|()| stdin.write_all(b"\n"));
    }
    Some(child)
}

/// Bytes that fit in a pipe's buffer on every Unix the kiosk runs on (Linux has 64 KiB).
const PIPE_ROOM: usize = 16 * 1024;

/// The longest start of `text` of at most `max` bytes that ends between characters.
fn within(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn silence(child: Option<Child>) {
    let Some(mut child) = child else { return };
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) with the negated pid of the group we created; it touches no memory.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn log_failure_once(program: &str, error: &str) {
    if !FAILURE_LOGGED.swap(true, Ordering::Relaxed) {
        tracing::warn!(
            program,
            error,
            "the speech program failed; the kiosk goes on without it (logged once)"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_between_characters() {
        assert_eq!(within("abc", 10), "abc");
        assert_eq!(within("añb", 2), "a");
        assert_eq!(within("añb", 3), "añ");
    }
}
