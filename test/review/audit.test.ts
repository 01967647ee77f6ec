import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { replaceAssignments } from "../../storage/assignments.js";
import { verifyAudit } from "../../storage/audit.js";
import { grantRole } from "../../storage/roles.js";
import { harness } from "./helpers.js";

function populated() {
  const h = harness();
  const a = h.declare("alice", "gift");
  const b = h.declare("bob", "conflict");
  h.say("admin", `/quyet_dinh ${a.code} chap_nhan Giá trị nhỏ`);
  h.say("admin", `/quyet_dinh ${b.code} bo_sung Quan hệ là gì?`);
  h.say("bob", `/bo_sung ${b.code} Anh ruột`);
  h.store.tx(() => grantRole(h.store, { person: "console:carol", role: "committee", by: "console:admin", at: h.now.value }));
  replaceAssignments(h.store, [{ person: "Nguyễn Văn A", area: "Huyện X", since: "2022-01-01" }], { actor: "cli:test", at: h.now.value });
  expect(verifyAudit(h.store)).toEqual({ ok: true, count: 7 });
  return { h, a, b };
}

const sql = (h: ReturnType<typeof harness>, q: string, ...p: unknown[]) => {
  // Tampering as someone with the file would: foreign keys off, straight SQL.
  h.store.db.pragma("foreign_keys = OFF");
  h.store.db.prepare(q).run(...p);
};

describe("audit log", () => {
  it("every state change is one chained entry: creation, decision, request, reply, role, assignments", () => {
    const { h } = populated();
    const rows = h.store.db.prepare("SELECT action FROM audit_log ORDER BY seq").all() as { action: string }[];
    expect(rows.map((r) => r.action)).toEqual([
      "submission.create",
      "submission.create",
      "decision",
      "info.request",
      "info.reply",
      "role.grant",
      "assignments.import",
    ]);
    h.close();
  });

  it("detects an edited audit row and names it", () => {
    const { h } = populated();
    sql(h, "UPDATE audit_log SET actor = 'console:someone' WHERE seq = 3");
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, seq: 3, reason: expect.stringContaining("altered") });
    h.close();
  });

  it("detects a deleted audit row", () => {
    const { h } = populated();
    sql(h, "DELETE FROM audit_log WHERE seq = 2");
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, seq: 3 });
    h.close();
  });

  it("detects the last audit row deleted together with what it recorded", () => {
    const { h } = populated();
    sql(h, "DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: "assignments" });
    h.close();
  });

  it("detects edited answers, a changed status, an edited or deleted decision, a deleted submission", () => {
    const cases: [string, (h: ReturnType<typeof harness>, a: { id: number; code: string }) => void][] = [
      [
        "answers",
        (h, a) =>
          sql(
            h,
            "UPDATE submissions SET answers_enc = (SELECT answers_enc FROM submissions WHERE id != ? LIMIT 1) WHERE id = ?",
            a.id,
            a.id,
          ),
      ],
      ["status", (h, a) => sql(h, "UPDATE submissions SET status = 'submitted' WHERE id = ?", a.id)],
      ["decision", (h, a) => sql(h, "UPDATE decisions SET decision = 'escalate' WHERE submission_id = ?", a.id)],
      ["decision deleted", (h, a) => sql(h, "DELETE FROM decisions WHERE submission_id = ?", a.id)],
      [
        "submission deleted",
        (h, a) => {
          sql(h, "DELETE FROM decisions WHERE submission_id = ?", a.id);
          sql(h, "DELETE FROM submissions WHERE id = ?", a.id);
        },
      ],
    ];
    for (const [name, tamper] of cases) {
      const { h, a } = populated();
      tamper(h, a);
      const r = verifyAudit(h.store);
      expect(r, name).toMatchObject({ ok: false, subject: `submission:${a.code}` });
      h.close();
    }
  });

  it("detects an edited information reply, a role granted by SQL, and edited assignments", () => {
    const { h, b } = populated();
    sql(h, "UPDATE info_requests SET replied_by = 'console:x'");
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: `submission:${b.code}` });
    h.close();

    const p = populated();
    sql(
      p.h,
      "INSERT INTO roles (person_id, role, granted_by, granted_at) VALUES ('console:mallory', 'committee', 'console:admin', '2026-01-01')",
    );
    expect(verifyAudit(p.h.store)).toMatchObject({ ok: false, subject: "role:committee:console:mallory" });
    p.h.close();

    const q = populated();
    sql(q.h, "UPDATE assignments SET since = '2025-01-01'");
    expect(verifyAudit(q.h.store)).toMatchObject({ ok: false, subject: "assignments" });
    q.h.close();
  });

  it("`npm run -s admin -- audit verify` prints OK with the count, or the broken entry and exits non-zero", () => {
    const { h } = populated();
    h.close();
    const env = { ...process.env, DATA_DIR: h.dir, DATA_KEY: "" };
    const ok = execFileSync("npx", ["tsx", "bot/cli/admin.ts", "audit", "verify"], { env, encoding: "utf8" });
    expect(ok).toMatch(/^OK: 7 /);
    const tampered = harness({ dir: h.dir });
    sql(tampered, "UPDATE audit_log SET detail = 'x' WHERE seq = 4");
    tampered.close();
    const bad = spawnSync("npx", ["tsx", "bot/cli/admin.ts", "audit", "verify"], { env, encoding: "utf8" });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("#4");
  });
});
