-- Staff sign in with a second factor (TOTP, RFC 6238) and have a role; a disabled staff
-- member cannot sign in. The secret must be readable to verify a code, so it cannot be
-- hashed: it is kept as base32 text, protected like the rest of this file (owner-only
-- permissions, backups of the same care). `totp_last_step` is the 30-second step of the last
-- code accepted: a code is taken only for a later step, in one conditional UPDATE, so a code
-- works once however many requests carry it.
ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'supervisor'));
ALTER TABLE staff ADD COLUMN totp_secret TEXT;
ALTER TABLE staff ADD COLUMN totp_last_step INTEGER;
ALTER TABLE staff ADD COLUMN disabled_at INTEGER;
-- The day's report reads a week of a few actions.
CREATE INDEX audit_events_action_at ON audit_events (action, at);
