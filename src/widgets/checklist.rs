use ratatui::text::{Line, Span};

use super::theme::palette;

/// One rule of a live checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Nothing typed yet, or not something the kiosk can tell.
    Pending,
    Met,
    Failed,
}

impl Rule {
    pub fn of(typed: bool, ok: bool) -> Rule {
        match (typed, ok) {
            (false, _) => Rule::Pending,
            (true, true) => Rule::Met,
            (true, false) => Rule::Failed,
        }
    }
}

/// "✓ rule", "✗ rule" or "• rule", colored to match.
pub fn rule_line(text: &str, rule: Rule) -> Line<'static> {
    let p = palette();
    let (mark, style) = match rule {
        Rule::Pending => ("•", p.muted),
        Rule::Met => ("✓", p.ok),
        Rule::Failed => ("✗", p.bad),
    };
    Line::from(Span::styled(format!("{mark} {text}"), style))
}
