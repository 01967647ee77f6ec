import type { Store } from "./db.js";

export interface StoredDialog {
  dialogId: string;
  state: unknown;
  createdAt: Date;
  updatedAt: Date;
}

/** The person's stored draft, decrypted; undefined when there is none. */
export function loadDialog(store: Store, personId: string): StoredDialog | undefined {
  const row = store.db.prepare("SELECT dialog_id, state_enc, created_at, updated_at FROM dialogs WHERE person_id = ?").get(personId) as
    { dialog_id: string; state_enc: string; created_at: string; updated_at: string } | undefined;
  if (!row) return undefined;
  return {
    dialogId: row.dialog_id,
    state: store.cipher.decrypt(row.state_enc),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Stores (encrypted) the person's draft; one draft per person. */
export function saveDialog(store: Store, personId: string, dialogId: string, state: unknown, at: Date): void {
  store.db
    .prepare(
      `INSERT INTO dialogs (person_id, dialog_id, state_enc, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (person_id) DO UPDATE SET dialog_id = excluded.dialog_id, state_enc = excluded.state_enc,
         updated_at = excluded.updated_at`,
    )
    .run(personId, dialogId, store.cipher.encrypt(state), at.toISOString(), at.toISOString());
}

/** Deletes the person's draft, if any. */
export function deleteDialog(store: Store, personId: string): void {
  store.db.prepare("DELETE FROM dialogs WHERE person_id = ?").run(personId);
}

/** The id of the person's stored dialog, if any, without reading (decrypting) its state. */
export function activeDialogId(store: Store, personId: string): string | undefined {
  const row = store.db.prepare("SELECT dialog_id FROM dialogs WHERE person_id = ?").get(personId) as { dialog_id: string } | undefined;
  return row?.dialog_id;
}

/** Deletes drafts of the given dialogs untouched since `before`; how many. */
export function deleteIdleDialogs(store: Store, dialogIds: readonly string[], before: Date): number {
  if (dialogIds.length === 0) return 0;
  const marks = dialogIds.map(() => "?").join(",");
  return store.db.prepare(`DELETE FROM dialogs WHERE dialog_id IN (${marks}) AND updated_at <= ?`).run(...dialogIds, before.toISOString())
    .changes;
}
