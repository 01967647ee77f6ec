import { createHash } from "node:crypto";
import type { Store } from "./db.js";

// The tamper-evident record. Every state change appends one entry in the same transaction as the
// change: its content_hash covers the whole stored record it is about (a submission row with its
// decisions and information requests; a role row; the assignment list), and its hash covers the
// entry itself and the previous entry's hash. verifyAudit() walks the chain and recomputes every
// record's current hash, so editing or deleting a row anywhere is found.

export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** Short, content-free description (e.g. "submitted→accepted"). */
  detail: string;
  contentHash: string;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level: the same value always serializes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function entryHash(e: Omit<AuditEntry, "hash">): string {
  return sha256(
    canonicalJson({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      subject: e.subject,
      detail: e.detail,
      contentHash: e.contentHash,
      prevHash: e.prevHash,
    }),
  );
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  detail: string;
  content_hash: string;
  prev_hash: string;
  hash: string;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    detail: r.detail,
    contentHash: r.content_hash,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Appends one entry; call inside the transaction that made the change. */
export function appendAudit(
  store: Store,
  e: { at: Date; actor: string; action: string; subject: string; detail?: string; contentHash: string },
): AuditEntry {
  const last = store.db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    | { seq: number; hash: string }
    | undefined;
  const base = {
    seq: (last?.seq ?? 0) + 1,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    detail: e.detail ?? "",
    contentHash: e.contentHash,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntry = { ...base, hash: entryHash(base) };
  store.db
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, action, subject, detail, content_hash, prev_hash, hash)
       VALUES (@seq, @at, @actor, @action, @subject, @detail, @contentHash, @prevHash, @hash)`,
    )
    .run(entry);
  return entry;
}

export function listAudit(store: Store, opts: { subject?: string } = {}): AuditEntry[] {
  const rows = (
    opts.subject
      ? store.db.prepare("SELECT * FROM audit_log WHERE subject = ? ORDER BY seq").all(opts.subject)
      : store.db.prepare("SELECT * FROM audit_log ORDER BY seq").all()
  ) as AuditRow[];
  return rows.map(toEntry);
}

// ── record hashes: every stored column, so a new column is covered without a change here ───────

export function submissionSubject(code: string): string {
  return `submission:${code}`;
}

export function roleSubject(person: string, role: string): string {
  return `role:${role}:${person}`;
}

export const ASSIGNMENTS_SUBJECT = "assignments";

/** Hash of a submission's stored row with its decisions and information requests; undefined if absent. */
export function submissionRecordHash(store: Store, submissionId: number): string | undefined {
  const submission = store.db.prepare("SELECT * FROM submissions WHERE id = ?").get(submissionId);
  if (!submission) return undefined;
  const decisions = store.db.prepare("SELECT * FROM decisions WHERE submission_id = ? ORDER BY id").all(submissionId);
  const infoRequests = store.db.prepare("SELECT * FROM info_requests WHERE submission_id = ? ORDER BY id").all(submissionId);
  return sha256(canonicalJson({ submission, decisions, infoRequests }));
}

export function roleRecordHash(store: Store, person: string, role: string): string {
  const row = store.db.prepare("SELECT * FROM roles WHERE person_id = ? AND role = ?").get(person, role);
  return sha256(canonicalJson({ person, role, row: row ?? null }));
}

export function assignmentsRecordHash(store: Store): string {
  const rows = store.db.prepare("SELECT person, area, since FROM assignments ORDER BY person, area").all();
  return sha256(canonicalJson({ assignments: rows }));
}

/** Audits the current state of a submission (created, decided, replied…), by id. */
export function auditSubmission(
  store: Store,
  e: { submissionId: number; actor: string; action: string; detail?: string; at: Date },
): AuditEntry {
  const row = store.db.prepare("SELECT code FROM submissions WHERE id = ?").get(e.submissionId) as { code: string } | undefined;
  if (!row) throw new Error(`no submission ${e.submissionId}`);
  return appendAudit(store, {
    at: e.at,
    actor: e.actor,
    action: e.action,
    subject: submissionSubject(row.code),
    detail: e.detail,
    contentHash: submissionRecordHash(store, e.submissionId)!,
  });
}

// ── verification ───────────────────────────────────────────────────────────────────────────────

export type VerifyResult =
  | { ok: true; count: number }
  | { ok: false; count: number; seq?: number; subject?: string; reason: string };

/** Walks the chain, then compares every stored record with the hash its latest entry recorded. */
export function verifyAudit(store: Store): VerifyResult {
  const entries = listAudit(store);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: `entry #${expectedSeq} is missing` };
    }
    if (e.prevHash !== prev) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: "previous hash does not match the chain" };
    }
    if (entryHash(e) !== e.hash) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: "entry was altered (hash mismatch)" };
    }
    prev = e.hash;
    expectedSeq++;
  }

  const latest = new Map<string, AuditEntry>();
  for (const e of entries) latest.set(e.subject, e);
  const fail = (subject: string, reason: string): VerifyResult => ({
    ok: false,
    count: entries.length,
    seq: latest.get(subject)?.seq,
    subject,
    reason,
  });

  // Submissions, with their decisions and information requests.
  const submissions = store.db.prepare("SELECT id, code FROM submissions ORDER BY id").all() as { id: number; code: string }[];
  const codes = new Set<string>();
  for (const s of submissions) {
    const subject = submissionSubject(s.code);
    codes.add(subject);
    const entry = latest.get(subject);
    if (!entry) return fail(subject, "stored submission has no audit entry");
    if (entry.contentHash !== submissionRecordHash(store, s.id)) {
      return fail(subject, "stored submission, decisions or information requests differ from the audited state");
    }
  }
  for (const subject of latest.keys()) {
    if (subject.startsWith("submission:") && !codes.has(subject)) return fail(subject, "audited submission is missing");
  }
  const orphan = store.db
    .prepare(
      `SELECT 'decision' AS what, id FROM decisions WHERE submission_id NOT IN (SELECT id FROM submissions)
       UNION ALL SELECT 'info_request', id FROM info_requests WHERE submission_id NOT IN (SELECT id FROM submissions)
       LIMIT 1`,
    )
    .get() as { what: string; id: number } | undefined;
  if (orphan) return fail(`${orphan.what}:${orphan.id}`, "row belongs to no submission");

  // Roles: a stored role needs a grant entry matching it; a granted role must still be stored
  // unless a revoke entry followed.
  const roles = store.db.prepare("SELECT person_id, role FROM roles").all() as { person_id: string; role: string }[];
  const roleSubjects = new Set<string>();
  for (const r of roles) {
    const subject = roleSubject(r.person_id, r.role);
    roleSubjects.add(subject);
    const entry = latest.get(subject);
    if (!entry || entry.action !== "role.grant") return fail(subject, "stored role was never granted");
    if (entry.contentHash !== roleRecordHash(store, r.person_id, r.role)) return fail(subject, "stored role differs from the audited grant");
  }
  for (const [subject, entry] of latest) {
    if (subject.startsWith("role:") && entry.action === "role.grant" && !roleSubjects.has(subject)) {
      return fail(subject, "granted role is missing");
    }
  }

  // Assignments, as a whole.
  const assignmentsEntry = latest.get(ASSIGNMENTS_SUBJECT);
  const assignmentCount = (store.db.prepare("SELECT COUNT(*) AS n FROM assignments").get() as { n: number }).n;
  if (assignmentsEntry ? assignmentsEntry.contentHash !== assignmentsRecordHash(store) : assignmentCount > 0) {
    return fail(ASSIGNMENTS_SUBJECT, "stored assignments differ from the last audited import");
  }

  return { ok: true, count: entries.length };
}
