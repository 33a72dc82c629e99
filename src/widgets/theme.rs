use ratatui::style::{Color, Modifier, Style};

/// Colors used everywhere, so a high-contrast theme can swap them in one place.
pub struct Palette {
    pub title: Style,
    pub text: Style,
    pub muted: Style,
    pub accent: Style,
    pub ok: Style,
    pub bad: Style,
    pub field: Style,
    pub field_focused: Style,
    pub selected: Style,
    pub header: Style,
}

pub fn palette() -> Palette {
    Palette {
        title: Style::default().add_modifier(Modifier::BOLD),
        text: Style::default(),
        muted: Style::default().fg(Color::Gray),
        accent: Style::default()
            .fg(Color::Cyan)
            .add_modifier(Modifier::BOLD),
        ok: Style::default().fg(Color::Green),
        bad: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        field: Style::default().bg(Color::DarkGray).fg(Color::White),
        field_focused: Style::default().bg(Color::Blue).fg(Color::White),
        selected: Style::default()
            .bg(Color::Cyan)
            .fg(Color::Black)
            .add_modifier(Modifier::BOLD),
        header: Style::default()
            .bg(Color::Blue)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD),
    }
}
