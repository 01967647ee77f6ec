import { describe, expect, it } from "vitest";
import { createApp } from "../../handlers/app.js";
import { vi } from "../../handlers/texts/vi.js";
import type { Incoming } from "../../core/types.js";
import { loadDialog } from "../../storage/dialogs.js";
import { testApp, realKb } from "../support/test-app.js";

// One person flooding the bot gets one notice, then silence until the minute passes; others are
// served as usual.

describe("per-person rate limit", () => {
  it("beyond the limit: one polite notice, then nothing is processed until the window passes", () => {
    const t = testApp();
    const app = createApp({
      store: t.store,
      kb: realKb(),
      config: { adminIds: [], reviewDueDays: 5, rateLimitPerMinute: 3 },
      clock: () => t.clock.now,
    });
    let n = 0;
    const say = (user: string, text: string) => {
      const inc: Incoming = {
        channel: "console",
        chatId: user,
        userId: user,
        chatType: "private",
        text,
        updateKey: `r:${++n}`,
        at: t.clock.now,
      };
      return app.handle(inc).map((r) => r.text);
    };
    for (let i = 0; i < 3; i++) expect(say("flood", "/help")).toHaveLength(1);
    expect(say("flood", "/help")).toEqual([vi.common.rateLimited]);
    expect(say("flood", "/khaibao_qua")).toEqual([]);
    // Not processed: the dropped message started no draft.
    expect(loadDialog(t.store, "console:flood")).toBeUndefined();
    expect(say("calm", "/help")).toHaveLength(1);
    t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    expect(say("flood", "/cua_toi")[0]).not.toBe(vi.common.rateLimited);
    t.store.close();
  });
});
