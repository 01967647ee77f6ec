import type { Store } from "../storage/db.js";
import { enqueue, type NewOutboxMessage } from "../storage/outbox.js";
import { rememberOfferFor } from "./offers.js";

/** A message to someone other than the sender of the update (a decision, a digest, a role change). */
export type Notice = Omit<NewOutboxMessage, "lease">;

/**
 * Queues a message for another chat, inside the transaction of the change that causes it. Its
 * command buttons (e.g. "Trả lời" to an information request) are remembered for that chat, so a
 * typed number picks them on Zalo and in the terminal, where there are no buttons.
 */
export function notify(store: Store, notice: Notice): number {
  const id = enqueue(store, notice);
  if (notice.personId) rememberOfferFor(store, notice.personId, notice.chatId, notice.replies, notice.at);
  return id;
}
