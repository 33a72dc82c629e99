//! One kiosk visit, from its first key to its end: how it ended (for the day's report, with
//! nothing about who the visitor was), and the proof of who the student is once the service
//! has checked it, so a hand-off can name them without the kiosk naming anyone itself.

use account_api::wire::{VisitOutcome, VisitRequest};
use account_api::SecretString;
use tokio::time::Instant;

use crate::screens::Reply;

#[derive(Default)]
pub struct Visit {
    started: Option<Instant>,
    outcome: Option<(VisitOutcome, Instant)>,
    /// The newest token the service gave this visit after checking who the student is (a
    /// flow, a reset token, an enrollment session). Wiped with the visit.
    proof: Option<SecretString>,
}

impl std::fmt::Debug for Visit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Visit")
            .field("started", &self.started)
            .field("outcome", &self.outcome)
            .field("proof", &self.proof.is_some())
            .finish()
    }
}

impl Visit {
    /// A key: the first one starts the visit.
    pub fn key(&mut self, now: Instant) {
        self.started.get_or_insert(now);
    }

    pub fn started(&self) -> bool {
        self.started.is_some()
    }

    /// The visit's first outcome stands; later ones (another try after a hand-off) do not
    /// change how it is counted.
    pub fn ended_as(&mut self, outcome: VisitOutcome, now: Instant) {
        if self.started.is_some() && self.outcome.is_none() {
            self.outcome = Some((outcome, now));
        }
    }

    /// Notes what a service answer tells about the visit, before its screen sees it.
    pub fn observe(&mut self, reply: &Reply, now: Instant) {
        let copy = |s: &SecretString| Some(SecretString::from_str_exact(s.expose()));
        match reply {
            Reply::Start(Ok(r)) => self.proof = copy(&r.flow),
            Reply::Verify(Ok(r)) => self.proof = copy(&r.reset_token),
            Reply::EnrollSignIn(Ok(r)) => self.proof = copy(&r.session),
            Reply::Reset(Ok(_)) | Reply::ChildPassword(Ok(_)) | Reply::PasswordSet(Ok(_)) => {
                self.ended_as(VisitOutcome::PasswordChanged, now)
            }
            Reply::PinSaved(Ok(())) | Reply::QuestionsSaved(Ok(_)) => {
                self.ended_as(VisitOutcome::Enrolled, now)
            }
            _ => {}
        }
    }

    /// A copy of the proof for a hand-off, if the student was verified in this visit.
    pub fn proof(&self) -> Option<SecretString> {
        self.proof
            .as_ref()
            .map(|s| SecretString::from_str_exact(s.expose()))
    }

    /// Ends the visit: what to report, if it had a first key. Without an outcome the visitor
    /// gave up, and the time counted is up to their last key.
    pub fn end(&mut self, language: &str, last_input: Instant) -> Option<VisitRequest> {
        let visit = std::mem::take(self);
        let started = visit.started?;
        let (outcome, at) = visit
            .outcome
            .unwrap_or((VisitOutcome::GaveUp, last_input.max(started)));
        let seconds = at.saturating_duration_since(started).as_secs();
        Some(VisitRequest {
            language: language.to_string(),
            outcome,
            seconds: u32::try_from(seconds.min(86_400)).unwrap_or(86_400),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_visit_is_counted_from_its_first_key_to_its_outcome() {
        let t0 = Instant::now();
        let mut v = Visit::default();
        assert!(v.end("es", t0).is_none(), "no key, no visit");
        v.key(t0);
        v.key(t0 + Duration::from_secs(30));
        v.ended_as(VisitOutcome::HandedOff, t0 + Duration::from_secs(95));
        v.ended_as(VisitOutcome::PasswordChanged, t0 + Duration::from_secs(200));
        let r = v.end("es", t0 + Duration::from_secs(300)).unwrap();
        assert_eq!((r.outcome, r.seconds), (VisitOutcome::HandedOff, 95));
        assert!(v.end("es", t0).is_none(), "ended once");
    }

    #[test]
    fn without_an_outcome_the_visitor_gave_up_at_their_last_key() {
        let t0 = Instant::now();
        let mut v = Visit::default();
        v.key(t0);
        let r = v.end("zh", t0 + Duration::from_secs(42)).unwrap();
        assert_eq!(
            (r.outcome, r.seconds, r.language.as_str()),
            (VisitOutcome::GaveUp, 42, "zh")
        );
    }
}
