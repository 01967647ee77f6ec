import { appendAudit } from "./audit.js";
import { canonicalJson, sha256 } from "./canonical.js";
import { createCipher, keyCheckValue } from "./crypto.js";
import type { Db, Store } from "./db.js";
import { sealAllOutbox } from "./outbox.js";
import { sealAllPeople } from "./people.js";
import { keyringMac, type KeyringRow as StoredKeyring } from "./row-mac.js";

// The database remembers which key it was written with (a key check value, never the key), so a
// lost key file or a swapped DATA_KEY stops the start instead of silently starting over with a new
// key. The keyring row also records where the keyed audit chain begins for databases that had an
// unkeyed chain before (see storage/migrations/005_integrity.sql).

/** Where the key came from, for the operator's one line. */
export type KeySource = { setting: "DATA_KEY" } | { file: string };

export type KeyProblem =
  | { kind: "key-missing"; keyFile: string; dbFile: string }
  | { kind: "key-mismatch"; source: KeySource; dbFile: string }
  | { kind: "keyring-damaged"; dbFile: string };

type KeyringRow = StoredKeyring & { mac: string };

const tableNames = (db: Db): Set<string> =>
  new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));

/** Tables whose rows exist only once the store has been used under a key. */
const DATA_TABLES = ["submissions", "dialogs", "outbox", "decisions", "info_requests", "audit_log"];
/** Encrypted columns, to recognise the key of a database written before it had a keyring. */
const BLOBS: [table: string, column: string][] = [
  ["submissions", "answers_enc"],
  ["dialogs", "state_enc"],
  ["outbox", "payload_enc"],
  ["decisions", "reason_enc"],
];

/**
 * Checks `key` against the database before anything is written: undefined when the key is the
 * right one (or the database holds nothing yet). Without a keyring (a database from before
 * migration 005) the key is tried on one stored ciphertext instead. Reads only.
 */
export function checkKeyring(db: Db, key: Buffer | undefined, where: { dbFile: string; source: KeySource }): KeyProblem | undefined {
  const { dbFile, source } = where;
  const keyFile = "file" in source ? source.file : "";
  const tables = tableNames(db);
  if (tables.has("keyring")) {
    const row = db.prepare("SELECT check_value, legacy_audit_until, mac FROM keyring WHERE id = 1").get() as KeyringRow | undefined;
    if (!row) return { kind: "keyring-damaged", dbFile };
    if (!key) return { kind: "key-missing", keyFile, dbFile };
    if (keyCheckValue(key) !== row.check_value) return { kind: "key-mismatch", source, dbFile };
    return undefined;
  }
  const hasData = DATA_TABLES.some((t) => tables.has(t) && db.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get() !== undefined);
  if (!hasData) return undefined;
  if (!key) return { kind: "key-missing", keyFile, dbFile };
  const cipher = createCipher(key);
  for (const [table, column] of BLOBS) {
    if (!tables.has(table)) continue;
    const r = db.prepare(`SELECT ${column} AS blob FROM ${table} LIMIT 1`).get() as { blob: string } | undefined;
    if (!r) continue;
    try {
      cipher.decrypt(r.blob);
    } catch {
      return { kind: "key-mismatch", source, dbFile };
    }
    break;
  }
  return undefined;
}

/**
 * Writes the keyring of a database getting one (run inside migration 005's transaction, so a
 * crash leaves either the old schema or the complete keyring, never a keyring table without its
 * row): the key check value, MACs over the existing people and outbox rows, and, if an unkeyed
 * audit chain exists, the boundary and one keyed entry that seals it (its previous hash is the
 * last unkeyed entry's, so rewriting any older entry breaks a link only the key can rebuild).
 */
export function createKeyring(store: Store, key: Buffer): void {
  const last = (store.db.prepare("SELECT MAX(seq) AS seq FROM audit_log").get() as { seq: number | null }).seq ?? 0;
  const row = { check_value: keyCheckValue(key), legacy_audit_until: last };
  store.db
    .prepare("INSERT INTO keyring (id, check_value, legacy_audit_until, mac, created_at) VALUES (1, ?, ?, ?, ?)")
    .run(row.check_value, row.legacy_audit_until, keyringMac(store.mac, row), new Date().toISOString());
  store.legacyAuditUntil = last;
  sealAllPeople(store);
  sealAllOutbox(store);
  if (last > 0) {
    appendAudit(store, {
      at: new Date(),
      actor: "system",
      action: "audit.keyed",
      subject: "audit",
      detail: `entries 1-${last} predate the key`,
      contentHash: sha256(canonicalJson({ legacyAuditUntil: last })),
    });
  }
}

/** Reads where the keyed chain begins into the store; a problem when the keyring row was edited or removed. */
export function loadKeyring(store: Store, dbFile: string): KeyProblem | undefined {
  const row = store.db.prepare("SELECT check_value, legacy_audit_until, mac FROM keyring WHERE id = 1").get() as KeyringRow | undefined;
  // An edited boundary would let older entries be rewritten without the key.
  if (!row || keyringMac(store.mac, row) !== row.mac) return { kind: "keyring-damaged", dbFile };
  store.legacyAuditUntil = row.legacy_audit_until;
  return undefined;
}
