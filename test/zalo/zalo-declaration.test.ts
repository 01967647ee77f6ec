import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { startZaloBed, type ZaloBed } from "./helpers.js";

// A conflict-of-interest declaration over Zalo by long polling: no buttons, so every choice is
// answered by typing its number or its words (without diacritics, as people type on a phone).

let bed: ZaloBed;
let fake: FakeZalo;

beforeEach(async () => {
  bed = await startZaloBed();
  ({ fake } = bed);
});
afterEach(() => bed.close());

/** Sends one message as the declarant and returns the bot's messages for that turn. */
async function say(text: string, messageId?: string): Promise<string[]> {
  return deliver(zaloUpdate({ userId: "zu1", text, name: "Lê Văn C", messageId }));
}
async function deliver(update: Record<string, unknown>): Promise<string[]> {
  const before = fake.sent.length;
  fake.pushUpdate(update);
  await fake.waitIdle();
  const mine = fake.sent.slice(before);
  for (const m of mine) expect(m.chat_id).toBe("zu1");
  return mine.map((m) => m.text);
}
const last = (msgs: string[]) => msgs.at(-1) ?? "";

describe("conflict-of-interest declaration on Zalo", () => {
  it("is completed with numbers and words, gets a receipt code and shows in /cua_toi", async () => {
    const intro = await say("/khaibao_xungdot");
    const step1 = last(intro);
    expect(step1).toContain("Bước 1/");
    expect(step1).toContain("1. Thành viên đoàn");
    expect(step1).toMatch(/Trả lời bằng số \(1–\d\) hoặc gõ nội dung\./);

    expect(last(await say("1"))).toContain("Bước 2/");
    expect(last(await say("Đoàn kiểm tra theo Quyết định 12-QĐ/UBKT"))).toContain("Bước 3/");
    const step4 = last(await say("Đảng ủy xã A"));
    expect(step4).toContain("Bước 4/");
    expect(step4).toContain("1. Quan hệ gia đình với đối tượng kiểm tra");

    // A sticker mid-dialog: the person is asked to type, and the same step is asked again.
    const afterSticker = await deliver(zaloUpdate({ userId: "zu1", kind: "sticker" }));
    expect(afterSticker[0]).toContain("gõ chữ");
    expect(last(afterSticker)).toBe(step4);

    // Words without diacritics pick the options.
    const relation = last(await say("gia dinh doi tuong"));
    expect(relation).toContain("Bước 5/");
    expect(relation).toContain("1. Vợ/chồng");
    expect(last(await say("vo chong"))).toContain("Bước 6/");
    expect(last(await say("Nguyễn Thị D, Phó Chủ tịch UBND xã A"))).toContain("Bước 7/");
    expect(last(await say("khong"))).toContain("Bước 8/");
    const summary = last(await say("bo qua"));
    expect(summary).toContain("Vai trò: Thành viên đoàn");
    expect(summary).toContain("Quan hệ: Vợ/chồng");
    expect(summary).toContain("Đề nghị rút khỏi đoàn: Không, vẫn tham gia đoàn");
    expect(summary).toContain("1. Xác nhận gửi");

    // Confirmed by its words; Zalo then delivers the same message again, which changes nothing.
    const receipt = last(await say("xac nhan gui", "confirm-1"));
    const code = /XD-[0-9A-Z-]+/.exec(receipt)?.[0];
    expect(code).toBeDefined();
    expect(await say("xac nhan gui", "confirm-1")).toEqual([]);

    const mine = last(await say("/cua_toi"));
    expect(mine).toContain(code!);
    expect(mine.match(/XD-/g)).toHaveLength(1);
    for (const m of fake.sent) expect(m.text.length).toBeLessThanOrEqual(2000);
  });
});
