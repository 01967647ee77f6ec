import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RunningChannel } from "../../bot/channels/channel.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import type { Reply } from "../../core/types.js";
import { openStore } from "../../storage/db.js";
import { enqueue, listOutbox } from "../../storage/outbox.js";
import { captureLogger } from "../support/capture-log.js";

// Shutting down in the middle of a delivery round: the process closes the store right after the
// sender's stop(). A message the platform already took must be marked sent before that, or the
// next start would send it a second time; the ones not yet sent wait for the next start.

describe("outbox sender stop()", () => {
  it("waits for the round in flight: the message being sent is marked sent, the rest stay pending, nothing fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outbox-stop-"));
    const store = openStore({ dataDir: dir });
    for (const text of ["một", "hai", "ba"]) {
      store.tx(() => enqueue(store, { channel: "zalo", chatId: "z1", kind: "decision", replies: [{ text }], at: new Date() }));
    }
    const sent: string[] = [];
    let sending: () => void = () => {};
    const started = new Promise<void>((r) => (sending = r));
    const channel: RunningChannel = {
      name: "zalo",
      async send(_chatId: string, replies: Reply[]) {
        sending();
        await new Promise((r) => setTimeout(r, 200));
        sent.push(replies[0]!.text);
      },
      stop: async () => {},
    };
    const { log, output } = captureLogger();
    const sender = startOutboxSender({ store, channels: [channel], log, intervalMs: 10 });
    await started;
    await sender.stop();
    store.close();

    expect(sent).toEqual(["một"]);
    expect(output()).not.toContain("outbox round failed");
    const reopened = openStore({ dataDir: dir });
    try {
      expect(listOutbox(reopened).map((r) => [r.status, r.attempts])).toEqual([
        ["sent", 1],
        ["pending", 0],
        ["pending", 0],
      ]);
    } finally {
      reopened.close();
    }
  });
});
