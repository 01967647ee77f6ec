import type { Store } from "../../storage/db.js";
import { deleteIdleDialogs } from "../../storage/dialogs.js";
import { listReportsToPurge, pruneFailedAttempts, purgeReport } from "../../storage/reports.js";
import { flushDeletedRows } from "../../storage/scrub.js";
import { REPORT_DIALOG_ID } from "./dialog.js";
import { ANSWER_DIALOG_ID, FOLLOW_DIALOG_ID } from "./follow.js";

// The scheduled clean-up of reports: closed reports' contents after the retention period; report
// drafts and follow-up sessions left idle (each ties a person to a report while it lives); and
// wrong-passphrase tries that no longer count.

export const DEFAULT_REPORT_RETENTION_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A report draft or follow-up session untouched this long is deleted (the intro says so). */
export const REPORT_DRAFT_IDLE_MS = DAY_MS;

export interface RetentionResult {
  purged: number;
  drafts: number;
}

/** One run, in one transaction; the write-ahead log is emptied after it, so nothing lingers there. */
export function runReportRetention(store: Store, now: Date, retentionDays = DEFAULT_REPORT_RETENTION_DAYS): RetentionResult {
  const result = store.tx(() => {
    const due = listReportsToPurge(store, new Date(now.getTime() - retentionDays * DAY_MS));
    for (const r of due) purgeReport(store, r.id, now);
    const drafts = deleteIdleDialogs(
      store,
      [REPORT_DIALOG_ID, FOLLOW_DIALOG_ID, ANSWER_DIALOG_ID],
      new Date(now.getTime() - REPORT_DRAFT_IDLE_MS),
    );
    pruneFailedAttempts(store, new Date(now.getTime() - DAY_MS));
    return { purged: due.length, drafts };
  });
  flushDeletedRows(store);
  return result;
}
