-- How many parts of an outbox row's replies the platform has accepted (issue 11, delivery). A long
-- reply is sent as several messages (bot/channels/split-text.ts); when one fails part-way, the
-- retry starts at the first part not accepted instead of repeating the ones already in the chat.
-- The row MAC covers this count once it is above 0 (storage/row-mac.ts outboxMac), so a count
-- changed by SQL withholds the row instead of skipping or repeating parts.
ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0 CHECK (parts_sent >= 0);
