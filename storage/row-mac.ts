import { canonicalJson } from "./canonical.js";
import type { Macs } from "./db.js";

// What the row MAC covers for the tables that route messages: every column whose change would send
// a message to another chat or make it say something else. Shared by the writers (people.ts,
// outbox.ts) and the checker (audit.ts verifyAudit).

export interface PersonRouting {
  id: string;
  channel: string;
  user_id: string;
  display_name: string | null;
  private_chat_id: string | null;
}

/** MAC of a people row: who it is, their name as committee lists show it, and their private chat. */
export function personMac(mac: Macs, r: PersonRouting): string {
  return mac.row(canonicalJson(["person", r.id, r.channel, r.user_id, r.display_name, r.private_chat_id]));
}

export interface OutboxRouting {
  id: number;
  person_id: string | null;
  channel: string;
  chat_id: string;
  kind: string;
  payload_enc: string;
  /** Parts the platform already accepted (migration 008); absent or 0 before any. */
  parts_sent?: number;
}

/**
 * MAC of a pending outbox row: its id (so a copied row is refused), recipient, chat, kind, payload
 * and, once above 0, how many parts were already sent. At 0 it is the MAC rows had before that
 * count existed, so rows sealed earlier stay valid. Changing the count by SQL breaks the MAC (the
 * row is withheld, `audit verify` names it); only putting back a count and MAC the bot itself wrote
 * earlier for the same row passes, and that can only repeat parts already sent, never skip one.
 */
export function outboxMac(mac: Macs, r: OutboxRouting): string {
  const fields: unknown[] = ["outbox", r.id, r.person_id, r.channel, r.chat_id, r.kind, r.payload_enc];
  if (r.parts_sent) fields.push(r.parts_sent);
  return mac.row(canonicalJson(fields));
}

/**
 * The MAC a row carries once it left 'pending' (sent, given up, withheld), derived from its pending
 * MAC: set back to 'pending' by SQL, it no longer matches, so a delivered notice is not sent again.
 */
export function closedOutboxMac(mac: Macs, pendingMac: string | null): string {
  return mac.row(`closed:${pendingMac ?? ""}`);
}

export interface KeyringRow {
  check_value: string;
  legacy_audit_until: number;
}

/** MAC of the keyring row (storage/keyring.ts): the key check value and where the keyed chain begins. */
export function keyringMac(mac: Macs, r: KeyringRow): string {
  return mac.row(canonicalJson(["keyring", r.check_value, r.legacy_audit_until]));
}
