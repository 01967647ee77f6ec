-- Integrity under an attacker who can write the database file (issue 11).

-- One row: the key check value (recognises the key this database was written with, see
-- storage/crypto.ts keyCheckValue), the last audit entry written before the chain was keyed
-- (entries 1..legacy_audit_until keep their original SHA-256 hashes; 0 for a database created
-- keyed), and a MAC over both under a key derived from the encryption key. Filled by
-- storage/db.ts right after this migration, because SQL cannot see the key.
CREATE TABLE keyring (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  check_value TEXT NOT NULL,
  legacy_audit_until INTEGER NOT NULL,
  mac TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- A MAC over the columns that decide where a message goes and what it says: changed by SQL, the
-- row is refused by the sender and reported by `audit verify` (storage/people.ts, storage/outbox.ts).
ALTER TABLE people ADD COLUMN mac TEXT;
ALTER TABLE outbox ADD COLUMN mac TEXT;
