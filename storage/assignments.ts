import { appendAudit, assignmentsRecordHash, ASSIGNMENTS_SUBJECT } from "./audit.js";
import type { Store } from "./db.js";

// Who works on which area or field since when, for rotation alerts (2 and 5 years). Each import
// is the complete current list: it replaces the previous one and is audited as a whole.

export interface Assignment {
  person: string;
  area: string;
  /** YYYY-MM-DD */
  since: string;
}

/** Replaces the whole roster with `rows` and audits the change. Call inside a transaction. */
export function replaceAssignments(store: Store, rows: readonly Assignment[], by: { actor: string; at: Date }): void {
  store.tx(() => {
    store.db.prepare("DELETE FROM assignments").run();
    const ins = store.db.prepare("INSERT INTO assignments (person, area, since) VALUES (?, ?, ?)");
    for (const r of rows) ins.run(r.person, r.area, r.since);
    appendAudit(store, {
      at: by.at,
      actor: by.actor,
      action: "assignments.import",
      subject: ASSIGNMENTS_SUBJECT,
      detail: `${rows.length} rows`,
      contentHash: assignmentsRecordHash(store),
    });
  });
}

/** The whole roster of who holds which area or field since when. */
export function listAssignments(store: Store): Assignment[] {
  return store.db.prepare("SELECT person, area, since FROM assignments ORDER BY since, person, area").all() as Assignment[];
}
