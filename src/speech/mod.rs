//! Spoken guidance (issue 20): the kiosk says what is on the screen, in the visitor's
//! language, with the voice configured for it. Screens state what they say
//! ([`script::Spoken`]); [`Speech`] follows what is showing and decides what to say when it
//! changes; [`speaker::Speaker`] runs the program off the app loop.

mod script;
mod settings;
mod speaker;

pub use script::{press_for, spoken_form, Said, Spoken};
pub use settings::{SpeechSettings, DEFAULT_VOICES};
pub use speaker::{Speaker, Utterance};

use zeroize::{Zeroize, Zeroizing};

use crate::i18n::Arg;
use crate::screens::Ctx;

/// The speech of one visit: whether the visitor has it on, and what was said last (to
/// repeat it, and to tell a new screen from a moved focus).
pub struct Speech {
    speaker: Option<Speaker>,
    speak_at_start: bool,
    on: bool,
    last: Spoken,
}

impl Speech {
    pub fn new(settings: &SpeechSettings) -> Self {
        let speaker = settings.enabled.then(|| Speaker::start(settings.clone()));
        Speech {
            speaker,
            speak_at_start: settings.speak_at_start,
            on: settings.enabled && settings.speak_at_start,
            last: Spoken::default(),
        }
    }

    /// Whether this kiosk speaks at all (`speech.enabled`).
    pub fn available(&self) -> bool {
        self.speaker.is_some()
    }

    /// Whether the visitor has speech on right now.
    pub fn is_on(&self) -> bool {
        self.on
    }

    /// Says what changed since the last call: a whole new screen (or language: its lines,
    /// then the focus if the lines did not say it, then the errors showing), else an error
    /// that appeared, else the choice or field the visitor moved to.
    pub fn follow(&mut self, now: Spoken) {
        if !self.on {
            return;
        }
        let utterances = if now.lines != self.last.lines {
            let mut lines = now.lines.clone();
            // A choice is said in its line already ("press 1 for …"); a field label may not be.
            let unsaid = |f: &&Said| !now.lines.iter().any(|l| l.text.contains(&f.text));
            if let Some(focus) = now.focus.as_ref().filter(unsaid) {
                lines.push(focus.clone());
            }
            lines.extend(alert_lines(&now, &now.alerts));
            group(&lines)
        } else {
            let fresh: Vec<String> = now
                .alerts
                .iter()
                .filter(|a| !self.last.alerts.contains(a))
                .cloned()
                .collect();
            if !fresh.is_empty() {
                group(&alert_lines(&now, &fresh))
            } else if now.focus != self.last.focus {
                now.focus
                    .iter()
                    .map(|f| utterance(f.lang, &f.text))
                    .collect()
            } else {
                Vec::new()
            }
        };
        self.remember(now);
        self.say(utterances);
    }

    /// The visitor asked to hear the screen again (turning speech on if it was off).
    pub fn repeat(&mut self, now: Spoken) {
        self.on = self.available();
        self.forget();
        self.follow(now);
    }

    /// The visitor's one key for speech: off says so and falls silent, on speaks the screen.
    pub fn toggle(&mut self, ctx: &Ctx, now: Spoken) {
        if !self.available() {
            return;
        }
        if self.on {
            self.on = false;
            self.forget();
            self.say(vec![utterance(ctx.lang, &ctx.t("speech-off"))]);
        } else {
            self.repeat(now);
        }
    }

    /// A key changed what a secret field holds: said without saying what.
    pub fn secret_changed(&mut self, ctx: &Ctx, before: usize, after: usize) {
        if !self.on || before == after {
            return;
        }
        let text = if after > before {
            let count = (after - before) as i64;
            ctx.t_args("speech-secret-typed", &[("count", Arg::Num(count))])
        } else {
            ctx.t("speech-secret-deleted")
        };
        self.say(vec![utterance(ctx.lang, &text)]);
    }

    /// The visit is over: silence, forget what was said (wiped), and start the next visit
    /// as configured.
    pub fn end_visit(&mut self) {
        if let Some(speaker) = &self.speaker {
            speaker.stop();
        }
        self.forget();
        self.on = self.available() && self.speak_at_start;
    }

    fn say(&self, utterances: Vec<Utterance>) {
        if let Some(speaker) = &self.speaker {
            if !utterances.is_empty() {
                speaker.say(utterances);
            }
        }
    }

    fn remember(&mut self, now: Spoken) {
        self.forget();
        self.last = now;
    }

    fn forget(&mut self) {
        let mut last = std::mem::take(&mut self.last);
        for said in &mut last.lines {
            said.text.zeroize();
        }
        last.alerts.iter_mut().for_each(Zeroize::zeroize);
        if let Some(f) = &mut last.focus {
            f.text.zeroize();
        }
    }
}

impl Drop for Speech {
    fn drop(&mut self) {
        self.forget();
    }
}

fn alert_lines(now: &Spoken, alerts: &[String]) -> Vec<Said> {
    let lang = now.lines.first().map_or("en", |l| l.lang);
    alerts
        .iter()
        .map(|text| Said {
            lang,
            text: text.clone(),
        })
        .collect()
}

fn utterance(lang: &'static str, text: &str) -> Utterance {
    Utterance {
        lang,
        text: Zeroizing::new(spoken_form(text)),
    }
}

/// Lines in the same language become one run of the program, a blank line between lines:
/// fewer programs started, and espeak-ng pauses at a blank line as at the end of a
/// paragraph (a single line break it reads straight through).
pub fn group(lines: &[Said]) -> Vec<Utterance> {
    let mut out: Vec<Utterance> = Vec::new();
    for line in lines {
        match out.last_mut() {
            Some(u) if u.lang == line.lang => {
                u.text.push_str("\n\n");
                u.text.push_str(&line.text);
            }
            _ => out.push(Utterance {
                lang: line.lang,
                text: Zeroizing::new(line.text.clone()),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(lang: &'static str, text: &str) -> Said {
        Said {
            lang,
            text: text.into(),
        }
    }

    #[test]
    fn lines_of_one_language_make_one_run_with_pauses_between() {
        let runs = group(&[
            said("en", "Choose your language"),
            said("en", "For English, press 1."),
            said("es", "Para español, oprima 2."),
            said("en", "again"),
        ]);
        let runs: Vec<(&str, &str)> = runs.iter().map(|u| (u.lang, u.text.as_str())).collect();
        assert_eq!(
            runs,
            [
                ("en", "Choose your language\n\nFor English, press 1."),
                ("es", "Para español, oprima 2."),
                ("en", "again"),
            ]
        );
    }

    #[test]
    fn a_kiosk_without_speech_starts_no_thread_and_says_nothing() {
        let mut speech = Speech::new(&SpeechSettings::default());
        assert!(!speech.available() && !speech.is_on());
        let mut spoken = Spoken::default();
        spoken.lines.push(said("en", "Title"));
        speech.repeat(spoken);
        assert!(!speech.is_on());
        speech.end_visit();
        assert!(!speech.is_on());
    }
}
