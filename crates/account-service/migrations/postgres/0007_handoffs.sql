-- A terminal stands in one Welcome Center; hand-offs from its kiosk go to that center's
-- counters. Terminals registered before centers existed are in the demo center.
ALTER TABLE devices ADD COLUMN center TEXT NOT NULL DEFAULT 'Bronx Family Welcome Center';

-- A family sent from the kiosk to the counter. Never a secret: the student is a ref the
-- service resolved itself from a verified flow, or nothing.
-- `seq` orders hand-offs made in the same second as they were made.
CREATE TABLE handoffs (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    center      TEXT NOT NULL,
    number      TEXT NOT NULL,
    language    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    student_ref TEXT REFERENCES students (student_ref),
    device_id   TEXT NOT NULL REFERENCES devices (id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    claimed_at  BIGINT,
    claimed_by  TEXT
);

CREATE INDEX handoffs_open ON handoffs (center, claimed_at, expires_at);
