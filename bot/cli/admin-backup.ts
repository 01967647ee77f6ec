import { chmodSync, existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { verifyAudit } from "../../storage/audit.js";
import { KEY_FILE, openStore, type Store } from "../../storage/db.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { auditReason } from "./audit-reasons.js";

// `admin backup FILE`: SQLite's online backup (better-sqlite3's db.backup) copies the database
// page by page while the bot keeps writing, and the copy is one consistent state. The copy is then
// opened like the real one and read through: every declaration decrypted with the key, the audit
// chain and the stored data checked. A copy that was never opened is not yet a backup.

/** The verified copy, or why there is none (nothing is overwritten). */
export type BackupResult =
  | { ok: true; file: string; submissions: number; keyFile: string | undefined }
  | { ok: false; problem: "exists" | "no-folder"; path: string }
  | { ok: false; problem: "unreadable"; file: string; reason: string };

/**
 * Copies the open store to `target` (which must not exist, in an existing folder), readable by
 * its owner only, then verifies the copy. `key` is DATA_KEY when set; otherwise the key file in
 * `dataDir` is used and named in the result, since the copy is useless without it.
 */
export async function backupDatabase(store: Store, target: string, opts: { dataDir: string; key?: string }): Promise<BackupResult> {
  const file = resolve(target);
  if (existsSync(file)) return { ok: false, problem: "exists", path: file };
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return { ok: false, problem: "no-folder", path: folder };

  await store.db.backup(file);
  chmodSync(file, 0o600);

  const keyFile = opts.key ? undefined : join(resolve(opts.dataDir), KEY_FILE);
  const key = opts.key ?? readFileSync(keyFile!, "utf8").trim();
  let copy: Store | undefined;
  try {
    copy = openStore({ dataDir: folder, fileName: basename(file), key });
    const submissions = listAllSubmissions(copy).length;
    const audit = verifyAudit(copy);
    if (!audit.ok) return { ok: false, problem: "unreadable", file, reason: auditReason(audit.reason) };
    return { ok: true, file, submissions, keyFile };
  } catch (err) {
    return { ok: false, problem: "unreadable", file, reason: err instanceof Error ? err.message : String(err) };
  } finally {
    // The last connection to close checkpoints and removes the copy's -wal and -shm files.
    copy?.close();
  }
}
