import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../bot/log.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import type { Feature } from "../../handlers/feature.js";
import { verifyAudit } from "../../storage/audit.js";
import { listOutbox } from "../../storage/outbox.js";
import { startApiProxy, type ApiProxy } from "../support/api-proxy.js";
import { emulatorForFile, startTelegramBed, type TelegramBed } from "../support/telegram-bot.js";
import { waitFor } from "../support/telegram-emulator.js";

// Replies that could not be sent at once, on the real Telegram channel through a proxy in front of
// the emulator: they are not overtaken by later replies to the chat, and a long one resumes at the
// first part Telegram did not accept.

/** Five paragraphs of about 3,900 characters: five Telegram messages, "Phần 1." to "Phần 5.". */
const LONG_TEXT = [1, 2, 3, 4, 5].map((i) => `Phần ${i}. ${"nội dung dài ".repeat(300).trim()}`).join("\n\n");
const longFeature: Feature = { name: "long", commands: [{ name: "dai", run: () => [{ text: LONG_TEXT }] }], dialogs: [] };
// retry_after beyond the bot's 60 s ceiling: the call fails at once, as a passing failure.
const RATE_LIMITED = {
  status: 429,
  body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3600", parameters: { retry_after: 3600 } },
};

const emu = emulatorForFile();
let proxy: ApiProxy;
let bed: TelegramBed;
/** chat id → sendMessage calls to that chat still to let through before one fails. */
const failAfter = new Map<string, number>();

beforeAll(async () => {
  proxy = await startApiProxy(emu.current.apiRoot, (method, body) => {
    if (method !== "sendMessage") return "forward";
    const chat = String((JSON.parse(body) as { chat_id: number | string }).chat_id);
    const left = failAfter.get(chat);
    if (left === undefined) return "forward";
    if (left > 0) {
      failAfter.set(chat, left - 1);
      return "forward";
    }
    failAfter.delete(chat);
    return RATE_LIMITED;
  });
  bed = await startTelegramBed(emu.current, { apiRoot: proxy.apiRoot, features: [longFeature] });
});
afterAll(async () => {
  await bed.close();
  await proxy.close();
});

const store = () => bed.bot.app.store;
const pendingFor = (chat: number) => listOutbox(store()).filter((r) => r.chatId === String(chat) && r.status === "pending").length;
/**
 * Pending rows the channel has handed to the outbox sender. A reply's row exists from the update's
 * commit on, leased to the channel while it sends directly; only after the failure is it released.
 */
const handedOver = (chat: number) =>
  (
    store()
      .db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ? AND status = 'pending' AND lease_owner IS NULL")
      .get(String(chat)) as { n: number }
  ).n;
const flushOutbox = async () => {
  const sender = startOutboxSender({ store: store(), channels: [bed.bot.channel], log: createLogger("silent"), intervalMs: 60_000 });
  await sender.flush();
  await sender.stop();
};

describe("a Telegram reply deferred to the outbox", () => {
  it("is not overtaken by the reply to the next message in the chat", async () => {
    const an = bed.person();
    failAfter.set(String(an.opts.chatId), 0);
    await an.deliver(an.messageUpdate("/start"));
    await waitFor(() => handedOver(an.opts.chatId) === 1);
    await an.deliver(an.messageUpdate("/help"));
    await waitFor(() => handedOver(an.opts.chatId) === 2);
    expect(an.all()).toHaveLength(0);

    await flushOutbox();
    const got = await an.replies({ min: 2 });
    expect(got[0]!.text).toContain("Chào đồng chí");
    expect(got[1]!.text).toContain("Hướng dẫn");
    expect(pendingFor(an.opts.chatId)).toBe(0);
  });

  it("that was long and failed at its third part goes on from the third part", async () => {
    const an = bed.person();
    failAfter.set(String(an.opts.chatId), 2);
    await an.deliver(an.messageUpdate("/dai"));
    await waitFor(() => handedOver(an.opts.chatId) === 1);
    await flushOutbox();
    const got = await an.replies({ min: 5 });
    expect(got.map((m) => /^Phần \d/.exec(m.text)?.[0])).toEqual(["Phần 1", "Phần 2", "Phần 3", "Phần 4", "Phần 5"]);
    expect(verifyAudit(store()).ok).toBe(true);
  });
});
