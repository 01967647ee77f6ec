import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot, Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log.js";
import { describeTelegramError, toApiError } from "./telegram-errors.js";

// Long polling with grammY's runner: it fetches while earlier updates are still being handled;
// the middleware commits each update on arrival and sequentialize keeps each chat's replies in
// order; createCommitGate keeps the next fetch from confirming updates not yet committed.

/** The only update types the bot reads (asked for in polling and in the webhook registration). */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** A running long poll. */
export interface Polling {
  /** False once polling has ended by itself (token revoked, another poller). */
  running(): boolean;
  /** Stops fetching; the caller waits for updates in hand. */
  stop(): Promise<void>;
}

/**
 * Updates handled at once (the runner's default is 500). Handling is synchronous and one chat's
 * updates wait for each other anyway; every update in flight holds its context and HTTP calls, so
 * beyond a few dozen they only cost memory: 200 people at once peaked at 212 to 231 MB with the
 * default, 157 to 169 MB with 32, at the same throughput (bench:load).
 */
export const UPDATES_IN_FLIGHT = 32;

/** Removes any webhook (polling and a webhook exclude each other on Telegram's side), then polls. */
export async function startPolling(bot: Bot, token: string, log: Logger): Promise<Polling> {
  await bot.api.deleteWebhook().catch((err: unknown) => {
    throw toApiError(err, token);
  });
  const runner: RunnerHandle = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES } },
    sink: { concurrency: UPDATES_IN_FLIGHT },
  });
  // Polling ends by itself only on an unrecoverable error (token revoked, another poller: 401/409).
  runner.task()?.catch((err: unknown) => log.fatal({ err: describeTelegramError(err, token) }, "telegram polling stopped"));
  return { running: () => runner.isRunning(), stop: () => runner.stop() };
}

/**
 * Holds each getUpdates call until the updates of the previous batches are committed. The runner
 * asks for the next batch (whose offset confirms the last one to Telegram, which then forgets it)
 * as soon as it has handed a batch over, not once it is handled: a crash in between lost updates
 * Telegram would never send again. Committing takes one turn of the event loop (a batch shares one
 * commit, handlers/batch-commit.ts); replies are not waited for.
 */
export function createCommitGate(
  onSlow: (waitedMs: number) => void,
  maxWaitMs = 10_000,
): { transformer: Transformer; settle(updateId: number): void } {
  const uncommitted = new Set<number>();
  let waiters: (() => void)[] = [];
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const transformer: Transformer = async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    const started = Date.now();
    if (uncommitted.size > 0) {
      // Bounded, so that an update lost inside grammY cannot stop polling for good.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, maxWaitMs);
        signal?.addEventListener("abort", done, { once: true });
        waiters.push(done);
        function done() {
          clearTimeout(timer);
          signal?.removeEventListener("abort", done);
          resolve();
        }
      });
      if (uncommitted.size > 0 && !signal?.aborted) {
        onSlow(Date.now() - started);
        uncommitted.clear();
      }
    }
    const res = await prev(method, payload, signal);
    if (res.ok) for (const u of res.result as Update[]) uncommitted.add(u.update_id);
    return res;
  };
  return {
    transformer,
    settle(updateId) {
      if (uncommitted.delete(updateId) && uncommitted.size === 0) wake();
    },
  };
}
