//! `account-service staff add|list|disable|reset-totp`: the operator's side of staff
//! accounts. A password is read from standard input (never the command line, where `ps` and
//! shell history would keep it); a TOTP secret is printed once, with the QR code of its
//! `otpauth://` URI drawn in the terminal, and never shown again.

use std::io::{BufRead, Write};

use account_api::wire::StaffRole;
use anyhow::Context;
use qrcode::render::unicode::Dense1x2;
use qrcode::QrCode;
use zeroize::Zeroizing;

use crate::domain::hasher::Hasher;
use crate::domain::totp::TotpSecret;
use crate::store::{NewStaff, Store};

/// Staff passwords guard every student's account at the counter.
pub const MIN_PASSWORD_CHARS: usize = 12;
const MAX_PASSWORD_CHARS: usize = 256;

pub struct AddStaff<'a> {
    pub staff_id: &'a str,
    pub name: &'a str,
    pub center: &'a str,
    pub role: StaffRole,
}

/// The first line of `input`, without its line ending, checked as a staff password.
pub fn read_password(input: &mut dyn BufRead, staff_id: &str) -> anyhow::Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    input
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    let password = Zeroizing::new(line.trim_end_matches(['\r', '\n']).to_string());
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        anyhow::bail!(
            "the password (standard input, one line) must have at least {MIN_PASSWORD_CHARS} characters"
        );
    }
    if chars > MAX_PASSWORD_CHARS {
        anyhow::bail!("the password must have at most {MAX_PASSWORD_CHARS} characters");
    }
    if password.to_lowercase().contains(&staff_id.to_lowercase()) {
        anyhow::bail!("the password must not contain the staff ID");
    }
    Ok(password)
}

fn check_field(name: &str, value: &str, max: usize) -> anyhow::Result<()> {
    if value.trim().is_empty() || value.chars().count() > max || value.chars().any(char::is_control)
    {
        anyhow::bail!("{name}: 1 to {max} printable characters, got {value:?}");
    }
    Ok(())
}

/// Adds a staff member and prints their TOTP enrolment to `out`.
pub async fn add(
    store: &dyn Store,
    hasher: &Hasher,
    staff: &AddStaff<'_>,
    password: &str,
    now: i64,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    check_field("staff id", staff.staff_id, 64)?;
    if staff.staff_id.chars().any(char::is_whitespace) {
        anyhow::bail!("staff id: no spaces, got {:?}", staff.staff_id);
    }
    check_field("--name", staff.name, 100)?;
    check_field("--center", staff.center, 100)?;
    if store.staff(staff.staff_id).await?.is_some() {
        anyhow::bail!("staff member {} already exists", staff.staff_id);
    }
    let secret = TotpSecret::generate();
    store
        .insert_staff(
            &NewStaff {
                staff_id: staff.staff_id.to_string(),
                name: staff.name.to_string(),
                center: staff.center.to_string(),
                password_hash: hasher.hash(password).await?,
                role: staff.role,
                totp_secret: Zeroizing::new(secret.expose().to_string()),
            },
            now,
        )
        .await?;
    writeln!(
        out,
        "Added {} ({}, {}) at {}.",
        staff.staff_id,
        staff.name,
        staff.role.as_str(),
        staff.center
    )?;
    enrolment(&secret, staff.staff_id, out)
}

/// A new TOTP secret for a staff member, printed once; their live sessions end.
pub async fn reset_totp(
    store: &dyn Store,
    staff_id: &str,
    now: i64,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let secret = TotpSecret::generate();
    if !store
        .reset_staff_totp(staff_id, secret.expose(), now)
        .await?
    {
        anyhow::bail!("no staff member {staff_id}");
    }
    writeln!(
        out,
        "New authenticator secret for {staff_id}; the old codes no longer work and any session of theirs has ended."
    )?;
    enrolment(&secret, staff_id, out)
}

/// The secret and its QR code, for the staff member to scan with an authenticator app.
fn enrolment(secret: &TotpSecret, staff_id: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let uri = secret.otpauth_uri(staff_id);
    let code = QrCode::new(uri.as_bytes()).context("drawing the QR code")?;
    let drawing = Zeroizing::new(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    );
    writeln!(
        out,
        "Scan this with an authenticator app, or type the secret in. It is shown this once:"
    )?;
    writeln!(out)?;
    writeln!(out, "{}", drawing.as_str())?;
    writeln!(out)?;
    writeln!(out, "secret: {}", secret.expose())?;
    writeln!(out, "6 digits, every 30 seconds, SHA-1")?;
    Ok(())
}

/// Staff members as JSON lines: never a password hash or a TOTP secret.
pub async fn list(store: &dyn Store, out: &mut dyn Write) -> anyhow::Result<()> {
    for row in store.staff_list().await? {
        writeln!(out, "{}", serde_json::to_string(&row)?)?;
    }
    Ok(())
}

pub async fn disable(
    store: &dyn Store,
    staff_id: &str,
    now: i64,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match store.disable_staff(staff_id, now).await? {
        Some(ended) => {
            writeln!(
                out,
                "Disabled {staff_id}: they can no longer sign in; {ended} live session(s) ended."
            )?;
            Ok(())
        }
        None => anyhow::bail!("no enabled staff member {staff_id}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_come_from_one_line_and_are_checked() {
        let mut input: &[u8] = b"Counter-Strong-2026\nignored\n";
        assert_eq!(
            read_password(&mut input, "fwc.x").unwrap().as_str(),
            "Counter-Strong-2026"
        );
        let mut short: &[u8] = b"short\n";
        assert!(read_password(&mut short, "fwc.x").is_err());
        let mut named: &[u8] = b"my-fwc.x-password\n";
        assert!(read_password(&mut named, "fwc.x").is_err());
        let mut empty: &[u8] = b"";
        assert!(read_password(&mut empty, "fwc.x").is_err());
    }
}
