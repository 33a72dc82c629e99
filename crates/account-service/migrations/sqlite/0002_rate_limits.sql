-- Events counted by rate limits (reset-link requests per address and per device).
CREATE TABLE rate_events (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    bucket  TEXT NOT NULL,
    at      INTEGER NOT NULL
);
CREATE INDEX rate_events_bucket_at ON rate_events (bucket, at);
