CREATE TABLE tickets (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    number       TEXT UNIQUE,
    created_at   INTEGER NOT NULL,
    device_id    TEXT NOT NULL,
    device_name  TEXT NOT NULL,
    topic        TEXT NOT NULL,
    description  TEXT NOT NULL,
    name         TEXT NOT NULL,
    email        TEXT,
    phone        TEXT,
    language     TEXT NOT NULL
);
