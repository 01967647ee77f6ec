import type { Store } from "./db.js";

// The unanswered-questions log: the text, when, and whether it was refused or only suggested.
// Nothing here can say who asked; expiry runs on the caller's clock, so tests fix time.

export type UnansweredMode = "suggest" | "refuse";

export interface UnansweredRow {
  question: string;
  mode: UnansweredMode;
  askedAt: Date;
}

/** Keeps one question the knowledge base could not answer with confidence. */
export function recordUnanswered(store: Store, row: UnansweredRow): void {
  store.db
    .prepare("INSERT INTO unanswered_questions (question, mode, asked_at) VALUES (?, ?, ?)")
    .run(row.question, row.mode, row.askedAt.toISOString());
}

/** Deletes every question asked before `cutoff`; returns how many went. */
export function purgeUnansweredBefore(store: Store, cutoff: Date): number {
  return store.db.prepare("DELETE FROM unanswered_questions WHERE asked_at < ?").run(cutoff.toISOString()).changes;
}

/** The questions asked at or after `since` (all kept ones when undefined), newest first. */
export function listUnanswered(store: Store, since?: Date): UnansweredRow[] {
  const rows = store.db
    .prepare("SELECT question, mode, asked_at FROM unanswered_questions WHERE asked_at >= ? ORDER BY asked_at DESC, id DESC")
    .all(since ? since.toISOString() : "") as { question: string; mode: UnansweredMode; asked_at: string }[];
  return rows.map((r) => ({ question: r.question, mode: r.mode, askedAt: new Date(r.asked_at) }));
}
