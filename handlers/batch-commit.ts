import type { Incoming } from "../core/types.js";
import type { Store } from "../storage/db.js";
import type { HandledUpdate } from "./app.js";

// Group commit. Every commit waits for the disk (synchronous = FULL: a confirmed declaration must
// survive a power loss), and under load that wait was the largest single cost of an update. A
// poller receives updates in batches; those handed over in the same moment are applied in one
// transaction, each in a savepoint of its own (better-sqlite3 nests transactions that way), so one
// failing update rolls back alone, and all commit with one wait. Nothing is sent before the
// commit: each caller's promise resolves only then.

/** What one update did inside the transaction. */
export interface Applied {
  replies: HandledUpdate["replies"];
  heldId?: number;
  /** False for an update that must leave no trace of its sender (see Ctx.leaveNoTrace). */
  keepsTrace: boolean;
}

export interface BatchCommitDeps {
  store: Store;
  /** Checks made before any transaction (the rate limit): either the update to apply, or its answer. */
  admit(received: Incoming): { incoming: Incoming } | { handled: HandledUpdate };
  /** The update's work; runs inside the batch's transaction. */
  inBatch(incoming: Incoming): Applied;
  /** Writes the pending marks of sent replies inside the transaction; `done` once committed. */
  markSent(): { done(): void };
  /** The answer for an update whose work threw (its savepoint, or the whole batch, rolled back). */
  failed(err: unknown, incoming: Incoming): HandledUpdate;
  /** What follows the commit for one update. */
  committed(incoming: Incoming, applied: Applied): HandledUpdate;
}

export function createBatchCommit(deps: BatchCommitDeps): (incoming: Incoming) => Promise<HandledUpdate> {
  let pending: { incoming: Incoming; resolve(handled: HandledUpdate): void }[] = [];

  const commitPending = (): void => {
    const batch = pending;
    pending = [];
    const outcomes: ({ applied: Applied } | { handled: HandledUpdate })[] = [];
    let marks: { done(): void } | undefined;
    try {
      deps.store.tx(() => {
        marks = deps.markSent();
        for (const { incoming } of batch) {
          try {
            outcomes.push({ applied: deps.store.tx(() => deps.inBatch(incoming)) });
          } catch (err) {
            outcomes.push({ handled: deps.failed(err, incoming) });
          }
        }
      });
    } catch (err) {
      // The commit itself failed: nothing of the batch is stored.
      for (const { incoming, resolve } of batch) resolve(deps.failed(err, incoming));
      return;
    }
    marks?.done();
    batch.forEach(({ incoming, resolve }, i) => {
      const outcome = outcomes[i]!;
      resolve("applied" in outcome ? deps.committed(incoming, outcome.applied) : outcome.handled);
    });
  };

  return (received) => {
    const admitted = deps.admit(received);
    if ("handled" in admitted) return Promise.resolve(admitted.handled);
    return new Promise((resolve) => {
      pending.push({ incoming: admitted.incoming, resolve });
      // Everything handed over before the event loop turns joins this batch.
      if (pending.length === 1) setImmediate(commitPending);
    });
  };
}
