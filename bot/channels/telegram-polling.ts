import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Logger } from "../log.js";
import { describeTelegramError, toApiError } from "./telegram-errors.js";

// Long polling with grammY's runner: it fetches while earlier updates are still being handled;
// the middleware's sequentialize keeps each chat's updates in order.

/** The only update types the bot reads (asked for in polling and in the webhook registration). */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/** A running long poll. */
export interface Polling {
  /** False once polling has ended by itself (token revoked, another poller). */
  running(): boolean;
  /** Stops fetching; the caller waits for updates in hand. */
  stop(): Promise<void>;
}

/** Removes any webhook (polling and a webhook exclude each other on Telegram's side), then polls. */
export async function startPolling(bot: Bot, token: string, log: Logger): Promise<Polling> {
  await bot.api.deleteWebhook().catch((err: unknown) => {
    throw toApiError(err, token);
  });
  const runner: RunnerHandle = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  // Polling ends by itself only on an unrecoverable error (token revoked, another poller: 401/409).
  runner.task()?.catch((err: unknown) => log.fatal({ err: describeTelegramError(err, token) }, "telegram polling stopped"));
  return { running: () => runner.isRunning(), stop: () => runner.stop() };
}
