import type { Reply } from "../core/types.js";
import type { Store } from "../storage/db.js";
import { enqueue } from "../storage/outbox.js";
import { rememberOfferFor } from "./offers.js";

/** A message to someone other than the sender of the update (a decision, a digest, a role change). */
export interface Notice {
  personId?: string;
  channel: string;
  chatId: string;
  kind: string;
  replies: Reply[];
  at: Date;
  /** Parts of `replies` the platform already accepted (a reply that failed part-way); default 0. */
  partsSent?: number;
}

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
