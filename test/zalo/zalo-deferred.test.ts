import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import type { Feature } from "../../handlers/feature.js";
import { verifyAudit } from "../../storage/audit.js";
import { enqueue, listOutbox } from "../../storage/outbox.js";
import { zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { captureLogger, startZaloBed, type TestApp, type ZaloBed } from "./helpers.js";

// A reply whose send fails for a passing reason is not lost: it waits in the outbox and arrives,
// before any later reply to the same chat, and a long one resumes at the first part not sent.
let bed: ZaloBed;
let fake: FakeZalo;
let t: TestApp;
let channel: RunningChannel;

/** Five paragraphs of about 1,800 characters: five Zalo messages, "Phần 1." to "Phần 5.". */
const LONG_TEXT = [1, 2, 3, 4, 5].map((i) => `Phần ${i}. ${"nội dung dài ".repeat(140).trim()}`).join("\n\n");
const longFeature: Feature = { name: "long", commands: [{ name: "dai", run: () => [{ text: LONG_TEXT }] }], dialogs: [] };
const BAD_GATEWAY = { ok: false, error_code: 502, description: "Bad Gateway" };

beforeEach(async () => {
  bed = await startZaloBed({ features: [longFeature] });
  ({ fake, t, channel } = bed);
});
afterEach(() => bed.close());

const textsTo = (chat: string) => fake.sent.filter((m) => m.chat_id === chat).map((m) => m.text);
const partNames = (chat: string) => textsTo(chat).map((text) => /^Phần \d/.exec(text)?.[0] ?? text.slice(0, 20));

describe("a reply that could not be sent", () => {
  it("is queued when Zalo fails for a moment, and the outbox delivers it", async () => {
    fake.failNext("sendMessage", 502, { ok: false, error_code: 502, description: "Bad Gateway" }, 1);
    fake.pushUpdate(zaloUpdate({ userId: "zq", text: "/start" }));
    await fake.waitIdle();
    expect(fake.sent.filter((m) => m.chat_id === "zq")).toHaveLength(0);
    expect(listOutbox(t.app.store).map((r) => [r.chatId, r.kind, r.status])).toEqual([["zq", "reply", "pending"]]);

    const sender = startOutboxSender({ store: t.app.store, channels: [channel], log: captureLogger().log, intervalMs: 60_000 });
    await sender.flush();
    sender.stop();
    expect(
      fake.sent
        .filter((m) => m.chat_id === "zq")
        .map((m) => m.text)
        .join("\n"),
    ).toContain("Chào đồng chí");
  });

  it("is not queued when Zalo refuses for good", async () => {
    fake.failNext("sendMessage", 200, { ok: false, error_code: 403, description: "Forbidden" }, 1);
    fake.pushUpdate(zaloUpdate({ userId: "zb", text: "/start" }));
    await fake.waitIdle();
    // The row that held the reply is closed as failed: the sender never tries it.
    expect(listOutbox(t.app.store).map((r) => [r.chatId, r.status, r.attempts])).toEqual([["zb", "failed", 1]]);
  });

  it("is not overtaken: a later reply to the same chat waits behind it, other chats do not", async () => {
    fake.failNext("sendMessage", 502, BAD_GATEWAY, 1);
    fake.pushUpdate(zaloUpdate({ userId: "zq", text: "/start" }));
    await fake.waitIdle();
    fake.pushUpdate(zaloUpdate({ userId: "zq", text: "/help" }));
    fake.pushUpdate(zaloUpdate({ userId: "zo", text: "/help" }));
    await fake.waitIdle();
    // Zalo works again, but /help's answer must not reach zq before /start's.
    expect(textsTo("zq")).toEqual([]);
    expect(textsTo("zo").join("\n")).toContain("Hướng dẫn");
    t.app.held.flush();
    expect(listOutbox(t.app.store).map((r) => [r.chatId, r.kind, r.status])).toEqual([
      ["zq", "reply", "pending"],
      ["zq", "reply", "pending"],
      ["zo", "reply", "sent"],
    ]);

    const sender = startOutboxSender({ store: t.app.store, channels: [channel], log: captureLogger().log, intervalMs: 60_000 });
    await sender.flush();
    await sender.stop();
    const got = textsTo("zq");
    expect(got).toHaveLength(2);
    expect(got[0]).toContain("Chào đồng chí");
    expect(got[1]).toContain("Hướng dẫn");
    // Once the chat's queue is empty, replies go straight out again.
    fake.pushUpdate(zaloUpdate({ userId: "zq", text: "/help" }));
    await fake.waitIdle();
    expect(textsTo("zq")).toHaveLength(3);
    t.app.held.flush();
    expect(listOutbox(t.app.store).map((r) => r.status)).toEqual(["sent", "sent", "sent", "sent"]);
    expect(verifyAudit(t.app.store).ok).toBe(true);
  });

  it("that was long and failed at its third part is resumed from the third part, not from the start", async () => {
    fake.failNext("sendMessage", 502, BAD_GATEWAY, 1, 2);
    fake.pushUpdate(zaloUpdate({ userId: "zl", text: "/dai" }));
    await fake.waitIdle();
    expect(partNames("zl")).toEqual(["Phần 1", "Phần 2"]);
    expect(listOutbox(t.app.store).map((r) => [r.chatId, r.status])).toEqual([["zl", "pending"]]);

    const sender = startOutboxSender({ store: t.app.store, channels: [channel], log: captureLogger().log, intervalMs: 60_000 });
    await sender.flush();
    await sender.stop();
    expect(partNames("zl")).toEqual(["Phần 1", "Phần 2", "Phần 3", "Phần 4", "Phần 5"]);
    expect(verifyAudit(t.app.store).ok).toBe(true);
  });
});

describe("a long outbox message that failed part-way", () => {
  it("is resumed by the sender from the first part Zalo did not accept, and verify still passes", async () => {
    t.app.store.tx(() =>
      enqueue(t.app.store, { channel: "zalo", chatId: "zn", kind: "digest", replies: [{ text: LONG_TEXT }], at: new Date() }),
    );
    // Part 3 fails on the first try, part 5 on the second: each retry starts where the last stopped.
    fake.failNext("sendMessage", 502, BAD_GATEWAY, 1, 2);
    let now = new Date();
    const sender = startOutboxSender({
      store: t.app.store,
      channels: [channel],
      log: captureLogger().log,
      intervalMs: 60_000,
      clock: () => now,
      baseBackoffMs: 1000,
    });
    await sender.flush();
    expect(partNames("zn")).toEqual(["Phần 1", "Phần 2"]);
    expect(verifyAudit(t.app.store).ok).toBe(true);

    fake.failNext("sendMessage", 502, BAD_GATEWAY, 1, 2);
    now = new Date(now.getTime() + 60_000);
    await sender.flush();
    expect(partNames("zn")).toEqual(["Phần 1", "Phần 2", "Phần 3", "Phần 4"]);

    now = new Date(now.getTime() + 60_000);
    await sender.flush();
    await sender.stop();
    expect(partNames("zn")).toEqual(["Phần 1", "Phần 2", "Phần 3", "Phần 4", "Phần 5"]);
    expect(listOutbox(t.app.store).map((r) => [r.status, r.attempts])).toEqual([["sent", 3]]);
    expect(verifyAudit(t.app.store).ok).toBe(true);
  });
});
