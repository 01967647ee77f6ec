import type { Store } from "./db.js";

/** Records an update key; false when it was already processed (a redelivery). */
export function claimUpdate(store: Store, updateKey: string, at: Date): boolean {
  const r = store.db
    .prepare("INSERT OR IGNORE INTO processed_updates (update_key, processed_at) VALUES (?, ?)")
    .run(updateKey, at.toISOString());
  return r.changes === 1;
}
