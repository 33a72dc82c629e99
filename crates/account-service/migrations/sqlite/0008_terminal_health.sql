-- Each terminal's own report with its health check: version, mode, languages, uptime, idle or
-- serving, errors since the last report. `lost_at` is set once when it falls silent.
ALTER TABLE devices ADD COLUMN reported_at INTEGER;
ALTER TABLE devices ADD COLUMN version TEXT;
ALTER TABLE devices ADD COLUMN reported_mode TEXT;
ALTER TABLE devices ADD COLUMN languages INTEGER;
ALTER TABLE devices ADD COLUMN uptime_secs INTEGER;
ALTER TABLE devices ADD COLUMN state TEXT;
ALTER TABLE devices ADD COLUMN errors INTEGER;
ALTER TABLE devices ADD COLUMN lost_at INTEGER;
