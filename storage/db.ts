import Database from "better-sqlite3";
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createCipher, deriveKey, generateKey, hmacHex, macKey, parseKey, type Cipher } from "./crypto.js";
import { checkKeyring, createKeyring, loadKeyring, type KeyProblem } from "./keyring.js";

export type Db = Database.Database;

/** MACs under keys derived from the encryption key (HKDF); the keys never enter the database. */
export interface Macs {
  /** Keys the audit chain (storage/audit.ts). */
  audit(text: string): string;
  /** Covers rows that route messages: people, outbox (storage/people.ts, storage/outbox.ts). */
  row(text: string): string;
}

export interface Store {
  db: Db;
  cipher: Cipher;
  mac: Macs;
  /**
   * Audit entries 1..N predate the keyed chain and keep plain SHA-256 hashes: 0 for a database
   * created keyed (see storage/keyring.ts); every entry for one opened without migration 005 (tests).
   */
  legacyAuditUntil: number;
  /**
   * Runs fn in one IMMEDIATE transaction: everything one update changes commits together or not at
   * all. Inside another transaction it is a savepoint of that one.
   */
  tx<T>(fn: () => T): T;
  /**
   * Called inside a transaction: its commit must survive a power loss, not only a crash of the
   * process; the WAL is synced to the disk before tx returns. The audit trail calls it, so every
   * audited change (a declaration confirmed, a decision, a role) is on the disk before anyone is told.
   */
  mustReachDisk(): void;
  close(): void;
}

export interface OpenOptions {
  dataDir: string;
  /** DATA_KEY from the environment; when absent the key file in the data directory is used (created on first use). */
  key?: string;
  /** File name inside dataDir. */
  fileName?: string;
  /** Apply migrations only up to this version (tests that build an older database). */
  migrateUpTo?: number;
  /**
   * False for the command-line tools: a database that does not exist yet is an error (a mistyped
   * DATA_DIR), not one to create with a fresh key. Only the bot creates the database. Default true.
   */
  create?: boolean;
}

/**
 * Why the store could not be opened, precisely enough for the one line an operator reads. Nothing
 * has been written when it is thrown (no key file, no migration, no row).
 */
export type OpenProblem =
  | { kind: "data-dir-not-directory"; path: string }
  | { kind: "data-dir-unusable"; path: string }
  | { kind: "db-unreadable"; path: string }
  | { kind: "db-missing"; path: string }
  | { kind: "key-file-invalid"; path: string }
  | { kind: "key-invalid" }
  | KeyProblem;

export class StoreOpenError extends Error {
  constructor(readonly problem: OpenProblem) {
    super(`cannot open the store: ${problem.kind}`);
  }
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");
export const KEY_FILE = "secret.key";

/**
 * Opens (or creates) the data directory's database with its key. Order matters: the key is found
 * and checked against the database's key check value before anything is written, so a missing or
 * different key stops here with a StoreOpenError instead of a fresh key replacing the old one.
 * A new data directory is created 0700; the database and its -wal/-shm files are 0600.
 */
export function openStore(opts: OpenOptions): Store {
  const dataDir = resolve(opts.dataDir);
  const dbFile = join(dataDir, opts.fileName ?? "bot.db");
  // Before the directory is made: a tool pointed at the wrong place leaves nothing behind there.
  if (opts.create === false && !existsSync(dbFile)) throw new StoreOpenError({ kind: "db-missing", path: dbFile });
  prepareDataDir(dataDir);
  const keyFile = join(dataDir, KEY_FILE);
  const dbIsNew = !existsSync(dbFile);

  const given = readKey(opts.key, keyFile);
  let db: Db;
  try {
    // A new file is created 0600 before SQLite opens it: SQLite gives -wal and -shm the same mode.
    if (dbIsNew) closeSync(openSync(dbFile, "a", 0o600));
    db = new Database(dbFile);
    // Before the first read: another process (the bot, the admin CLI) may hold the write lock.
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
  } catch {
    throw new StoreOpenError(dbIsNew ? { kind: "data-dir-unusable", path: dataDir } : { kind: "db-unreadable", path: dbFile });
  }
  try {
    const source = opts.key ? ({ setting: "DATA_KEY" } as const) : ({ file: keyFile } as const);
    const problem = checkKeyring(db, given, { dbFile, source });
    if (problem) throw new StoreOpenError(problem);
  } catch (err) {
    db.close();
    if (err instanceof StoreOpenError) throw err;
    throw new StoreOpenError({ kind: "db-unreadable", path: dbFile });
  }

  const key = given ?? createKeyFile(keyFile);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  db.pragma("foreign_keys = ON");
  // NORMAL: in WAL mode every commit survives a crash of the process; a power loss may lose the
  // last few ordinary updates (a dialog step, a question), never an audited change, whose commit
  // syncs the WAL itself (Store.mustReachDisk). FULL made every update wait for the disk, the
  // largest single cost of an update under load (bench:load profile).
  db.pragma("synchronous = NORMAL");
  // Freed pages (an abandoned draft, an edited row) are zeroed, so nothing lingers in the file.
  db.pragma("secure_delete = ON");
  reusePreparedStatements(db);
  const auditKey = macKey(deriveKey(key, "audit-chain"));
  const rowKey = macKey(deriveKey(key, "row-mac"));
  let syncWanted = false;
  const store: Store = {
    db,
    cipher: createCipher(key),
    mac: { audit: (text) => hmacHex(auditKey, text), row: (text) => hmacHex(rowKey, text) },
    // Until the keyring says otherwise (a test building an older database): every entry unkeyed.
    legacyAuditUntil: Number.POSITIVE_INFINITY,
    tx: <T>(fn: () => T): T => {
      if (db.inTransaction) return db.transaction(fn)();
      try {
        const result = db.transaction(fn).immediate();
        if (syncWanted) syncFile(`${dbFile}-wal`);
        return result;
      } finally {
        syncWanted = false;
      }
    },
    mustReachDisk: () => {
      syncWanted = true;
    },
    close: () => db.close(),
  };
  migrate(db, opts.migrateUpTo, { [KEYRING_VERSION]: () => createKeyring(store, key) });
  if ((opts.migrateUpTo ?? KEYRING_VERSION) >= KEYRING_VERSION) {
    const problem = loadKeyring(store, dbFile);
    if (problem) {
      db.close();
      throw new StoreOpenError(problem);
    }
  }
  return store;
}

/** fsync(2) of a file SQLite wrote (the WAL): what synchronous = FULL does at every commit. */
function syncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes `db.prepare(sql)` return one Statement per SQL text. Every store function prepares its
 * statement where it runs it, which under load cost a tenth of the bot's CPU (bench:load profile);
 * SQLite re-prepares a cached statement itself after a schema change. Safe because no caller
 * changes a statement's mode (pluck, raw, expand) or holds an iterator across another call.
 */
const MAX_CACHED_STATEMENTS = 500;

function reusePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const statements = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = prepare(sql);
      // A few texts are built from lists ("IN (?, ?)"); a bound keeps such variety from growing without end.
      if (statements.size < MAX_CACHED_STATEMENTS) statements.set(sql, statement);
    }
    return statement;
  }) as Db["prepare"];
}

/**
 * The data directory, created 0700 if missing. Parents are created one by one rather than with
 * mkdirSync's recursive mode, which spins forever under /proc on Node 20.
 */
function prepareDataDir(dataDir: string): void {
  const missing: string[] = [];
  let dir = dataDir;
  while (!existsSync(dir)) {
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new StoreOpenError({ kind: "data-dir-not-directory", path: dir });
  try {
    for (const d of missing) mkdirSync(d, { mode: 0o700 });
    if (missing.length) chmodSync(dataDir, 0o700);
  } catch {
    throw new StoreOpenError({ kind: "data-dir-unusable", path: dataDir });
  }
}

/** The configured key, the key file's, or undefined when there is neither (first use, or a lost file). */
function readKey(setting: string | undefined, keyFile: string): Buffer | undefined {
  if (setting) {
    try {
      return parseKey(setting);
    } catch {
      throw new StoreOpenError({ kind: "key-invalid" });
    }
  }
  if (!existsSync(keyFile)) return undefined;
  try {
    return parseKey(readFileSync(keyFile, "utf8"));
  } catch {
    throw new StoreOpenError({ kind: "key-file-invalid", path: keyFile });
  }
}

function createKeyFile(keyFile: string): Buffer {
  const key = generateKey();
  writeFileSync(keyFile, key.toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  chmodSync(keyFile, 0o600);
  return key;
}

/** The migration that creates the keyring; the keyring row is written in its transaction. */
const KEYRING_VERSION = 5;

/**
 * Applies storage/migrations/NNN_name.sql in order, each once, each in its own transaction, up to
 * `upTo`; `after[version]` runs inside that version's transaction (work SQL cannot do).
 */
export function migrate(db: Db, upTo = Number.POSITIVE_INFINITY, after: Record<number, () => void> = {}): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (applied.has(version) || version > upTo) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      after[version]?.();
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(version, file, new Date().toISOString());
    })();
  }
}
