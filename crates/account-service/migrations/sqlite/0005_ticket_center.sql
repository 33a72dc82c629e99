-- The Welcome Center a ticket was opened at.
ALTER TABLE tickets ADD COLUMN center TEXT;
