import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPerson } from "../../storage/people.js";
import { emulatorForFile, startTelegramBed, type TelegramBed, type TestBot } from "../support/telegram-bot.js";
import { EMULATOR_BOT, TEST_TOKEN, type TelegramUser } from "../support/telegram-emulator.js";

// The real grammY bot long-polling the telegram-test-api emulator over loopback HTTP.

const emu = emulatorForFile();
let bed: TelegramBed;
let bot: TestBot;

beforeEach(async () => {
  bed = await startTelegramBed(emu.current);
  bot = bed.bot;
});
afterEach(async () => {
  await bed.close();
});

function person(type: "private" | "supergroup" = "private"): TelegramUser {
  return bed.person({ firstName: "Nguyễn", lastName: "Văn An", type });
}

describe("Telegram by long polling", () => {
  it("greets on /start by name and answers a question with the cited section", async () => {
    const an = person();
    const [hello] = await an.say("/start");
    expect(hello!.text).toContain("Chào đồng chí Nguyễn Văn An");
    const answer = await an.say("thành viên đoàn kiểm tra có được nhận quà không?");
    expect(answer).toHaveLength(1);
    expect(answer[0]!.text).toMatch(/Mục II\.\d/);
    expect(bot.app.store && getPerson(bot.app.store, `telegram:${an.opts.userId}`)?.displayName).toBe("Nguyễn Văn An");
  });

  it("asks for words when sent a sticker", async () => {
    const an = person();
    await an.deliver(
      an.messageUpdate(undefined, {
        sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false },
      }),
    );
    const [r] = await an.replies();
    expect(r!.text).toContain("gõ nội dung bằng chữ");
  });

  it("in a group answers only when addressed, and keeps declarations out of it", async () => {
    const g = person("supergroup");
    // Chatter first: the chat's updates are handled in order, so by the time the addressed
    // question is answered the chatter has been seen and ignored.
    await g.deliver(g.messageUpdate("hôm nay họp chi bộ lúc mấy giờ?"));
    const answered = await g.say(`/hoi@${EMULATOR_BOT.username} thành viên đoàn có được nhận quà không?`);
    expect(answered).toHaveLength(1);
    expect(answered[0]!.text).toMatch(/Mục II\./);

    const mention = await g.say(`@${EMULATOR_BOT.username} thành viên đoàn có được nhận quà không?`);
    expect(mention[0]!.text).toMatch(/Mục II\./);

    const refused = await g.say(`/khaibao_qua@${EMULATOR_BOT.username}`);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.text).toContain("chỉ làm trong tin nhắn riêng");

    // Neither a command for another bot nor plain chatter gets an answer; /help after them does.
    await g.deliver(g.messageUpdate("/hoi@OtherBot quà"));
    await g.deliver(g.messageUpdate("thế còn hoa thì sao?"));
    const help = await g.say("/help");
    expect(help).toHaveLength(1);
    expect(help[0]!.text).toContain("Hướng dẫn sử dụng");
    expect(g.all()).toHaveLength(4);
  });

  it("stops polling cleanly: after stop() nothing more is answered", async () => {
    const an = person();
    expect(await an.say("/help")).toHaveLength(1);
    await bot.stop();
    await an.deliver(an.messageUpdate("/start"));
    await new Promise((r) => setTimeout(r, 300));
    expect(an.all()).toHaveLength(1);
    // (Not asserted: whether the emulator marked it read. It ignores offsets, so a poll cut short
    // by stop() may still "consume" it; real Telegram would deliver it again to the next poller.)
    emu.current.server.storage.userMessages = [];
  });

  it("starts despite the emulator refusing setMyCommands, and never logs the token", async () => {
    const an = person();
    expect(await an.say("/help")).toHaveLength(1);
    expect(bot.logs()).toContain("setMyCommands failed");
    expect(bot.logs()).not.toContain(TEST_TOKEN.split(":")[1]);
  });

  it("delivers an outbox message with the same rendering: escaped HTML, split under 4096, keyboard last", async () => {
    const an = person();
    const paragraph = "Thông báo <b>kết quả</b> & hướng dẫn: đồng chí xem kỹ nội dung trích dẫn dưới đây. ".repeat(12).trim();
    const text = Array.from({ length: 6 }, (_, i) => `Phần ${i + 1}. ${paragraph}`).join("\n\n");
    expect(text.length).toBeGreaterThan(4096);
    await bot.channel.send(String(an.opts.chatId), [{ text, choices: [{ id: "ack", label: "Đã đọc" }] }]);
    const parts = await an.replies({ min: 2 });
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const p of parts) {
      expect(p.parseMode).toBe("HTML");
      expect(p.text.length).toBeLessThanOrEqual(4096);
      expect(p.text).toMatch(/^Phần \d\. /);
      expect(p.html).toContain("&lt;b&gt;kết quả&lt;/b&gt; &amp; hướng dẫn");
    }
    expect(parts.map((p) => p.text).join("\n\n")).toBe(text);
    expect(parts.slice(0, -1).every((p) => p.buttons.length === 0)).toBe(true);
    expect(parts.at(-1)!.buttons).toEqual([{ label: "Đã đọc", data: "ack" }]);

    // Pressing the button reaches the handlers as a choice, and the pressed keyboard disappears.
    const answer = await an.press("Đã đọc");
    expect(answer).toHaveLength(1);
    expect(an.all().find((m) => m.messageId === parts.at(-1)!.messageId)!.buttons).toEqual([]);
  });
});
