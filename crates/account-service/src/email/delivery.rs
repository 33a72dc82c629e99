//! The SMTP worker: claim due messages (a lease in the database), send, mark sent; on failure
//! mark the attempt and retry later with exponential backoff. A message is never lost: it
//! leaves the outbox only when the server has accepted it. If the service dies between the
//! server's acceptance and the mark, the lease runs out and the message is sent again with the
//! same Message-ID, which mail systems use to drop the duplicate.

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;
use zeroize::Zeroizing;

use super::render::render;
use crate::clock::Clock;
use crate::store::{NewToken, OutboxRow, Store};
use crate::tokens::{digest, new_token};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// TLS from the first byte (port 465).
    Tls,
    /// Plain, then STARTTLS, required (port 587).
    StartTls,
    /// No TLS: only for a relay on the same machine.
    None,
}

pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub credentials: Option<(String, Zeroizing<String>)>,
    pub from: Mailbox,
    /// Reset links: the token is appended to these.
    pub nycsa_link: String,
    pub myschools_link: String,
    pub retry_base: Duration,
    pub retry_max: Duration,
    pub poll: Duration,
    pub lease: Duration,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.credentials.as_ref().map(|c| &c.0))
            .field("password", &"<redacted>")
            .finish_non_exhaustive()
    }
}

fn transport(c: &SmtpConfig) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let builder = match c.security {
        Security::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host)?,
        Security::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host)?,
        Security::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host),
    };
    let mut builder = builder.port(c.port).timeout(Some(Duration::from_secs(30)));
    if let Some((user, password)) = &c.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.to_string()));
    }
    Ok(builder.build())
}

/// The email for a row, as lettre's message. `Err` for a row that can never be sent.
pub fn message(c: &SmtpConfig, row: &OutboxRow) -> Result<Message, String> {
    let link = match row.template.as_str() {
        "myschools_reset_link" => &c.myschools_link,
        _ => &c.nycsa_link,
    };
    let email = render(row, link).ok_or_else(|| format!("unknown template {}", row.template))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let domain = c.from.email.domain().to_string();
    Message::builder()
        .from(c.from.clone())
        .to(to)
        .subject(email.subject)
        .message_id(Some(format!(
            "<outbox-{}-{}@{domain}>",
            row.id, row.created_at
        )))
        .multipart(MultiPart::alternative_plain_html(email.text, email.html))
        .map_err(|e| format!("building the message: {e}"))
}

fn backoff(c: &SmtpConfig, attempts: i64) -> Duration {
    let factor = 2u32.saturating_pow(attempts.clamp(0, 20) as u32);
    c.retry_base.saturating_mul(factor).min(c.retry_max)
}

/// A reset-link message with a fresh link token in its payload (in memory only): the token is
/// made when the email is sent, and only its digest is stored. A message sent again after a
/// lost mark gets another token; the first one stays good, so whichever copy arrives works.
pub async fn with_link_token(
    store: &dyn Store,
    clock: &dyn Clock,
    row: &OutboxRow,
) -> anyhow::Result<OutboxRow> {
    let mut row = row.clone();
    let Some(link) = row.payload.get("link").cloned() else {
        return Ok(row);
    };
    let field = |name: &str| {
        link.get(name)
            .and_then(|v| v.as_str())
            .map(str::to_string)
            .ok_or_else(|| anyhow::anyhow!("outbox {}: link without {name}", row.id))
    };
    let (kind, subject, device) = (
        field("token_kind")?,
        field("account_ref")?,
        field("device_id")?,
    );
    let ttl_secs = link
        .get("ttl_secs")
        .and_then(|v| v.as_i64())
        .unwrap_or(1800);
    let token = new_token();
    store
        .put_token(&NewToken {
            token_hash: &digest(&token),
            kind: &kind,
            subject: &subject,
            device_id: &device,
            now: clock.now(),
            ttl_secs,
        })
        .await?;
    if let Some(fields) = row.payload.as_object_mut() {
        fields.remove("link");
        fields.insert("token".into(), serde_json::Value::String(token.to_string()));
    }
    Ok(row)
}

/// Wipes the link token a prepared row carries.
fn wipe_link_token(row: &mut OutboxRow) {
    if let Some(serde_json::Value::String(token)) =
        row.payload.as_object_mut().and_then(|f| f.remove("token"))
    {
        drop(Zeroizing::new(token));
    }
}

/// Delivers what is due once; returns how many messages it handled.
pub async fn deliver_due(
    store: &dyn Store,
    clock: &dyn Clock,
    c: &SmtpConfig,
    mailer: &AsyncSmtpTransport<Tokio1Executor>,
) -> anyhow::Result<usize> {
    let now = clock.now();
    let rows = store
        .claim_outbox(now, c.lease.as_secs() as i64, 20)
        .await?;
    for row in &rows {
        let mut prepared = with_link_token(store, clock, row).await?;
        let built = message(c, &prepared);
        wipe_link_token(&mut prepared);
        let outcome = match built {
            Ok(msg) => mailer
                .send(msg)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match outcome {
            Ok(()) => {
                store.outbox_sent(row.id, clock.now()).await?;
                metrics::counter!("emails_sent_total").increment(1);
                tracing::info!(outbox = row.id, template = %row.template, "email sent");
            }
            Err(error) => {
                let retry_at = clock.now() + backoff(c, row.attempts).as_secs() as i64;
                store.outbox_failed(row.id, retry_at, &error).await?;
                metrics::counter!("email_failures_total").increment(1);
                tracing::warn!(outbox = row.id, attempts = row.attempts + 1, %error, "email not sent; will retry");
            }
        }
    }
    Ok(rows.len())
}

/// The worker: polls the outbox until the service stops.
pub fn spawn(
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    config: SmtpConfig,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let mailer = transport(&config)?;
    Ok(tokio::spawn(async move {
        loop {
            match deliver_due(store.as_ref(), clock.as_ref(), &config, &mailer).await {
                Ok(0) => tokio::time::sleep(config.poll).await,
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(error = %e, "outbox delivery failed; retrying");
                    tokio::time::sleep(config.poll).await;
                }
            }
        }
    }))
}
