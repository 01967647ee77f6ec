import { auditSubmission } from "./audit.js";
import type { Store } from "./db.js";

export type SubmissionKind = "conflict" | "gift";

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

const PREFIX: Record<SubmissionKind, string> = { conflict: "XD", gift: "QT" };

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
}

/** Call inside the update's transaction; the "submission created" audit entry is appended in it. */
export function createSubmission(store: Store, s: NewSubmission): Submission {
  const code = nextCode(store, s.kind, s.at);
  const at = s.at.toISOString();
  const r = store.db
    .prepare(
      `INSERT INTO submissions (code, kind, status, declarant, declarant_name, channel, chat_id, answers_enc, created_at, updated_at)
       VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(code, s.kind, s.declarant, s.declarantName ?? null, s.channel, s.chatId, store.cipher.encrypt(s.answers), at, at);
  const id = Number(r.lastInsertRowid);
  auditSubmission(store, { submissionId: id, actor: s.declarant, action: "submission.create", detail: s.kind, at: s.at });
  return getSubmissionById(store, id)!;
}

function toSubmission(store: Store, row: Row): Submission {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    status: row.status,
    declarant: row.declarant,
    declarantName: row.declarant_name,
    channel: row.channel,
    chatId: row.chat_id,
    answers: store.cipher.decrypt(row.answers_enc) as Record<string, unknown>,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
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
  const rows = store.db
    .prepare("SELECT * FROM submissions WHERE declarant = ? ORDER BY created_at DESC, id DESC")
    .all(declarant) as Row[];
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
}

interface SummaryRow {
  id: number;
  code: string;
  kind: string;
  status: string;
  declarant: string;
  declarant_name: string | null;
  created_at: string;
}

const toSummary = (r: SummaryRow): SubmissionSummary => ({
  id: r.id,
  code: r.code,
  kind: r.kind,
  status: r.status,
  declarant: r.declarant,
  declarantName: r.declarant_name,
  createdAt: new Date(r.created_at),
});

/** Submissions in any of `statuses`, oldest first, one page; and how many there are in all. */
export function listByStatus(
  store: Store,
  statuses: readonly string[],
  page: { offset: number; limit: number },
): { total: number; items: SubmissionSummary[] } {
  if (statuses.length === 0) return { total: 0, items: [] };
  const marks = statuses.map(() => "?").join(",");
  const total = (store.db.prepare(`SELECT COUNT(*) AS n FROM submissions WHERE status IN (${marks})`).get(...statuses) as { n: number }).n;
  const rows = store.db
    .prepare(
      `SELECT id, code, kind, status, declarant, declarant_name, created_at FROM submissions
       WHERE status IN (${marks}) ORDER BY created_at, id LIMIT ? OFFSET ?`,
    )
    .all(...statuses, page.limit, page.offset) as SummaryRow[];
  return { total, items: rows.map(toSummary) };
}

/** Submissions created after `since` (all when undefined) and up to `until`, oldest first. */
export function listCreatedBetween(store: Store, since: Date | undefined, until: Date): SubmissionSummary[] {
  const rows = store.db
    .prepare(
      `SELECT id, code, kind, status, declarant, declarant_name, created_at FROM submissions
       WHERE created_at > ? AND created_at <= ? ORDER BY created_at, id`,
    )
    .all(since ? since.toISOString() : "", until.toISOString()) as SummaryRow[];
  return rows.map(toSummary);
}
