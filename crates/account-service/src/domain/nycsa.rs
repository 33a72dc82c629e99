//! Parents and guardians (NYC Schools Account): sign in, see linked children, reset a child's
//! password. And the forgotten-password links for NYCSA and MySchools, which answer the same
//! way whether or not an address is known.

use account_api::wire::{
    ChildInfo, ChildPasswordRequest, NycsaEndRequest, NycsaSessionRequest, NycsaSessionResponse,
    ResetLinkAccepted, ResetLinkRequest, ResetResponse,
};
use account_api::SecretString;

use crate::clock::rfc3339;
use crate::domain::attempts::{self, Door, DoorKind};
use crate::domain::directory_change::{self, DirectoryChangeError};
use crate::domain::guardians::{self, Change, Place};
use crate::domain::idempotency::{replay, settle_duplicate, valid_key, IdempotencyError};
use crate::domain::password::{check_new_password, PasswordRejected};
use crate::domain::session_tokens::{live_token, TokenError};
use crate::domain::sign_in::SignInError;
use crate::state::AppState;
use crate::store::{
    AuditEvent, ChangeOutcome, Device, IdempotencyRecord, LinkRequest, NewToken, OutboxMessage,
    ParentRecord, ParentReset, PasswordPlan, StoredResponse,
};
use crate::tokens::{digest, new_token, request_fingerprint};

pub const NYCSA_TOKEN: &str = "nycsa";
const SESSION_TTL_SECS: i64 = 15 * 60;
const RESET_LINK_TTL_SECS: i64 = 30 * 60;
/// Reset links: at most this many per address per hour (more are dropped silently) and per
/// terminal per hour (more are refused).
const LINKS_PER_ADDRESS_PER_HOUR: u32 = 3;
const LINKS_PER_DEVICE_PER_HOUR: u32 = 30;
const MAX_EMAIL: usize = 254;
const NOT_AN_ADDRESS: &str = "email must be an address";

/// Why a parent's reset of a child's password changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum ChildResetError {
    #[error(transparent)]
    Idempotency(#[from] IdempotencyError),
    #[error(transparent)]
    Token(#[from] TokenError),
    /// Not a child of this parent: answered like a student that does not exist.
    #[error("no such child")]
    NotFound,
    #[error(transparent)]
    Password(#[from] PasswordRejected),
    #[error(transparent)]
    Directory(#[from] DirectoryChangeError),
    /// A duplicate in flight took the key; its answer becomes this one's.
    #[error("a duplicate request applied the change first")]
    Duplicate,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Why a reset link request was refused (an unknown address is not refused).
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("{NOT_AN_ADDRESS}")]
    InvalidEmail,
    #[error("too many reset links from this terminal")]
    TooMany,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

crate::domain::store_failures_are_internal!(ChildResetError, LinkError);

/// An address NYCSA can sign in with (also what the roster must give a parent).
pub(crate) fn valid_email(email: &str) -> bool {
    let e = email.trim();
    e.chars().count() <= MAX_EMAIL
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && matches!(e.split_once('@'), Some((user, domain)) if !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !domain.contains('@'))
}

pub async fn session(
    state: &AppState,
    device: &Device,
    req: NycsaSessionRequest,
) -> Result<NycsaSessionResponse, SignInError> {
    if !valid_email(&req.email) {
        return Err(SignInError::Invalid(NOT_AN_ADDRESS));
    }
    let email = req.email.trim().to_lowercase();
    let parent = state.store.find_parent(&email).await?;
    let subject = match &parent {
        Some(p) => p.parent_ref.clone(),
        None => format!("unknown-parent:{}", digest(&email)),
    };
    let attempt =
        match attempts::enter(state, device, Door::other(DoorKind::Parent, &subject)).await? {
            Ok(attempt) => attempt,
            // Over the limit the right password is refused too, known address or not.
            Err(refusal) => return Err(SignInError::RateLimited(refusal)),
        };
    let matched = state
        .hasher
        .verify(
            req.password.expose(),
            parent.as_ref().map(|p| p.password_hash.as_str()),
        )
        .await;
    let parent = match (parent, matched) {
        (Some(p), true) => {
            attempt.right(state).await?;
            p
        }
        _ => {
            attempt.wrong(state, device).await?;
            return Err(SignInError::Failed);
        }
    };
    let now = state.clock.now();
    let session = new_token();
    state
        .store
        .put_token(&NewToken {
            token_hash: &digest(&session),
            kind: NYCSA_TOKEN,
            subject: &parent.parent_ref,
            device_id: &device.id,
            now,
            ttl_secs: SESSION_TTL_SECS,
        })
        .await?;
    let children = state
        .store
        .children(&parent.parent_ref)
        .await?
        .into_iter()
        .map(|s| ChildInfo {
            student_ref: s.student_ref,
            name: format!("{} {}", s.first_name, s.last_name),
            school: s.school,
            account_id: s.username,
            email: s.email,
        })
        .collect();
    Ok(NycsaSessionResponse {
        session: SecretString::from_str_exact(&session),
        parent_name: parent.name,
        children,
    })
}

pub async fn end(
    state: &AppState,
    device: &Device,
    req: NycsaEndRequest,
) -> Result<(), sqlx::Error> {
    if let Ok((hash, _)) = live_token(state, device, &req.session, NYCSA_TOKEN).await {
        state.store.use_token(&hash, state.clock.now()).await?;
    }
    Ok(())
}

async fn session_parent(
    state: &AppState,
    device: &Device,
    session: &SecretString,
) -> Result<ParentRecord, TokenError> {
    let (_, token) = live_token(state, device, session, NYCSA_TOKEN).await?;
    state
        .store
        .parent(&token.subject)
        .await?
        .ok_or(TokenError::Expired)
}

pub async fn child_password(
    state: &AppState,
    device: &Device,
    student_ref: &str,
    key: Option<&str>,
    req: ChildPasswordRequest,
) -> Result<StoredResponse, ChildResetError> {
    let key = valid_key(key)?;
    let parent = session_parent(state, device, &req.session).await?;
    let fingerprint = request_fingerprint(&[
        "nycsa_child_reset",
        &parent.parent_ref,
        student_ref,
        req.session.expose(),
        req.new_password.expose(),
    ]);
    if let Some(stored) = state.store.idempotent_response(&device.id, key).await? {
        return Ok(replay(stored, &fingerprint)?);
    }
    let outcome =
        child_password_once(state, device, &parent, student_ref, key, &fingerprint, req).await;
    settle_duplicate(state, &device.id, key, &fingerprint, outcome).await
}

async fn child_password_once(
    state: &AppState,
    device: &Device,
    parent: &ParentRecord,
    student_ref: &str,
    key: &str,
    fingerprint: &str,
    req: ChildPasswordRequest,
) -> Result<StoredResponse, ChildResetError> {
    // Another family's child is refused exactly like a ref that does not exist.
    let child = state
        .store
        .children(&parent.parent_ref)
        .await?
        .into_iter()
        .find(|c| c.student_ref == student_ref)
        .ok_or(ChildResetError::NotFound)?;
    check_new_password(state, &child, &req.new_password).await?;
    let new_hash = state.hasher.hash(req.new_password.expose()).await?;
    let now = state.clock.now();
    let body = serde_json::to_string(&ResetResponse {
        changed_at: rfc3339(now),
    })
    .map_err(anyhow::Error::from)?;
    let payload = serde_json::json!({
        "first_name": child.first_name,
        "username": child.username,
        "changed_at": rfc3339(now),
        "path": "nycsa",
    });
    let change = ParentReset {
        student_ref: &child.student_ref,
        new_password_hash: &new_hash,
        now,
        audit: AuditEvent {
            device_id: Some(&device.id),
            actor: &parent.parent_ref,
            student_ref: Some(&child.student_ref),
            action: "password_reset",
            result: "ok",
            detail: "nycsa",
        },
        outbox: vec![
            OutboxMessage {
                recipient: &child.email,
                template: "password_changed",
                language: crate::language::current(),
                payload: payload.clone(),
            },
            OutboxMessage {
                recipient: &parent.email,
                template: "child_password_changed",
                language: crate::language::current(),
                payload,
            },
        ],
        guardian_notice: guardians::notice(
            &child,
            Change::Password,
            Place::Nycsa {
                parent_ref: &parent.parent_ref,
            },
            now,
        ),
        idempotency: IdempotencyRecord {
            device_id: &device.id,
            key,
            fingerprint,
            status: 200,
            body: &body,
        },
    };
    if let Some(directory) = &state.directory {
        let plan = PasswordPlan {
            student_ref: child.student_ref.clone(),
            username: child.username.clone(),
            password_hash: new_hash.clone(),
            must_change: false,
            path: "nycsa".into(),
            now,
            use_token: None,
            audit: (&change.audit).into(),
            outbox: change.outbox.iter().map(Into::into).collect(),
            guardian_notice: change.guardian_notice.clone(),
            idempotency: Some((&change.idempotency).into()),
        };
        directory_change::apply(state, directory, &plan, &req.new_password).await?;
        return Ok(StoredResponse {
            fingerprint: fingerprint.to_string(),
            status: 200,
            body,
        });
    }
    drop(req);
    let outcome = state.store.apply_parent_reset(&change).await?;
    match outcome {
        ChangeOutcome::Applied => Ok(StoredResponse {
            fingerprint: fingerprint.to_string(),
            status: 200,
            body,
        }),
        // The key was taken by a duplicate in flight; the caller settles on its answer.
        _ => Err(ChildResetError::Duplicate),
    }
}

/// Which account a reset link is for.
#[derive(Debug, Clone, Copy)]
pub enum LinkKind {
    Nycsa,
    MySchools,
}

impl LinkKind {
    fn template(self) -> &'static str {
        match self {
            LinkKind::Nycsa => "nycsa_reset_link",
            LinkKind::MySchools => "myschools_reset_link",
        }
    }

    fn name(self) -> &'static str {
        match self {
            LinkKind::Nycsa => "nycsa",
            LinkKind::MySchools => "myschools",
        }
    }
}

pub fn accepted() -> ResetLinkAccepted {
    ResetLinkAccepted {
        status: "accepted".into(),
    }
}

/// Always the same answer; for a known address within its limit, a single-use link is queued.
pub async fn reset_link(
    state: &AppState,
    device: &Device,
    kind: LinkKind,
    req: ResetLinkRequest,
) -> Result<ResetLinkAccepted, LinkError> {
    if !valid_email(&req.email) {
        return Err(LinkError::InvalidEmail);
    }
    let now = state.clock.now();
    let device_count = state
        .store
        .rate_event(&format!("link-device:{}", device.id), now, 3600)
        .await?;
    if device_count > LINKS_PER_DEVICE_PER_HOUR {
        return Err(LinkError::TooMany);
    }
    let email = req.email.trim().to_lowercase();
    let address_count = state
        .store
        .rate_event(
            &format!("link-address:{}:{}", kind.name(), digest(&email)),
            now,
            3600,
        )
        .await?;
    let account = match kind {
        LinkKind::Nycsa => state
            .store
            .find_parent(&email)
            .await?
            .map(|p| (p.parent_ref, p.name)),
        LinkKind::MySchools => state.store.find_myschools(&email).await?,
    };
    if let (Some((account_ref, name)), true) =
        (account, address_count <= LINKS_PER_ADDRESS_PER_HOUR)
    {
        // Queued after answering, so a known address does not take longer than an unknown one.
        let (state, device_id) = (state.clone(), device.id.clone());
        // The spawned task is outside the request: take its language along.
        let language = crate::language::current();
        tokio::spawn(async move {
            let token_kind = format!("{}_reset", kind.name());
            let queued = state
                .store
                .queue_reset_link(&LinkRequest {
                    token_kind: &token_kind,
                    account_ref: &account_ref,
                    now,
                    outbox: OutboxMessage {
                        recipient: &email,
                        template: kind.template(),
                        language,
                        payload: serde_json::json!({
                            "name": name,
                            "expires_in_minutes": RESET_LINK_TTL_SECS / 60,
                            "link": {
                                "token_kind": token_kind,
                                "account_ref": account_ref,
                                "device_id": device_id,
                                "ttl_secs": RESET_LINK_TTL_SECS,
                            },
                        }),
                    },
                })
                .await;
            if let Err(e) = queued {
                tracing::error!(error = %e, "could not queue a reset link");
            }
        });
    }
    Ok(accepted())
}

#[cfg(test)]
mod tests {
    use super::valid_email;

    #[test]
    fn emails() {
        assert!(valid_email("maria.martinez@example.org"));
        assert!(!valid_email("maria"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email("a b@c.org"));
        assert!(!valid_email("@c.org"));
    }
}
