import { auditSubmission, submissionSubject } from "./audit.js";
import type { Store } from "./db.js";
import { reportPayloadSchema } from "./report-record.js";

// Reports of violations beside the generic submission functions: who may list them, the follow-up
// passphrase's failed tries, the retention purge, and the check that the clear `reports` rows agree
// with the audited, encrypted record.

/** Who is looking: admins (the committee's leadership) also see leadership-only reports. */
export interface SubmissionScope {
  leadership: boolean;
}

/**
 * SQL condition on a submission aliased `s`: true when a non-admin committee member may see it.
 * A report without its `reports` row counts as leadership-only, so a deleted row hides rather
 * than exposes.
 */
export const COMMITTEE_VISIBLE_SQL =
  "(s.kind <> 'report' OR EXISTS (SELECT 1 FROM reports r WHERE r.submission_id = s.id AND r.audience = 'committee'))";

/** The condition for `scope`, with no parameter to bind. */
export function scopeSql(scope: SubmissionScope): string {
  return scope.leadership ? "1" : COMMITTEE_VISIBLE_SQL;
}

/** Reports by status (no reporter, no content), as the scope may see them. */
export function countReportsByStatus(store: Store, scope: SubmissionScope): Record<string, number> {
  const rows = store.db
    .prepare(`SELECT s.status AS status, COUNT(*) AS n FROM submissions s WHERE s.kind = 'report' AND ${scopeSql(scope)} GROUP BY s.status`)
    .all() as { status: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

// ── failed follow-up passphrases, per typed code ─────────────────────────────────────────────

/** Counts one wrong passphrase for a typed code (existing or not). */
export function recordFailedAttempt(store: Store, code: string, at: Date): void {
  store.db.prepare("INSERT INTO report_attempts (code, at) VALUES (?, ?)").run(code, at.toISOString());
}

/** Wrong passphrases for a typed code after `since`, and when the oldest of them was. */
export function failedAttemptsSince(store: Store, code: string, since: Date): { count: number; oldest: Date | undefined } {
  const row = store.db
    .prepare("SELECT COUNT(*) AS n, MIN(at) AS oldest FROM report_attempts WHERE code = ? AND at > ?")
    .get(code, since.toISOString()) as { n: number; oldest: string | null };
  return { count: row.n, oldest: row.oldest ? new Date(row.oldest) : undefined };
}

/** Forgets a code's wrong tries (after a right one). */
export function clearFailedAttempts(store: Store, code: string): void {
  store.db.prepare("DELETE FROM report_attempts WHERE code = ?").run(code);
}

/** Forgets tries older than `before` (they no longer count). */
export function pruneFailedAttempts(store: Store, before: Date): number {
  return store.db.prepare("DELETE FROM report_attempts WHERE at <= ?").run(before.toISOString()).changes;
}

// ── retention ─────────────────────────────────────────────────────────────────────────────────

/** Closed reports, contents not yet deleted, closed (last changed) at or before `closedBefore`. */
export function listReportsToPurge(store: Store, closedBefore: Date): { id: number; code: string }[] {
  return store.db
    .prepare(
      `SELECT s.id, s.code FROM submissions s JOIN reports r ON r.submission_id = s.id
       WHERE s.kind = 'report' AND s.status = 'closed' AND r.purged_at IS NULL AND s.updated_at <= ?
       ORDER BY s.id`,
    )
    .all(closedBefore.toISOString()) as { id: number; code: string }[];
}

/**
 * Deletes what a closed report said and who sent it: answers, the confidential reporter, the
 * public reporter's name and chat, decision reasons, questions and replies. Code, dates, status,
 * identity mode and audience stay; the change is audited, so `audit verify` still passes.
 * Call inside a transaction.
 */
export function purgeReport(store: Store, id: number, at: Date): void {
  const row = store.db.prepare("SELECT answers_enc FROM submissions WHERE id = ? AND kind = 'report'").get(id) as
    { answers_enc: string } | undefined;
  if (!row) throw new Error(`no report ${id}`);
  const payload = reportPayloadSchema.parse(store.cipher.decrypt(row.answers_enc));
  const kept = { identity: payload.report.identity, audience: payload.report.audience, purgedAt: at.toISOString() };
  const record = payload.report.secretHash ? { ...kept, secretHash: payload.report.secretHash } : kept;
  const empty = store.cipher.encrypt("");
  store.db
    .prepare(
      `UPDATE submissions SET answers_enc = ?, declarant = '', declarant_name = NULL, channel = '', chat_id = ''
       WHERE id = ?`,
    )
    .run(store.cipher.encrypt({ answers: {}, report: record }), id);
  store.db.prepare("UPDATE decisions SET reason_enc = ? WHERE submission_id = ?").run(empty, id);
  store.db
    .prepare(
      `UPDATE info_requests SET question_enc = ?, reply_enc = CASE WHEN reply_enc IS NULL THEN NULL ELSE ? END
       WHERE submission_id = ?`,
    )
    .run(empty, empty, id);
  store.db.prepare("UPDATE reports SET purged_at = ? WHERE submission_id = ?").run(at.toISOString(), id);
  auditSubmission(store, { submissionId: id, actor: "system:retention", action: "report.purge", detail: "contents deleted", at });
}

// ── integrity ─────────────────────────────────────────────────────────────────────────────────

export type ReportCheck = { ok: true; count: number } | { ok: false; subject: string; reason: string };

/**
 * The clear `reports` rows against the audited, encrypted record of each report: a changed
 * audience or identity, a missing row, or a row for something that is not a report is found.
 * (The audit chain itself is checked by verifyAudit.)
 */
export function checkReportRows(store: Store): ReportCheck {
  const rows = store.db
    .prepare(
      `SELECT s.id, s.code, s.kind, s.answers_enc, r.identity, r.audience, r.purged_at
       FROM submissions s LEFT JOIN reports r ON r.submission_id = s.id WHERE s.kind = 'report' OR r.submission_id IS NOT NULL`,
    )
    .all() as {
    id: number;
    code: string;
    kind: string;
    answers_enc: string;
    identity: string | null;
    audience: string | null;
    purged_at: string | null;
  }[];
  const orphan = store.db
    .prepare("SELECT submission_id FROM reports WHERE submission_id NOT IN (SELECT id FROM submissions) LIMIT 1")
    .get() as { submission_id: number } | undefined;
  if (orphan) return { ok: false, subject: `report:${orphan.submission_id}`, reason: "report row belongs to no submission" };
  for (const r of rows) {
    const subject = submissionSubject(r.code);
    if (r.kind !== "report") return { ok: false, subject, reason: "a declaration has a report row" };
    if (r.identity === null) return { ok: false, subject, reason: "report row is missing" };
    const parsed = reportPayloadSchema.safeParse(store.cipher.decrypt(r.answers_enc));
    if (!parsed.success) return { ok: false, subject, reason: "report record is unreadable" };
    const rec = parsed.data.report;
    if (rec.identity !== r.identity || rec.audience !== r.audience || (rec.purgedAt ?? null) !== r.purged_at) {
      return { ok: false, subject, reason: "report row differs from the audited record (identity, audience or purge)" };
    }
  }
  return { ok: true, count: rows.length };
}
