import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelegramApiError } from "../../bot/channels/telegram.js";
import { startApiProxy, type ApiProxy } from "../support/api-proxy.js";
import { captureLogger } from "../support/capture-log.js";
import { freePort } from "../support/ports.js";
import { emulatorForFile, startTelegramBed, startTestBot, type TelegramBed, type TestBot } from "../support/telegram-bot.js";
import { TEST_TOKEN } from "../support/telegram-emulator.js";

// Rate limits and network failures between the bot and the Bot API, through a proxy in front of
// the emulator.

const TOKEN_SECRET_PART = TEST_TOKEN.split(":")[1]!;
const RATE_LIMITED_CHAT = 7001;
const BROKEN_CHAT = 7002;

const emu = emulatorForFile();
let proxy: ApiProxy;
let bed: TelegramBed;
let bot: TestBot;
let limited = false;

beforeAll(async () => {
  proxy = await startApiProxy(emu.current.apiRoot, (method, body) => {
    if (method !== "sendMessage") return "forward";
    const chatId = (JSON.parse(body) as { chat_id: number | string }).chat_id;
    if (String(chatId) === String(BROKEN_CHAT)) return "drop";
    if (String(chatId) === String(RATE_LIMITED_CHAT) && !limited) {
      limited = true;
      return {
        status: 429,
        body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
      };
    }
    return "forward";
  });
  bed = await startTelegramBed(emu.current, { apiRoot: proxy.apiRoot });
  bot = bed.bot;
});
afterAll(async () => {
  await bed.close();
  await proxy.close();
});

describe("Telegram calls under rate limits and failures", () => {
  it("waits out a 429's retry_after and still delivers the reply", async () => {
    const an = bed.person({ chatId: RATE_LIMITED_CHAT, userId: RATE_LIMITED_CHAT });
    const [reply] = await an.say("/help");
    expect(reply!.text).toContain("Hướng dẫn sử dụng");
    const sends = proxy.calls.filter((c) => c.method === "sendMessage" && c.body.includes(String(RATE_LIMITED_CHAT)));
    expect(sends).toHaveLength(2);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("survives a chat it cannot reach: logs without the token or the text, keeps serving others", async () => {
    const broken = bed.person({ chatId: BROKEN_CHAT, userId: BROKEN_CHAT });
    await broken.deliver(broken.messageUpdate("/help"));
    const other = bed.person({ chatId: 7003, userId: 7003 });
    await new Promise((r) => setTimeout(r, 1500)); // two network retries, then give up
    expect(await other.say("/start")).toHaveLength(1);
    expect(bot.logs()).toContain("sending replies failed");
    expect(bot.logs()).not.toContain(TOKEN_SECRET_PART);
    expect(bot.logs()).not.toContain("Hướng dẫn");
    expect(broken.all()).toHaveLength(0);
  });

  it("rejects an outbox delivery that cannot be made, with an error free of the token", async () => {
    const err = await bot.channel.send(String(BROKEN_CHAT), [{ text: "Thông báo kết quả" }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TelegramApiError);
    expect((err as TelegramApiError).retryable).toBe(true);
    expect(String((err as Error).message)).not.toContain(TOKEN_SECRET_PART);
    expect(JSON.stringify(err)).not.toContain(TOKEN_SECRET_PART);
    expect(String((err as Error).stack)).not.toContain(TOKEN_SECRET_PART);
  });

  it("answers a pressed button's callback query before replying", async () => {
    const an = bed.person({ chatId: 7004, userId: 7004 });
    await bot.channel.send("7004", [{ text: "Có việc cần đồng chí xác nhận.", choices: [{ id: "ok", label: "Xác nhận" }] }]);
    await an.replies();
    const before = proxy.calls.length;
    await an.press("Xác nhận");
    const methods = proxy.calls.slice(before).map((c) => c.method);
    expect(methods).toContain("answerCallbackQuery");
    expect(methods.indexOf("answerCallbackQuery")).toBeLessThan(methods.indexOf("sendMessage"));
    expect(methods).toContain("editMessageReplyMarkup");
  });

  it("fails to start with a clear, token-free error when the token is refused", async () => {
    // (grammY's init retries network failures by itself until the API answers; a 401 is final.)
    const refusing = await startApiProxy(emu.current.apiRoot, () => ({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    }));
    try {
      const err = await startTestBot({ apiRoot: refusing.apiRoot }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TelegramApiError);
      expect((err as TelegramApiError).retryable).toBe(false);
      expect((err as Error).message).toContain("401 Unauthorized");
      expect(`${(err as Error).message} ${String((err as Error).stack)} ${JSON.stringify(err)}`).not.toContain(TOKEN_SECRET_PART);
    } finally {
      await refusing.close();
    }
  });

  it("says so when the API root cannot be reached, retries with backoff, then gives up with a token-free error", async () => {
    const capture = captureLogger();
    const started = Date.now();
    const err = await startTestBot({
      apiRoot: `http://127.0.0.1:${await freePort()}`,
      connectRetry: { initialMs: 100, maxMs: 200, giveUpAfterMs: 4500 },
      capture,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TelegramApiError);
    expect((err as TelegramApiError).retryable).toBe(true);
    expect((err as Error).message).toContain("getMe");
    expect(Date.now() - started).toBeLessThan(10_000);
    const retries = capture
      .output()
      .split("\n")
      .filter((l) => l.includes("Telegram API not reachable; retrying"));
    expect(retries.length).toBeGreaterThanOrEqual(2);
    expect(retries[0]).toContain("ECONNREFUSED");
    // Backoff: the announced wait grows.
    const waits = retries.map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(`${capture.output()} ${(err as Error).message} ${String((err as Error).stack)}`).not.toContain(TOKEN_SECRET_PART);
  });

  it("counts an API root that takes the connection but never answers as a failed try", async () => {
    const silent = createServer(() => {}); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const capture = captureLogger();
    try {
      const err = await startTestBot({
        apiRoot: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        connectRetry: { initialMs: 50, maxMs: 50, giveUpAfterMs: 1000, attemptTimeoutMs: 300 },
        capture,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TelegramApiError);
      expect(capture.output()).toContain("Telegram API not reachable; retrying");
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
    }
  });
});
