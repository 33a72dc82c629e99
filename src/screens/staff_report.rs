use crate::widgets::Canvas;
use account_api::report::{DayReport, OutcomeCounts};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, Screen, ScreenState, StaffHomeScreen};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// The day's report for a supervisor: visits by language and outcome, time to done,
/// hand-off waits, and the week as a bar chart. Counts only: nobody is named.
pub struct StaffReportScreen {
    pub report: DayReport,
}

/// Terminal cells for an outcome's name: room for ten languages of counts beside it.
const LABEL_CELLS: usize = 26;

const OUTCOME_KEYS: [&str; 4] = [
    "report-password-changed",
    "report-enrolled",
    "report-handed-off",
    "report-gave-up",
];

fn values(o: &OutcomeCounts) -> [u32; 4] {
    [o.password_changed, o.enrolled, o.handed_off, o.gave_up]
}

impl StaffReportScreen {
    pub fn new(report: DayReport) -> Self {
        StaffReportScreen { report }
    }

    /// `95` seconds in the reader's language: "1 min 35 s" and its equivalents.
    fn duration(ctx: &Ctx, secs: Option<i64>) -> String {
        match secs {
            None => ctx.t("report-none"),
            Some(s) => ctx.t_args(
                "report-duration",
                &[("minutes", Arg::Num(s / 60)), ("seconds", Arg::Num(s % 60))],
            ),
        }
    }

    fn summary(&self, ctx: &Ctx) -> Vec<String> {
        let r = &self.report;
        vec![
            ctx.t_args(
                "report-day",
                &[
                    ("day", Arg::Str(&r.day)),
                    ("visits", Arg::Num(i64::from(r.totals.total()))),
                ],
            ),
            ctx.t_args(
                "report-median-visit",
                &[("time", Arg::Str(&Self::duration(ctx, r.median_visit_secs)))],
            ),
            ctx.t_args(
                "report-handoff-waits",
                &[
                    ("claimed", Arg::Num(i64::from(r.handoffs.claimed))),
                    (
                        "median",
                        Arg::Str(&Self::duration(ctx, r.handoffs.median_secs)),
                    ),
                    (
                        "longest",
                        Arg::Str(&Self::duration(ctx, r.handoffs.max_secs)),
                    ),
                ],
            ),
        ]
    }
}

impl ScreenState for StaffReportScreen {
    fn name(&self) -> &'static str {
        "staff_report"
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc | Key::Enter => Action::Go(Screen::StaffHome(StaffHomeScreen::default())),
            _ => Action::None,
        }
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("report-title"),
            step: None,
            keys: vec!["key-back", "key-sign-out"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let summary: Vec<_> = self.summary(ctx).into_iter().map(|s| (s, p.text)).collect();
        let used = paragraphs(canvas, area, &summary);
        let rest = below(area, used + 1);
        // One line per outcome, languages across. The names go through the text layout
        // (right-aligned on the right in Arabic and Urdu); the counts are ASCII columns read
        // left to right in every language, so they are drawn apart from the names.
        // The header row's place: the counts' header is beside it.
        let mut labels = vec![Line::from(" ")];
        let all = ctx.t("report-all");
        let all_cells = (unicode_width::UnicodeWidthStr::width(all.as_str()) + 2).max(6);
        let mut counts = Vec::new();
        let mut header = Vec::new();
        for l in &self.report.languages {
            header.push(Span::styled(format!("{:>4}", l.language), p.muted));
        }
        header.push(Span::styled(pad_left(&all, all_cells), p.muted));
        counts.push(Line::from(header));
        for (i, key) in OUTCOME_KEYS.iter().enumerate() {
            labels.push(Line::from(Span::styled(
                pad(&ctx.t(key), LABEL_CELLS).trim_end().to_string(),
                p.text,
            )));
            let mut row = Vec::new();
            for l in &self.report.languages {
                row.push(Span::styled(
                    format!("{:>4}", values(&l.outcomes)[i]),
                    p.text,
                ));
            }
            row.push(Span::styled(
                pad_left(&values(&self.report.totals)[i].to_string(), all_cells),
                p.accent,
            ));
            counts.push(Line::from(row));
        }
        let counts_width = (self.report.languages.len() * 4 + all_cells) as u16;
        let label_width = LABEL_CELLS as u16;
        let rtl = canvas.direction().rtl;
        let (label_x, counts_x) = if rtl {
            (
                rest.x + rest.width.saturating_sub(label_width),
                rest.x + rest.width.saturating_sub(label_width + counts_width),
            )
        } else {
            (rest.x, rest.x + label_width)
        };
        let label_area = Rect {
            x: label_x,
            width: label_width.min(rest.width),
            ..rest
        };
        let counts_area = Rect {
            x: counts_x,
            width: counts_width,
            ..rest
        }
        .intersection(rest);
        let used = canvas
            .lines(label_area, &labels)
            .max(canvas.lines_left_to_right(counts_area, &counts));
        let rest = below(rest, used + 1);
        let used = paragraphs(canvas, rest, &[(ctx.t("report-week"), p.muted)]);
        let chart_area = below(rest, used);
        let bars: Vec<(String, u64)> = self
            .report
            .week
            .iter()
            // `MM-DD`: ASCII digits, the same in every language.
            .map(|d| {
                (
                    d.day.get(5..).unwrap_or(&d.day).to_string(),
                    u64::from(d.visits),
                )
            })
            .collect();
        // The last row stays empty, as under every screen's body.
        let mut chart_area = chart_area.intersection(area);
        chart_area.height = chart_area.height.saturating_sub(1);
        canvas.bar_chart(chart_area, &bars, p.accent);
    }
}

/// `text` right-aligned in `width` cells (a wide script's characters take two).
fn pad_left(text: &str, width: usize) -> String {
    let cells = unicode_width::UnicodeWidthStr::width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(cells)))
}

/// `text` cut to fit `width - 1` terminal cells and padded to `width` (wide scripts count
/// two cells a character).
fn pad(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) >= width {
            break;
        }
        out.push(c);
    }
    let fill = width.saturating_sub(out.width());
    out.push_str(&" ".repeat(fill));
    out
}
