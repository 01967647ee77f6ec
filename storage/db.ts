import Database from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCipher, generateKey, parseKey, type Cipher } from "./crypto.js";

export type Db = Database.Database;

export interface Store {
  db: Db;
  cipher: Cipher;
  /** Runs fn in one IMMEDIATE transaction: everything one update changes commits together or not at all. */
  tx<T>(fn: () => T): T;
  close(): void;
}

export interface OpenOptions {
  dataDir: string;
  /** DATA_KEY from the environment; when absent a key file is created in the data directory. */
  key?: string;
  /** File name inside dataDir. */
  fileName?: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "migrations");
export const KEY_FILE = "secret.key";

export function openStore(opts: OpenOptions): Store {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = new Database(join(opts.dataDir, opts.fileName ?? "bot.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // FULL: a confirmed declaration must survive a power loss, not only a process crash.
  db.pragma("synchronous = FULL");
  // Freed pages (an abandoned draft, an edited row) are zeroed, so nothing lingers in the file.
  db.pragma("secure_delete = ON");
  migrate(db);
  const cipher = createCipher(loadKey(opts));
  return {
    db,
    cipher,
    tx: <T>(fn: () => T): T => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}

function loadKey(opts: OpenOptions): Buffer {
  if (opts.key) return parseKey(opts.key);
  const file = join(opts.dataDir, KEY_FILE);
  if (!existsSync(file)) {
    writeFileSync(file, generateKey().toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  }
  chmodSync(file, 0o600);
  return parseKey(readFileSync(file, "utf8"));
}

/** Applies storage/migrations/NNN_name.sql in order, each once, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set(
    (db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version),
  );
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    if (applied.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS_DIR, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        version,
        file,
        new Date().toISOString(),
      );
    })();
  }
}
