import { spawnSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditSubmission, verifyAudit } from "../../storage/audit.js";
import type { Store } from "../../storage/db.js";
import { harness, type Harness } from "../review/helpers.js";

// An attacker who can write the database file, but does not hold the key, tries to change the
// record and cover it up with the project's own functions.

/** The store as someone holding only the file would build it: the real connection, their own key. */
function attackerStore(h: Harness, opts: { plainSha256?: boolean } = {}): Store {
  const key = randomBytes(32);
  const mac = (t: string) => createHmac("sha256", key).update(t).digest("hex");
  return {
    ...h.store,
    mac: { audit: mac, row: mac },
    legacyAuditUntil: opts.plainSha256 ? Number.POSITIVE_INFINITY : 0,
  } as Store;
}

function closeWithoutDecision(h: Harness, store: Store, id: number): void {
  store.tx(() => {
    h.store.db.prepare("UPDATE submissions SET status = 'closed' WHERE id = ?").run(id);
    auditSubmission(store, {
      submissionId: id,
      actor: "console:admin",
      action: "decision",
      detail: "close: submitted→closed",
      at: h.now.value,
    });
  });
}

const cli = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "bot/cli/admin.ts", ...args], {
    env: { ...process.env, DATA_DIR: dir, DATA_KEY: "" },
    encoding: "utf8",
  });

/** The head printed in the digest a committee member received. */
function headFromDigest(h: Harness): string {
  const text = h.text("admin", "/bao_cao");
  const head = /Dấu nhật ký: (\d+:[0-9a-f]{8})/.exec(text)?.[1];
  expect(head, text).toBeDefined();
  return head!;
}

describe("the audit chain cannot be rebuilt without the key", () => {
  it("a status changed by SQL and re-chained with the project's functions but another key is detected", () => {
    for (const plainSha256 of [false, true]) {
      const h = harness();
      const a = h.declare("alice", "gift");
      expect(verifyAudit(h.store).ok).toBe(true);
      closeWithoutDecision(h, attackerStore(h, { plainSha256 }), a.id);
      expect(verifyAudit(h.store), plainSha256 ? "re-chained with plain SHA-256" : "re-chained with a wrong key").toMatchObject({
        ok: false,
        seq: 2,
        reason: expect.stringContaining("altered"),
      });
      h.close();
    }
  });

  it("the same rewrite with the key passes verify: the key, not the code, is what the attacker lacks", () => {
    const h = harness();
    const a = h.declare("alice", "gift");
    closeWithoutDecision(h, h.store, a.id);
    expect(verifyAudit(h.store)).toEqual({ ok: true, count: 2 });
    h.close();
  });
});

describe("a database cut short is detected", () => {
  function deleteNewest(h: Harness, code: string, opts: { rewindCounter: boolean }) {
    h.store.db.pragma("foreign_keys = OFF");
    h.store.db.prepare("DELETE FROM submissions WHERE code = ?").run(code);
    h.store.db.prepare("DELETE FROM audit_log WHERE subject = ?").run(`submission:${code}`);
    if (opts.rewindCounter) h.store.db.prepare("UPDATE counters SET value = value - 1 WHERE name = ?").run(code.slice(0, 7));
  }

  it("deleting the newest declaration with its audit entries leaves a gap in the receipt numbers", () => {
    const h = harness();
    h.declare("alice", "gift");
    h.declare("bob", "gift");
    const newest = h.declare("carol", "gift");
    expect(verifyAudit(h.store).ok).toBe(true);
    deleteNewest(h, newest.code, { rewindCounter: false });
    expect(verifyAudit(h.store)).toMatchObject({
      ok: false,
      subject: `submission:${newest.code}`,
      reason: expect.stringContaining("receipt"),
    });
    h.close();
  });

  it("with the counter rewound too, the head printed in an earlier digest no longer matches: `audit verify --head` fails", () => {
    const h = harness();
    h.declare("alice", "gift");
    const newest = h.declare("bob", "gift");
    const head = headFromDigest(h);
    h.close();

    const ok = cli(h.dir, "audit", "verify", "--head", head);
    expect(ok.stdout, ok.stderr).toMatch(/^OK: /);
    expect(ok.status).toBe(0);

    const t = harness({ dir: h.dir });
    deleteNewest(t, newest.code, { rewindCounter: true });
    expect(verifyAudit(t.store).ok).toBe(true); // nothing inside the file contradicts the cut
    t.close();

    const bad = cli(h.dir, "audit", "verify", "--head", head);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(head);
    expect(bad.stdout).toMatch(/LỖI/);
  }, 30_000);

  it("a chain rewritten after the head was witnessed fails the head check even where verify alone passes", () => {
    const h = harness();
    const a = h.declare("alice", "gift");
    const head = headFromDigest(h);
    // With the key (an insider), the chain is rebuilt from scratch: internally consistent again.
    h.store.db.prepare("DELETE FROM audit_log").run();
    h.store.db.prepare("UPDATE submissions SET status = 'closed' WHERE id = ?").run(a.id);
    h.store.tx(() =>
      auditSubmission(h.store, { submissionId: a.id, actor: "console:alice", action: "submission.create", at: h.now.value }),
    );
    expect(verifyAudit(h.store).ok).toBe(true);
    const [seq, hash] = head.split(":");
    expect(verifyAudit(h.store, { heads: [{ seq: Number(seq), hash: hash! }] })).toMatchObject({ ok: false });
    h.close();
  });

  it("`audit verify --head` refuses a malformed head with its usage", () => {
    const h = harness();
    h.close();
    const r = cli(h.dir, "audit", "verify", "--head", "nonsense");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--head N:HASH");
  });
});
