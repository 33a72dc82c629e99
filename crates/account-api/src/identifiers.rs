//! How a student is named at the kiosk, and how dates are written on the wire.

use time::{macros::format_description, Date};

/// The mail domain of student accounts; a visitor may type it after the username.
pub const STUDENT_MAIL_DOMAIN: &str = "nycstudents.net";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StudentIdentifier {
    /// A 9-digit student ID (OSIS).
    StudentId(String),
    /// A username, lower-cased for lookup.
    Username(String),
}

/// Parses what a visitor typed as "username or student ID". Returns `None` for input that
/// cannot be either, so the caller can refuse it without asking the database.
pub fn parse_student(input: &str) -> Option<StudentIdentifier> {
    let trimmed = input.trim();
    let without_domain = match trimmed.rsplit_once('@') {
        Some((user, domain)) if domain.eq_ignore_ascii_case(STUDENT_MAIL_DOMAIN) => user,
        Some(_) => return None,
        None => trimmed,
    };
    if without_domain.len() == 9 && without_domain.bytes().all(|b| b.is_ascii_digit()) {
        return Some(StudentIdentifier::StudentId(without_domain.to_string()));
    }
    let valid_username = (3..=32).contains(&without_domain.len())
        && without_domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-');
    valid_username.then(|| StudentIdentifier::Username(without_domain.to_ascii_lowercase()))
}

/// Parses a wire date, `YYYY-MM-DD`.
pub fn parse_wire_date(input: &str) -> Option<Date> {
    Date::parse(input, format_description!("[year]-[month]-[day]")).ok()
}

pub fn format_wire_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Parses a birth date as a family types it at the kiosk: `MM/DD/YYYY` (the US order), also
/// with `-` or `.`, or eight digits `MMDDYYYY`, or the ISO `YYYY-MM-DD`.
pub fn parse_typed_date(input: &str) -> Option<Date> {
    let folded = ascii_date_text(input);
    let t = folded.trim();
    if let Some(d) = parse_wire_date(t) {
        return Some(d);
    }
    let parts: Vec<&str> = if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        vec![&t[0..2], &t[2..4], &t[4..8]]
    } else {
        t.split(['/', '-', '.']).collect()
    };
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    let first: u8 = parts[0].parse().ok()?;
    let second: u8 = parts[1].parse().ok()?;
    // Month first, as the US writes dates; a first number that cannot be a month is the day
    // (14/03/2012), as most of our families write them. Which one was read is shown in words.
    let (month, day) = if first > 12 && second <= 12 {
        (second, first)
    } else {
        (first, second)
    };
    let year: i32 = parts[2].parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let month = time::Month::try_from(month).ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

/// A date as typed on any keyboard, in ASCII: compatibility forms folded (full-width
/// "０３／１４" is "03/14"), and the digits of the scripts our families write (Arabic-Indic,
/// Urdu's extended Arabic-Indic, Bengali, Devanagari) read as the digits they are.
fn ascii_date_text(input: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    const ZEROS: [u32; 4] = [0x0660, 0x06F0, 0x09E6, 0x0966];
    input
        .nfkc()
        .map(|c| {
            let code = u32::from(c);
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&code))
                .and_then(|zero| char::from_digit(code - zero, 10))
                .unwrap_or(c)
        })
        .collect()
}

/// The zero of each block of ten decimal digits Unicode lays out in order (Arabic-Indic,
/// extended Arabic-Indic, N'Ko, Devanagari, Bengali, … Myanmar, Khmer, Mongolian).
const DIGIT_ZEROS: [u32; 20] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810,
];

/// One typed character as an ASCII digit, whatever script (or full-width form) it is in.
pub fn ascii_digit(c: char) -> Option<char> {
    use unicode_normalization::UnicodeNormalization;
    let mut folded = std::iter::once(c).nfkc();
    let c = folded.next()?;
    if folded.next().is_some() {
        return None;
    }
    if c.is_ascii_digit() {
        return Some(c);
    }
    let point = u32::from(c);
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&point))
        .and_then(|zero| char::from_digit(point - zero, 10))
}

/// A staff sign-in code as typed: any script's decimal digits read as ASCII digits, spaces
/// dropped. `None` unless exactly six digits remain.
pub fn parse_totp_code(input: &str) -> Option<String> {
    let mut code = String::new();
    for c in input.chars().filter(|c| !c.is_whitespace()) {
        code.push(ascii_digit(c)?);
    }
    (code.len() == 6).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_codes_in_any_digits() {
        assert_eq!(parse_totp_code("123 456").as_deref(), Some("123456"));
        assert_eq!(parse_totp_code("١٢٣٤٥٦").as_deref(), Some("123456"));
        assert_eq!(parse_totp_code("۰۱۲۳۴۵").as_deref(), Some("012345"));
        assert_eq!(parse_totp_code("০১২৩৪৫").as_deref(), Some("012345"));
        assert_eq!(parse_totp_code("１２３４５６").as_deref(), Some("123456"));
        assert_eq!(parse_totp_code("12a456"), None);
        assert_eq!(parse_totp_code("12345"), None);
        assert_eq!(parse_totp_code("1234567"), None);
    }

    #[test]
    fn dates_in_any_digits() {
        let march = Date::from_calendar_date(2012, time::Month::March, 14).ok();
        for typed in [
            "０３/１４/２０１２",
            "０３／１４／２０１２",
            "٠٣/١٤/٢٠١٢",
            "۰۳/۱۴/۲۰۱۲",
            "০৩/১৪/২০১২",
            "03/14/2012",
            "14/03/2012",
            "14.03.2012",
        ] {
            assert_eq!(parse_typed_date(typed), march, "{typed}");
        }
    }

    #[test]
    fn student_ids_and_usernames() {
        assert_eq!(
            parse_student(" 212345678 "),
            Some(StudentIdentifier::StudentId("212345678".into()))
        );
        assert_eq!(
            parse_student("AvaM1234"),
            Some(StudentIdentifier::Username("avam1234".into()))
        );
        assert_eq!(
            parse_student("AvaM1234@NYCStudents.net"),
            Some(StudentIdentifier::Username("avam1234".into()))
        );
        assert_eq!(parse_student("ava@gmail.com"), None);
        assert_eq!(parse_student("x"), None);
        assert_eq!(parse_student("robert'); drop table--"), None);
    }

    #[test]
    fn typed_dates() {
        let ava = Date::from_calendar_date(2012, time::Month::March, 14).unwrap();
        for s in [
            "03/14/2012",
            "3/14/2012",
            "03-14-2012",
            "03142012",
            "2012-03-14",
        ] {
            assert_eq!(parse_typed_date(s), Some(ava), "{s}");
        }
        // A first number that cannot be a month is the day; the kiosk shows the date read.
        assert_eq!(parse_typed_date("14/03/2012"), Some(ava));
        assert_eq!(parse_typed_date("14/13/2012"), None);
        assert_eq!(parse_typed_date("02/30/2012"), None);
        assert_eq!(parse_typed_date(""), None);
        assert_eq!(format_wire_date(ava), "2012-03-14");
    }
}
