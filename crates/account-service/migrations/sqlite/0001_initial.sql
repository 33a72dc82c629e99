-- Times are Unix seconds (UTC). Secrets are stored only as argon2id PHC strings; tokens only
-- as SHA-256 hex digests.

CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('kiosk', 'counter')),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);

CREATE TABLE students (
    student_ref           TEXT PRIMARY KEY,
    username              TEXT NOT NULL,
    username_lower        TEXT NOT NULL UNIQUE,
    student_id            TEXT NOT NULL UNIQUE,
    first_name            TEXT NOT NULL,
    last_name             TEXT NOT NULL,
    last_name_lower       TEXT NOT NULL,
    birth_date            TEXT NOT NULL,
    school                TEXT NOT NULL,
    email                 TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    pin_hash              TEXT,
    must_change_password  INTEGER NOT NULL DEFAULT 0,
    pause_kind            TEXT CHECK (pause_kind IN ('temporary', 'until_reset')),
    paused_until          INTEGER,
    last_self_reset_at    INTEGER,
    last_reset_at         INTEGER,
    last_reset_path       TEXT,
    created_at            INTEGER NOT NULL
);
CREATE INDEX students_last_name_birth ON students (last_name_lower, birth_date);

CREATE TABLE student_answers (
    student_ref  TEXT NOT NULL REFERENCES students (student_ref) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    question     TEXT NOT NULL,
    answer_hash  TEXT NOT NULL,
    PRIMARY KEY (student_ref, position)
);

-- One row per failed verification. `subject` is a student_ref, or a digest of what was typed
-- for an unknown student, so that unknown and known students cost the same work.
CREATE TABLE verification_failures (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    subject  TEXT NOT NULL,
    at       INTEGER NOT NULL
);
CREATE INDEX verification_failures_subject_at ON verification_failures (subject, at);

-- Flow, reset and session tokens: short-lived, bound to a device, single-use where they
-- authorize a change.
CREATE TABLE tokens (
    token_hash   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    device_id    TEXT NOT NULL REFERENCES devices (id),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    used_at      INTEGER,
    failures     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_expires ON tokens (expires_at);

CREATE TABLE idempotency_keys (
    device_id     TEXT NOT NULL,
    key           TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    status        INTEGER NOT NULL,
    body          TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (device_id, key)
);

CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           INTEGER NOT NULL,
    device_id    TEXT,
    actor        TEXT NOT NULL,
    student_ref  TEXT,
    action       TEXT NOT NULL,
    result       TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_student ON audit_events (student_ref, at);

CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  INTEGER NOT NULL,
    recipient   TEXT NOT NULL,
    template    TEXT NOT NULL,
    language    TEXT NOT NULL,
    payload     TEXT NOT NULL,
    sent_at     INTEGER
);

CREATE TABLE parents (
    parent_ref     TEXT PRIMARY KEY,
    email_lower    TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);

CREATE TABLE parent_children (
    parent_ref   TEXT NOT NULL REFERENCES parents (parent_ref) ON DELETE CASCADE,
    student_ref  TEXT NOT NULL REFERENCES students (student_ref) ON DELETE CASCADE,
    PRIMARY KEY (parent_ref, student_ref)
);

CREATE TABLE myschools_accounts (
    account_ref    TEXT PRIMARY KEY,
    email_lower    TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);

CREATE TABLE staff (
    staff_id       TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    center         TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     INTEGER NOT NULL
);
