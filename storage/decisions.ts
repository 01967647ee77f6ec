import { auditSubmission } from "./audit.js";
import type { Store } from "./db.js";
import { scopeSql, type SubmissionScope } from "./reports.js";

// Decisions on submissions and the information requests they open. Each function changes the
// submission and appends its audit entry together; the caller's transaction (the update's) also
// carries the outbox rows that tell people about it.

export type DecisionKind = "accept" | "recuse" | "request_info" | "escalate" | "close";

export interface Decision {
  id: number;
  submissionId: number;
  decision: DecisionKind;
  fromStatus: string;
  toStatus: string;
  by: string;
  reason: string;
  at: Date;
}

export interface InfoRequest {
  id: number;
  submissionId: number;
  decisionId: number;
  askedBy: string;
  question: string;
  askedAt: Date;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: Date | null;
}

interface DecisionRow {
  id: number;
  submission_id: number;
  decision: DecisionKind;
  from_status: string;
  to_status: string;
  decided_by: string;
  reason_enc: string;
  decided_at: string;
}

interface InfoRow {
  id: number;
  submission_id: number;
  decision_id: number;
  asked_by: string;
  question_enc: string;
  asked_at: string;
  reply_enc: string | null;
  replied_by: string | null;
  replied_at: string | null;
}

function toDecision(store: Store, r: DecisionRow): Decision {
  return {
    id: r.id,
    submissionId: r.submission_id,
    decision: r.decision,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    by: r.decided_by,
    reason: String(store.cipher.decrypt(r.reason_enc)),
    at: new Date(r.decided_at),
  };
}

function toInfo(store: Store, r: InfoRow): InfoRequest {
  return {
    id: r.id,
    submissionId: r.submission_id,
    decisionId: r.decision_id,
    askedBy: r.asked_by,
    question: String(store.cipher.decrypt(r.question_enc)),
    askedAt: new Date(r.asked_at),
    reply: r.reply_enc === null ? null : String(store.cipher.decrypt(r.reply_enc)),
    repliedBy: r.replied_by,
    repliedAt: r.replied_at === null ? null : new Date(r.replied_at),
  };
}

export class StaleStatusError extends Error {}

/**
 * Records a decision, moves the submission from fromStatus to toStatus (refusing if it moved in
 * the meantime), opens an information request when the decision asks for one, and audits it.
 * The state machine (which moves are allowed) is the caller's: handlers/review/state-machine.ts.
 */
export function recordDecision(
  store: Store,
  d: { submissionId: number; decision: DecisionKind; fromStatus: string; toStatus: string; by: string; reason: string; at: Date },
): { decision: Decision; infoRequest?: InfoRequest } {
  const at = d.at.toISOString();
  const moved = store.db
    .prepare("UPDATE submissions SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
    .run(d.toStatus, at, d.submissionId, d.fromStatus);
  if (moved.changes !== 1) throw new StaleStatusError(`submission ${d.submissionId} is not ${d.fromStatus}`);
  const ins = store.db
    .prepare(
      `INSERT INTO decisions (submission_id, decision, from_status, to_status, decided_by, reason_enc, decided_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(d.submissionId, d.decision, d.fromStatus, d.toStatus, d.by, store.cipher.encrypt(d.reason), at);
  const decisionId = Number(ins.lastInsertRowid);
  let infoRequest: InfoRequest | undefined;
  if (d.decision === "request_info") {
    const r = store.db
      .prepare("INSERT INTO info_requests (submission_id, decision_id, asked_by, question_enc, asked_at) VALUES (?, ?, ?, ?, ?)")
      .run(d.submissionId, decisionId, d.by, store.cipher.encrypt(d.reason), at);
    infoRequest = getInfoRequest(store, Number(r.lastInsertRowid));
  }
  auditSubmission(store, {
    submissionId: d.submissionId,
    actor: d.by,
    action: d.decision === "request_info" ? "info.request" : "decision",
    detail: `${d.decision}: ${d.fromStatus}→${d.toStatus}`,
    at: d.at,
  });
  const row = store.db.prepare("SELECT * FROM decisions WHERE id = ?").get(decisionId) as DecisionRow;
  return { decision: toDecision(store, row), infoRequest };
}

/** Attaches the declarant's reply to the open request and moves the submission back to review. */
export function recordInfoReply(
  store: Store,
  r: { requestId: number; reply: string; by: string; fromStatus: string; toStatus: string; at: Date },
): InfoRequest {
  const at = r.at.toISOString();
  const req = getInfoRequest(store, r.requestId);
  if (!req || req.reply !== null) throw new StaleStatusError(`information request ${r.requestId} is not open`);
  const moved = store.db
    .prepare("UPDATE submissions SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
    .run(r.toStatus, at, req.submissionId, r.fromStatus);
  if (moved.changes !== 1) throw new StaleStatusError(`submission ${req.submissionId} is not ${r.fromStatus}`);
  store.db
    .prepare("UPDATE info_requests SET reply_enc = ?, replied_by = ?, replied_at = ? WHERE id = ? AND reply_enc IS NULL")
    .run(store.cipher.encrypt(r.reply), r.by, at, r.requestId);
  auditSubmission(store, {
    submissionId: req.submissionId,
    actor: r.by,
    action: "info.reply",
    detail: `${r.fromStatus}→${r.toStatus}`,
    at: r.at,
  });
  return getInfoRequest(store, r.requestId)!;
}

/** One information request by id, its question decrypted. */
export function getInfoRequest(store: Store, id: number): InfoRequest | undefined {
  const row = store.db.prepare("SELECT * FROM info_requests WHERE id = ?").get(id) as InfoRow | undefined;
  return row && toInfo(store, row);
}

/** The latest unanswered request on a submission, if any. */
export function openInfoRequest(store: Store, submissionId: number): InfoRequest | undefined {
  const row = store.db
    .prepare("SELECT * FROM info_requests WHERE submission_id = ? AND reply_enc IS NULL ORDER BY id DESC LIMIT 1")
    .get(submissionId) as InfoRow | undefined;
  return row && toInfo(store, row);
}

/** A submission's information requests and replies, oldest first. */
export function listInfoRequests(store: Store, submissionId: number): InfoRequest[] {
  const rows = store.db.prepare("SELECT * FROM info_requests WHERE submission_id = ? ORDER BY id").all(submissionId) as InfoRow[];
  return rows.map((r) => toInfo(store, r));
}

/** A submission's decisions, oldest first, reasons decrypted. */
export function listDecisions(store: Store, submissionId: number): Decision[] {
  const rows = store.db.prepare("SELECT * FROM decisions WHERE submission_id = ? ORDER BY id").all(submissionId) as DecisionRow[];
  return rows.map((r) => toDecision(store, r));
}

/**
 * Decisions made after `since` and up to `until` (all when undefined), oldest first, with the
 * submission code; leadership-only reports only for a leadership scope.
 */
export function listDecisionsSince(
  store: Store,
  since: Date | undefined,
  until: Date,
  scope: SubmissionScope = { leadership: false },
): (Decision & { code: string; kind: string })[] {
  const rows = store.db
    .prepare(
      `SELECT d.*, s.code AS code, s.kind AS kind FROM decisions d JOIN submissions s ON s.id = d.submission_id
       WHERE d.decided_at > ? AND d.decided_at <= ? AND ${scopeSql(scope)} ORDER BY d.decided_at, d.id`,
    )
    .all(since ? since.toISOString() : "", until.toISOString()) as (DecisionRow & { code: string; kind: string })[];
  return rows.map((r) => ({ ...toDecision(store, r), code: r.code, kind: r.kind }));
}
