-- A password change on its way to the district's directory ([directory] kind = ldap or
-- active_directory). Written before the directory is asked, finished in the transaction that
-- records the change here; one left `pending` by a crash is settled at the next start by
-- comparing the entry's password marker with `marker_before` (see domain/reconcile.rs).
CREATE TABLE directory_intents (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    student_ref   TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    lease_until   INTEGER NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('pending', 'done', 'abandoned')),
    marker_before TEXT NOT NULL,
    -- What the database records once the directory has the password (JSON; no secret in
    -- the clear, the password only as its argon2id hash). Emptied when finished.
    plan          TEXT NOT NULL,
    finished_at   INTEGER
);
-- One change in flight per student, across every instance.
CREATE UNIQUE INDEX directory_intents_one_pending ON directory_intents (student_ref)
    WHERE state = 'pending';
