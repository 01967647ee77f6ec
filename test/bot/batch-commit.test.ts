import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Incoming } from "../../core/types.js";
import { createApp, FEATURES } from "../../handlers/app.js";
import { vi as texts } from "../../handlers/texts/vi.js";
import { openStore } from "../../storage/db.js";
import { listOutbox } from "../../storage/outbox.js";
import { realKb } from "../support/test-app.js";

// Group commit (handlers/batch-commit.ts): the updates a poller hands over together share one
// transaction, yet each one still commits or rolls back as a whole and nothing is answered before
// the commit.

let seq = 0;
const tg = (user: string, text: string, updateKey = `telegram:batch-${++seq}`): Incoming => ({
  channel: "telegram",
  chatId: user,
  userId: user,
  chatType: "private",
  text,
  updateKey,
  at: new Date(),
});

function batchApp() {
  const dir = mkdtempSync(join(tmpdir(), "batch-"));
  const store = openStore({ dataDir: dir });
  const errors: unknown[] = [];
  const broken = {
    name: "broken",
    commands: [
      {
        name: "hong",
        run: (): never => {
          throw new Error("boom");
        },
      },
    ],
    dialogs: [],
  };
  const app = createApp({
    store,
    kb: realKb(),
    config: { adminIds: [], reviewDueDays: 5, rateLimitPerMinute: 0 },
    features: [...FEATURES, broken],
    onError: (err) => void errors.push(err),
  });
  return { app, store, dir, errors };
}

describe("updates handed over together", () => {
  it("are answered each as alone; one that fails gets the apology and leaves no row, the others are kept", async () => {
    const { app, store, errors } = batchApp();
    const failing = tg("u2", "/hong");
    const [a, b, c] = await Promise.all([app.handleSoon(tg("u1", "/start")), app.handleSoon(failing), app.handleSoon(tg("u3", "/help"))]);
    expect(a!.replies[0]!.text).toContain("Chào đồng chí");
    expect(b!.replies).toEqual([{ text: texts.common.internalError }]);
    expect(c!.replies[0]!.text).toContain("Hướng dẫn");
    expect(errors).toHaveLength(1);
    // The two good updates' replies are held in the outbox; the failed one wrote nothing.
    expect(listOutbox(store).map((r) => r.chatId)).toEqual(["u1", "u3"]);
    expect(a!.heldId).toBeDefined();
    expect(b!.heldId).toBeUndefined();
    // Its update was rolled back, not marked processed: a redelivery is handled again.
    const again = await app.handleSoon(failing);
    expect(again.replies).toEqual([{ text: texts.common.internalError }]);
    expect(errors).toHaveLength(2);
  });

  it("change nothing twice when the same update is in the batch twice", async () => {
    const { app, store } = batchApp();
    const update = tg("u4", "/khaibao_qua", "telegram:dup-1");
    const [first, second] = await Promise.all([app.handleSoon(update), app.handleSoon(update)]);
    expect(first!.replies.map((r) => r.text).join("\n")).toContain("Bước 1/");
    expect(second!.replies).toEqual([]);
    expect(listOutbox(store)).toHaveLength(1);
  });

  it("are committed before anyone is answered: the held replies are on disk when the promise resolves", async () => {
    const { app, dir } = batchApp();
    const handled = await app.handleSoon(tg("u5", "/start"));
    // Another connection sees the row: it was committed, not only written in an open transaction.
    const other = openStore({ dataDir: dir });
    expect(listOutbox(other).map((r) => r.id)).toContain(handled.heldId);
    other.close();
  });
});
