-- Outbox ids come from a counter, and the ids from `outbox-dense-from` up to it must all exist:
-- a notice deleted by SQL (a decision whose message never reaches the declarant) is then a gap
-- `audit verify` names, as a deleted declaration is a gap in its receipt numbers. The daily
-- clean-up deletes only below `outbox-dense-from` and moves it up. Rows from before this
-- migration are not checked (earlier clean-ups left gaps there).
INSERT OR IGNORE INTO counters (name, value) VALUES ('outbox', (SELECT COALESCE(MAX(id), 0) FROM outbox));
INSERT OR IGNORE INTO counters (name, value) VALUES ('outbox-dense-from', (SELECT COALESCE(MAX(id), 0) + 1 FROM outbox));
