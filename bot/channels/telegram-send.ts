import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Api, type Transformer } from "grammy";
import type { Reply } from "../../core/types.js";
import type { Logger } from "../log.js";
import { sendParts, type SendProgress } from "./channel.js";
import { toApiError } from "./telegram-errors.js";
import { renderReply } from "./telegram-render.js";

// Calls to Telegram: how they are retried, and how replies become sendMessage calls.

const NETWORK_RETRIES = 2;

/** Bounded retries for network failures; auto-retry handles 429 (retry_after) and 5xx. */
const retryNetworkErrors: Transformer = async (prev, method, payload, signal) => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      // getUpdates has the runner's own retry loop; an aborted call is a stop, not a failure.
      if (!(err instanceof HttpError) || method === "getUpdates" || signal?.aborted || attempt >= NETWORK_RETRIES) throw err;
      await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
    }
  }
};

/** Installs the retry policy on every call the bot makes through `api`. */
export function installRetries(api: Api): void {
  api.config.use(retryNetworkErrors);
  // Honour retry_after on 429 (waits up to a minute), back off on 5xx; network errors are above.
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));
}

/**
 * Sends replies to a chat in order, each rendered as escaped HTML and split under Telegram's limit.
 * Used for update replies and outbox deliveries alike; a failed call rejects with a token-free
 * TelegramApiError, so the outbox can tell a passing failure from a final refusal. With `progress`,
 * the parts (sendMessage calls) before `from` are skipped and each accepted one is reported; an
 * error thrown by `onPart` rejects as it is.
 */
export function createSender(
  api: Api,
  token: string,
  log: Logger,
): (chatId: string, replies: readonly Reply[], progress?: SendProgress) => Promise<void> {
  return (chatId, replies, progress) => {
    const parts = replies.flatMap((reply) =>
      renderReply(reply, () => log.error("a choice id does not fit in callback_data (1-64 bytes): button left out")),
    );
    return sendParts(
      parts,
      async (part) => {
        try {
          await api.sendMessage(chatId, part.html, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
            ...(part.replyMarkup ? { reply_markup: part.replyMarkup } : {}),
          });
        } catch (err) {
          throw toApiError(err, token);
        }
      },
      progress,
    );
  };
}
