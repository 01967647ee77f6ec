import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { startChat } from "../support/chat-process.js";

// `npm run chat -- --jsonl`: an input's optional "id" names one message of one person, so a driver
// that numbers each person's messages from 1 is not silenced for everyone but the first (issue 11).

it("the same id from two people is two messages; from one person, one", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "chat-ids-"));
  const an = startChat({ dataDir, user: "console:an" });
  try {
    expect((await an.send({ text: "/start", id: "1" })).length).toBeGreaterThan(0);
    // Started after the first process created the key file, on the same data.
    const bao = startChat({ dataDir, user: "console:bao" });
    try {
      const replies = await bao.send({ text: "/start", id: "1" });
      expect(replies[0]?.text).toContain("Quy định 131-QĐ/TW");
      expect(await bao.send({ text: "/start", id: "1" })).toEqual([]);
    } finally {
      await bao.close();
    }
    expect(await an.send({ text: "/help", id: "1" })).toEqual([]);
  } finally {
    await an.close();
  }
}, 60_000);
