//! Runs the real `kiosk` binary in a pseudo-terminal and reads its screen through vt100.

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Kiosk {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    pub bytes_read: Arc<Mutex<usize>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const CTRL_Q: &str = "\x11";

impl Kiosk {
    pub fn spawn(args: &[&str], cwd: &Path, envs: &[(&str, &str)]) -> Kiosk {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("openpty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kiosk"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn kiosk");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(24, 80, 0)));
        let bytes_read = Arc::new(Mutex::new(0usize));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, b, r) = (parser.clone(), bytes_read.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        p.lock().unwrap().process(&buf[..n]);
                        *b.lock().unwrap() += n;
                        r.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        Kiosk {
            parser,
            writer,
            child,
            _master: pair.master,
            bytes_read,
            raw,
        }
    }

    /// How many times the kiosk has told the terminal to erase its scrollback.
    pub fn scrollback_purges(&self) -> usize {
        let raw = self.raw.lock().unwrap();
        raw.windows(4).filter(|w| *w == b"\x1b[3J").count()
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    pub fn alternate_screen(&self) -> bool {
        self.parser.lock().unwrap().screen().alternate_screen()
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Lets the kiosk read one key sequence at a time, so Esc is not taken for Alt.
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Sends keys and returns at once (for measuring what follows them).
    pub fn send_now(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn type_text(&mut self, text: &str) {
        self.send(text);
    }

    /// Waits until the screen shows `text`; panics with the screen if it does not.
    pub fn wait_for(&self, text: &str) {
        self.wait_for_any(&[text]);
    }

    pub fn wait_for_any(&self, texts: &[&str]) -> usize {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let screen = self.screen();
            if let Some(i) = texts.iter().position(|t| screen.contains(t)) {
                return i;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {texts:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Polls every millisecond, for measuring how soon something appears.
    pub fn wait_for_quickly(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.screen().contains(text) {
            assert!(Instant::now() < deadline, "timed out waiting for {text:?}");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// The bytes written to the terminal from `from` on.
    pub fn raw_since(&self, from: usize) -> Vec<u8> {
        self.raw.lock().unwrap()[from..].to_vec()
    }

    pub fn wait_exit(&mut self) -> Option<u32> {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.exit_code());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// A kiosk.toml for tests: the embedded backend in `dir`, cheap argon2, exit code 2468.
pub fn write_config(dir: &Path, exit_hash: &str) -> std::path::PathBuf {
    let text = kiosk::config::DEFAULT_TOML
        .replace(
            "data_dir = \"data\"",
            &format!("data_dir = {:?}", dir.join("data").display().to_string()),
        )
        .replace("hash_memory_kib = 19456", "hash_memory_kib = 64")
        .replace("hash_iterations = 2", "hash_iterations = 1")
        .replace("done_return_secs = 20", "done_return_secs = 60");
    let text = regex_free_replace_exit_hash(&text, exit_hash);
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn regex_free_replace_exit_hash(text: &str, hash: &str) -> String {
    text.lines()
        .map(|l| {
            if l.starts_with("staff_exit_code_hash") {
                format!("staff_exit_code_hash = {hash:?}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The exit code 2468 hashed with cheap parameters, so debug builds stay fast; the shipped
/// default uses the OWASP parameters.
pub fn exit_hash() -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let params = argon2::Params::new(64, 1, 1, None).unwrap();
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let salt = SaltString::encode_b64(b"pty-test-salt-16").unwrap();
    argon.hash_password(b"2468", &salt).unwrap().to_string()
}

/// The kiosk's log (and its embedded service's), written at TRACE for the run in `dir`, holds
/// none of `secrets`.
pub fn assert_log_has_no_secrets(dir: &Path, secrets: &[&str]) {
    let log = std::fs::read_to_string(dir.join("data/kiosk.log")).unwrap_or_default();
    assert!(
        log.lines().count() > 50,
        "TRACE logging was on: {} lines",
        log.lines().count()
    );
    for secret in secrets {
        assert!(!log.contains(secret), "{secret:?} is in the log");
    }
}

pub const TRACE: (&str, &str) = ("KIOSK_LOG", "trace");
