import { randomUUID } from "node:crypto";
import type { Store } from "../storage/db.js";
import {
  claimDue,
  markFailed,
  markSent,
  markWithheld,
  recordProgress,
  releaseClaim,
  WITHHELD_NOT_ENTITLED,
  WITHHELD_TAMPERED,
  type OutboxMessage,
} from "../storage/outbox.js";
import type { RunningChannel } from "./channels/channel.js";
import { isFinalRefusal } from "./channels/platform-error.js";
import type { Logger } from "./log.js";

// Delivers the outbox through the running channels. Each round claims due rows under a lease
// (another sender, or this one after a restart, cannot take them meanwhile), sends each, and marks
// it sent immediately after the platform accepted it. A failed send is retried with exponential
// backoff; a chat's later messages wait behind its failed one (storage/outbox.ts claimDue). A long
// message is several parts: each part the platform accepts is recorded on the row at once, so a
// retry (or the next process) starts at the first part not accepted. Delivery is at-least-once:
// only a crash between the platform's acceptance of a part and its record repeats that part (the
// row id is the marker; nothing else can send it twice). Rows for channels not running here (e.g.
// 'console', shown by the terminal chat) are left alone. Right before sending, a row changed
// outside the bot (MAC mismatch) is withheld, and so is one whose addressee may no longer read it
// (`screen`, e.g. a reviewer whose committee role was removed since the notice was written).

/** The store, the channels to deliver through, and timing knobs (tests shorten them). */
export interface OutboxSenderOptions {
  store: Store;
  channels: RunningChannel[];
  log: Logger;
  intervalMs?: number;
  clock?: () => Date;
  /** How long a claim holds; longer than any single send. */
  leaseMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Entitlement at delivery, run in a transaction: false withholds the message (the callback may
   * queue it for someone entitled instead). Default: everything is sent.
   */
  screen?: (m: OutboxMessage, now: Date) => boolean;
}

/** A running sender. */
export interface OutboxSender {
  /** No new round starts; resolves once the round in flight (if any) has finished and released what it did not send. */
  stop(): Promise<void>;
  /** Sends everything due now (waits for a round in progress first). */
  flush(): Promise<void>;
}

/** Thrown from a send's progress callback when the row can no longer be recorded: the send stops. */
class ProgressNotRecorded extends Error {
  override name = "ProgressNotRecorded";
}

/** A content-free description of a send failure: the error's class and any code or status. */
export function describeSendError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  // Only these fields are read, each checked to be a string or number below: what any client may attach.
  const e = err as Error & { code?: unknown; status?: unknown; error_code?: unknown; errorCode?: unknown; response?: { status?: unknown } };
  const bits = [e.name];
  for (const v of [e.code, e.error_code, e.errorCode, e.status, e.response?.status]) {
    if (typeof v === "string" || typeof v === "number") bits.push(String(v));
  }
  return bits.join(" ");
}

/** The wait before the next try after `attempts` failures: base·2^attempts, at most max. */
export function backoffMs(attempts: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempts));
}

/**
 * Starts delivering the outbox every `intervalMs` through the given channels. Promises: a row is
 * marked sent only after its platform accepted it (at-least-once; a repeat only after a crash in
 * between); a chat's messages go out in order, the later ones waiting behind a failed one; a
 * passing failure is retried with exponential backoff up to `maxAttempts`, a final refusal
 * (PlatformError with `retryable: false`) is not retried; what it records and logs about a failure
 * holds no message text.
 */
export function startOutboxSender(opts: OutboxSenderOptions): OutboxSender {
  const { store, log } = opts;
  const clock = opts.clock ?? (() => new Date());
  const intervalMs = opts.intervalMs ?? 2000;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;
  const batchSize = opts.batchSize ?? 50;
  const maxAttempts = opts.maxAttempts ?? 12;
  const base = opts.baseBackoffMs ?? 5000;
  const maxBackoff = opts.maxBackoffMs ?? 60 * 60_000;
  const byName = new Map(opts.channels.map((c) => [c.name as string, c]));
  const owner = `${process.pid}:${randomUUID()}`;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<number> | undefined;

  async function round(): Promise<number> {
    const now = clock();
    const due = claimDue(store, {
      channels: [...byName.keys()],
      owner,
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      limit: batchSize,
    });
    const blocked = new Map<string, Date>();
    for (const m of due) {
      const chatKey = `${m.channel}\u0000${m.chatId}`;
      const waitUntil = blocked.get(chatKey);
      if (waitUntil || stopped) {
        store.tx(() => releaseClaim(store, m.id, owner, waitUntil ?? clock()));
        continue;
      }
      if (!m.intact) {
        store.tx(() => markWithheld(store, m.id, owner, WITHHELD_TAMPERED));
        log.error({ outboxId: m.id, channel: m.channel, kind: m.kind }, "outbox row changed outside the bot; not sent");
        continue;
      }
      const screen = opts.screen;
      const entitled =
        !screen ||
        store.tx(() => {
          if (screen(m, clock())) return true;
          markWithheld(store, m.id, owner, WITHHELD_NOT_ENTITLED);
          return false;
        });
      if (!entitled) {
        log.warn({ outboxId: m.id, channel: m.channel, kind: m.kind }, "outbox recipient no longer entitled; not sent");
        continue;
      }
      try {
        await byName.get(m.channel)!.send(m.chatId, m.replies, {
          from: m.partsSent,
          onPart: (n) => {
            const leaseUntil = new Date(clock().getTime() + leaseMs);
            if (!store.tx(() => recordProgress(store, m.id, owner, n, leaseUntil))) throw new ProgressNotRecorded();
          },
        });
      } catch (err) {
        if (err instanceof ProgressNotRecorded) {
          // Lease lost, or the row changed under us: whoever holds it (or the MAC check) decides next.
          blocked.set(chatKey, clock());
          log.warn({ outboxId: m.id, channel: m.channel, kind: m.kind }, "outbox row no longer ours or changed while sending; stopped");
          continue;
        }
        const error = describeSendError(err);
        const next = new Date(clock().getTime() + backoffMs(m.attempts, base, maxBackoff));
        blocked.set(chatKey, next);
        // A final refusal (blocked bot, chat gone, bad request) is not retried for hours.
        const limit = isFinalRefusal(err) ? m.attempts + 1 : maxAttempts;
        store.tx(() => markFailed(store, { id: m.id, owner, error, nextAttemptAt: next, maxAttempts: limit }));
        const gaveUp = m.attempts + 1 >= limit;
        log[gaveUp ? "error" : "warn"](
          { outboxId: m.id, channel: m.channel, kind: m.kind, attempts: m.attempts + 1, error },
          gaveUp ? "outbox message given up" : "outbox send failed, will retry",
        );
        continue;
      }
      if (!store.tx(() => markSent(store, m.id, owner, clock()))) {
        log.warn({ outboxId: m.id, channel: m.channel }, "outbox lease lost before marking sent");
      }
    }
    return due.length;
  }

  function runRound(): Promise<number> {
    if (!inFlight) {
      inFlight = round()
        .catch((err: unknown) => {
          log.error({ err }, "outbox round failed");
          return 0;
        })
        .finally(() => {
          inFlight = undefined;
        });
    }
    return inFlight;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      void runRound().finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }
  if (byName.size > 0) schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      // The round releases the rows it has not sent yet once it sees `stopped`; the store stays
      // open until it has, so the caller may close it right after.
      if (inFlight) await inFlight;
    },
    async flush() {
      if (inFlight) await inFlight;
      // Rounds until nothing more is due; a failed row is not due again until its backoff ends.
      while ((await runRound()) > 0 && !stopped) {
        /* next round */
      }
    },
  };
}
