use crate::widgets::Canvas;
use account_api::wire::ChildInfo;
use account_api::SecretString;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    Action, Chrome, Ctx, MenuScreen, NewPasswordScreen, NoNycsaScreen, ParentSignInScreen, Screen,
    ScreenState,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// A signed-in parent: the session and the linked children. Dropped (and the session ended on
/// the service) when the visitor leaves the parent area.
#[derive(Debug, Default)]
pub struct ParentSession {
    pub session: SecretString,
    pub parent_name: String,
    pub children: Vec<ChildInfo>,
}

impl ParentSession {
    pub fn take(&mut self) -> ParentSession {
        std::mem::take(self)
    }
}

const OPTIONS: [&str; 2] = ["parent-sign-in", "parent-no-account"];
const CHILD_OPTIONS: [&str; 2] = ["child-show-id", "child-reset"];

/// Menu 2: sign in to NYCSA, or learn how to get an account.
#[derive(Debug, Default)]
pub struct ParentStartScreen {
    pub selected: usize,
}

impl ParentStartScreen {
    fn open(index: usize) -> Action {
        match index {
            0 => Action::Go(Screen::ParentSignIn(ParentSignInScreen::new())),
            _ => Action::Go(Screen::NoNycsa(NoNycsaScreen)),
        }
    }
}

impl ScreenState for ParentStartScreen {
    fn name(&self) -> &'static str {
        "parent_start"
    }

    fn needs_service(&self) -> bool {
        false
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Up | Key::Down | Key::Tab | Key::BackTab => self.selected = 1 - self.selected,
            Key::Enter => return Self::open(self.selected),
            Key::Char('1') => return Self::open(0),
            Key::Char('2') => return Self::open(1),
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            _ => {}
        }
        Action::None
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let choices = OPTIONS.map(|k| ctx.t(k));
        let mut s = Spoken::titled(ctx, &ctx.t("parent-title"));
        s.say_key(ctx, "parent-intro").choices(ctx, &choices);
        if let Some(choice) = choices.get(self.selected) {
            s.focus_on(ctx, choice);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("parent-title"),
            step: None,
            keys: vec!["key-select", "key-continue", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(canvas, area, &[(ctx.t("parent-intro"), p.text)]);
        let rest = below(area, used + 1);
        let lines: Vec<Line> = OPTIONS
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                Line::from(Span::styled(format!(" {}. {} ", i + 1, ctx.t(k)), style))
            })
            .collect();
        canvas.lines(rest, &lines);
    }
}

/// The parent's linked children: name, school and account ID.
#[derive(Debug)]
pub struct ParentChildrenScreen {
    pub parent: ParentSession,
    pub selected: usize,
}

impl ParentChildrenScreen {
    pub fn new(parent: ParentSession) -> Self {
        ParentChildrenScreen {
            parent,
            selected: 0,
        }
    }

    fn open(&mut self) -> Action {
        Action::Go(Screen::Child(ChildScreen::new(
            self.parent.take(),
            self.selected,
        )))
    }
}

impl ScreenState for ParentChildrenScreen {
    fn name(&self) -> &'static str {
        "parent_children"
    }

    fn parent_session(&self) -> Option<&SecretString> {
        Some(&self.parent.session)
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        let n = self.parent.children.len();
        match key {
            Key::Up | Key::BackTab if n > 0 => self.selected = (self.selected + n - 1) % n,
            Key::Down | Key::Tab if n > 0 => self.selected = (self.selected + 1) % n,
            Key::Char(c) if c.is_ascii_digit() => {
                let i = c as usize - '1' as usize;
                if i < n {
                    self.selected = i;
                    return self.open();
                }
            }
            Key::Enter if n > 0 => return self.open(),
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            _ => {}
        }
        Action::None
    }

    /// The children by name, as the service sent them: a parent hears whom to choose.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let names: Vec<String> = self
            .parent
            .children
            .iter()
            .map(|c| c.name.clone())
            .collect();
        let mut s = Spoken::titled(ctx, &ctx.t("children-title"));
        s.say(
            ctx,
            &ctx.t_args(
                "children-hello",
                &[("name", crate::i18n::Arg::Str(&self.parent.parent_name))],
            ),
        );
        if names.is_empty() {
            s.say_key(ctx, "children-none");
        }
        s.choices(ctx, &names).say_key(ctx, "children-wrong-info");
        if let Some(name) = names.get(self.selected) {
            s.focus_on(ctx, name);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("children-title"),
            step: Some((2, 4)),
            keys: vec!["key-select", "key-continue", "key-finish", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let hello = ctx.t_args(
            "children-hello",
            &[("name", crate::i18n::Arg::Str(&self.parent.parent_name))],
        );
        let mut lines = vec![Line::from(Span::styled(hello, p.text)), Line::raw("")];
        if self.parent.children.is_empty() {
            lines.push(Line::from(Span::styled(ctx.t("children-none"), p.text)));
        }
        for (i, c) in self.parent.children.iter().enumerate() {
            let style = if i == self.selected {
                p.selected
            } else {
                p.accent
            };
            lines.push(Line::from(Span::styled(
                format!(" {}. {} ", i + 1, c.name),
                style,
            )));
            lines.push(Line::from(Span::styled(
                format!("    {}", c.school),
                p.text,
            )));
            lines.push(Line::from(Span::styled(
                format!("    {}: {}", ctx.t("child-account-id"), c.account_id),
                p.muted,
            )));
        }
        lines.push(Line::raw(""));
        lines.push(Line::from(Span::styled(
            ctx.t("children-wrong-info"),
            p.muted,
        )));
        canvas.lines(area, &lines);
    }
}

/// One child: show the account ID, or reset the password.
#[derive(Debug)]
pub struct ChildScreen {
    pub parent: ParentSession,
    pub index: usize,
    pub selected: usize,
    pub showing_id: bool,
}

impl ChildScreen {
    pub fn new(parent: ParentSession, index: usize) -> Self {
        ChildScreen {
            parent,
            index,
            selected: 0,
            showing_id: false,
        }
    }

    fn child(&self) -> Option<&ChildInfo> {
        self.parent.children.get(self.index)
    }

    fn open(&mut self, option: usize) -> Action {
        match option {
            0 => {
                self.showing_id = true;
                Action::None
            }
            _ => Action::Go(Screen::NewPassword(NewPasswordScreen::for_child(
                self.parent.take(),
                self.index,
            ))),
        }
    }
}

impl ScreenState for ChildScreen {
    fn name(&self) -> &'static str {
        "child"
    }

    fn parent_session(&self) -> Option<&SecretString> {
        Some(&self.parent.session)
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Up | Key::Down | Key::Tab | Key::BackTab => self.selected = 1 - self.selected,
            Key::Enter => return self.open(self.selected),
            Key::Char('1') => return self.open(0),
            Key::Char('2') => return self.open(1),
            Key::Esc => {
                return Action::Go(Screen::ParentChildren(ParentChildrenScreen::new(
                    self.parent.take(),
                )))
            }
            _ => {}
        }
        Action::None
    }

    /// The account ID and email are said once shown, as they are on the screen: the parent
    /// asked for them.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let choices = CHILD_OPTIONS.map(|k| ctx.t(k));
        let mut s = Spoken::titled(ctx, &self.chrome(ctx).title);
        s.choices(ctx, &choices);
        if let (true, Some(child)) = (self.showing_id, self.child()) {
            s.say(
                ctx,
                &format!("{}: {}", ctx.t("child-account-id"), child.account_id),
            )
            .say(ctx, &format!("{}: {}", ctx.t("child-email"), child.email))
            .say_key(ctx, "child-id-hint");
        }
        if let Some(choice) = choices.get(self.selected) {
            s.focus_on(ctx, choice);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: self
                .child()
                .map(|c| c.name.clone())
                .unwrap_or_else(|| ctx.t("children-title")),
            step: Some((3, 4)),
            keys: vec!["key-select", "key-continue", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let Some(child) = self.child() else { return };
        let mut lines: Vec<Line> = CHILD_OPTIONS
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                Line::from(Span::styled(format!(" {}. {} ", i + 1, ctx.t(k)), style))
            })
            .collect();
        if self.showing_id {
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", ctx.t("child-account-id")), p.text),
                Span::styled(child.account_id.clone(), p.accent),
            ]));
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", ctx.t("child-email")), p.text),
                Span::styled(child.email.clone(), p.accent),
            ]));
            lines.push(Line::raw(""));
            lines.push(Line::from(Span::styled(ctx.t("child-id-hint"), p.muted)));
        }
        canvas.lines(area, &lines);
    }
}
