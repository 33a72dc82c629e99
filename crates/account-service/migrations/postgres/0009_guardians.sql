-- Guardians at the counter: how each adult is related to the child, and the language their
-- notices are written in.
ALTER TABLE parents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE parent_children ADD COLUMN relationship TEXT NOT NULL DEFAULT 'parent';
