import { canonicalJson, sha256 } from "./canonical.js";
import type { Store } from "./db.js";
import { closedOutboxMac, keyringMac, outboxMac, personMac, type KeyringRow, type OutboxRouting, type PersonRouting } from "./row-mac.js";
import { outboxGap } from "./outbox.js";

// The tamper-evident record. Every state change appends one entry in the same transaction as the
// change: its content_hash covers the whole stored record it is about (a submission row with its
// decisions and information requests; a role row; the assignment list), and its hash, an HMAC
// under a key derived from the encryption key, covers the entry itself and the previous entry's
// hash. verifyAudit() walks the chain and recomputes every record's current hash, so editing or
// deleting a row anywhere is found, and rebuilding the chain after an edit needs the key. What the
// database alone cannot show (the newest entries cut off, or the whole file rolled back) is caught
// against a head written down outside it: digests print auditHead() as "seq:hash".

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

export { canonicalJson, sha256 };

/**
 * An entry's hash: HMAC-SHA256 under the audit key derived from the encryption key, so that
 * rewriting the chain (edit a row, then recompute every later hash) needs the key as well as the
 * file. Entries of a database that had a chain before it was keyed (seq ≤ store.legacyAuditUntil)
 * keep their original plain SHA-256; the first keyed entry seals them.
 */
function entryHash(store: Store, e: Omit<AuditEntry, "hash">): string {
  const text = canonicalJson({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    detail: e.detail,
    contentHash: e.contentHash,
    prevHash: e.prevHash,
  });
  return e.seq <= store.legacyAuditUntil ? sha256(text) : store.mac.audit(text);
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

/** Appends one entry, keyed (see entryHash); call inside the transaction that made the change. */
export function appendAudit(
  store: Store,
  e: { at: Date; actor: string; action: string; subject: string; detail?: string; contentHash: string },
): AuditEntry {
  store.mustReachDisk();
  const last = store.db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    { seq: number; hash: string } | undefined;
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
  const entry: AuditEntry = { ...base, hash: entryHash(store, base) };
  store.db
    .prepare(
      `INSERT INTO audit_log (seq, at, actor, action, subject, detail, content_hash, prev_hash, hash)
       VALUES (@seq, @at, @actor, @action, @subject, @detail, @contentHash, @prevHash, @hash)`,
    )
    .run(entry);
  return entry;
}

/** Every entry, oldest first; with `subject`, only that record's entries (the last is its audited state). */
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

/**
 * Whether a submission's stored row (with its decisions and information requests) is the one its
 * latest audit entry recorded: false when it was changed outside the bot, e.g. its chat pointed
 * elsewhere so that the next notice to the declarant would go to someone else.
 */
export function submissionMatchesAudit(store: Store, submissionId: number): boolean {
  const row = store.db.prepare("SELECT code FROM submissions WHERE id = ?").get(submissionId) as { code: string } | undefined;
  if (!row) return false;
  const latest = listAudit(store, { subject: submissionSubject(row.code) }).at(-1);
  return latest !== undefined && latest.contentHash === submissionRecordHash(store, submissionId);
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

// ── the head: witnessed outside the database ─────────────────────────────────────────────────

/** The newest entry's sequence number and hash; seq 0 and the genesis hash for an empty chain. */
export function auditHead(store: Store): { seq: number; hash: string } {
  const last = store.db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
    { seq: number; hash: string } | undefined;
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

export const HEAD_HASH_CHARS = 8;

/** "1234:9f3a1c2b": what digests print and `audit verify --head` takes back. */
export function formatHead(head: { seq: number; hash: string }): string {
  return `${head.seq}:${head.hash.slice(0, HEAD_HASH_CHARS)}`;
}

/** "N:HASH" (HASH: 8 to 64 hex characters, a prefix of the entry's hash); undefined if malformed. */
export function parseHead(text: string): { seq: number; hash: string } | undefined {
  const m = /^(\d{1,15}):([0-9a-fA-F]{8,64})$/.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2]!.toLowerCase() } : undefined;
}

// ── verification ───────────────────────────────────────────────────────────────────────────────

export type VerifyResult = { ok: true; count: number } | { ok: false; count: number; seq?: number; subject?: string; reason: string };

/**
 * Walks the chain (keyed hashes, sequence numbers without gaps), then compares every stored record
 * with the hash its latest entry recorded, checks receipt numbers for gaps, and checks the MACs of
 * the rows that route messages (people, outbox). With `heads` (written down from digests), each
 * must still be in the chain: a database cut short or rolled back no longer contains them.
 */
export function verifyAudit(store: Store, opts: { heads?: readonly { seq: number; hash: string }[] } = {}): VerifyResult {
  const entries = listAudit(store);
  const keyring = store.db.prepare("SELECT check_value, legacy_audit_until, mac FROM keyring WHERE id = 1").get() as
    (KeyringRow & { mac: string }) | undefined;
  if (!keyring || keyring.legacy_audit_until !== store.legacyAuditUntil || keyringMac(store.mac, keyring) !== keyring.mac) {
    return { ok: false, count: entries.length, subject: "keyring", reason: "the key record was edited or removed" };
  }
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: `entry #${expectedSeq} is missing` };
    }
    if (e.prevHash !== prev) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: "previous hash does not match the chain" };
    }
    if (entryHash(store, e) !== e.hash) {
      return { ok: false, count: entries.length, seq: e.seq, subject: e.subject, reason: "entry was altered (hash mismatch)" };
    }
    prev = e.hash;
    expectedSeq++;
  }
  // A database keyed over an older chain has its sealing entry right after it.
  if (keyring.legacy_audit_until > 0 && entries.length <= keyring.legacy_audit_until) {
    return { ok: false, count: entries.length, reason: `entries after #${entries.length} are missing (the chain was cut)` };
  }
  for (const head of opts.heads ?? []) {
    const e = entries[head.seq - 1];
    if (head.seq > 0 && !e) {
      return {
        ok: false,
        count: entries.length,
        seq: head.seq,
        reason: `the witnessed head ${head.seq}:${head.hash.slice(0, HEAD_HASH_CHARS)} is not in the chain (cut short or rolled back)`,
      };
    }
    const hash = e?.hash ?? GENESIS_HASH;
    if (!hash.startsWith(head.hash)) {
      return {
        ok: false,
        count: entries.length,
        seq: head.seq,
        subject: e?.subject,
        reason: "entry differs from the witnessed head (chain rewritten)",
      };
    }
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
  const gap = receiptGap(
    store,
    submissions.map((s) => s.code),
  );
  if (gap) return fail(submissionSubject(gap.code), gap.reason);

  // Roles: a stored role needs a grant entry matching it; a granted role must still be stored
  // unless a revoke entry followed.
  const roles = store.db.prepare("SELECT person_id, role FROM roles").all() as { person_id: string; role: string }[];
  const roleSubjects = new Set<string>();
  for (const r of roles) {
    const subject = roleSubject(r.person_id, r.role);
    roleSubjects.add(subject);
    const entry = latest.get(subject);
    if (!entry || entry.action !== "role.grant") return fail(subject, "stored role was never granted");
    if (entry.contentHash !== roleRecordHash(store, r.person_id, r.role))
      return fail(subject, "stored role differs from the audited grant");
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

  // Rows that route messages: a changed chat, recipient or payload no longer matches its MAC.
  const people = store.db
    .prepare("SELECT id, channel, user_id, display_name, private_chat_id, mac FROM people ORDER BY id")
    .all() as (PersonRouting & {
    mac: string | null;
  })[];
  for (const p of people) {
    if (p.mac !== personMac(store.mac, p)) return fail(`person:${p.id}`, "person's chat or name was changed outside the bot");
  }
  // Every column: parts_sent exists only from migration 008 on (absent, it counts as 0).
  const outbox = store.db.prepare("SELECT * FROM outbox ORDER BY id").all() as (OutboxRouting & {
    status: string;
    mac: string | null;
  })[];
  for (const m of outbox) {
    const pending = outboxMac(store.mac, m);
    if (m.mac !== (m.status === "pending" ? pending : closedOutboxMac(store.mac, pending))) {
      return fail(`outbox:${m.id}`, "queued message's recipient, chat, content, parts sent or delivery state was changed outside the bot");
    }
  }

  const missing = outboxGap(store);
  if (missing) return fail(`outbox:${missing.id}`, missing.reason);

  return { ok: true, count: entries.length };
}

/**
 * Receipt numbers run 1, 2, 3… per prefix and year with no gap, up to the counter: a missing one
 * means a declaration was deleted (with its audit entries, or the chain would already say so).
 */
function receiptGap(store: Store, codes: readonly string[]): { code: string; reason: string } | undefined {
  const numbers = new Map<string, Set<number>>();
  for (const code of codes) {
    const m = /^([A-Z]+-\d{4})-(\d+)$/.exec(code);
    if (!m) continue;
    const set = numbers.get(m[1]!) ?? new Set<number>();
    set.add(Number(m[2]));
    numbers.set(m[1]!, set);
  }
  const counters = store.db.prepare("SELECT name, value FROM counters ORDER BY name").all() as { name: string; value: number }[];
  const counted = new Map(counters.map((c) => [c.name, c.value]));
  for (const [name, set] of numbers) {
    const top = counted.get(name) ?? 0;
    const max = Math.max(...set);
    if (max > top) return { code: `${name}-${String(max).padStart(6, "0")}`, reason: "receipt number is above its counter" };
  }
  for (const { name, value } of counters) {
    if (!/^[A-Z]+-\d{4}$/.test(name)) continue;
    const set = numbers.get(name) ?? new Set<number>();
    for (let n = 1; n <= value; n++) {
      if (!set.has(n))
        return { code: `${name}-${String(n).padStart(6, "0")}`, reason: "receipt number is missing (a declaration was deleted)" };
    }
  }
  return undefined;
}
