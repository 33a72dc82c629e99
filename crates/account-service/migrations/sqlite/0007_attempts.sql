-- A guess is counted (pending = 1) before it is verified; settling it keeps it counted
-- (pending = 0), a right guess removes it.
ALTER TABLE verification_failures ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX verification_failures_pending ON verification_failures (subject, pending, at);

-- Pauses of subjects that are not students: parents, staff, terminals, unknown accounts.
CREATE TABLE subject_pauses (
    subject       TEXT PRIMARY KEY,
    pause_kind    TEXT NOT NULL,
    paused_until  INTEGER
);
