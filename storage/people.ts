import type { Store } from "./db.js";

export interface PersonRow {
  id: string;
  channel: string;
  userId: string;
  displayName: string | null;
  privateChatId: string | null;
}

/** Records who wrote and, from a private chat, where to reach them later (notifications, digests). */
export function touchPerson(
  store: Store,
  p: { id: string; channel: string; userId: string; displayName?: string; privateChatId?: string; at: Date },
): void {
  const at = p.at.toISOString();
  store.db
    .prepare(
      `INSERT INTO people (id, channel, user_id, display_name, private_chat_id, created_at, updated_at)
       VALUES (@id, @channel, @userId, @displayName, @privateChatId, @at, @at)
       ON CONFLICT (id) DO UPDATE SET
         display_name = COALESCE(excluded.display_name, people.display_name),
         private_chat_id = COALESCE(excluded.private_chat_id, people.private_chat_id),
         updated_at = excluded.updated_at`,
    )
    .run({
      id: p.id,
      channel: p.channel,
      userId: p.userId,
      displayName: p.displayName ?? null,
      privateChatId: p.privateChatId ?? null,
      at,
    });
}

export function getPerson(store: Store, id: string): PersonRow | undefined {
  return store.db
    .prepare(
      "SELECT id, channel, user_id AS userId, display_name AS displayName, private_chat_id AS privateChatId FROM people WHERE id = ?",
    )
    .get(id) as PersonRow | undefined;
}
