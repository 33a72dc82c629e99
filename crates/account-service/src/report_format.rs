//! The day's report as `account-service report` prints it: text for a person, CSV for a
//! spreadsheet (one figure a row: metric, key, value), JSON as the API answers it.

use account_api::report::{DayReport, OutcomeCounts};
use std::fmt::Write as _;

const OUTCOMES: [&str; 4] = ["password_changed", "enrolled", "handed_off", "gave_up"];

fn outcome_values(o: &OutcomeCounts) -> [u32; 4] {
    [o.password_changed, o.enrolled, o.handed_off, o.gave_up]
}

/// `95` → `1 min 35 s`.
pub fn duration(secs: Option<i64>) -> String {
    match secs {
        None => "-".to_string(),
        Some(s) if s < 60 => format!("{s} s"),
        Some(s) if s < 3600 => format!("{} min {} s", s / 60, s % 60),
        Some(s) => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

pub fn text(r: &DayReport) -> String {
    let mut out = String::new();
    let center = r.center.as_deref().unwrap_or("all centers");
    let _ = writeln!(out, "Day's report {} ({}), {center}", r.day, r.time_zone);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<10}{:>18}{:>10}{:>12}{:>9}{:>7}",
        "language", "password_changed", "enrolled", "handed_off", "gave_up", "total"
    );
    let rows = r
        .languages
        .iter()
        .map(|l| (l.language.as_str(), &l.outcomes))
        .chain(std::iter::once(("all", &r.totals)));
    for (language, o) in rows {
        let [p, e, h, g] = outcome_values(o);
        let _ = writeln!(
            out,
            "{language:<10}{p:>18}{e:>10}{h:>12}{g:>9}{:>7}",
            o.total()
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Median time from first key to done: {}",
        duration(r.median_visit_secs)
    );
    let _ = writeln!(
        out,
        "Hand-offs: {} made, {} claimed; wait median {}, longest {}",
        r.handoffs.created,
        r.handoffs.claimed,
        duration(r.handoffs.median_secs),
        duration(r.handoffs.max_secs)
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Visits this week:");
    let most = r.week.iter().map(|d| d.visits).max().unwrap_or(0).max(1);
    for d in &r.week {
        let bar = "#".repeat((d.visits * 40).div_ceil(most) as usize);
        let _ = writeln!(out, "{}  {:>4} {bar}", d.day, d.visits);
    }
    out
}

pub fn csv(r: &DayReport) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["metric", "key", "value"])?;
    w.write_record(["day", "", &r.day])?;
    w.write_record(["time_zone", "", &r.time_zone])?;
    w.write_record(["center", "", r.center.as_deref().unwrap_or("")])?;
    let rows = r
        .languages
        .iter()
        .map(|l| (l.language.as_str(), &l.outcomes))
        .chain(std::iter::once(("all", &r.totals)));
    for (language, o) in rows {
        for (name, value) in OUTCOMES.iter().zip(outcome_values(o)) {
            w.write_record([&format!("visits.{name}"), language, &value.to_string()])?;
        }
        w.write_record(["visits.total", language, &o.total().to_string()])?;
    }
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    w.write_record(["median_visit_secs", "", &opt(r.median_visit_secs)])?;
    w.write_record(["handoffs.created", "", &r.handoffs.created.to_string()])?;
    w.write_record(["handoffs.claimed", "", &r.handoffs.claimed.to_string()])?;
    w.write_record([
        "handoffs.median_wait_secs",
        "",
        &opt(r.handoffs.median_secs),
    ])?;
    w.write_record(["handoffs.max_wait_secs", "", &opt(r.handoffs.max_secs)])?;
    for d in &r.week {
        w.write_record(["week.visits", &d.day, &d.visits.to_string()])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

pub fn json(r: &DayReport) -> anyhow::Result<String> {
    Ok(format!("{}\n", serde_json::to_string_pretty(r)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_plainly() {
        assert_eq!(duration(None), "-");
        assert_eq!(duration(Some(42)), "42 s");
        assert_eq!(duration(Some(95)), "1 min 35 s");
        assert_eq!(duration(Some(3720)), "1 h 2 min");
    }
}
