import { BotError, GrammyError, HttpError } from "grammy";
import { redact } from "../log.js";
import { PlatformError } from "./platform-error.js";

// What the Telegram channel may say about a failure. grammY's network errors quote the request
// URL, which contains the token; everything here is scrubbed of it before it leaves the channel.

/**
 * What may be logged about an error: its kind, the API method and Telegram's description, with the
 * token scrubbed (grammY's network errors quote the request URL, which contains the token).
 */
export function describeTelegramError(err: unknown, token: string): Record<string, unknown> {
  const e = err instanceof BotError ? err.error : err;
  const clean = (s: string) => redact(s, [token]);
  if (e instanceof GrammyError) {
    return { kind: "api", method: e.method, code: e.error_code, description: clean(e.description ?? "") };
  }
  if (e instanceof HttpError) {
    const cause = e.error instanceof Error ? `${e.error.name}: ${e.error.message}` : String(e.error);
    return { kind: "network", message: clean(e.message), cause: clean(cause) };
  }
  if (e instanceof Error) return { kind: "error", name: e.name, message: clean(e.message), stack: clean(e.stack ?? "") };
  return { kind: "unknown", message: clean(String(e)) };
}

/**
 * What send() and startTelegram() reject with: the cause in words, without the token (a raw grammY
 * network error quotes the request URL). `retryable` is false when Telegram refused for good
 * (e.g. 403: the person blocked the bot, 400: chat not found, 401: bad token).
 */
export class TelegramApiError extends PlatformError {
  override name = "TelegramApiError";
  constructor(
    message: string,
    readonly code: number | undefined,
    retryable: boolean,
  ) {
    super(message, retryable);
  }
}

/** Any failure of a Bot API call as a token-free TelegramApiError. */
export function toApiError(err: unknown, token: string): TelegramApiError {
  const d = describeTelegramError(err, token);
  const e = err instanceof BotError ? err.error : err;
  if (e instanceof GrammyError) {
    const retryable = e.error_code === 429 || e.error_code >= 500;
    return new TelegramApiError(`Telegram ${e.method} failed: ${e.error_code} ${String(d.description)}`, e.error_code, retryable);
  }
  return new TelegramApiError(`Telegram call failed: ${String(d.message)}${d.cause ? ` (${String(d.cause)})` : ""}`, undefined, true);
}
