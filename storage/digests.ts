import type { Store } from "./db.js";

// Scheduled digest runs: "since the last digest" means since the latest recorded run.

/** When the last digest went out; undefined before the first. */
export function lastDigestAt(store: Store): Date | undefined {
  const row = store.db.prepare("SELECT at FROM digest_runs ORDER BY at DESC, id DESC LIMIT 1").get() as { at: string } | undefined;
  return row ? new Date(row.at) : undefined;
}

/** Records a digest run, so the next one reports only what is new since. */
export function recordDigestRun(store: Store, at: Date, recipients: number): void {
  store.db.prepare("INSERT INTO digest_runs (at, recipients) VALUES (?, ?)").run(at.toISOString(), recipients);
}
