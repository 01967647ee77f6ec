import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { zaloUpdate, type FakeZalo } from "./fake-zalo-server.js";
import { startZaloBed, type ZaloBed } from "./helpers.js";

// Questions over Zalo, where there are no buttons: suggestions and the table of contents are
// numbered lines, and a typed number opens the passage.

let bed: ZaloBed;
let fake: FakeZalo;
beforeEach(async () => {
  bed = await startZaloBed();
  ({ fake } = bed);
});
afterEach(() => bed.close());

async function say(text: string): Promise<string> {
  const before = fake.sent.length;
  fake.pushUpdate(zaloUpdate({ userId: "zq", text, name: "Phạm Thị Q" }));
  await fake.waitIdle();
  return fake.sent
    .slice(before)
    .map((m) => m.text)
    .join("\n");
}

describe("questions on Zalo", () => {
  it("a suggestion is a numbered line, and its number opens the passage", async () => {
    const offered = await say("trách nhiệm");
    expect(offered).toContain("Có thể đồng chí muốn hỏi");
    const first = /1\. Mục ([IVX]+(?:\.\d+)*)/.exec(offered);
    expect(first).not.toBeNull();
    expect(await say("1")).toContain(first![1]!);
  });

  it("a typed section id shows that section; /muc_luc lists sections to open by number", async () => {
    expect(await say("Mục II.4.3.1")).toContain("II.4.3.1");
    const toc = await say("/muc_luc");
    const line = toc.split("\n").find((l) => l.includes("II.4.3.1."));
    expect(line).toBeDefined();
    const n = /^\s*(\d+)\./.exec(line!)![1]!;
    expect(await say(n)).toContain("II.4.3.1");
  });
});
