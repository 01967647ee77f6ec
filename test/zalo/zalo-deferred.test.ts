import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import { listOutbox } from "../../storage/outbox.js";
import { zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { captureLogger, startZaloBed, type TestApp, type ZaloBed } from "./helpers.js";

// A reply whose send fails for a passing reason is not lost: it waits in the outbox and arrives.
let bed: ZaloBed;
let fake: FakeZalo;
let t: TestApp;
let channel: RunningChannel;

beforeEach(async () => {
  bed = await startZaloBed();
  ({ fake, t, channel } = bed);
});
afterEach(() => bed.close());

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
    expect(fake.sent.filter((m) => m.chat_id === "zq").map((m) => m.text).join("\n")).toContain("Chào đồng chí");
  });

  it("is not queued when Zalo refuses for good", async () => {
    fake.failNext("sendMessage", 200, { ok: false, error_code: 403, description: "Forbidden" }, 1);
    fake.pushUpdate(zaloUpdate({ userId: "zb", text: "/start" }));
    await fake.waitIdle();
    expect(listOutbox(t.app.store)).toHaveLength(0);
  });
});
