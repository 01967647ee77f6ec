import { describe, expect, it } from "vitest";
import { sendParts, type RunningChannel } from "../../bot/channels/channel.js";
import { PlatformError } from "../../bot/channels/platform-error.js";
import { createLogger } from "../../bot/log.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import { queueScheduledDigest } from "../../handlers/digest/send.js";
import type { Reply } from "../../core/types.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { enqueue, listOutbox, markSent, pruneDeliveredOutbox } from "../../storage/outbox.js";
import { grantRole } from "../../storage/roles.js";
import { harness, type Harness } from "../review/helpers.js";

// Rows whose change would send a message elsewhere (outbox.chat_id, people.private_chat_id) are
// covered by a keyed MAC: changed by SQL, they are not delivered, and `audit verify` names them.

const sql = (h: Harness, q: string, ...p: unknown[]) => h.store.db.prepare(q).run(...p);

function platform() {
  const sent: { chatId: string; replies: Reply[] }[] = [];
  const channel: RunningChannel = {
    name: "telegram",
    send: async (chatId, replies) => void sent.push({ chatId, replies }),
    stop: async () => {},
  };
  return { channel, sent };
}

describe("a redirected outbox row", () => {
  it("UPDATE outbox SET chat_id=…, status='pending' on a sent notice: not delivered, reported by verify", async () => {
    const h = harness();
    const id = h.store.tx(() =>
      enqueue(h.store, {
        personId: "telegram:100",
        channel: "telegram",
        chatId: "100",
        kind: "decision",
        replies: [{ text: "Quyết định cho QT-2026-000001" }],
        at: h.now.value,
      }),
    );
    const tg = platform();
    const sender = startOutboxSender({ store: h.store, channels: [tg.channel], log: createLogger("silent"), intervalMs: 60_000 });
    await sender.flush();
    expect(tg.sent.map((m) => m.chatId)).toEqual(["100"]);
    expect(verifyAudit(h.store).ok).toBe(true);

    sql(h, "UPDATE outbox SET chat_id = '666', status = 'pending' WHERE id = ?", id);
    await sender.flush();
    sender.stop();
    expect(tg.sent.map((m) => m.chatId)).toEqual(["100"]);
    expect(listOutbox(h.store)[0]).toMatchObject({ status: "failed", lastError: expect.stringContaining("MAC") });
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: `outbox:${id}` });
    h.close();
  });

  it("a decision notice redirected to another person's terminal chat is not shown there", () => {
    const h = harness();
    const s = h.declare("alice", "gift");
    h.say("admin", `/quyet_dinh ${s.code} chap_nhan Giá trị nhỏ`);
    sql(h, "UPDATE outbox SET chat_id = 'mallory', person_id = 'console:mallory' WHERE kind = 'decision'");
    expect(h.text("mallory", "/start")).not.toContain(s.code);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: expect.stringMatching(/^outbox:/) });
    h.close();
  });
});

/** Decision notices «tin n» to one Telegram chat, queued in one transaction; their outbox ids. */
function queueNotices(h: Harness, numbers: readonly number[]): number[] {
  return h.store.tx(() =>
    numbers.map((n) =>
      enqueue(h.store, {
        personId: "telegram:100",
        channel: "telegram",
        chatId: "100",
        kind: "decision",
        replies: [{ text: `tin ${n}` }],
        at: h.now.value,
      }),
    ),
  );
}

describe("a deleted outbox row (found by a reviewer's run: verify said OK)", () => {
  it("the newest notice, still waiting, deleted by SQL: verify names it", () => {
    const h = harness();
    const s = h.declare("alice", "gift");
    h.say("admin", `/quyet_dinh ${s.code} dong Không thuộc diện khai`);
    expect(verifyAudit(h.store).ok).toBe(true);
    const pending = h.store.db.prepare("SELECT MAX(id) AS id FROM outbox WHERE status = 'pending'").get() as { id: number };
    sql(h, "DELETE FROM outbox WHERE id = ?", pending.id);
    expect(verifyAudit(h.store)).toMatchObject({
      ok: false,
      subject: `outbox:${pending.id}`,
      reason: "message is missing (deleted outside the bot)",
    });
    h.close();
  });

  it("a row in the middle, delivered, deleted by SQL: verify names it; the daily clean-up is no such gap", () => {
    const h = harness();
    const ids = queueNotices(h, [1, 2, 3]);
    h.store.tx(() => ids.forEach((id) => sql(h, "UPDATE outbox SET lease_owner = 'x' WHERE id = ?", id)));
    h.store.tx(() => ids.forEach((id) => markSent(h.store, id, "x", h.now.value)));
    expect(verifyAudit(h.store).ok).toBe(true);
    // The clean-up deletes the oldest delivered rows (never the newest) and moves the checked range up.
    const later = new Date(h.now.value.getTime() + 40 * 86_400_000);
    expect(h.store.tx(() => pruneDeliveredOutbox(h.store, later))).toBe(2);
    expect(verifyAudit(h.store).ok).toBe(true);
    const more = queueNotices(h, [4, 5]);
    sql(h, "DELETE FROM outbox WHERE id = ?", more[0]);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: `outbox:${more[0]}` });
    h.close();
  });
});

describe("a changed people.private_chat_id", () => {
  it("a committee member's chat pointed elsewhere: their digest is not sent there, and verify names the person", () => {
    const h = harness();
    h.store.tx(() => grantRole(h.store, { person: "console:carol", role: "committee", by: "console:admin", at: h.now.value }));
    h.say("carol", "/start");
    h.declare("alice", "gift");
    sql(h, "UPDATE people SET private_chat_id = 'mallory' WHERE id = 'console:carol'");
    queueScheduledDigest(h.store, h.app.config, h.now.value);
    expect(h.text("mallory", "/start")).not.toContain("Báo cáo");
    expect(listOutbox(h.store).filter((r) => r.chatId === "mallory")).toEqual([]);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: "person:console:carol" });
    h.close();
  });

  it("the person's own next private message restores their chat, and the reset is on the audit record", () => {
    const h = harness();
    h.say("carol", "/start");
    sql(h, "UPDATE people SET private_chat_id = 'mallory' WHERE id = 'console:carol'");
    h.say("carol", "/start");
    expect(verifyAudit(h.store).ok).toBe(true);
    expect(listAudit(h.store).map((e) => e.action)).toContain("person.reset");
    h.close();
  });
});

describe("a committee role written by SQL", () => {
  it("gives no committee access and receives no digest", () => {
    const h = harness();
    h.declare("alice", "gift");
    h.say("mallory", "/start");
    sql(
      h,
      "INSERT INTO roles (person_id, role, granted_by, granted_at) VALUES ('console:mallory', 'committee', 'console:admin', '2026-01-01')",
    );
    expect(h.text("mallory", "/cho_duyet")).toContain("chỉ dành cho Ủy ban Kiểm tra");
    queueScheduledDigest(h.store, h.app.config, h.now.value);
    expect(listOutbox(h.store).filter((r) => r.personId === "console:mallory")).toEqual([]);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: "role:committee:console:mallory" });
    h.close();
  });
});

describe("a submission whose chat was changed by SQL", () => {
  it("is not decided, so no notice goes to the chat it now points to", () => {
    const h = harness();
    const s = h.declare("alice", "gift");
    sql(h, "UPDATE submissions SET chat_id = 'mallory' WHERE id = ?", s.id);
    expect(h.text("admin", `/quyet_dinh ${s.code} chap_nhan Giá trị nhỏ`)).toContain("không khớp nhật ký");
    expect(h.text("mallory", "/start")).not.toContain(s.code);
    expect(listOutbox(h.store).filter((r) => r.chatId === "mallory")).toEqual([]);
    h.close();
  });
});

describe("a submission whose answers were swapped by SQL", () => {
  it("is shown to the reviewer with a warning that it does not match the record", () => {
    const h = harness();
    const a = h.declare("alice", "gift", { note: "Một hộp trà" });
    h.declare("bob", "gift", { note: "Phong bì 5 triệu" });
    expect(h.text("admin", `/xem ${a.code}`)).not.toContain("không khớp nhật ký");
    sql(h, "UPDATE submissions SET answers_enc = (SELECT answers_enc FROM submissions WHERE id != ?) WHERE id = ?", a.id, a.id);
    const view = h.text("admin", `/xem ${a.code}`);
    expect(view).toContain("Phong bì 5 triệu");
    expect(view.split("\n")[0]).toContain("không khớp nhật ký");
    h.close();
  });
});

describe("a delivered notice set back to pending", () => {
  it("is not sent a second time, and verify names it", async () => {
    const h = harness();
    const id = h.store.tx(() =>
      enqueue(h.store, {
        personId: "telegram:100",
        channel: "telegram",
        chatId: "100",
        kind: "decision",
        replies: [{ text: "Quyết định" }],
        at: h.now.value,
      }),
    );
    const tg = platform();
    const sender = startOutboxSender({ store: h.store, channels: [tg.channel], log: createLogger("silent"), intervalMs: 60_000 });
    await sender.flush();
    expect(verifyAudit(h.store).ok).toBe(true);
    sql(h, "UPDATE outbox SET status = 'pending', next_attempt_at = '2000-01-01' WHERE id = ?", id);
    await sender.flush();
    sender.stop();
    expect(tg.sent).toHaveLength(1);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: `outbox:${id}` });
    h.close();
  });
});

describe("a changed count of parts already sent", () => {
  // A channel on which each reply is one part, and part 3 fails on the first try.
  function partPlatform() {
    const sent: string[] = [];
    let failed = false;
    const channel: RunningChannel = {
      name: "telegram",
      send: (_chatId, replies, progress) =>
        sendParts(
          replies,
          async (r) => {
            if (r.text === "part 3" && !failed) {
              failed = true;
              throw new PlatformError("Bad Gateway", true);
            }
            sent.push(r.text);
          },
          progress,
        ),
      stop: async () => {},
    };
    return { channel, sent };
  }
  const fiveParts = [1, 2, 3, 4, 5].map((i) => ({ text: `part ${i}` }));

  /** Queues one five-part digest for telegram:100. */
  function queueFiveParts(h: ReturnType<typeof harness>): number {
    return h.store.tx(() =>
      enqueue(h.store, {
        personId: "telegram:100",
        channel: "telegram",
        chatId: "100",
        kind: "digest",
        replies: fiveParts,
        at: h.now.value,
      }),
    );
  }

  /** A sender's first round: parts 1 and 2 go out, part 3 fails. `later()` moves its clock past the retry. */
  async function startAndSendTwo(h: ReturnType<typeof harness>) {
    const p = partPlatform();
    let now = new Date(h.now.value.getTime());
    const sender = startOutboxSender({
      store: h.store,
      channels: [p.channel],
      log: createLogger("silent"),
      intervalMs: 60_000,
      clock: () => now,
    });
    await sender.flush();
    expect(p.sent).toEqual(["part 1", "part 2"]);
    const later = () => {
      now = new Date(now.getTime() + 3_600_000);
    };
    return { p, sender, later };
  }

  it("resumes where the bot recorded it, and verify passes at every step", async () => {
    const h = harness();
    queueFiveParts(h);
    const { p, sender, later } = await startAndSendTwo(h);
    expect(verifyAudit(h.store).ok).toBe(true);
    later();
    await sender.flush();
    await sender.stop();
    expect(p.sent).toEqual(["part 1", "part 2", "part 3", "part 4", "part 5"]);
    expect(verifyAudit(h.store).ok).toBe(true);
    h.close();
  });

  it.each([
    ["skips ahead", 4],
    ["goes back", 1],
    ["is negative", -1],
  ])("when SQL sets it so that it %s, the row is withheld and verify names it", async (_what, count) => {
    const h = harness();
    const id = queueFiveParts(h);
    const { p, sender, later } = await startAndSendTwo(h);
    // The CHECK refuses a negative count outright; any other change breaks the row's MAC.
    if (count < 0) {
      expect(() => sql(h, "UPDATE outbox SET parts_sent = ? WHERE id = ?", count, id)).toThrow(/CHECK/);
      await sender.stop();
      h.close();
      return;
    }
    sql(h, "UPDATE outbox SET parts_sent = ? WHERE id = ?", count, id);
    expect(verifyAudit(h.store)).toMatchObject({ ok: false, subject: `outbox:${id}` });
    later();
    await sender.flush();
    await sender.stop();
    expect(p.sent).toEqual(["part 1", "part 2"]);
    expect(listOutbox(h.store)[0]).toMatchObject({ status: "failed", lastError: expect.stringContaining("MAC") });
    h.close();
  });
});
