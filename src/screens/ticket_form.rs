use crate::widgets::Canvas;
use account_api::wire::{check_ticket, TicketField, TicketRequest, TICKET_NAME_MAX, TICKET_TOPICS};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Action, Chrome, Ctx, MenuScreen, Screen, ScreenState, TicketReviewScreen};
use crate::keys::Key;
use crate::speech::Spoken;
use crate::widgets::field::{draw_text, TextField};
use crate::widgets::text::{below, paragraphs};
use crate::widgets::theme::palette;

/// The kiosk keeps descriptions shorter than the service allows: a terminal keyboard is slow.
const DESCRIPTION_MAX: usize = 500;
const EMAIL_MAX: usize = 254;
const PHONE_MAX: usize = 20;
/// Focus: topic, description, name, email, phone.
const FIELDS: usize = 5;

/// Menu 6: topic, description, name, and an email or a phone number.
pub struct TicketFormScreen {
    pub topic: usize,
    pub description: TextField,
    pub name: TextField,
    pub email: TextField,
    pub phone: TextField,
    pub focus: usize,
    tried: bool,
}

impl Default for TicketFormScreen {
    fn default() -> Self {
        TicketFormScreen {
            topic: 0,
            description: TextField::new(DESCRIPTION_MAX),
            name: TextField::new(TICKET_NAME_MAX),
            email: TextField::new(EMAIL_MAX),
            phone: TextField::new(PHONE_MAX),
            focus: 0,
            tried: false,
        }
    }
}

impl TicketFormScreen {
    pub fn request(&self, language: &str) -> TicketRequest {
        self.request_at(language, None)
    }

    pub fn request_at(&self, language: &str, center: Option<&str>) -> TicketRequest {
        let opt = |f: &TextField| Some(f.value().trim().to_string()).filter(|v| !v.is_empty());
        TicketRequest {
            topic: TICKET_TOPICS[self.topic].to_string(),
            description: self.description.value().trim().to_string(),
            name: self.name.value().trim().to_string(),
            email: opt(&self.email),
            phone: opt(&self.phone),
            language: language.to_string(),
            center: center.map(str::to_string),
        }
    }

    fn field_mut(&mut self) -> Option<&mut TextField> {
        match self.focus {
            1 => Some(&mut self.description),
            2 => Some(&mut self.name),
            3 => Some(&mut self.email),
            4 => Some(&mut self.phone),
            _ => None,
        }
    }
}

impl ScreenState for TicketFormScreen {
    fn name(&self) -> &'static str {
        "ticket_form"
    }

    fn paste(&mut self, text: &str, _ctx: &Ctx) {
        if let Some(f) = self.field_mut() {
            f.paste(text);
        }
    }

    fn key(&mut self, key: Key, ctx: &Ctx) -> Action {
        let n = TICKET_TOPICS.len();
        match key {
            Key::Esc => return Action::Go(Screen::Menu(MenuScreen::default())),
            Key::Tab | Key::Down => self.focus = (self.focus + 1) % FIELDS,
            Key::BackTab | Key::Up => self.focus = (self.focus + FIELDS - 1) % FIELDS,
            Key::Left if self.focus == 0 => self.topic = (self.topic + n - 1) % n,
            Key::Right if self.focus == 0 => self.topic = (self.topic + 1) % n,
            Key::Enter if self.focus + 1 < FIELDS => self.focus += 1,
            Key::Enter => {
                self.tried = true;
                if check_ticket(&self.request(ctx.lang)).is_empty() {
                    let form = std::mem::take(self);
                    return Action::Go(Screen::TicketReview(TicketReviewScreen::new(form)));
                }
            }
            other => {
                if let Some(f) = self.field_mut() {
                    f.key(other);
                }
            }
        }
        Action::None
    }

    /// The labels, the topic as it changes (←→) and the field moved to; what is typed is
    /// not said.
    fn speech(&self, ctx: &Ctx) -> Spoken {
        let topic = format!(
            "{}: {}",
            ctx.t("ticket-topic"),
            ctx.t(&format!("ticket-topic-{}", TICKET_TOPICS[self.topic]))
        );
        let labels = [
            "ticket-description",
            "ticket-name",
            "ticket-email",
            "ticket-phone",
        ];
        let mut s = Spoken::titled(ctx, &ctx.t("ticket-title"));
        s.say_key(ctx, "ticket-intro").say_key(ctx, "ticket-topic");
        for label in labels {
            s.say_key(ctx, label);
        }
        match self.focus {
            0 => s.focus_on(ctx, &topic),
            n => s.focus_on(ctx, &ctx.t(labels[(n - 1).min(labels.len() - 1)])),
        };
        if self.tried {
            for field in check_ticket(&self.request(ctx.lang)) {
                s.alert(&ctx.t(&format!("ticket-error-{}", field_key(field))));
            }
        }
        s
    }

    fn chrome(&self, ctx: &Ctx) -> Chrome {
        Chrome {
            title: ctx.t("ticket-title"),
            step: Some((1, 2)),
            keys: vec![
                "key-continue",
                "key-move",
                "key-change-topic",
                "key-back",
                "key-language",
            ],
        }
    }

    fn draw(&self, canvas: &mut Canvas, area: Rect, ctx: &Ctx) {
        let p = palette();
        let bad = if self.tried {
            check_ticket(&self.request(ctx.lang))
        } else {
            Vec::new()
        };
        let error = |field: TicketField| {
            bad.contains(&field)
                .then(|| ctx.t(&format!("ticket-error-{}", field_key(field))))
        };
        let used = paragraphs(canvas, area, &[(ctx.t("ticket-intro"), p.muted)]);
        let mut rest = below(area, used + 1);
        let topic = format!(
            "◀ {} ▶",
            ctx.t(&format!("ticket-topic-{}", TICKET_TOPICS[self.topic]))
        );
        let label_style = if self.focus == 0 { p.accent } else { p.text };
        canvas.lines(
            crate::widgets::text::top(rest, 1),
            &[Line::from(Span::styled(ctx.t("ticket-topic"), label_style))],
        );
        let topic_row = below(rest, 1);
        let style = if self.focus == 0 { p.selected } else { p.field };
        canvas.lines(
            crate::widgets::text::top(topic_row, 1),
            &[Line::from(Span::styled(topic, style))],
        );
        rest = below(rest, 3);
        let fields = [
            (
                1,
                "ticket-description",
                &self.description,
                error(TicketField::Description),
            ),
            (2, "ticket-name", &self.name, error(TicketField::Name)),
            (
                3,
                "ticket-email",
                &self.email,
                error(TicketField::Email).or_else(|| error(TicketField::Contact)),
            ),
            (4, "ticket-phone", &self.phone, error(TicketField::Phone)),
        ];
        for (focus, label, field, err) in fields {
            draw_text(
                canvas,
                rest,
                &ctx.t(label),
                field,
                self.focus == focus,
                err.as_deref(),
            );
            rest = below(rest, 3);
        }
    }
}

fn field_key(f: TicketField) -> &'static str {
    match f {
        TicketField::Topic => "topic",
        TicketField::Description => "description",
        TicketField::Name => "name",
        TicketField::Email => "email",
        TicketField::Phone => "phone",
        TicketField::Contact => "contact",
        TicketField::Language => "language",
        TicketField::Center => "language",
    }
}
