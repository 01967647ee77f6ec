import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAudit } from "../../storage/audit.js";
import { openStore, type Store } from "../../storage/db.js";
import { listDecisions, listInfoRequests, recordDecision, recordInfoReply } from "../../storage/decisions.js";
import { createSubmission, getSubmissionByCode } from "../../storage/submissions.js";

// Migration 007 rebuilds `submissions` (SQLite cannot widen its CHECK to admit kind 'report'). A
// database written before it keeps every declaration, decision and question, their ids, its
// foreign keys, and an audit chain that still verifies.

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("migration 007 on an existing database", () => {
  it("keeps declarations, decisions, questions and a verifying audit chain", () => {
    dir = mkdtempSync(join(tmpdir(), "reports-migrate-"));
    // The database as it was before 007: every earlier migration applied, with its key.
    const before = openStore({ dataDir: dir, migrateUpTo: 6 });
    let store: Store = before;
    const at = new Date("2026-02-01T03:00:00Z");
    const s = store.tx(() =>
      createSubmission(store, {
        kind: "gift",
        declarant: "console:a",
        declarantName: "A",
        channel: "console",
        chatId: "a",
        answers: { note: "Hộp trà" },
        at,
      }),
    );
    store.tx(() => {
      recordDecision(store, {
        submissionId: s.id,
        decision: "request_info",
        fromStatus: "submitted",
        toStatus: "info_requested",
        by: "console:b",
        reason: "Giá trị?",
        at,
      });
      recordInfoReply(store, {
        requestId: 1,
        reply: "300.000 đồng",
        by: "console:a",
        fromStatus: "info_requested",
        toStatus: "info_provided",
        at,
      });
    });
    expect(verifyAudit(store).ok).toBe(true);
    before.close();

    store = openStore({ dataDir: dir });
    const db = store.db;

    expect(verifyAudit(store)).toMatchObject({ ok: true });
    expect(getSubmissionByCode(store, s.code)).toMatchObject({
      id: s.id,
      kind: "gift",
      status: "info_provided",
      answers: { note: "Hộp trà" },
    });
    expect(listDecisions(store, s.id).map((d) => [d.id, d.decision])).toEqual([[1, "request_info"]]);
    expect(listInfoRequests(store, s.id).map((r) => [r.id, r.reply])).toEqual([[1, "300.000 đồng"]]);
    expect(() =>
      db
        .prepare(
          "INSERT INTO decisions (submission_id, decision, from_status, to_status, decided_by, reason_enc, decided_at) VALUES (99, 'close', 'a', 'b', 'c', 'd', 'e')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    // A report can now be stored, and only with its record.
    const r = store.tx(() =>
      createSubmission(store, {
        kind: "report",
        declarant: "",
        channel: "",
        chatId: "",
        answers: { what: "x" },
        at,
        report: { identity: "anonymous", audience: "committee" },
        actor: "anonymous",
      }),
    );
    expect(r.code).toBe("PA-2026-000001");
    expect(verifyAudit(store).ok).toBe(true);
    db.close();
  });
});
