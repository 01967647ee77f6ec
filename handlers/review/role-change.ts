import type { Store } from "../../storage/db.js";
import { grantRole, revokeRole } from "../../storage/roles.js";
import { notify } from "../notify.js";
import { vi } from "../texts/vi.js";
import { privateChatOf } from "./roles.js";

/** A grant or removal of the committee role, by an admin in the chat or an operator at the CLI. */
export interface RoleChange {
  person: string;
  grant: boolean;
  by: string;
  at: Date;
}

/**
 * Grants or removes the committee role, audited in storage, and tells the person in their private
 * chat when the bot knows it. Call inside a transaction. Returns false when nothing changed
 * (already granted, or nothing to remove).
 */
export function changeCommitteeRole(store: Store, c: RoleChange): boolean {
  const change = { person: c.person, role: "committee" as const, by: c.by, at: c.at };
  const changed = c.grant ? grantRole(store, change) : revokeRole(store, change);
  if (!changed) return false;
  const chat = privateChatOf(store, c.person);
  if (chat) {
    const text = c.grant ? vi.review.noticeGranted : vi.review.noticeRevoked;
    notify(store, { personId: c.person, channel: chat.channel, chatId: chat.chatId, kind: "role", replies: [{ text }], at: c.at });
  }
  return true;
}
