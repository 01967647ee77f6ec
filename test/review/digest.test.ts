import { describe, expect, it } from "vitest";
import { createLogger } from "../../bot/log.js";
import { startScheduler } from "../../bot/scheduler.js";
import { buildDigestText, MAX_CHARS, splitMessage } from "../../handlers/digest/build.js";
import { queueScheduledDigest } from "../../handlers/digest/send.js";
import { vi } from "../../handlers/texts/vi.js";
import { replaceAssignments } from "../../storage/assignments.js";
import { lastDigestAt } from "../../storage/digests.js";
import { listPending } from "../../storage/outbox.js";
import { grantRole } from "../../storage/roles.js";
import { harness } from "./helpers.js";

const DAY = 86_400_000;
// Monday 02/03/2026 07:30 in Vietnam.
const NOW = new Date("2026-03-02T00:30:00Z");
const config = { adminIds: ["console:admin"], reviewDueDays: 5 };

describe("digest", () => {
  it("says in one line that nothing is new when nothing is (then the audit head, as every digest)", () => {
    const h = harness({ now: NOW });
    const text = buildDigestText(h.store, { now: NOW, since: undefined, dueDays: 5 });
    expect(text.split("\n")).toEqual([vi.digest.empty(undefined), vi.digest.head("0:00000000")]);
    h.close();
  });

  it("shows new submissions by kind, pending and the oldest age, overdue ones, decisions, and rotation at 2 and 5 years", () => {
    const h = harness({ now: NOW });
    const since = new Date(NOW.getTime() - DAY);
    const old = h.declare("alice", "gift", {}, new Date(NOW.getTime() - 9 * DAY)); // overdue, pending
    h.declare("bob", "conflict", {}, new Date(NOW.getTime() - 3 * DAY)); // pending, not overdue, not new
    const n1 = h.declare("carol", "conflict", {}, new Date(NOW.getTime() - 2 * 3_600_000));
    h.declare("dan", "gift", {}, new Date(NOW.getTime() - 3_600_000));
    h.declare("erin", "gift", {}, new Date(NOW.getTime() - 1_800_000));
    h.now.value = new Date(NOW.getTime() - 600_000);
    h.say("admin", `/quyet_dinh ${n1.code} chuyen Cần xác minh thêm`);
    replaceAssignments(
      h.store,
      [
        { person: "Nguyễn Văn A", area: "Huyện X", since: "2024-03-02" }, // exactly 2 years
        { person: "Trần Thị B", area: "Lĩnh vực đất đai", since: "2021-03-02" }, // exactly 5 years
        { person: "Lê Văn C", area: "Huyện Y", since: "2024-03-03" }, // one day short of 2 years
      ],
      { actor: "cli:test", at: NOW },
    );
    const text = buildDigestText(h.store, { now: NOW, since, dueDays: 5 });
    expect(text).toContain(vi.digest.newLine(3, "Xung đột lợi ích: 1, Quà tặng: 2"));
    expect(text).toContain(vi.digest.pendingLine(4, 9, old.code));
    expect(text).toContain(vi.digest.overdueHeader(1, 5));
    expect(text).toContain(vi.digest.overdueLine(old.code, "Quà tặng", 9));
    expect(text).toContain(vi.digest.decisionsHeader(1));
    expect(text).toContain(`${n1.code} · ${vi.review.decisions.escalate}`);
    expect(text).toContain(vi.digest.rotationOverdue(1));
    expect(text).toContain(vi.digest.rotationLine("Trần Thị B", "Lĩnh vực đất đai", "02/03/2021", 5));
    expect(text).toContain(vi.digest.rotationDue(1));
    expect(text).toContain(vi.digest.rotationLine("Nguyễn Văn A", "Huyện X", "02/03/2024", 2));
    expect(text).not.toContain("Lê Văn C");
    expect(text).toContain(vi.digest.title("02/03/2026"));
    h.close();
  });

  it("stays under the platform limit with many items, splitting cleanly if ever needed", () => {
    const h = harness({ now: NOW });
    for (let i = 0; i < 60; i++) h.declare(`u${i}`, i % 2 ? "gift" : "conflict", {}, new Date(NOW.getTime() - (10 + i) * DAY));
    replaceAssignments(
      h.store,
      Array.from({ length: 40 }, (_, i) => ({ person: `Cán bộ số ${i} có tên khá dài`, area: `Địa bàn ${i}`, since: "2019-01-01" })),
      { actor: "cli:test", at: NOW },
    );
    const text = buildDigestText(h.store, { now: NOW, since: undefined, dueDays: 5 });
    expect(text.length).toBeLessThan(MAX_CHARS);
    expect(text).toContain(vi.digest.more(52));
    const parts = splitMessage("dòng\n".repeat(900));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MAX_CHARS);
    h.close();
  });

  it("a scheduled digest goes to every committee member with a private chat in one transaction, and the next counts from it", () => {
    const h = harness({ now: NOW });
    h.say("admin", "/start");
    h.say("bob", "/start");
    h.store.tx(() => grantRole(h.store, { person: "console:bob", role: "committee", by: "console:admin", at: NOW }));
    h.store.tx(() => grantRole(h.store, { person: "telegram:999", role: "committee", by: "console:admin", at: NOW })); // never wrote: no chat
    const s = h.declare("alice", "gift", {}, new Date(NOW.getTime() - DAY));
    expect(queueScheduledDigest(h.store, config, NOW)).toEqual({ recipients: 2 });
    expect(lastDigestAt(h.store)).toEqual(NOW);
    const rows = listPending(h.store).filter((m) => m.kind === "digest");
    expect(rows.map((m) => m.personId).sort()).toEqual(["console:admin", "console:bob"]);
    expect(rows[0]!.replies[0]!.text).toContain(vi.digest.newLine(1, "Quà tặng: 1"));
    // The member sees it at the start of their next terminal reply.
    expect(h.say("bob", "/help")[0]!.text).toContain(vi.digest.title("02/03/2026"));
    // The next day: the submission is no longer new, but still pending.
    const next = new Date(NOW.getTime() + DAY);
    h.now.value = new Date(next.getTime() - 3_600_000);
    h.say("admin", `/quyet_dinh ${s.code} chap_nhan ok`);
    const text = buildDigestText(h.store, { now: next, since: lastDigestAt(h.store), dueDays: 5 });
    expect(text).toContain(vi.digest.newLine(0, ""));
    expect(text).toContain(vi.digest.pendingLine(0, 0, undefined));
    expect(text).toContain(vi.digest.decisionsHeader(1));
    // /bao_cao on demand gives the same digest to a member, without recording a run.
    expect(h.text("admin", "/bao_cao")).toContain(vi.digest.since("07:30 02/03/2026"));
    expect(lastDigestAt(h.store)).toEqual(NOW);
    h.close();
  });

  it("the schedule fires (croner, every second) and queues the digest", async () => {
    const h = harness({ now: NOW });
    h.say("admin", "/start");
    const runs: number[] = [];
    const fired = new Promise<void>((resolve) => {
      const sched = startScheduler({
        store: h.store,
        config,
        log: createLogger("silent"),
        cron: "* * * * * *",
        timezone: "Asia/Ho_Chi_Minh",
        onRun: ({ recipients }) => {
          runs.push(recipients);
          sched.stop();
          resolve();
        },
      });
      expect(sched.nextRun()).toBeInstanceOf(Date);
    });
    await fired;
    expect(runs).toEqual([1]);
    expect(listPending(h.store, "console").filter((m) => m.kind === "digest")).toHaveLength(1);
    h.close();
  });

  it("the default schedule is 07:30 on weekdays, Vietnam time", () => {
    const h = harness();
    const sched = startScheduler({
      store: h.store,
      config,
      log: createLogger("silent"),
      cron: "30 7 * * 1-5",
      timezone: "Asia/Ho_Chi_Minh",
    });
    const next = sched.nextRun()!;
    sched.stop();
    const vn = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(next);
    expect(vn).toMatch(/^(Mon|Tue|Wed|Thu|Fri),? 07:30$/);
    h.close();
  });
});
