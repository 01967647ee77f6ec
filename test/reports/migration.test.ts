import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAudit } from "../../storage/audit.js";
import { createCipher } from "../../storage/crypto.js";
import { migrate, type Store } from "../../storage/db.js";
import { listDecisions, listInfoRequests, recordDecision, recordInfoReply } from "../../storage/decisions.js";
import { createSubmission, getSubmissionByCode } from "../../storage/submissions.js";

// Migration 007 rebuilds `submissions` (SQLite cannot widen its CHECK to admit kind 'report'). A
// database written before it keeps every declaration, decision and question, their ids, its
// foreign keys, and an audit chain that still verifies.

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "../../storage/migrations");
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("migration 007 on an existing database", () => {
  it("keeps declarations, decisions, questions and a verifying audit chain", () => {
    dir = mkdtempSync(join(tmpdir(), "reports-migrate-"));
    const db = new Database(join(dir, "bot.db"));
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    // The database as it was before 007: every earlier migration, recorded as applied.
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    for (const f of readdirSync(MIGRATIONS)
      .filter((f) => /^\d{3}_.+\.sql$/.test(f) && Number(f.slice(0, 3)) < 7)
      .sort()) {
      db.exec(readFileSync(join(MIGRATIONS, f), "utf8"));
      db.prepare("INSERT INTO schema_migrations VALUES (?, ?, ?)").run(Number(f.slice(0, 3)), f, new Date().toISOString());
    }
    const store: Store = { db, cipher: createCipher(randomBytes(32)), tx: (fn) => db.transaction(fn).immediate(), close: () => db.close() };
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

    migrate(db);

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
