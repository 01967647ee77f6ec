import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPerson } from "../../storage/people.js";
import { emulatorForFile, startTelegramBed, type TelegramBed, type TestBot } from "../support/telegram-bot.js";
import { TelegramUser, TEST_TOKEN } from "../support/telegram-emulator.js";

// Webhook mode: updates are POSTed to the bot's own HTTP server (the emulator sends no secret
// header), replies still go to the emulator's sendMessage and are read from its storage.

const SECRET = "webhook_secret_for_tests_0123456789";

const emu = emulatorForFile();
let bed: TelegramBed;
let base: string;
let bot: TestBot;

beforeEach(async () => {
  bed = await startTelegramBed(emu.current, { webhook: { secret: SECRET, path: "/telegram/hook" } });
  base = bed.base!;
  bot = bed.bot;
});
afterEach(async () => {
  await bed.close();
});

function person(secret: string | null = SECRET): TelegramUser {
  return bed.person({ firstName: "Trần", lastName: "Thị Bình", webhook: { url: `${base}/telegram/hook`, secret: secret ?? undefined } });
}

describe("Telegram by webhook", () => {
  it("registers the webhook with its secret and reports itself on /healthz", async () => {
    const hooks = (emu.current.server as unknown as { webhooks: Record<string, { url: string; secret_token?: string }> }).webhooks;
    expect(hooks[TEST_TOKEN]).toMatchObject({ url: `${base}/telegram/hook`, secret_token: SECRET });
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { channels: string[] }).channels).toContain("telegram");
  });

  it("answers /start and a question posted to the webhook", async () => {
    const binh = person();
    const [hello] = await binh.say("/start");
    expect(hello!.text).toContain("Chào đồng chí Trần Thị Bình");
    const [answer] = await binh.say("thành viên đoàn kiểm tra có được nhận quà không?");
    expect(answer!.text).toMatch(/Mục II\.\d/);
  });

  it("refuses a wrong or missing secret with 401 and processes nothing", async () => {
    for (const secret of ["wrong_secret_wrong_secret_wrong", null]) {
      const intruder = person(secret);
      expect(await intruder.deliver(intruder.messageUpdate("/start"))).toBe(401);
      expect(getPerson(bot.app.store, `telegram:${intruder.opts.userId}`)).toBeUndefined();
      // The same person with the right secret gets exactly one reply: nothing was queued before.
      const same = new TelegramUser(emu.current, TEST_TOKEN, {
        ...intruder.opts,
        webhook: { url: `${base}/telegram/hook`, secret: SECRET },
      });
      expect(await same.say("/help")).toHaveLength(1);
      expect(intruder.all()).toHaveLength(1);
    }
  });

  it("rejects a body that is not an update", async () => {
    const post = (body: string) =>
      fetch(`${base}/telegram/hook`, { method: "POST", headers: { "x-telegram-bot-api-secret-token": SECRET }, body });
    expect((await post("not json")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 1 }))).status).toBe(400);
  });

  it("handles a redelivered update once", async () => {
    const binh = person();
    const update = binh.messageUpdate("/help");
    expect(await binh.deliver(update)).toBe(200);
    expect(await binh.deliver(update)).toBe(200);
    const replies = await binh.replies({ quietMs: 300 });
    expect(replies).toHaveLength(1);
  });

  it("keeps each chat's updates in order", async () => {
    const binh = person();
    // The webhook answers 200 before handling, so the second POST lands while the first
    // (a slower knowledge-base question) may still be in hand.
    expect(await binh.deliver(binh.messageUpdate("thành viên đoàn kiểm tra có được nhận quà không?"))).toBe(200);
    expect(await binh.deliver(binh.messageUpdate("/help"))).toBe(200);
    const replies = await binh.replies({ min: 2 });
    expect(replies[0]!.text).toMatch(/Mục II\./);
    expect(replies[1]!.text).toContain("Hướng dẫn sử dụng");
  });

  it("answers 503 once stopped, so Telegram redelivers later", async () => {
    await bot.channel.stop();
    const binh = person();
    expect(await binh.deliver(binh.messageUpdate("/start"))).toBe(503);
  });
});
