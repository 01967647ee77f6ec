import type { ChoiceOption } from "../core/types.js";
import type { Store } from "./db.js";

export function saveOffer(store: Store, personId: string, chatId: string, choices: readonly ChoiceOption[], at: Date): void {
  store.db
    .prepare(
      `INSERT INTO offered_choices (person_id, chat_id, choices_json, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (person_id, chat_id) DO UPDATE SET choices_json = excluded.choices_json, created_at = excluded.created_at`,
    )
    .run(personId, chatId, JSON.stringify(choices), at.toISOString());
}

export function loadOffer(store: Store, personId: string, chatId: string): { choices: ChoiceOption[]; at: Date } | undefined {
  const row = store.db
    .prepare("SELECT choices_json, created_at FROM offered_choices WHERE person_id = ? AND chat_id = ?")
    .get(personId, chatId) as { choices_json: string; created_at: string } | undefined;
  return row ? { choices: JSON.parse(row.choices_json) as ChoiceOption[], at: new Date(row.created_at) } : undefined;
}

export function clearOffer(store: Store, personId: string, chatId: string): void {
  store.db.prepare("DELETE FROM offered_choices WHERE person_id = ? AND chat_id = ?").run(personId, chatId);
}
