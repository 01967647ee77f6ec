import type { ChoiceOption } from "../core/types.js";
import type { Store } from "./db.js";

/** Remembers the command buttons last offered to a person in a chat (one offer per chat). */
export function saveOffer(store: Store, personId: string, chatId: string, choices: readonly ChoiceOption[], at: Date): void {
  store.db
    .prepare(
      `INSERT INTO offered_choices (person_id, chat_id, choices_json, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (person_id, chat_id) DO UPDATE SET choices_json = excluded.choices_json, created_at = excluded.created_at`,
    )
    .run(personId, chatId, JSON.stringify(choices), at.toISOString());
}

/** The last offer in that chat, with when it was made. */
export function loadOffer(store: Store, personId: string, chatId: string): { choices: ChoiceOption[]; at: Date } | undefined {
  const row = store.db
    .prepare("SELECT choices_json, created_at FROM offered_choices WHERE person_id = ? AND chat_id = ?")
    .get(personId, chatId) as { choices_json: string; created_at: string } | undefined;
  return row ? { choices: JSON.parse(row.choices_json) as ChoiceOption[], at: new Date(row.created_at) } : undefined;
}

/** Forgets the offer (it was used, or replaced by a dialog's own buttons). */
export function clearOffer(store: Store, personId: string, chatId: string): void {
  store.db.prepare("DELETE FROM offered_choices WHERE person_id = ? AND chat_id = ?").run(personId, chatId);
}
