import type { Store } from "../../storage/db.js";
import type { OutboxMessage } from "../../storage/outbox.js";
import { notify } from "../notify.js";
import type { AppConfig } from "../context.js";
import type { Reply } from "../../core/types.js";
import { committeeMembers, isCommittee, privateChatOf } from "./roles.js";

// Who may read a notice, checked twice: when it is written and again when it is delivered (a role
// can be removed in between). A committee notice whose addressee lost the role is not sent to them;
// a declarant's reply goes to the current committee instead, since someone must still read it.

/** Outbox kinds only a committee member may read: they carry declaration contents. */
const COMMITTEE_KINDS: ReadonlySet<string> = new Set(["info_reply", "digest"]);

/** Kinds that must still reach the committee when their addressee lost the role. */
const REROUTED_KINDS: ReadonlySet<string> = new Set(["info_reply"]);

export function mayReceive(store: Store, config: AppConfig, personId: string | null, kind: string): boolean {
  if (!COMMITTEE_KINDS.has(kind)) return true;
  return personId !== null && isCommittee(store, config, personId);
}

/** Queues a notice to every current committee member with a private chat, except `exclude`; how many. */
export function notifyCommittee(
  store: Store,
  config: AppConfig,
  n: { kind: string; replies: Reply[]; at: Date; exclude: readonly string[] },
): number {
  let queued = 0;
  for (const person of committeeMembers(store, config)) {
    if (n.exclude.includes(person)) continue;
    const chat = privateChatOf(store, person);
    if (!chat) continue;
    notify(store, { personId: person, channel: chat.channel, chatId: chat.chatId, kind: n.kind, replies: n.replies, at: n.at });
    queued++;
  }
  return queued;
}

/**
 * The delivery-time check, for the outbox sender and the terminal chat (inside their transaction):
 * true to send; false to withhold, after queueing a reroutable notice to the current committee.
 */
export function screenDelivery(store: Store, config: AppConfig, m: OutboxMessage, now: Date): boolean {
  if (mayReceive(store, config, m.personId, m.kind)) return true;
  if (REROUTED_KINDS.has(m.kind)) {
    notifyCommittee(store, config, { kind: m.kind, replies: m.replies, at: now, exclude: m.personId ? [m.personId] : [] });
  }
  return false;
}
