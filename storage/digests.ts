import type { Store } from "./db.js";

// Scheduled digest runs: "since the last digest" means since the latest recorded run.

export function lastDigestAt(store: Store): Date | undefined {
  const row = store.db.prepare("SELECT at FROM digest_runs ORDER BY at DESC, id DESC LIMIT 1").get() as { at: string } | undefined;
  return row ? new Date(row.at) : undefined;
}

export function recordDigestRun(store: Store, at: Date, recipients: number): void {
  store.db.prepare("INSERT INTO digest_runs (at, recipients) VALUES (?, ?)").run(at.toISOString(), recipients);
}
