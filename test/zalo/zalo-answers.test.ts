import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { startZaloBed, type ZaloBed } from "./helpers.js";

// The knowledge base's three outcomes over Zalo, which has no buttons: a suggestion is a numbered
// list, and typing a number opens that section in full.

let bed: ZaloBed;
let fake: FakeZalo;

beforeEach(async () => {
  bed = await startZaloBed();
  ({ fake } = bed);
});
afterEach(() => bed.close());

async function say(text: string): Promise<string> {
  const before = fake.sent.length;
  fake.pushUpdate(zaloUpdate({ userId: "zu7", text, name: "Đỗ Thị E" }));
  await fake.waitIdle();
  return fake.sent
    .slice(before)
    .map((m) => m.text)
    .join("\n---\n");
}

describe("questions on Zalo", () => {
  it("answers, suggests with numbered options that open the passage, and refuses", async () => {
    expect(await say("Thành viên đoàn có được nhận quà của đối tượng kiểm tra không?")).toContain("Trích Mục II.4.3.1");

    const suggestion = await say("ngồi một chỗ quá lâu thì có bị điều đi nơi khác không");
    expect(suggestion).toMatch(/^Có thể đồng chí muốn hỏi:/);
    const options = [...suggestion.matchAll(/^(\d)\. Mục (\S+) – /gm)].map((m) => m[2]);
    expect(options.length).toBeGreaterThanOrEqual(2);
    const opened = await say("1");
    expect(opened).toContain(`📖 Mục ${options[0]} – `);
    expect(opened).toContain("Điều động hoặc chuyển đổi vị trí công tác");

    expect(await say("Thủ tục cấp lại thẻ bảo hiểm y tế")).toMatch(/^Nội dung này không có trong văn bản/);
  });
});
