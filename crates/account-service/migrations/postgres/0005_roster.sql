-- OneRoster imports: each student and parent keeps the roster's sourcedId; a student removed
-- from the roster is deactivated (kept for audit and enrollment), never deleted.
ALTER TABLE students ADD COLUMN sourced_id TEXT;
ALTER TABLE students ADD COLUMN active BIGINT NOT NULL DEFAULT 1;
CREATE UNIQUE INDEX students_sourced_id ON students (sourced_id);
ALTER TABLE parents ADD COLUMN sourced_id TEXT;
CREATE UNIQUE INDEX parents_sourced_id ON parents (sourced_id);
