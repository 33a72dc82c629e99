//! The visitor's language, from the kiosk's `Accept-Language`, for the emails a request
//! queues. Carried in a task-local so that every handler sees it without threading it
//! through each call.

use axum::extract::Request;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::middleware::Next;
use axum::response::Response;

/// The languages the emails are written in (DESIGN.md's ten).
pub const CODES: [&str; 10] = ["en", "es", "zh", "bn", "ru", "ht", "ko", "ar", "ur", "fr"];

tokio::task_local! {
    static VISITOR_LANGUAGE: &'static str;
}

/// The first of our languages the header names (`es-US`, `zh-Hans;q=0.9` …), else English.
pub fn from_header(value: Option<&str>) -> &'static str {
    value
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let tag = part.split(';').next()?.trim();
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            CODES.iter().copied().find(|c| *c == primary)
        })
        .next()
        .unwrap_or("en")
}

pub async fn scope(request: Request, next: Next) -> Response {
    let lang = from_header(
        request
            .headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    VISITOR_LANGUAGE.scope(lang, next.run(request)).await
}

/// The language of the request being handled (English outside a request).
pub fn current() -> &'static str {
    VISITOR_LANGUAGE.try_with(|l| *l).unwrap_or("en")
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_the_first_language_we_write_in() {
        use super::from_header;
        assert_eq!(from_header(Some("es-US,es;q=0.9,en;q=0.8")), "es");
        assert_eq!(from_header(Some("de-DE, zh-Hans;q=0.5")), "zh");
        assert_eq!(from_header(Some("ht")), "ht");
        assert_eq!(from_header(Some("xx, *")), "en");
        assert_eq!(from_header(None), "en");
    }
}
