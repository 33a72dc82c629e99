use crate::widgets::Canvas;
use account_api::wire::TICKET_TOPICS;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{
    problem_for, Action, Chrome, Ctx, Reply, Request, Screen, ScreenState, TicketDoneScreen,
    TicketFormScreen,
};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::theme::palette;

/// Step 2: what will be sent, before it is sent.
pub struct TicketReviewScreen {
    pub form: TicketFormScreen,
}

impl TicketReviewScreen {
    pub fn new(form: TicketFormScreen) -> Self {
        TicketReviewScreen { form }
    }
}

impl ScreenState for TicketReviewScreen {
    fn name(&self) -> &'static str {
        "ticket_review"
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        match key {
            Key::Enter => Action::Request(Request::Ticket(
                self.form
                    .request_at(ctx.lang, Some(&ctx.config.center_name)),
            )),
            Key::Esc => Action::Go(Screen::TicketForm(std::mem::take(&mut self.form))),
            _ => Action::None,
        }
    }

    fn reply(&mut self, reply: Reply, _ctx: &Ctx) -> Action {
        let Reply::Ticket(result) = reply else {
            return Action::None;
        };
        match result {
            Ok(t) => Action::Go(Screen::TicketDone(TicketDoneScreen { ticket: t.ticket })),
            Err(e) => {
                let retry =
                    Screen::TicketReview(TicketReviewScreen::new(std::mem::take(&mut self.form)));
                Action::Go(problem_for(e, Some(retry)))
            }
        }
    }

    /// The topic and what to do; what the visitor typed stays on the screen, not spoken in
    /// a waiting room.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let topic = ctx.t(&format!("ticket-topic-{}", TICKET_TOPICS[self.form.topic]));
        let mut s = Spoken::titled(ctx, &ctx.t("ticket-review-title"));
        s.say(ctx, &format!("{}: {topic}", ctx.t("ticket-review-topic")))
            .say_key(ctx, "ticket-review-hint");
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("ticket-review-title"),
            step: Some((2, 2)),
            keys: vec!["key-send", "key-change", "key-language"],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let r = self.form.request(ctx.lang);
        let row = |label: &str, value: String| {
            Line::from(vec![
                Span::styled(format!("{}: ", ctx.t(label)), p.muted),
                Span::styled(value, p.text),
            ])
        };
        let mut lines = vec![
            row(
                "ticket-review-topic",
                ctx.t(&format!("ticket-topic-{}", TICKET_TOPICS[self.form.topic])),
            ),
            row("ticket-review-description", r.description.clone()),
            row("ticket-review-name", r.name.clone()),
        ];
        if let Some(e) = r.email {
            lines.push(row("ticket-review-email", e));
        }
        if let Some(ph) = r.phone {
            lines.push(row("ticket-review-phone", ph));
        }
        lines.push(Line::raw(""));
        let note = if ctx.busy() {
            ctx.t("please-wait")
        } else {
            ctx.t("ticket-review-hint")
        };
        lines.push(Line::from(Span::styled(note, p.accent)));
        canvas.lines(area, &lines);
    }
}
