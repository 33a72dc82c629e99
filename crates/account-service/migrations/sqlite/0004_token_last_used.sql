-- Staff sessions end after 15 idle minutes: the last time a token was used.
ALTER TABLE tokens ADD COLUMN last_used_at INTEGER;
