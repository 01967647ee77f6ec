import { MEMBER_HELP } from "../support/help.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startZalo, type ZaloOptions } from "../../bot/channels/zalo.js";
import { vi as texts } from "../../handlers/texts/vi.js";
import { FAKE_TOKEN, startFakeZalo, zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { captureLogger, makeApp, sleep, until, type TestApp } from "./helpers.js";

// The Zalo channel in polling mode against the fake Bot API over real HTTP, with a real SQLite file.

let fake: FakeZalo;
let t: TestApp;
let logs: ReturnType<typeof captureLogger>;
let channel: RunningChannel | undefined;

const start = async (extra: Partial<ZaloOptions> = {}) => {
  channel = await startZalo({ token: FAKE_TOKEN, apiRoot: fake.apiRoot, app: t.app, log: logs.log, pollTimeoutSeconds: 1, ...extra });
  return channel;
};

beforeEach(async () => {
  fake = await startFakeZalo();
  t = makeApp();
  logs = captureLogger();
  channel = undefined;
});

afterEach(async () => {
  await channel?.stop();
  await fake.close();
  t.cleanup();
});

describe("Zalo polling", () => {
  it("answers text and asks for text when a sticker arrives, in order", async () => {
    await start();
    fake.pushUpdate(zaloUpdate({ userId: "u1", text: "/start", name: "Trần Thị B" }));
    fake.pushUpdate(zaloUpdate({ userId: "u1", kind: "sticker" }));
    const sent = await fake.waitForSent(2);
    expect(sent[0]).toEqual({ chat_id: "u1", text: texts.common.start("Trần Thị B") });
    expect(sent[1]!.chat_id).toBe("u1");
    expect(sent[1]!.text).toContain("gõ nội dung bằng chữ");
    // It told Zalo to drop any old webhook before polling, and polls with a string timeout.
    expect(fake.requests.some((r) => r.method === "deleteWebhook")).toBe(true);
    expect(fake.requests.find((r) => r.method === "getUpdates")?.body).toEqual({ timeout: "1" });
  });

  it("drops a repeated delivery of the same message", async () => {
    await start();
    const u = zaloUpdate({ userId: "u1", text: "/help", messageId: "dup-1" });
    fake.pushUpdate(u);
    fake.pushUpdate(u);
    fake.pushUpdate(zaloUpdate({ userId: "u1", text: "/start" }));
    const sent = await fake.waitForSent(2);
    await sleep(150);
    expect(fake.sent.map((s) => s.text)).toEqual([MEMBER_HELP, sent[1]!.text]);
    expect(sent[1]!.text).toBe(texts.common.start("Nguyễn Văn A"));
  });

  it("takes a poll result holding several updates in order, and drops one of unknown shape", async () => {
    await start();
    fake.pushUpdate([
      zaloUpdate({ userId: "u1", text: "/help" }),
      { event_name: "message.text.received" },
      zaloUpdate({ userId: "u1", text: "/start" }),
    ]);
    const sent = await fake.waitForSent(2);
    expect(sent.map((s) => s.text)).toEqual([MEMBER_HELP, texts.common.start("Nguyễn Văn A")]);
    await until(() => logs.text().includes("unknown shape"), 2000, "the drop log");
  });

  it("in a group, stays silent unless called by command or by name", async () => {
    await start();
    const g = (text: string) => zaloUpdate({ chatId: "grp", userId: "u7", chatType: "GROUP", text });
    fake.pushUpdate(g("mọi người họp lúc mấy giờ?"));
    fake.pushUpdate(zaloUpdate({ chatId: "grp", userId: "u7", chatType: "GROUP", kind: "sticker" }));
    fake.pushUpdate(g("/help"));
    const sent = await fake.waitForSent(1);
    await sleep(150);
    expect(fake.sent).toEqual([{ chat_id: "grp", text: MEMBER_HELP }]);
    expect(sent).toHaveLength(1);
  });

  it("does not keep other people waiting while one chat's reply is slow to send, and keeps that chat's order", async () => {
    await start();
    fake.delaySendsTo("slow", 400);
    fake.pushUpdate(zaloUpdate({ userId: "slow", text: "/start" }));
    fake.pushUpdate(zaloUpdate({ userId: "slow", text: "/help" }));
    fake.pushUpdate(zaloUpdate({ userId: "quick", text: "/help" }));
    const first = await fake.waitForSent(1, 2000);
    expect(first[0]!.chat_id).toBe("quick");
    await fake.waitForSent(3, 3000);
    expect(fake.sent.filter((s) => s.chat_id === "slow").map((s) => s.text)).toEqual([texts.common.start("Nguyễn Văn A"), MEMBER_HELP]);
  });

  it("sends a 4,000-character reply as ordered parts within 2000 characters", async () => {
    const ch = await start();
    const sentence = (i: number) =>
      `Đoạn ${i}: thành viên đoàn kiểm tra phải giữ gìn sự khách quan, không nhận quà tặng của đối tượng kiểm tra.`;
    // A paragraph break after every fifth sentence, single spaces otherwise.
    const text = Array.from({ length: 40 }, (_, i) => sentence(i) + (i % 5 === 4 ? "\n\n" : " "))
      .join("")
      .trim();
    expect(text.length).toBeGreaterThanOrEqual(4000);
    await ch.send("u9", [{ text }]);
    expect(fake.sent.length).toBeGreaterThanOrEqual(3);
    for (const m of fake.sent) {
      expect(m.chat_id).toBe("u9");
      expect(m.text.length).toBeLessThanOrEqual(2000);
    }
    const squash = (s: string) => s.replace(/\s+/g, "");
    expect(squash(fake.sent.map((m) => m.text).join(""))).toBe(squash(text));
    // Ordered: the paragraph numbers only ever go up across parts.
    const numbers = fake.sent.flatMap((m) => [...m.text.matchAll(/Đoạn (\d+):/g)].map((x) => Number(x[1])));
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it("stops cleanly: stop() aborts the waiting poll at once and nothing is requested afterwards", async () => {
    await fake.close();
    fake = await startFakeZalo({ emptyWaitMs: 20_000 }); // a poll that would hang for 20 s
    const ch = await start({ pollTimeoutSeconds: 30 });
    await until(() => fake.requests.some((r) => r.method === "getUpdates"), 2000, "first poll");
    const began = Date.now();
    channel = undefined;
    await Promise.race([ch.stop(), sleep(2000).then(() => Promise.reject(new Error("stop() did not resolve")))]);
    expect(Date.now() - began).toBeLessThan(500);
    const count = fake.requests.length;
    await sleep(300);
    expect(fake.requests.length).toBe(count);
  });

  it("backs off after a failed poll, then recovers", async () => {
    fake.failNext("getUpdates", 502, { ok: false, error_code: 502, description: "Bad Gateway" });
    await start({ backoff: { initialMs: 400 } });
    fake.pushUpdate(zaloUpdate({ userId: "u1", text: "/help" }));
    await fake.waitForSent(1);
    const polls = fake.requests.filter((r) => r.method === "getUpdates");
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls[1]!.at - polls[0]!.at).toBeGreaterThanOrEqual(350);
    expect(logs.text()).toContain("getUpdates");
  });

  it("never logs the token when Zalo answers errors or cannot be reached, and send() rejects for the outbox", async () => {
    fake.failNext("sendMessage", 500, { ok: false, error_code: 500, description: "Internal error" });
    const ch = await start();
    fake.pushUpdate(zaloUpdate({ userId: "u1", text: "/help" }));
    await until(() => logs.text().includes("zalo reply not sent"), 5000, "the failure log");

    // The outbox path: send() rejects, and the error names the method and status but not the token.
    fake.failNext("sendMessage", 500, { ok: false, error_code: 500, description: "Internal error" });
    const err = await ch.send("u1", [{ text: "Thông báo" }]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain("sendMessage");
    expect(err!.message).toContain("500");
    expect(`${err!.message} ${err!.stack} ${JSON.stringify(err)}`).not.toContain(FAKE_TOKEN.split(":")[1]);
    await ch.stop();
    channel = undefined;

    // Zalo unreachable: getMe, deleteWebhook and getUpdates all fail at the network level.
    const deadRoot = fake.apiRoot;
    await fake.close();
    const ch2 = await startZalo({
      token: FAKE_TOKEN,
      apiRoot: deadRoot,
      app: t.app,
      log: logs.log,
      pollTimeoutSeconds: 1,
      backoff: { initialMs: 50 },
    });
    await until(() => (logs.text().match(/getUpdates failed/g) ?? []).length >= 2, 5000, "network failure logs");
    await ch2.stop();
    fake = await startFakeZalo(); // for afterEach

    const all = logs.text();
    expect(all).toContain('"status":500');
    expect(all).toContain('"errorCode":500');
    expect(all).toContain('"reason":"network"');
    expect(all).not.toContain(FAKE_TOKEN);
    expect(all).not.toContain(FAKE_TOKEN.split(":")[1]);
    expect(all).not.toContain("/bot");
  });
});
