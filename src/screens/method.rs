use crate::widgets::Canvas;
use account_api::wire::Method;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    Action, Chrome, Ctx, MenuScreen, PinScreen, QuestionsScreen, Reply, Screen, ScreenState,
    StudentFlow,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::theme::palette;

fn method_key(m: Method) -> &'static str {
    match m {
        Method::Pin => "method-pin",
        Method::Questions => "method-questions",
    }
}

/// Step 2: PIN or security questions, offering only what the account has.
#[derive(Debug)]
pub struct MethodScreen {
    pub flow: StudentFlow,
    pub selected: usize,
}

impl MethodScreen {
    pub fn new(flow: StudentFlow) -> Self {
        MethodScreen { flow, selected: 0 }
    }

    pub fn open(method: Method, flow: StudentFlow) -> Screen {
        match method {
            Method::Pin => Screen::Pin(PinScreen::new(flow)),
            Method::Questions => Screen::Questions(QuestionsScreen::new(flow)),
        }
    }
}

impl ScreenState for MethodScreen {
    fn name(&self) -> &'static str {
        "method"
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        let count = self.flow.methods.len().max(1);
        match key {
            Key::Up | Key::BackTab => self.selected = (self.selected + count - 1) % count,
            Key::Down | Key::Tab => self.selected = (self.selected + 1) % count,
            Key::Char('1') => self.selected = 0,
            Key::Char('2') if count > 1 => self.selected = 1,
            Key::Enter => {
                if let Some(&method) = self.flow.methods.get(self.selected) {
                    let flow = self.flow.take();
                    return Action::Go(Self::open(method, flow));
                }
            }
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            _ => {}
        }
        Action::None
    }

    fn reply(&mut self, _reply: Reply, _ctx: &Ctx) -> Action {
        Action::None
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let choices: Vec<String> = self
            .flow
            .methods
            .iter()
            .map(|m| ctx.t(method_key(*m)))
            .collect();
        let mut s = Spoken::titled(ctx, &ctx.t("method-title"));
        s.choices(ctx, &choices);
        if let Some(choice) = choices.get(self.selected) {
            s.focus_on(ctx, choice);
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("method-title"),
            step: Some((2, 3)),
            keys: vec!["key-select", "key-continue", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let lines: Vec<Line> = self
            .flow
            .methods
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let key = method_key(*m);
                let style = if i == self.selected {
                    p.selected
                } else {
                    p.text
                };
                Line::from(Span::styled(format!(" {}. {} ", i + 1, ctx.t(key)), style))
            })
            .collect();
        canvas.lines(area, &lines);
    }
}
