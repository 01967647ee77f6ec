import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson, listAudit, sha256, verifyAudit } from "../../storage/audit.js";
import { openStore } from "../../storage/db.js";
import { listPending } from "../../storage/outbox.js";
import { getPerson } from "../../storage/people.js";
import { createSubmission } from "../../storage/submissions.js";

// A database written before the chain was keyed (migrations 001-004, plain SHA-256 entries) is
// upgraded in place: its entries keep their hashes, and one keyed entry seals them.

const AT = new Date("2026-03-02T02:00:00Z");

function legacyDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), "legacy-"));
  const old = openStore({ dataDir: dir, migrateUpTo: 4 });
  old.tx(() => {
    // Rows as the old code wrote them (no MAC column yet).
    old.db
      .prepare(
        "INSERT INTO people (id, channel, user_id, private_chat_id, created_at, updated_at) VALUES ('console:alice', 'console', 'alice', 'alice', ?, ?)",
      )
      .run(AT.toISOString(), AT.toISOString());
    for (const who of ["alice", "bob", "carol"]) {
      createSubmission(old, { kind: "gift", declarant: `console:${who}`, channel: "console", chatId: who, answers: { note: who }, at: AT });
    }
    old.db
      .prepare(
        "INSERT INTO outbox (person_id, channel, chat_id, kind, payload_enc, next_attempt_at, created_at) VALUES ('console:alice', 'console', 'alice', 'decision', ?, ?, ?)",
      )
      .run(old.cipher.encrypt([{ text: "x" }]), AT.toISOString(), AT.toISOString());
  });
  old.close();
  return dir;
}

describe("upgrading a database with an unkeyed chain", () => {
  it("keeps the old entries, seals them with one keyed entry, and verifies", () => {
    const dir = legacyDatabase();
    const s = openStore({ dataDir: dir });
    const entries = listAudit(s);
    expect(entries.map((e) => e.action)).toEqual(["submission.create", "submission.create", "submission.create", "audit.keyed"]);
    expect(s.legacyAuditUntil).toBe(3);
    expect(verifyAudit(s)).toEqual({ ok: true, count: 4 });
    // Existing people and outbox rows are sealed as they stood, so they still route.
    expect(getPerson(s, "console:alice")).toMatchObject({ privateChatId: "alice", intact: true });
    expect(listPending(s).map((m) => m.intact)).toEqual([true]);
    s.close();
    // Reopening does not seal again.
    const again = openStore({ dataDir: dir });
    expect(verifyAudit(again)).toEqual({ ok: true, count: 4 });
    again.close();
  });

  it("an old entry rewritten and its unkeyed successors re-hashed breaks at the sealing entry", () => {
    const dir = legacyDatabase();
    const s = openStore({ dataDir: dir });
    // Rewrite entry 2 and re-hash 2..3 the old way: consistent among themselves.
    let prev = listAudit(s)[0]!.hash;
    for (const e of listAudit(s).slice(1, 3)) {
      const actor = e.seq === 2 ? "console:mallory" : e.actor;
      const hash = sha256(canonicalJson({ ...e, actor, prevHash: prev, hash: undefined }));
      s.db.prepare("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?").run(actor, prev, hash, e.seq);
      prev = hash;
    }
    expect(verifyAudit(s)).toMatchObject({ ok: false, seq: 4, reason: expect.stringContaining("previous hash") });
    s.close();
  });

  it("a boundary moved in the keyring (to pass keyed entries off as unkeyed) stops the start", () => {
    const dir = legacyDatabase();
    const s = openStore({ dataDir: dir });
    s.db.prepare("UPDATE keyring SET legacy_audit_until = 4").run();
    s.close();
    expect(() => openStore({ dataDir: dir })).toThrow(/keyring-damaged/);
  });
});
