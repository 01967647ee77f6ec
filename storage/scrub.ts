import type { Store } from "./db.js";

// With secure_delete on, a deleted row is zeroed in the database file, but the write-ahead log
// still holds the pages as they were until it is checkpointed and emptied. A conversation that must
// leave no trace (an anonymous report's draft, keyed by the person) is therefore followed by this.

function checkpoint(store: Store): void {
  if (!store.db.open || store.db.inTransaction) return;
  // TRUNCATE: copy every page into the database file, then empty the log file. Best effort: a
  // reader in another process can make it stop early; the next call finishes the job.
  // Waiting for such a reader would block every chat (the driver is synchronous): wait briefly.
  const busy = store.db.pragma("busy_timeout", { simple: true }) as number;
  store.db.pragma("busy_timeout = 200");
  try {
    store.db.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    // Busy or locked: the committed update stands; the next call (or SQLite's own) checkpoints.
  } finally {
    store.db.pragma(`busy_timeout = ${busy}`);
  }
}

/**
 * Copies the write-ahead log into the database file and empties it. Inside a transaction (the
 * terminal chat wraps each turn in one) it runs as soon as the current synchronous work is done,
 * i.e. after the outermost transaction has committed.
 */
export function flushDeletedRows(store: Store): void {
  if (!store.db.inTransaction) return checkpoint(store);
  setImmediate(() => checkpoint(store));
}
