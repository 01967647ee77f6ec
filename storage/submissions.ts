import { auditSubmission } from "./audit.js";
import type { Store } from "./db.js";
import { reportPayloadSchema, type ReportRecord } from "./report-record.js";
import { scopeSql, type SubmissionScope } from "./reports.js";

export type SubmissionKind = "conflict" | "gift" | "report";

export interface Submission {
  id: number;
  code: string;
  kind: SubmissionKind;
  status: string;
  declarant: string;
  declarantName: string | null;
  channel: string;
  chatId: string;
  answers: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  /** Reports only (kind "report"): identity mode, audience, and what the mode keeps. */
  report?: ReportRecord;
}

interface Row {
  id: number;
  code: string;
  kind: SubmissionKind;
  status: string;
  declarant: string;
  declarant_name: string | null;
  channel: string;
  chat_id: string;
  answers_enc: string;
  created_at: string;
  updated_at: string;
}

const PREFIX: Record<SubmissionKind, string> = { conflict: "XD", gift: "QT", report: "PA" };

function nextCode(store: Store, kind: SubmissionKind, at: Date): string {
  const name = `${PREFIX[kind]}-${at.getUTCFullYear()}`;
  const row = store.db
    .prepare(
      `INSERT INTO counters (name, value) VALUES (?, 1)
       ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value`,
    )
    .get(name) as { value: number };
  return `${name}-${String(row.value).padStart(6, "0")}`;
}

export interface NewSubmission {
  kind: SubmissionKind;
  declarant: string;
  declarantName?: string;
  channel: string;
  chatId: string;
  answers: Record<string, unknown>;
  at: Date;
  /** Required for kind "report", absent otherwise. */
  report?: ReportRecord;
  /** Who the audit entry names; default the declarant (a report that keeps no reporter names none). */
  actor?: string;
}

/** Call inside the update's transaction; the "submission created" audit entry is appended in it. */
export function createSubmission(store: Store, s: NewSubmission): Submission {
  if ((s.kind === "report") !== (s.report !== undefined)) throw new Error("a report, and only a report, carries a report record");
  const code = nextCode(store, s.kind, s.at);
  const at = s.at.toISOString();
  // A report's payload carries its record too, so the audited row covers identity and audience.
  const payload = s.report ? { answers: s.answers, report: s.report } : s.answers;
  const r = store.db
    .prepare(
      `INSERT INTO submissions (code, kind, status, declarant, declarant_name, channel, chat_id, answers_enc, created_at, updated_at)
       VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(code, s.kind, s.declarant, s.declarantName ?? null, s.channel, s.chatId, store.cipher.encrypt(payload), at, at);
  const id = Number(r.lastInsertRowid);
  if (s.report) {
    store.db
      .prepare("INSERT INTO reports (submission_id, identity, audience) VALUES (?, ?, ?)")
      .run(id, s.report.identity, s.report.audience);
  }
  auditSubmission(store, { submissionId: id, actor: s.actor ?? s.declarant, action: "submission.create", detail: s.kind, at: s.at });
  return getSubmissionById(store, id)!;
}

function toSubmission(store: Store, row: Row): Submission {
  const decrypted = store.cipher.decrypt(row.answers_enc);
  const report = row.kind === "report" ? reportPayloadSchema.parse(decrypted) : undefined;
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    status: row.status,
    declarant: row.declarant,
    declarantName: row.declarant_name,
    channel: row.channel,
    chatId: row.chat_id,
    answers: report ? report.answers : (decrypted as Record<string, unknown>),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    ...(report ? { report: report.report } : {}),
  };
}

export function getSubmissionById(store: Store, id: number): Submission | undefined {
  const row = store.db.prepare("SELECT * FROM submissions WHERE id = ?").get(id) as Row | undefined;
  return row && toSubmission(store, row);
}

export function getSubmissionByCode(store: Store, code: string): Submission | undefined {
  const row = store.db.prepare("SELECT * FROM submissions WHERE code = ?").get(code.trim().toUpperCase()) as Row | undefined;
  return row && toSubmission(store, row);
}

export function listSubmissionsByDeclarant(store: Store, declarant: string): Submission[] {
  const rows = store.db.prepare("SELECT * FROM submissions WHERE declarant = ? ORDER BY created_at DESC, id DESC").all(declarant) as Row[];
  return rows.map((r) => toSubmission(store, r));
}

export function listAllSubmissions(store: Store): Submission[] {
  const rows = store.db.prepare("SELECT * FROM submissions ORDER BY created_at, id").all() as Row[];
  return rows.map((r) => toSubmission(store, r));
}

// ── review queues ──────────────────────────────────────────────────────────────────────────────

/** What a reviewer list shows; no decryption needed. */
export interface SubmissionSummary {
  id: number;
  code: string;
  kind: string;
  status: string;
  declarant: string;
  declarantName: string | null;
  createdAt: Date;
  /** Reports: "public" | "confidential" | "anonymous"; null for declarations. */
  identity: string | null;
}

interface SummaryRow {
  id: number;
  code: string;
  kind: string;
  status: string;
  declarant: string;
  declarant_name: string | null;
  created_at: string;
  identity: string | null;
}

const SUMMARY_COLUMNS =
  "s.id, s.code, s.kind, s.status, s.declarant, s.declarant_name, s.created_at, (SELECT r.identity FROM reports r WHERE r.submission_id = s.id) AS identity";

const toSummary = (r: SummaryRow): SubmissionSummary => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  status: r.status,
  declarant: r.declarant,
  declarantName: r.declarant_name,
  createdAt: new Date(r.created_at),
  identity: r.identity,
});

/**
 * Submissions in any of `statuses`, oldest first, one page; and how many there are in all.
 * Leadership-only reports are listed only for a leadership scope.
 */
export function listByStatus(
  store: Store,
  statuses: readonly string[],
  page: { offset: number; limit: number },
  scope: SubmissionScope = { leadership: false },
): { total: number; items: SubmissionSummary[] } {
  if (statuses.length === 0) return { total: 0, items: [] };
  const marks = statuses.map(() => "?").join(",");
  const where = `s.status IN (${marks}) AND ${scopeSql(scope)}`;
  const total = (store.db.prepare(`SELECT COUNT(*) AS n FROM submissions s WHERE ${where}`).get(...statuses) as { n: number }).n;
  const rows = store.db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM submissions s WHERE ${where} ORDER BY s.created_at, s.id LIMIT ? OFFSET ?`)
    .all(...statuses, page.limit, page.offset) as SummaryRow[];
  return { total, items: rows.map(toSummary) };
}

/** Submissions created after `since` (all when undefined) and up to `until`, oldest first, in `scope`. */
export function listCreatedBetween(
  store: Store,
  since: Date | undefined,
  until: Date,
  scope: SubmissionScope = { leadership: false },
): SubmissionSummary[] {
  const rows = store.db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM submissions s
       WHERE s.created_at > ? AND s.created_at <= ? AND ${scopeSql(scope)} ORDER BY s.created_at, s.id`,
    )
    .all(since ? since.toISOString() : "", until.toISOString()) as SummaryRow[];
  return rows.map(toSummary);
}
