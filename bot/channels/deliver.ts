import type { App } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import type { SendProgress } from "./channel.js";
import { isFinalRefusal } from "./platform-error.js";

/**
 * Sends an update's replies in order. The update is already committed, so a reply that fails for
 * a passing reason (network, rate limit, platform outage) is not dropped: it and the replies after
 * it go to the outbox, which retries with backoff, starting with the first part of that reply the
 * platform did not accept (a long reply is several messages). A final refusal (blocked bot) is only reported.
 * While the chat has an earlier reply still in the outbox, these replies are queued behind it
 * instead of sent (the outbox sender keeps a chat's rows in order), so none overtakes it; the
 * channel calls this for one chat at a time, after that chat's earlier update was dealt with.
 */
export async function sendOrDefer(
  app: App,
  incoming: Incoming,
  replies: readonly Reply[],
  send: (chatId: string, replies: Reply[], progress?: SendProgress) => Promise<void>,
  onFailure: (err: unknown, deferred: boolean) => void,
): Promise<void> {
  if (app.queueBehindUndelivered(incoming, replies)) return;
  for (let i = 0; i < replies.length; i++) {
    // Parts of this reply already accepted: a long reply that fails part-way resumes after them.
    let partsSent = 0;
    try {
      await send(incoming.chatId, [replies[i]!], { onPart: (n) => (partsSent = n) });
    } catch (err) {
      const deferred = !isFinalRefusal(err);
      if (deferred) app.deliverLater(incoming, replies.slice(i), partsSent);
      onFailure(err, deferred);
      return;
    }
  }
}
