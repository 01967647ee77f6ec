import type { App, HandledUpdate } from "../../handlers/app.js";
import type { Incoming, Reply } from "../../core/types.js";
import { describeSendError } from "../outbox-sender.js";
import type { SendProgress } from "./channel.js";
import { isFinalRefusal } from "./platform-error.js";

/**
 * Sends an update's replies in order. The update is already committed, and with it (`heldId`) an
 * outbox row holding its replies, leased to this process (handlers/held-replies.ts): sent whole,
 * the row is marked sent; a send that fails for a passing reason (network, rate limit, platform
 * outage) gives the row to the outbox sender, which retries with backoff from the first part the
 * platform did not accept (a long reply is several messages); a final refusal (blocked bot) closes
 * it as failed and is reported. While the chat has an earlier reply still in the outbox, the row
 * is given to the sender at once instead (it keeps a chat's rows in order), so none overtakes it;
 * the channel calls this for one chat at a time, after that chat's earlier update was dealt with.
 * Replies without a row (an update that leaves no trace, the rate limit's notice, an apology) are
 * sent directly as before: only a passing failure of a traced one queues them for later.
 */
export async function sendOrDefer(
  app: App,
  incoming: Incoming,
  handled: HandledUpdate,
  send: (chatId: string, replies: Reply[], progress?: SendProgress) => Promise<void>,
  onFailure: (err: unknown, deferred: boolean) => void,
): Promise<void> {
  const { replies, heldId } = handled;
  if (replies.length === 0) return;
  if (heldId === undefined) return sendUnheld(app, incoming, replies, send, onFailure);
  if (app.held.queueBehind(incoming, heldId)) return;
  // Parts already accepted: a long reply that fails part-way resumes after them.
  let partsSent = 0;
  try {
    await send(incoming.chatId, replies, { onPart: (n) => (partsSent = n) });
  } catch (err) {
    const final = isFinalRefusal(err);
    app.held.failed(heldId, { partsSent, final, error: describeSendError(err) });
    onFailure(err, !final);
    return;
  }
  app.held.sent(heldId);
}

async function sendUnheld(
  app: App,
  incoming: Incoming,
  replies: readonly Reply[],
  send: (chatId: string, replies: Reply[], progress?: SendProgress) => Promise<void>,
  onFailure: (err: unknown, deferred: boolean) => void,
): Promise<void> {
  if (app.queueBehindUndelivered(incoming, replies)) return;
  for (let i = 0; i < replies.length; i++) {
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
