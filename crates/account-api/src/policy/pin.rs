use serde::{Deserialize, Serialize};
use time::Date;

pub const PIN_MIN_LEN: usize = 5;
pub const PIN_MAX_LEN: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PinReason {
    /// Not 5–8 characters.
    PinLength,
    /// Something other than letters and digits.
    PinCharacters,
    /// One character repeated ("11111").
    PinRepeated,
    /// A straight run up or down ("12345", "edcba").
    PinSequence,
    /// The student's birth date in a common written form.
    PinBirthDate,
}

/// Checks a PIN against the §5 rules; `birth_date` is the student's, when known.
pub fn check_pin(pin: &str, birth_date: Option<Date>) -> Vec<PinReason> {
    let mut reasons = Vec::new();
    let len = pin.chars().count();
    if !(PIN_MIN_LEN..=PIN_MAX_LEN).contains(&len) {
        reasons.push(PinReason::PinLength);
    }
    if !pin.chars().all(|c| c.is_ascii_alphanumeric()) {
        reasons.push(PinReason::PinCharacters);
        return reasons;
    }
    let mut lower = zeroize::Zeroizing::new(Vec::with_capacity(pin.len()));
    lower.extend(pin.bytes().map(|b| b.to_ascii_lowercase()));
    if lower.len() > 1 && lower.iter().all(|&b| b == lower[0]) {
        reasons.push(PinReason::PinRepeated);
    }
    if lower.len() > 2 && is_straight_run(&lower) {
        reasons.push(PinReason::PinSequence);
    }
    if let Some(date) = birth_date {
        if birth_date_forms(date)
            .iter()
            .any(|f| f.as_bytes() == lower.as_slice())
        {
            reasons.push(PinReason::PinBirthDate);
        }
    }
    reasons
}

fn is_straight_run(bytes: &[u8]) -> bool {
    let same_class =
        bytes.iter().all(u8::is_ascii_digit) || bytes.iter().all(u8::is_ascii_lowercase);
    if !same_class {
        return false;
    }
    let step = bytes[1] as i16 - bytes[0] as i16;
    (step == 1 || step == -1) && bytes.windows(2).all(|w| w[1] as i16 - w[0] as i16 == step)
}

/// The ways a birth date is commonly written as digits.
fn birth_date_forms(date: Date) -> Vec<String> {
    let y = date.year();
    let yy = y.rem_euclid(100);
    let m = u8::from(date.month());
    let d = date.day();
    vec![
        format!("{y:04}{m:02}{d:02}"),
        format!("{m:02}{d:02}{y:04}"),
        format!("{d:02}{m:02}{y:04}"),
        format!("{m:02}{d:02}{yy:02}"),
        format!("{d:02}{m:02}{yy:02}"),
        format!("{yy:02}{m:02}{d:02}"),
        format!("{m}{d:02}{y:04}"),
        format!("{m}{d:02}{yy:02}"),
        format!("{m}{d}{yy:02}"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    fn ava() -> Option<Date> {
        Date::from_calendar_date(2012, Month::March, 14).ok()
    }

    #[test]
    fn demo_pin_is_fine() {
        assert!(check_pin("50317", ava()).is_empty());
        assert!(check_pin("Tiger7", ava()).is_empty());
    }

    #[test]
    fn each_rule_fires() {
        assert_eq!(check_pin("1357", ava()), vec![PinReason::PinLength]);
        assert!(check_pin("1234", ava()).contains(&PinReason::PinSequence));
        assert_eq!(check_pin("123456789", ava())[0], PinReason::PinLength);
        assert!(check_pin("12 45", ava()).contains(&PinReason::PinCharacters));
        assert!(check_pin("١٢٣٤٥", ava()).contains(&PinReason::PinCharacters));
        assert!(check_pin("77777", ava()).contains(&PinReason::PinRepeated));
        assert!(check_pin("12345", ava()).contains(&PinReason::PinSequence));
        assert!(check_pin("98765", ava()).contains(&PinReason::PinSequence));
        assert!(check_pin("AbCdE", ava()).contains(&PinReason::PinSequence));
        assert!(check_pin("031412", ava()).contains(&PinReason::PinBirthDate));
        assert!(check_pin("20120314", ava()).contains(&PinReason::PinBirthDate));
        assert!(check_pin("03142012", ava()).contains(&PinReason::PinBirthDate));
    }
}
