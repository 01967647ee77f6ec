import { randomUUID } from "node:crypto";
import type { Incoming, Reply } from "../core/types.js";
import type { Store } from "../storage/db.js";
import { enqueue, hasUndeliveredReply, markFailed, markSent, recordProgress, releaseClaim, REPLY_KIND } from "../storage/outbox.js";

// Replies durable until sent. An update's replies are written to the outbox in the update's own
// transaction, already leased to this process (so the outbox sender leaves them alone while the
// channel sends them itself), and marked sent once the platform accepted them. A kill between the
// commit and the send leaves a pending row whose lease names a dead process: the next start ends
// every lease (storage/outbox.ts releaseAllLeases) and the outbox sender sends it.
//
// Marking sent is batched, to keep the cost of an update at one commit: the ids of sent replies
// wait in memory and are marked in the next update's transaction, or by a timer after
// MARK_DELAY_MS when no update comes. A kill in between loses those marks, and the replies go out
// again after the restart: at-least-once, a repeat only for what was sent in the last moments
// before a crash, never a loss.

/** How long the channel holds a reply it sends itself; far beyond any send, including platform waits. */
export const HELD_LEASE_MS = 60 * 60_000;
/** How long a sent reply's mark may wait for the next update's transaction before it is written on its own. */
export const MARK_DELAY_MS = 25;

/** A failed send of held replies, as the channel saw it. */
export interface HeldFailure {
  /** Parts (platform messages) the platform accepted before it failed: the retry starts after them. */
  partsSent: number;
  /** The platform refused for good (blocked bot): not retried. */
  final: boolean;
  /** A content-free description (error class, code, status). */
  error: string;
}

/** The replies of updates this process sends itself, held in the outbox until sent. */
export interface HeldReplies {
  /** The lease owner of the held rows (this process). */
  readonly owner: string;
  /** Writes the replies as a held row; call inside the update's transaction. Returns the row id. */
  hold(incoming: Incoming, personId: string, replies: readonly Reply[], now: Date): number;
  /** The held row was sent whole: marked sent soon (batched). */
  sent(id: number): void;
  /** The send failed: the row goes to the outbox sender from the first part not accepted, or, refused for good, is closed as failed. */
  failed(id: number, failure: HeldFailure): void;
  /**
   * Gives the held row to the outbox sender, and returns true, when its chat has an earlier reply
   * still waiting there: sent now it would overtake it (the sender keeps a chat's rows in order).
   */
  queueBehind(incoming: Incoming, id: number): boolean;
  /** Writes the pending marks inside the caller's transaction; `done` once that transaction committed. */
  markInTx(): { done(): void };
  /** Writes the pending marks now, in a transaction of their own (at stop, or from the timer). */
  flush(): void;
}

export function createHeldReplies(store: Store, clock: () => Date): HeldReplies {
  const owner = `replies:${process.pid}:${randomUUID()}`;
  // Sent, not yet marked.
  const unmarked = new Set<number>();
  let timer: NodeJS.Timeout | undefined;

  const markInTx = () => {
    const ids = [...unmarked];
    if (ids.length) {
      const at = clock();
      for (const id of ids) markSent(store, id, owner, at);
    }
    return {
      done() {
        for (const id of ids) unmarked.delete(id);
      },
    };
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (unmarked.size === 0 || !store.db.open) return;
    try {
      store.tx(markInTx).done();
    } catch {
      // The database was busy or is closing: the marks stay in memory for the next update's
      // transaction (lost on a crash: the replies are then sent again).
    }
  };

  return {
    owner,
    hold(incoming, personId, replies, now) {
      return enqueue(store, {
        personId,
        channel: incoming.channel,
        chatId: incoming.chatId,
        kind: REPLY_KIND,
        replies: [...replies],
        at: now,
        lease: { owner, until: new Date(now.getTime() + HELD_LEASE_MS) },
      });
    },
    sent(id) {
      unmarked.add(id);
      if (!timer) {
        timer = setTimeout(flush, MARK_DELAY_MS);
        timer.unref?.();
      }
    },
    failed(id, f) {
      const now = clock();
      store.tx(() => {
        if (f.final) markFailed(store, { id, owner, error: f.error, nextAttemptAt: now, maxAttempts: 1 });
        else {
          if (f.partsSent > 0) recordProgress(store, id, owner, f.partsSent, now);
          releaseClaim(store, id, owner, now);
        }
      });
    },
    queueBehind(incoming, id) {
      // One indexed read in the usual case; a write transaction only when the chat has a reply waiting.
      const behind = () => hasUndeliveredReply(store, incoming.channel, incoming.chatId, { exceptOwner: owner, before: id });
      if (!behind()) return false;
      return store.tx(() => {
        if (!behind()) return false;
        releaseClaim(store, id, owner, clock());
        return true;
      });
    },
    markInTx,
    flush,
  };
}
