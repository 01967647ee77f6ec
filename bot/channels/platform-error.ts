// What every platform client rejects with, so the reply path and the outbox decide "retry or give
// up" from one field instead of guessing at each client's error shape.

/**
 * A failed call to a chat platform's API. Safe to log and to store: subclasses build the message
 * from the method, status and the platform's error code, never from a URL (which holds the token)
 * or the text being sent.
 */
export class PlatformError extends Error {
  override name = "PlatformError";
  constructor(
    message: string,
    /** False when the platform refused for good (blocked bot, chat gone, bad request, bad token): retrying cannot help. */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** True only for a platform's final refusal; anything else (a network error, a bug) may pass and is retried. */
export function isFinalRefusal(err: unknown): boolean {
  return err instanceof PlatformError && !err.retryable;
}
