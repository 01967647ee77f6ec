import { PERSON_ID } from "../../core/types.js";
import { listRole, hasRole } from "../../storage/roles.js";
import { getPerson } from "../../storage/people.js";
import type { Store } from "../../storage/db.js";
import type { AppConfig, Ctx } from "../context.js";
import { vi } from "../texts/vi.js";

// Admins are listed in the environment and are committee members implicitly; the committee role
// is otherwise granted by an admin and stored.

/** A well-formed person id: Telegram ids are numbers, Zalo and terminal ids letters, digits, "_" and "-". */
export const PERSON_RE = PERSON_ID;

export type PersonIdCheck = { ok: true; person: string } | { ok: false; message: string };

/**
 * Checks a typed person id ("telegram:123456789") before any role change, for /cap_quyen,
 * /thu_quyen and `admin grant|revoke` alike. A malformed one ("telegram:@nguyenvana", "Lê An")
 * is refused with what is wrong and an example of a right one.
 */
export function checkPersonId(typed: string): PersonIdCheck {
  const person = typed.trim();
  if (PERSON_RE.test(person)) return { ok: true, person };
  const t = vi.review.personId;
  if (!person) return { ok: false, message: t.missing };
  const [channel, id] = person.includes(":") ? [person.slice(0, person.indexOf(":")), person.slice(person.indexOf(":") + 1)] : ["", person];
  if (!["telegram", "zalo", "console"].includes(channel)) return { ok: false, message: t.noChannel(person) };
  if (channel === "telegram" && /^@/.test(id)) return { ok: false, message: t.username(person) };
  return { ok: false, message: t.malformed(person) };
}

/** Admins are named in ADMIN_IDS only; the database cannot make anyone an admin. */
export function isAdmin(config: AppConfig, person: string): boolean {
  return config.adminIds.includes(person);
}

/** A committee member: an admin, or someone holding the stored committee role. */
export function isCommittee(store: Store, config: AppConfig, person: string): boolean {
  return isAdmin(config, person) || hasRole(store, person, "committee");
}

/** Whether the sender of this update is a committee member. */
export function ctxIsCommittee(ctx: Ctx): boolean {
  return isCommittee(ctx.store, ctx.config, ctx.person);
}

/** Every committee member (admins included), each once, in a stable order. */
export function committeeMembers(store: Store, config: AppConfig): string[] {
  return [...new Set([...config.adminIds, ...listRole(store, "committee").map((r) => r.person)])].sort();
}

/** Where to reach a person privately: their recorded private chat (any channel). */
export function privateChatOf(store: Store, person: string): { channel: string; chatId: string } | undefined {
  const p = getPerson(store, person);
  if (p?.privateChatId) return { channel: p.channel, chatId: p.privateChatId };
  return undefined;
}

/** How a person is named in committee lists: display name and id. */
export function describePerson(store: Store, person: string): string {
  const p = getPerson(store, person);
  return p?.displayName ? `${p.displayName} (${person})` : person;
}
