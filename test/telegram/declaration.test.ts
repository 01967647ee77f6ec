import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listSubmissionsByDeclarant } from "../../storage/submissions.js";
import { emulatorForFile, startTelegramBed, type TelegramBed } from "../support/telegram-bot.js";
import { TelegramUser, TEST_TOKEN, type BotMessage } from "../support/telegram-emulator.js";

// A gift declaration end to end on Telegram: buttons pressed, answers typed, a receipt code,
// and /cua_toi listing it; by long polling and by webhook.

const SECRET = "declaration_webhook_secret_0123456789";
const GIVER = "Ông <b>Lê</b> & Co";
const GIFT = "Giỏ quà <b>Tết</b> & rượu";

const emu = emulatorForFile();

const last = (msgs: BotMessage[]) => msgs.at(-1)!.text;

/** Walks the gift dialog up to its summary; returns the summary message. */
async function fillGift(u: TelegramUser): Promise<BotMessage> {
  const intro = await u.say("/khaibao_qua", { min: 2 });
  expect(last(intro)).toContain("Bước 1/12");
  expect(intro.at(-1)!.buttons.map((b) => b.label)).toEqual(["Cá nhân", "Tổ chức"]);

  expect(last(await u.press("Cá nhân"))).toContain("Bước 2/12");
  // The pressed keyboard is gone: the step-1 buttons can no longer be pressed by mistake.
  expect(intro.at(-1) && u.all().find((m) => m.messageId === intro.at(-1)!.messageId)!.buttons).toEqual([]);

  expect(last(await u.say(GIVER))).toContain("Bước 3/12");
  expect(last(await u.say("Giám đốc công ty X"))).toContain("Bước 4/12");
  expect(last(await u.press("giverLink:inspected_subject"))).toContain("Bước 5/12");
  expect(last(await u.press("giftKind:goods"))).toContain("Bước 6/12");
  expect(last(await u.say(GIFT))).toContain("Bước 7/12");
  expect(last(await u.say("2tr5"))).toContain("Bước 8/12");
  expect(last(await u.say("15/01/2025"))).toContain("Bước 9/12");
  expect(last(await u.press("Đã nhận và đã trả lại"))).toContain("Bước 10/12");
  // Given back: when, and to whom (issue 10: "Đã trả lại" asks when and to whom).
  expect(last(await u.say("16/01/2025"))).toContain("Bước 11/12");
  expect(last(await u.say("Trả tận tay tại trụ sở công ty"))).toContain("Bước 12/12");
  const summary = (await u.say("bỏ qua")).at(-1)!;
  expect(summary.buttons.map((b) => b.label)).toContain("Xác nhận gửi");
  return summary;
}

function expectEscapedSummary(summary: BotMessage): void {
  // What the person typed comes back exactly, and as text, not as markup.
  expect(summary.text).toContain(GIVER);
  expect(summary.text).toContain(GIFT);
  expect(summary.html).toContain("Ông &lt;b&gt;Lê&lt;/b&gt; &amp; Co");
  expect(summary.html).toContain("Giỏ quà &lt;b&gt;Tết&lt;/b&gt; &amp; rượu");
  expect(summary.text).toContain("2.500.000 đồng");
  expect(summary.text).toContain("15/01/2025");
}

describe("gift declaration by long polling", () => {
  let bed: TelegramBed;
  beforeEach(async () => {
    bed = await startTelegramBed(emu.current);
  });
  afterEach(async () => {
    await bed.close();
  });

  it("is completed with buttons and typing, gets a receipt and shows in /cua_toi", async () => {
    const { bot } = bed;
    const u = bed.person({ firstName: "Phạm", lastName: "Minh" });
    const chat = u.opts.chatId;
    await u.say("/start");
    const summary = await fillGift(u);
    expectEscapedSummary(summary);

    const receipt = last(await u.press("Xác nhận gửi"));
    const code = /QT-[A-Z0-9-]+/.exec(receipt)?.[0];
    expect(code).toBeDefined();
    const mine = last(await u.say("/cua_toi"));
    expect(mine).toContain(code!);

    // A button from an old message reaches the engine, which answers it politely.
    const stale = await u.deliver(u.callbackUpdate("giverType:organization", summary.messageId)).then(() => u.replies());
    expect(stale[0]!.text).toMatch(/cũ/);
    expect(listSubmissionsByDeclarant(bot.app.store, `telegram:${chat}`)).toHaveLength(1);
    expect(bot.logs()).not.toContain("rượu");
  });
});

describe("gift declaration by webhook", () => {
  let bed: TelegramBed;
  beforeEach(async () => {
    bed = await startTelegramBed(emu.current, { webhook: { secret: SECRET, path: "/tg" } });
  });
  afterEach(async () => {
    await bed.close();
  });

  it("is completed once even when the confirming update is delivered twice", async () => {
    const { bot } = bed;
    const u = bed.person({ firstName: "Hoàng" });
    const chat = u.opts.chatId;
    const summary = await fillGift(u);
    expectEscapedSummary(summary);

    const confirm = u.callbackUpdate(summary.buttons.find((b) => b.label === "Xác nhận gửi")!.data, summary.messageId);
    expect(await u.deliver(confirm)).toBe(200);
    expect(await u.deliver(confirm)).toBe(200);
    const receipts = await u.replies({ quietMs: 300 });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.text).toMatch(/QT-/);
    expect(listSubmissionsByDeclarant(bot.app.store, `telegram:${chat}`)).toHaveLength(1);

    expect(last(await u.say("/cua_toi"))).toContain(/QT-[A-Z0-9-]+/.exec(receipts[0]!.text)![0]);
  });

  it("refuses a forged confirmation (wrong secret): nothing is stored", async () => {
    const { bot } = bed;
    const u = bed.person();
    const chat = u.opts.chatId;
    const summary = await fillGift(u);
    const forger = new TelegramUser(emu.current, TEST_TOKEN, {
      ...u.opts,
      webhook: { url: bed.hookUrl!, secret: "not_the_secret_not_the_secret" },
    });
    expect(await forger.deliver(forger.callbackUpdate(summary.buttons[0]!.data, summary.messageId))).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(listSubmissionsByDeclarant(bot.app.store, `telegram:${chat}`)).toHaveLength(0);
    expect(u.all().at(-1)!.messageId).toBe(summary.messageId);
  });
});
