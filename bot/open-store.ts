import { resolve } from "node:path";
import { vi } from "../handlers/texts/vi.js";
import { openStore, StoreOpenError, type OpenProblem, type Store } from "../storage/db.js";
import type { Config } from "./config.js";

// Every entry point opens the data directory the same way: a bad DATA_DIR, a missing, garbled or
// different key ends the process with one line saying which file or setting is wrong, exit code 2
// as for other bad settings, and no stack trace. Nothing has been written by then.

export function describeOpenProblem(p: OpenProblem): string {
  const t = vi.integrity;
  switch (p.kind) {
    case "data-dir-not-directory":
      return t.dataDirNotDirectory(p.path);
    case "data-dir-unusable":
      return t.dataDirUnusable(p.path);
    case "db-unreadable":
      return t.dbUnreadable(p.path);
    case "db-missing":
      return t.dbMissing(p.path);
    case "key-file-invalid":
      return t.keyFileInvalid(p.path);
    case "key-invalid":
      return t.keyInvalid;
    case "key-missing":
      return t.keyMissing(p.keyFile, p.dbFile);
    case "key-mismatch":
      return "setting" in p.source ? t.keyMismatchSetting(p.dbFile) : t.keyMismatchFile(p.source.file, p.dbFile);
    case "keyring-damaged":
      return t.keyringDamaged(p.dbFile);
  }
}

/** `create: false` for the command-line tools: only the bot creates a database (and its key). */
export function openStoreOrExit(config: Pick<Config, "DATA_DIR" | "DATA_KEY">, opts: { create?: boolean } = {}): Store {
  try {
    return openStore({ dataDir: resolve(config.DATA_DIR), key: config.DATA_KEY, create: opts.create });
  } catch (err) {
    if (!(err instanceof StoreOpenError)) throw err;
    process.stderr.write(describeOpenProblem(err.problem) + "\n");
    process.exit(2);
  }
}
