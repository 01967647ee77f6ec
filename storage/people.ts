import { appendAudit } from "./audit.js";
import { sha256 } from "./canonical.js";
import type { Store } from "./db.js";
import { personMac, type PersonRouting } from "./row-mac.js";

export interface PersonRow {
  id: string;
  channel: string;
  userId: string;
  /** Null when the row failed its MAC check (see `intact`). */
  displayName: string | null;
  /** Where to reach them privately; null when unknown, or when the row failed its MAC check. */
  privateChatId: string | null;
  /** False when the row was changed outside the bot: its chat and name are then not used. */
  intact: boolean;
}

type Row = PersonRouting & { mac: string | null };

const SELECT = "SELECT id, channel, user_id, display_name, private_chat_id, mac FROM people WHERE id = ?";

/**
 * Records who wrote and, from a private chat, where to reach them later (notifications, digests).
 * Every write carries a MAC over the routing columns. A row that fails its MAC (changed by SQL) is
 * not merged into: it is rebuilt from this message alone, and the reset is audited.
 */
export function touchPerson(
  store: Store,
  p: { id: string; channel: string; userId: string; displayName?: string; privateChatId?: string; at: Date },
): void {
  const at = p.at.toISOString();
  const old = store.db.prepare(SELECT).get(p.id) as Row | undefined;
  const intact = old !== undefined && old.mac === personMac(store.mac, old);
  const row: PersonRouting = {
    id: p.id,
    channel: p.channel,
    user_id: p.userId,
    display_name: p.displayName ?? (intact ? old.display_name : null),
    private_chat_id: p.privateChatId ?? (intact ? old.private_chat_id : null),
  };
  // Most messages change nothing here; a write would cost the update a row rewrite in the WAL.
  // (updated_at is when the routing last changed.)
  if (intact && sameRouting(old, row)) return;
  store.db
    .prepare(
      `INSERT INTO people (id, channel, user_id, display_name, private_chat_id, created_at, updated_at, mac)
       VALUES (@id, @channel, @user_id, @display_name, @private_chat_id, @at, @at, @mac)
       ON CONFLICT (id) DO UPDATE SET
         channel = excluded.channel, user_id = excluded.user_id,
         display_name = excluded.display_name, private_chat_id = excluded.private_chat_id,
         updated_at = excluded.updated_at, mac = excluded.mac`,
    )
    .run({ ...row, at, mac: personMac(store.mac, row) });
  if (old && !intact) {
    appendAudit(store, {
      at: p.at,
      actor: "system",
      action: "person.reset",
      subject: `person:${p.id}`,
      detail: "routing row failed its MAC; rebuilt from the person's own message",
      contentHash: sha256(JSON.stringify(old)),
    });
  }
}

function sameRouting(a: PersonRouting, b: PersonRouting): boolean {
  return a.channel === b.channel && a.user_id === b.user_id && a.display_name === b.display_name && a.private_chat_id === b.private_chat_id;
}

/** The person, with their chat and name withheld if the row was changed outside the bot. */
export function getPerson(store: Store, id: string): PersonRow | undefined {
  const r = store.db.prepare(SELECT).get(id) as Row | undefined;
  if (!r) return undefined;
  const intact = r.mac === personMac(store.mac, r);
  return {
    id: r.id,
    channel: r.channel,
    userId: r.user_id,
    displayName: intact ? r.display_name : null,
    privateChatId: intact ? r.private_chat_id : null,
    intact,
  };
}

/** Writes the MAC of every people row as it stands (once, when a database first gets its keyring). */
export function sealAllPeople(store: Store): void {
  const rows = store.db.prepare("SELECT id, channel, user_id, display_name, private_chat_id FROM people").all() as PersonRouting[];
  const update = store.db.prepare("UPDATE people SET mac = ? WHERE id = ?");
  for (const r of rows) update.run(personMac(store.mac, r), r.id);
}
