//! The day's report, computed from the audit log alone: `visit_ended` events (language,
//! outcome, seconds from first key to done), `handoff_created` and `handoff_claimed`
//! (seconds waited). Days are the center's calendar days (America/New_York), so a visit at
//! 8 pm Eastern counts for that day, not the next UTC one.

use std::collections::BTreeMap;

use account_api::report::{DayReport, DayVisits, HandoffWaits, LanguageVisits, OutcomeCounts};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;

use crate::store::{AuditRow, CenterDirectory, Store, StoreResult};

pub const CENTER_TIME_ZONE: &str = "America/New_York";
pub const VISIT_ENDED: &str = "visit_ended";
pub const HANDOFF_CREATED: &str = "handoff_created";
pub const HANDOFF_CLAIMED: &str = "handoff_claimed";
const WEEK_DAYS: i16 = 7;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("day: expected YYYY-MM-DD, got {0:?}")]
    BadDay(String),
    #[error("time zone {CENTER_TIME_ZONE}: {0}")]
    TimeZone(String),
    #[error(transparent)]
    Store(#[from] sqlx::Error),
}

#[derive(Deserialize)]
struct VisitDetail {
    language: String,
    outcome: String,
    seconds: i64,
}

#[derive(Deserialize)]
struct ClaimDetail {
    waited_secs: i64,
}

fn zone() -> Result<TimeZone, ReportError> {
    TimeZone::get(CENTER_TIME_ZONE).map_err(|e| ReportError::TimeZone(e.to_string()))
}

pub fn parse_day(text: &str) -> Result<Date, ReportError> {
    let bad = || ReportError::BadDay(text.to_string());
    if text.len() != 10 {
        return Err(bad());
    }
    text.parse::<Date>().map_err(|_| bad())
}

/// Unix seconds of a day's first instant in the center's zone (23 or 25 hours apart on the
/// days the clocks change).
fn day_start(day: Date, tz: &TimeZone) -> Result<i64, ReportError> {
    day.to_zoned(tz.clone())
        .map(|z| z.timestamp().as_second())
        .map_err(|e| ReportError::BadDay(format!("{day}: {e}")))
}

fn shift(day: Date, days: i16) -> Result<Date, ReportError> {
    day.checked_add(jiff::Span::new().days(days))
        .map_err(|e| ReportError::BadDay(format!("{day}: {e}")))
}

/// Whether an event belongs to `center`: by its staff member's center, else by its terminal's;
/// an event neither places (a terminal without a recorded center) counts for every center.
fn in_center(row: &AuditRow, center: Option<&str>, places: &CenterDirectory) -> bool {
    let Some(center) = center else {
        return true;
    };
    let placed = places.staff.get(&row.actor).or_else(|| {
        row.device_id
            .as_ref()
            .and_then(|device| places.devices.get(device))
    });
    placed.is_none_or(|c| c.eq_ignore_ascii_case(center))
}

/// The median, the mean of the middle two (rounded down) for an even count.
fn median(values: &mut [i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]).div_euclid(2)
    })
}

fn count(outcomes: &mut OutcomeCounts, outcome: &str) -> bool {
    let slot = match outcome {
        "password_changed" => &mut outcomes.password_changed,
        "enrolled" => &mut outcomes.enrolled,
        "handed_off" => &mut outcomes.handed_off,
        "gave_up" => &mut outcomes.gave_up,
        _ => return false,
    };
    *slot += 1;
    true
}

/// The report for `day` from the audit rows of the week that ends with it.
pub fn compute(
    day: Date,
    center: Option<&str>,
    rows: &[AuditRow],
    places: &CenterDirectory,
) -> Result<DayReport, ReportError> {
    let tz = zone()?;
    let start = day_start(day, &tz)?;
    let end = day_start(shift(day, 1)?, &tz)?;
    let mut week_bounds = Vec::new();
    for back in (0..WEEK_DAYS).rev() {
        let d = shift(day, -back)?;
        week_bounds.push((d, day_start(d, &tz)?, day_start(shift(d, 1)?, &tz)?));
    }
    let mut week_counts = vec![0u32; week_bounds.len()];
    let mut languages: BTreeMap<String, OutcomeCounts> = BTreeMap::new();
    let mut totals = OutcomeCounts::default();
    let mut visit_secs = Vec::new();
    let mut waits = Vec::new();
    let mut created = 0;
    for row in rows.iter().filter(|r| in_center(r, center, places)) {
        let today = row.at >= start && row.at < end;
        match row.action.as_str() {
            VISIT_ENDED => {
                // An event whose detail is not the agreed shape is left out, not guessed at.
                let Ok(visit) = serde_json::from_str::<VisitDetail>(&row.detail) else {
                    continue;
                };
                let mut probe = OutcomeCounts::default();
                if !count(&mut probe, &visit.outcome) {
                    continue;
                }
                if let Some(i) = week_bounds
                    .iter()
                    .position(|(_, from, to)| row.at >= *from && row.at < *to)
                {
                    week_counts[i] += 1;
                }
                if today {
                    count(&mut totals, &visit.outcome);
                    count(
                        languages.entry(visit.language.clone()).or_default(),
                        &visit.outcome,
                    );
                    if visit.seconds >= 0 {
                        visit_secs.push(visit.seconds);
                    }
                }
            }
            HANDOFF_CREATED if today => created += 1,
            HANDOFF_CLAIMED if today => {
                if let Ok(claim) = serde_json::from_str::<ClaimDetail>(&row.detail) {
                    if claim.waited_secs >= 0 {
                        waits.push(claim.waited_secs);
                    }
                }
            }
            _ => {}
        }
    }
    let claimed = waits.len() as u32;
    let max_secs = waits.iter().copied().max();
    Ok(DayReport {
        day: day.to_string(),
        time_zone: CENTER_TIME_ZONE.to_string(),
        center: center.map(str::to_string),
        languages: languages
            .into_iter()
            .map(|(language, outcomes)| LanguageVisits { language, outcomes })
            .collect(),
        totals,
        median_visit_secs: median(&mut visit_secs),
        handoffs: HandoffWaits {
            created,
            claimed,
            median_secs: median(&mut waits),
            max_secs,
        },
        week: week_bounds
            .iter()
            .zip(week_counts)
            .map(|((d, _, _), visits)| DayVisits {
                day: d.to_string(),
                visits,
            })
            .collect(),
    })
}

/// Reads the week's events from the store and computes the day's report.
pub async fn day_report(
    store: &dyn Store,
    day: Date,
    center: Option<&str>,
) -> Result<DayReport, ReportError> {
    let tz = zone()?;
    let from = day_start(shift(day, 1 - WEEK_DAYS)?, &tz)?;
    let to = day_start(shift(day, 1)?, &tz)?;
    let rows = store
        .audit_between(from, to, &[VISIT_ENDED, HANDOFF_CREATED, HANDOFF_CLAIMED])
        .await?;
    let places = load_places(store, center).await?;
    compute(day, center, &rows, &places)
}

async fn load_places(store: &dyn Store, center: Option<&str>) -> StoreResult<CenterDirectory> {
    match center {
        Some(_) => store.centers().await,
        None => Ok(CenterDirectory::default()),
    }
}

/// Today in the center's zone, for a clock reading.
pub fn center_day(unix_secs: i64) -> Result<Date, ReportError> {
    let tz = zone()?;
    let ts =
        jiff::Timestamp::from_second(unix_secs).map_err(|e| ReportError::BadDay(e.to_string()))?;
    Ok(ts.to_zoned(tz).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(at: i64, actor: &str, device: &str, action: &str, detail: &str) -> AuditRow {
        AuditRow {
            id: at,
            at,
            device_id: Some(device.into()),
            actor: actor.into(),
            student_ref: None,
            action: action.into(),
            result: "ok".into(),
            detail: detail.into(),
        }
    }

    #[test]
    fn day_is_the_centers_not_utc() {
        let day = parse_day("2026-12-01").unwrap();
        let tz = zone().unwrap();
        // Midnight Eastern (standard time) is 05:00 UTC.
        assert_eq!(day_start(day, &tz).unwrap(), 1_796_101_200);
        // 2026-12-02 03:00 UTC is still the evening of December 1st in the Bronx.
        assert_eq!(center_day(1_796_180_400).unwrap().to_string(), "2026-12-01");
        assert!(parse_day("2026-13-01").is_err());
        assert!(parse_day("12/01/2026").is_err());
        assert!(parse_day("2026-1-1").is_err());
    }

    #[test]
    fn medians_and_unknown_shapes() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5]), Some(5));
        assert_eq!(median(&mut [9, 1, 4]), Some(4));
        assert_eq!(median(&mut [10, 1, 4, 7]), Some(5));
        let day = parse_day("2026-12-01").unwrap();
        let start = day_start(day, &zone().unwrap()).unwrap();
        let rows = [
            row(
                start + 10,
                "kiosk",
                "dev_a",
                VISIT_ENDED,
                r#"{"language":"es","outcome":"password_changed","seconds":95}"#,
            ),
            row(start + 20, "kiosk", "dev_a", VISIT_ENDED, "not json"),
            row(
                start + 30,
                "kiosk",
                "dev_a",
                VISIT_ENDED,
                r#"{"language":"es","outcome":"danced","seconds":5}"#,
            ),
            row(
                start - 1,
                "kiosk",
                "dev_a",
                VISIT_ENDED,
                r#"{"language":"en","outcome":"gave_up","seconds":5}"#,
            ),
        ];
        let report = compute(day, None, &rows, &CenterDirectory::default()).unwrap();
        assert_eq!(report.totals.total(), 1);
        assert_eq!(report.median_visit_secs, Some(95));
        assert_eq!(report.week.len(), 7);
        assert_eq!(report.week[5].visits, 1);
        assert_eq!(report.week[6].visits, 1);
    }

    #[test]
    fn center_places_staff_and_terminals() {
        let day = parse_day("2026-12-01").unwrap();
        let start = day_start(day, &zone().unwrap()).unwrap();
        let mut places = CenterDirectory::default();
        places.staff.insert("bronx.1".into(), "Bronx".into());
        places.staff.insert("queens.1".into(), "Queens".into());
        places.devices.insert("dev_q".into(), "Queens".into());
        let rows = [
            row(
                start + 1,
                "bronx.1",
                "dev_c",
                HANDOFF_CLAIMED,
                r#"{"waited_secs":60,"number":"1"}"#,
            ),
            row(
                start + 2,
                "queens.1",
                "dev_c",
                HANDOFF_CLAIMED,
                r#"{"waited_secs":600,"number":"2"}"#,
            ),
            row(
                start + 3,
                "kiosk",
                "dev_q",
                HANDOFF_CREATED,
                r#"{"language":"en","reason":"x","number":"2"}"#,
            ),
            row(
                start + 4,
                "kiosk",
                "dev_unplaced",
                HANDOFF_CREATED,
                r#"{"language":"en","reason":"x","number":"1"}"#,
            ),
        ];
        let bronx = compute(day, Some("bronx"), &rows, &places).unwrap();
        assert_eq!(bronx.handoffs.claimed, 1);
        assert_eq!(bronx.handoffs.max_secs, Some(60));
        assert_eq!(bronx.handoffs.created, 1);
        let all = compute(day, None, &rows, &places).unwrap();
        assert_eq!(all.handoffs.claimed, 2);
        assert_eq!(all.handoffs.created, 2);
        assert_eq!(all.handoffs.median_secs, Some(330));
    }
}
