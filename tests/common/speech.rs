//! A speech program for tests: a script that records each utterance in a file of its own
//! (language, voice, then the text), so tests read what the kiosk said, in order.

use kiosk::config::{KioskConfig, DEFAULT_TOML};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Recorder {
    dir: tempfile::TempDir,
}

/// One run of the speech program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub lang: String,
    pub voice: String,
    pub text: String,
}

impl Recorder {
    pub fn new() -> Recorder {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("said");
        std::fs::create_dir(&out).unwrap();
        // Written under a temporary name and renamed when whole: a cut-off utterance (the
        // kiosk kills the program when the screen changes) leaves no record.
        let script = format!(
            "#!/bin/sh\nf=\"{}/$(date +%s%N)-$$\"\n{{ printf '%s %s\\n' \"$1\" \"$2\"; cat; }} > \"$f.part\" && mv \"$f.part\" \"$f.said\"\n",
            out.display()
        );
        let path = dir.path().join("record.sh");
        std::fs::write(&path, script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        Recorder { dir }
    }

    pub fn script(&self) -> PathBuf {
        self.dir.path().join("record.sh")
    }

    fn out(&self) -> PathBuf {
        self.dir.path().join("said")
    }

    /// `speech.command` as a TOML array: the script, given the language and the voice.
    pub fn command_toml(&self) -> String {
        format!(
            "[{:?}, \"{{lang}}\", \"{{voice}}\"]",
            self.script().display().to_string()
        )
    }

    /// The environment that turns speech on with this recorder (for the kiosk binary).
    pub fn env(&self) -> Vec<(String, String)> {
        vec![
            ("KIOSK_SPEECH_ENABLED".into(), "true".into()),
            ("KIOSK_SPEECH_COMMAND".into(), self.command_toml()),
        ]
    }

    pub fn config(&self) -> Arc<KioskConfig> {
        self.config_with(&[])
    }

    pub fn config_with(&self, more: &[(&str, &str)]) -> Arc<KioskConfig> {
        let mut env = self.env();
        env.extend(more.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Arc::new(KioskConfig::parse("kiosk.toml", DEFAULT_TOML, &env).unwrap())
    }

    pub fn clear(&self) {
        for entry in std::fs::read_dir(self.out()).unwrap().flatten() {
            let _ = std::fs::remove_file(entry.path());
        }
    }

    /// Every whole utterance so far, in the order they were spoken.
    pub fn utterances(&self) -> Vec<Recorded> {
        read_all(&self.out())
    }

    /// Every line said so far, with its language: an utterance's lines are separated by a
    /// blank line.
    pub fn lines(&self) -> Vec<(String, String)> {
        self.utterances()
            .iter()
            .flat_map(|u| {
                u.text
                    .split("\n\n")
                    .map(|l| (u.lang.clone(), l.trim().to_string()))
                    .filter(|(_, l)| !l.is_empty())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Waits until at least `count` lines were said, then a little longer so that lines said
    /// beyond those show too; panics with what was said if they do not come.
    pub fn wait_for_lines(&self, count: usize) -> Vec<(String, String)> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let lines = self.lines();
            if lines.len() >= count {
                std::thread::sleep(Duration::from_millis(40));
                return self.lines();
            }
            assert!(
                Instant::now() < deadline,
                "expected {count} lines, the kiosk said {}: {lines:#?}",
                lines.len()
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Everything recorded, as one text (for searching it for secrets).
    pub fn all_text(&self) -> String {
        self.utterances()
            .iter()
            .map(|u| u.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn read_all(dir: &Path) -> Vec<Recorded> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "said"))
        .collect();
    names.sort();
    names
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|text| {
            let (head, rest) = text.split_once('\n').unwrap_or((&text, ""));
            let (lang, voice) = head.split_once(' ').unwrap_or((head, ""));
            Recorded {
                lang: lang.to_string(),
                voice: voice.to_string(),
                text: rest.trim_end_matches('\n').to_string(),
            }
        })
        .collect()
}
