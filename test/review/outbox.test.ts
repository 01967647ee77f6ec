import { describe, expect, it } from "vitest";
import { sendParts, type RunningChannel } from "../../bot/channels/channel.js";
import { PlatformError } from "../../bot/channels/platform-error.js";
import { createLogger } from "../../bot/log.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import type { Reply } from "../../core/types.js";
import { openStore } from "../../storage/db.js";
import { enqueue, listOutbox } from "../../storage/outbox.js";
import { createSubmission } from "../../storage/submissions.js";
import { harness } from "./helpers.js";

const log = createLogger("silent");

/** A declaration made on Zalo (a submission's chat is audited: it cannot be changed afterwards). */
const zaloDeclaration = (h: ReturnType<typeof harness>, kind: "gift" | "conflict", chatId: string) =>
  h.store.tx(() =>
    createSubmission(h.store, {
      kind,
      declarant: `zalo:${chatId}`,
      channel: "zalo",
      chatId,
      answers: { note: "Nội dung khai" },
      at: h.now.value,
    }),
  );
const T0 = new Date("2026-03-01T00:00:00Z");

/** A platform that records what it accepted, and can be told to fail. */
function fakePlatform(name: "telegram" | "zalo" | "console", failTimes = 0) {
  const sent: { chatId: string; replies: Reply[] }[] = [];
  let failures = failTimes;
  const channel: RunningChannel = {
    name,
    async send(chatId, replies) {
      await new Promise((r) => setTimeout(r, 5));
      if (failures > 0) {
        failures--;
        const err = new Error("platform said no: secret text must not be stored") as Error & { status: number };
        err.status = 502;
        throw err;
      }
      sent.push({ chatId, replies });
    },
    stop: async () => {},
  };
  return { channel, sent };
}

describe("outbox", () => {
  it("a decision written before a crash is delivered exactly once by the next process", async () => {
    // Process 1: the decision and its notice commit together; it stops before anything is sent.
    const h = harness();
    const s = zaloDeclaration(h, "gift", "zchat");
    h.say("admin", `/quyet_dinh ${s.code} chap_nhan Giá trị nhỏ`);
    h.close();

    // Process 2: a new store on the same files and a sender with the platform.
    const store = openStore({ dataDir: h.dir });
    const zalo = fakePlatform("zalo");
    const sender = startOutboxSender({ store, channels: [zalo.channel], log, intervalMs: 60_000 });
    await sender.flush();
    expect(zalo.sent).toHaveLength(1);
    expect(zalo.sent[0]!.chatId).toBe("zchat");
    expect(zalo.sent[0]!.replies[0]!.text).toContain(s.code);
    await sender.flush();
    expect(zalo.sent).toHaveLength(1);
    expect(listOutbox(store).map((r) => [r.status, r.attempts])).toEqual([["sent", 1]]);
    sender.stop();
    store.close();
  });

  it("two senders on the same data never send a row twice (leases)", async () => {
    const h = harness();
    for (let i = 0; i < 20; i++)
      h.store.tx(() =>
        enqueue(h.store, { channel: "telegram", chatId: `c${i % 3}`, kind: "test", replies: [{ text: `m${i}` }], at: new Date() }),
      );
    const other = openStore({ dataDir: h.dir });
    const a = fakePlatform("telegram");
    const b = fakePlatform("telegram");
    const sa = startOutboxSender({ store: h.store, channels: [a.channel], log, intervalMs: 60_000, batchSize: 3 });
    const sb = startOutboxSender({ store: other, channels: [b.channel], log, intervalMs: 60_000, batchSize: 3 });
    await Promise.all([sa.flush(), sb.flush()]);
    const texts = [...a.sent, ...b.sent].flatMap((m) => m.replies.map((r) => r.text)).sort();
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
    // Each chat still reads its messages in order.
    for (const sent of [a.sent, b.sent]) {
      const byChat = new Map<string, number[]>();
      for (const m of sent) byChat.set(m.chatId, [...(byChat.get(m.chatId) ?? []), Number(m.replies[0]!.text.slice(1))]);
      for (const seq of byChat.values()) expect(seq).toEqual([...seq].sort((x, y) => x - y));
    }
    sa.stop();
    sb.stop();
    other.close();
    h.close();
  });

  it("a failed send is retried after a backoff, recording the attempt and an error without contents", async () => {
    const h = harness();
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "decision", replies: [{ text: "first" }], at: T0 }));
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "decision", replies: [{ text: "second" }], at: T0 }));
    let now = new Date("2026-03-02T00:00:00Z");
    const tg = fakePlatform("telegram", 1);
    const sender = startOutboxSender({
      store: h.store,
      channels: [tg.channel],
      log,
      intervalMs: 60_000,
      clock: () => now,
      baseBackoffMs: 10_000,
    });
    await sender.flush();
    expect(tg.sent).toHaveLength(0);
    const failed = listOutbox(h.store);
    expect(failed.map((r) => [r.status, r.attempts])).toEqual([
      ["pending", 1],
      ["pending", 0],
    ]);
    expect(failed[0]!.lastError).toBe("Error 502");
    // Nothing is due before the backoff ends; then both go, in order.
    now = new Date(now.getTime() + 5_000);
    await sender.flush();
    expect(tg.sent).toHaveLength(0);
    now = new Date(now.getTime() + 10_000);
    await sender.flush();
    expect(tg.sent.map((m) => m.replies[0]!.text)).toEqual(["first", "second"]);
    expect(listOutbox(h.store).map((r) => r.status)).toEqual(["sent", "sent"]);
    sender.stop();
    h.close();
  });

  it("a message queued after a chat's failed one waits for it, even in a later round", async () => {
    const h = harness();
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "reply", replies: [{ text: "first" }], at: T0 }));
    let now = new Date("2026-03-02T00:00:00Z");
    const tg = fakePlatform("telegram", 1);
    const sender = startOutboxSender({
      store: h.store,
      channels: [tg.channel],
      log,
      intervalMs: 60_000,
      clock: () => now,
      baseBackoffMs: 10_000,
    });
    await sender.flush();
    expect(tg.sent).toHaveLength(0);
    // Queued while "first" waits for its retry: due at once, but it must not overtake it.
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "reply", replies: [{ text: "second" }], at: now }));
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "2", kind: "reply", replies: [{ text: "other chat" }], at: now }));
    now = new Date(now.getTime() + 1_000);
    await sender.flush();
    expect(tg.sent.map((m) => m.replies[0]!.text)).toEqual(["other chat"]);
    now = new Date(now.getTime() + 10_000);
    await sender.flush();
    expect(tg.sent.map((m) => m.replies[0]!.text)).toEqual(["other chat", "first", "second"]);
    await sender.stop();
    h.close();
  });

  it("gives up after the last attempt and leaves rows of channels it does not run alone", async () => {
    const h = harness();
    h.store.tx(() => enqueue(h.store, { channel: "zalo", chatId: "z", kind: "digest", replies: [{ text: "x" }], at: T0 }));
    h.store.tx(() => enqueue(h.store, { channel: "console", chatId: "alice", kind: "digest", replies: [{ text: "y" }], at: T0 }));
    let now = new Date("2026-03-02T00:00:00Z");
    const zalo = fakePlatform("zalo", 99);
    const sender = startOutboxSender({
      store: h.store,
      channels: [zalo.channel],
      log,
      clock: () => now,
      maxAttempts: 3,
      baseBackoffMs: 1000,
      intervalMs: 60_000,
    });
    for (let i = 0; i < 4; i++) {
      await sender.flush();
      now = new Date(now.getTime() + 3_600_000);
    }
    expect(listOutbox(h.store).map((r) => [r.channel, r.status, r.attempts])).toEqual([
      ["zalo", "failed", 3],
      ["console", "pending", 0],
    ]);
    sender.stop();
    h.close();
  });

  it("does not retry a final refusal (the person blocked the bot), but does retry a passing failure", async () => {
    const h = harness();
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "blocked", kind: "decision", replies: [{ text: "x" }], at: T0 }));
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "flaky", kind: "decision", replies: [{ text: "y" }], at: T0 }));
    const now = new Date("2026-03-02T00:00:00Z");
    const channel: RunningChannel = {
      name: "telegram",
      async send(chatId) {
        throw new PlatformError("refused", chatId !== "blocked");
      },
      stop: async () => {},
    };
    const sender = startOutboxSender({ store: h.store, channels: [channel], log, clock: () => now, maxAttempts: 5, intervalMs: 60_000 });
    await sender.flush();
    expect(listOutbox(h.store).map((r) => [r.chatId, r.status, r.attempts])).toEqual([
      ["blocked", "failed", 1],
      ["flaky", "pending", 1],
    ]);
    sender.stop();
    h.close();
  });
});

describe("outbox through the real Zalo channel (fake Zalo server on loopback)", () => {
  it("after a crash, the notice goes out once; a failed platform call is retried and then succeeds", async () => {
    const { startFakeZalo, FAKE_TOKEN } = await import("../zalo/fake-zalo-server.js");
    const { startZalo } = await import("../../bot/channels/zalo.js");
    const { createApp } = await import("../../handlers/app.js");
    const { loadKnowledgeBase } = await import("../../knowledge/index.js");

    const h = harness();
    const s = zaloDeclaration(h, "conflict", "zalo-alice");
    h.say("admin", `/quyet_dinh ${s.code} khong_tham_gia Anh trai là đối tượng kiểm tra.`);
    h.close(); // the crash: nothing was sent

    const fake = await startFakeZalo();
    const store = openStore({ dataDir: h.dir });
    const app = createApp({ store, kb: loadKnowledgeBase(), config: { adminIds: [], reviewDueDays: 5 } });
    const zalo = await startZalo({ token: FAKE_TOKEN, apiRoot: fake.apiRoot, app, log, pollTimeoutSeconds: 1 });
    let now = new Date();
    const sender = startOutboxSender({ store, channels: [zalo], log, intervalMs: 60_000, clock: () => now, baseBackoffMs: 1000 });
    try {
      fake.failNext("sendMessage", 500, { ok: false, error_code: 500, description: "down" }, 1);
      await sender.flush();
      expect(fake.sent).toHaveLength(0);
      expect(listOutbox(store)[0]).toMatchObject({ status: "pending", attempts: 1 });
      now = new Date(now.getTime() + 2000);
      await sender.flush();
      await sender.flush();
      expect(fake.sent).toHaveLength(1);
      expect(fake.sent[0]!.chat_id).toBe("zalo-alice");
      expect(fake.sent[0]!.text).toContain(s.code);
      expect(listOutbox(store)[0]).toMatchObject({ status: "sent", attempts: 2 });
    } finally {
      sender.stop();
      await zalo.stop();
      await fake.close();
      store.close();
    }
  });
});

describe("outbox lease after a sender crash", () => {
  it("a row claimed by a sender that died before confirming is sent again once its lease ends (at-least-once)", async () => {
    const h = harness();
    const { claimDue } = await import("../../storage/outbox.js");
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "decision", replies: [{ text: "once" }], at: T0 }));
    let now = new Date("2026-03-02T00:00:00Z");
    claimDue(h.store, { channels: ["telegram"], owner: "dead", now, leaseUntil: new Date(now.getTime() + 60_000), limit: 10 });
    const tg = fakePlatform("telegram");
    const sender = startOutboxSender({ store: h.store, channels: [tg.channel], log, intervalMs: 60_000, clock: () => now });
    await sender.flush();
    expect(tg.sent).toHaveLength(0);
    now = new Date(now.getTime() + 61_000);
    await sender.flush();
    await sender.flush();
    expect(tg.sent.map((m) => m.replies[0]!.text)).toEqual(["once"]);
    sender.stop();
    h.close();
  });

  it("a sender that dies part-way through a long message: the next one sends only the parts not recorded", async () => {
    const h = harness();
    const { claimDue, recordProgress } = await import("../../storage/outbox.js");
    const parts = [1, 2, 3, 4].map((i) => ({ text: `part ${i}` }));
    h.store.tx(() => enqueue(h.store, { channel: "telegram", chatId: "1", kind: "digest", replies: parts, at: T0 }));
    let now = new Date("2026-03-02T00:00:00Z");
    const [m] = claimDue(h.store, { channels: ["telegram"], owner: "dead", now, leaseUntil: new Date(now.getTime() + 60_000), limit: 10 });
    // Two parts accepted; each record renews the lease, so the row stays the dying sender's meanwhile.
    expect(h.store.tx(() => recordProgress(h.store, m!.id, "dead", 1, new Date(now.getTime() + 60_000)))).toBe(true);
    now = new Date(now.getTime() + 50_000);
    expect(h.store.tx(() => recordProgress(h.store, m!.id, "dead", 2, new Date(now.getTime() + 60_000)))).toBe(true);
    // Not by another owner, and never backwards.
    expect(h.store.tx(() => recordProgress(h.store, m!.id, "other", 3, now))).toBe(false);
    expect(h.store.tx(() => recordProgress(h.store, m!.id, "dead", 2, now))).toBe(false);
    const sent: string[] = [];
    const channel: RunningChannel = {
      name: "telegram",
      send: (_chatId, replies, progress) => sendParts(replies, async (r) => void sent.push(r.text), progress),
      stop: async () => {},
    };
    const sender = startOutboxSender({ store: h.store, channels: [channel], log, intervalMs: 60_000, clock: () => now });
    now = new Date(now.getTime() + 30_000); // past the first lease, inside the renewed one
    await sender.flush();
    expect(sent).toEqual([]);
    now = new Date(now.getTime() + 31_000);
    await sender.flush();
    expect(sent).toEqual(["part 3", "part 4"]);
    expect(listOutbox(h.store).map((r) => r.status)).toEqual(["sent"]);
    await sender.stop();
    h.close();
  });
});
