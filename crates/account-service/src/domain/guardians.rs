//! A student's parents and guardians: who the counter may act for, and who is told when a
//! minor's account changes.

use account_api::wire::{GuardianSummary, StaffRole};
use time::{Date, Month, OffsetDateTime};

use crate::clock::rfc3339;
use crate::store::{GuardianNotice, GuardianRecord, StaffRecord, StudentRecord};

/// What changed on a child's account, as the notice names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Password,
    PinSet,
    QuestionsSet,
    PinCleared,
    QuestionsCleared,
}

impl Change {
    fn as_str(self) -> &'static str {
        match self {
            Change::Password => "password",
            Change::PinSet => "pin_set",
            Change::QuestionsSet => "questions_set",
            Change::PinCleared => "pin_cleared",
            Change::QuestionsCleared => "questions_cleared",
        }
    }
}

/// Where the change was made.
pub enum Place<'a> {
    Kiosk,
    /// With a parent's NYC Schools Account; that parent is told by their own email.
    Nycsa {
        parent_ref: &'a str,
    },
    Counter {
        center: &'a str,
    },
}

/// Whether someone born on `birth_date` (`YYYY-MM-DD`) is under 18 at `now`. A date that
/// does not parse counts as a minor: telling a guardian too often is the safe mistake.
pub fn is_minor(birth_date: &str, now: i64) -> bool {
    let Some(born) = parse_date(birth_date) else {
        return true;
    };
    let Ok(today) = OffsetDateTime::from_unix_timestamp(now).map(|t| t.date()) else {
        return true;
    };
    let adult_year = born.year() + 18;
    // Someone born on 29 February comes of age on 1 March in common years.
    let adult_on = Date::from_calendar_date(adult_year, born.month(), born.day())
        .or_else(|_| Date::from_calendar_date(adult_year, Month::March, 1));
    adult_on.map_or(true, |d| today < d)
}

fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// The notice for `student`'s guardians, or none when the student is an adult.
pub fn notice(
    student: &StudentRecord,
    change: Change,
    place: Place<'_>,
    now: i64,
) -> Option<GuardianNotice> {
    if !is_minor(&student.birth_date, now) {
        return None;
    }
    let (place_name, center, except_parent) = match place {
        Place::Kiosk => ("kiosk", "", ""),
        Place::Nycsa { parent_ref } => ("nycsa", "", parent_ref),
        Place::Counter { center } => ("counter", center, ""),
    };
    Some(GuardianNotice {
        student_ref: student.student_ref.clone(),
        except_parent: except_parent.to_string(),
        payload: serde_json::json!({
            "first_name": student.first_name,
            "username": student.username,
            "change": change.as_str(),
            "place": place_name,
            "center": center,
            "at": rfc3339(now),
        }),
    })
}

/// Whether this staff member may let an unlinked adult through with a written reason.
pub fn may_override(staff: &StaffRecord) -> bool {
    crate::domain::staff::role_of(staff) == StaffRole::Supervisor
}

/// `m***@example.org`: enough for the visitor to recognise their own address, too little to
/// read someone else's off the counter screen.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) if !local.is_empty() => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        _ => "***".to_string(),
    }
}

pub fn summary(g: &GuardianRecord) -> GuardianSummary {
    GuardianSummary {
        guardian: g.parent_ref.clone(),
        name: g.name.clone(),
        relationship: g.relationship.clone(),
        email: mask_email(&g.email),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str) -> i64 {
        let d = parse_date(date).unwrap();
        d.midnight().assume_utc().unix_timestamp() + 12 * 3600
    }

    #[test]
    fn a_student_is_a_minor_until_the_eighteenth_birthday() {
        assert!(is_minor("2012-03-14", at("2026-12-01")));
        assert!(is_minor("2008-12-02", at("2026-12-01")));
        assert!(!is_minor("2008-12-01", at("2026-12-01")));
        assert!(!is_minor("1990-01-01", at("2026-12-01")));
    }

    #[test]
    fn a_leap_day_birthday_comes_of_age_on_the_first_of_march() {
        assert!(is_minor("2008-02-29", at("2026-02-28")));
        assert!(!is_minor("2008-02-29", at("2026-03-01")));
    }

    #[test]
    fn an_unreadable_birth_date_is_treated_as_a_minor() {
        assert!(is_minor("", at("2026-12-01")));
        assert!(is_minor("03/14/2012", at("2026-12-01")));
    }

    #[test]
    fn masked_emails_keep_the_first_letter_and_the_domain() {
        assert_eq!(mask_email("maria.martinez@example.org"), "m***@example.org");
        assert_eq!(mask_email("ñ@x.org"), "ñ***@x.org");
        assert_eq!(mask_email("no-at-sign"), "***");
        assert_eq!(mask_email("@x.org"), "***");
    }
}
