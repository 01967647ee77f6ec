import type { Api } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../log.js";
import { sleep } from "./sleep.js";
import { describeTelegramError, toApiError } from "./telegram-errors.js";

// The first call to Telegram (getMe). grammY's own bot.init() retries a network failure forever
// and says nothing, so an unreachable TELEGRAM_API_ROOT used to hang the start in silence. Here
// each failure is logged with the wait before the next try, and the start gives up after a bounded
// time: a supervisor sees the exit and the reason instead of a process that never starts.

/** How long and how often the first call is retried while Telegram cannot be reached. */
export interface ConnectRetry {
  /** First wait after a failure; doubles up to maxMs. Default 1 s. */
  initialMs?: number;
  /** Default 15 s. */
  maxMs?: number;
  /** No new try starts after this long; the last error is thrown. Default 60 s. */
  giveUpAfterMs?: number;
  /** One try's limit: a host that takes the connection and never answers counts as a failure. Default 10 s. */
  attemptTimeoutMs?: number;
}

/**
 * The bot's own account, from getMe. Retries network failures and Telegram's 5xx/429 with logged
 * backoff; rejects at once (token-free TelegramApiError) when Telegram refuses the token, after
 * `giveUpAfterMs` when it stays unreachable, and when `signal` aborts (a stop during the start).
 */
export async function fetchBotInfo(
  api: Api,
  token: string,
  log: Logger,
  retry: ConnectRetry = {},
  signal?: AbortSignal,
): Promise<UserFromGetMe> {
  const initialMs = retry.initialMs ?? 1000;
  const maxMs = retry.maxMs ?? 15_000;
  const giveUpAt = Date.now() + (retry.giveUpAfterMs ?? 60_000);
  const attemptTimeoutMs = retry.attemptTimeoutMs ?? 10_000;
  let delay = initialMs;
  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(attemptTimeoutMs);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      // grammY types its signal with the abort-controller shim; Node's own AbortSignal is what it uses at run time.
      return await api.getMe(attemptSignal as Parameters<Api["getMe"]>[0]);
    } catch (err) {
      const failure = toApiError(err, token);
      if (!failure.retryable || signal?.aborted || Date.now() + delay > giveUpAt) throw failure;
      log.warn({ err: describeTelegramError(err, token), attempt, retryInMs: delay }, "Telegram API not reachable; retrying");
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxMs);
    }
  }
}
