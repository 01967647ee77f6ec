import type { Incoming } from "../core/types.js";
import type { Store } from "../storage/db.js";
import type { HandledUpdate } from "./app.js";

// Updates applied together in one transaction, each in a savepoint of its own (better-sqlite3 nests
// transactions that way), so one failing update rolls back alone. A single update (app.handle,
// handleDurably) is the batch of one; a poller's batch (handleSoon) shares the commit, which is
// the one wait for the disk when an audited change is in it. Nothing is answered before the
// commit: each result is returned, or its promise resolved, only then.

/** What one update did inside the transaction. */
export interface Applied {
  replies: HandledUpdate["replies"];
  heldId?: number;
  /** False for an update that must leave no trace of its sender (see Ctx.leaveNoTrace). */
  keepsTrace: boolean;
}

/** How updates are applied and concluded, whether alone or in a batch. */
export interface ApplyDeps {
  store: Store;
  /** Writes the pending marks of sent replies inside the transaction; `done` once committed. */
  markSent(): { done(): void };
  /** The answer for an update whose work threw (its savepoint, or the whole batch, rolled back). */
  failed(err: unknown, incoming: Incoming): HandledUpdate;
  /** What follows the commit for one update. */
  committed(incoming: Incoming, applied: Applied): HandledUpdate;
}

/** Applies the updates in one transaction, in order, and returns each one's result after the commit. */
export function applyTogether(deps: ApplyDeps, updates: readonly Incoming[], apply: (incoming: Incoming) => Applied): HandledUpdate[] {
  const outcomes: ({ applied: Applied } | { handled: HandledUpdate })[] = [];
  let marks: { done(): void } | undefined;
  // An error `failed` itself rethrows (a test's onError) goes out as it is, reported once.
  let reported: unknown;
  try {
    deps.store.tx(() => {
      marks = deps.markSent();
      for (const incoming of updates) {
        try {
          outcomes.push({ applied: deps.store.tx(() => apply(incoming)) });
        } catch (err) {
          reported = err;
          outcomes.push({ handled: deps.failed(err, incoming) });
          reported = undefined;
        }
      }
    });
  } catch (err) {
    if (err === reported) throw err;
    // The commit itself failed: nothing of the batch is stored.
    return updates.map((incoming) => deps.failed(err, incoming));
  }
  marks?.done();
  return updates.map((incoming, i) => {
    const outcome = outcomes[i]!;
    return "applied" in outcome ? deps.committed(incoming, outcome.applied) : outcome.handled;
  });
}

export interface BatchCommitDeps extends ApplyDeps {
  /** Checks made before any transaction (the rate limit): either the update to apply, or its answer. */
  admit(received: Incoming): { incoming: Incoming } | { handled: HandledUpdate };
  /** The update's work; runs inside the batch's transaction. */
  apply(incoming: Incoming): Applied;
}

/**
 * Group commit for a poller that receives updates in batches: those handed over before the event
 * loop turns are applied together (applyTogether). Under load the commit's wait for the disk was
 * the largest single cost of an update.
 */
export function createBatchCommit(deps: BatchCommitDeps): (incoming: Incoming) => Promise<HandledUpdate> {
  let pending: { incoming: Incoming; resolve(handled: HandledUpdate): void }[] = [];

  const commitPending = (): void => {
    const batch = pending;
    pending = [];
    const results = applyTogether(
      deps,
      batch.map((p) => p.incoming),
      deps.apply,
    );
    batch.forEach(({ resolve }, i) => resolve(results[i]!));
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
