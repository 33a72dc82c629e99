use crate::widgets::Canvas;
use account_api::identifiers::{format_wire_date, parse_student, parse_typed_date};
use account_api::wire::StartRequest;
use ratatui::layout::Rect;

use super::{
    problem_for, Action, Chrome, Ctx, MenuScreen, MethodScreen, NoMethodScreen, Reply, Request,
    Screen, ScreenState, StudentFlow,
};
use crate::i18n::Arg;
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::field::{draw_text, TextField, FIELD_ROWS};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

const STUDENT_MAX: usize = 40;
const DATE_MAX: usize = 10;

/// Step 1: who the student is — username or student ID, and date of birth.
pub struct LookupScreen {
    pub student: TextField,
    pub birth_date: TextField,
    pub focus: usize,
    error_student: bool,
    error_date: bool,
}

impl LookupScreen {
    pub fn new() -> Self {
        Self::with_values("", "")
    }

    pub fn with_values(student: &str, birth_date: &str) -> Self {
        LookupScreen {
            student: TextField::with_value(STUDENT_MAX, student),
            birth_date: TextField::with_value(DATE_MAX, birth_date),
            focus: 0,
            error_student: false,
            error_date: false,
        }
    }

    fn again(&self) -> Screen {
        Screen::Lookup(Self::with_values(
            self.student.value(),
            self.birth_date.value(),
        ))
    }

    fn submit(&mut self) -> Action {
        let student = parse_student(self.student.value());
        let date = parse_typed_date(self.birth_date.value());
        self.error_student = student.is_none();
        self.error_date = date.is_none();
        match (student, date) {
            (Some(_), Some(date)) => Action::Request(Request::Start(StartRequest {
                student: self.student.value().trim().to_string(),
                birth_date: format_wire_date(date),
            })),
            (None, _) => {
                self.focus = 0;
                Action::None
            }
            _ => {
                self.focus = 1;
                Action::None
            }
        }
    }
}

impl ScreenState for LookupScreen {
    fn name(&self) -> &'static str {
        "lookup"
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        match self.focus {
            0 => self.student.paste(text),
            _ => self.birth_date.paste(text),
        }
    }

    fn key(&mut self, key: Key, _ctx: &Ctx) -> Action {
        match key {
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Tab | Key::Down => self.focus = (self.focus + 1) % 2,
            Key::BackTab | Key::Up => self.focus = (self.focus + 1) % 2,
            Key::Enter if self.focus == 0 => self.focus = 1,
            Key::Enter => return self.submit(),
            other => {
                // An error note is about what was sent; editing the field retires it.
                let field = if self.focus == 0 {
                    self.error_student = false;
                    &mut self.student
                } else {
                    self.error_date = false;
                    &mut self.birth_date
                };
                field.key(other);
            }
        }
        Action::None
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::Start(result) = reply else {
            return Action::None;
        };
        match result {
            Ok(started) => {
                let flow = StudentFlow {
                    flow: started.flow,
                    methods: started.methods,
                    questions: started.questions.unwrap_or_default(),
                };
                Action::Go(next_for(flow))
            }
            Err(e) => Action::Go(problem_for(e, Some(self.again()))),
        }
    }

    fn speech(&self, ctx: &Ctx) -> Spoken {
        let labels = ["lookup-student", "lookup-birth-date"];
        let mut s = Spoken::titled(ctx, &ctx.t("lookup-title"));
        s.say_key(ctx, "lookup-intro")
            .say_key(ctx, labels[0])
            .say_key(ctx, labels[1])
            .focus_on(ctx, &ctx.t(labels[self.focus.min(1)]));
        if self.error_student {
            s.alert(&ctx.t("lookup-error-student"));
        }
        if self.error_date {
            s.alert(&ctx.t("lookup-error-birth-date"));
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("lookup-title"),
            step: Some((1, 3)),
            keys: vec!["key-continue", "key-move", "key-back", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let used = paragraphs(canvas, area, &[(ctx.t("lookup-intro"), p.text)]);
        let mut rest = below(area, used + 1);
        let student_error = self.error_student.then(|| ctx.t("lookup-error-student"));
        draw_text(
            canvas,
            rest,
            &ctx.t("lookup-student"),
            &self.student,
            self.focus == 0 && !ctx.busy(),
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        draw_text(
            canvas,
            rest,
            &ctx.t("lookup-birth-date"),
            &self.birth_date,
            self.focus == 1 && !ctx.busy(),
            None,
        );
        rest = below(rest, FIELD_ROWS + 1);
        let mut notes = Vec::new();
        if let Some(e) = student_error {
            notes.push((e, p.bad));
        }
        if self.error_date {
            notes.push((ctx.t("lookup-error-birth-date"), p.bad));
        } else if let Some(date) = parse_typed_date(self.birth_date.value()) {
            // The date as it will be sent, in words, before anything is counted against the
            // student: 03/04 read as March 4 shows as March, not April.
            let words = date_in_words(ctx, date);
            notes.push((
                ctx.t_args("lookup-date-understood", &[("date", Arg::Str(&words))]),
                p.accent,
            ));
        }
        if ctx.busy() {
            notes.push((ctx.t("please-wait"), p.accent));
        }
        paragraphs(canvas, rest, &notes);
    }
}

impl Default for LookupScreen {
    fn default() -> Self {
        Self::new()
    }
}

/// A date as the visitor's language writes it in words ("14 de marzo de 2012").
pub fn date_in_words(ctx: &Ctx, date: time::Date) -> String {
    let month = ctx.t(&format!("month-{}", u8::from(date.month())));
    let year = date.year().to_string();
    // The day as a number, so a language can give the first its own form ("1er mars").
    ctx.t_args(
        "date-in-words",
        &[
            ("day", Arg::Num(date.day().into())),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&year)),
        ],
    )
}

/// After the student is found: straight to the only method, a choice of two, or the
/// explanation of what to do without either.
pub fn next_for(flow: StudentFlow) -> Screen {
    match flow.methods.as_slice() {
        [] => Screen::NoMethod(NoMethodScreen),
        [only] => MethodScreen::open(*only, flow),
        _ => Screen::Method(MethodScreen::new(flow)),
    }
}
