-- The PostgreSQL schema: the same tables as the SQLite one, integers as BIGINT.
-- Times are Unix seconds (UTC). Secrets are stored only as argon2id PHC strings; tokens only
-- as SHA-256 hex digests.

CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('kiosk', 'counter')),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  BIGINT NOT NULL,
    revoked_at  BIGINT
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
    must_change_password  BIGINT NOT NULL DEFAULT 0,
    pause_kind            TEXT CHECK (pause_kind IN ('temporary', 'until_reset')),
    paused_until          BIGINT,
    last_self_reset_at    BIGINT,
    last_reset_at         BIGINT,
    last_reset_path       TEXT,
    created_at            BIGINT NOT NULL
);
CREATE INDEX students_last_name_birth ON students (last_name_lower, birth_date);

CREATE TABLE student_answers (
    student_ref  TEXT NOT NULL REFERENCES students (student_ref) ON DELETE CASCADE,
    position     BIGINT NOT NULL,
    question     TEXT NOT NULL,
    answer_hash  TEXT NOT NULL,
    PRIMARY KEY (student_ref, position)
);

-- One row per failed verification. `subject` is a student_ref, or a digest of what was typed
-- for an unknown student, so that unknown and known students cost the same work.
CREATE TABLE verification_failures (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject  TEXT NOT NULL,
    at       BIGINT NOT NULL
);
CREATE INDEX verification_failures_subject_at ON verification_failures (subject, at);

-- Flow, reset and session tokens: short-lived, bound to a device, single-use where they
-- authorize a change.
CREATE TABLE tokens (
    token_hash   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    device_id    TEXT NOT NULL REFERENCES devices (id),
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT,
    failures     BIGINT NOT NULL DEFAULT 0,
    -- Staff sessions end after 15 idle minutes: the last time a token was used.
    last_used_at BIGINT
);
CREATE INDEX tokens_expires ON tokens (expires_at);

CREATE TABLE idempotency_keys (
    device_id     TEXT NOT NULL,
    key           TEXT NOT NULL,
    fingerprint   TEXT NOT NULL,
    status        BIGINT NOT NULL,
    body          TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    PRIMARY KEY (device_id, key)
);

CREATE TABLE audit_events (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           BIGINT NOT NULL,
    device_id    TEXT,
    actor        TEXT NOT NULL,
    student_ref  TEXT,
    action       TEXT NOT NULL,
    result       TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_student ON audit_events (student_ref, at);

CREATE TABLE outbox (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at  BIGINT NOT NULL,
    recipient   TEXT NOT NULL,
    template    TEXT NOT NULL,
    language    TEXT NOT NULL,
    payload     TEXT NOT NULL,
    sent_at     BIGINT
);

CREATE TABLE parents (
    parent_ref     TEXT PRIMARY KEY,
    email_lower    TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL
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
    created_at     BIGINT NOT NULL
);

CREATE TABLE staff (
    staff_id       TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    center         TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

-- Events counted by rate limits (reset-link requests per address and per device).
CREATE TABLE rate_events (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bucket  TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX rate_events_bucket_at ON rate_events (bucket, at);

CREATE TABLE tickets (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number       TEXT UNIQUE,
    created_at   BIGINT NOT NULL,
    device_id    TEXT NOT NULL,
    device_name  TEXT NOT NULL,
    topic        TEXT NOT NULL,
    description  TEXT NOT NULL,
    name         TEXT NOT NULL,
    email        TEXT,
    phone        TEXT,
    language     TEXT NOT NULL,
    center       TEXT
);
