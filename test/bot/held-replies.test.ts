import { describe, expect, it } from "vitest";
import { sendParts, type RunningChannel } from "../../bot/channels/channel.js";
import { createLogger } from "../../bot/log.js";
import { startOutboxSender } from "../../bot/outbox-sender.js";
import type { Incoming, Reply } from "../../core/types.js";
import { verifyAudit } from "../../storage/audit.js";
import { openStore, type Store } from "../../storage/db.js";
import { claimDue, enqueue, listOutbox, listPending, releaseAllLeases } from "../../storage/outbox.js";
import { testApp } from "../support/test-app.js";

// Replies durable until sent (issue 11's crash finding): an update's replies are held in the
// outbox from its own transaction until the channel reports them sent, and a process that starts
// again sends what a killed one held, at once.

const log = createLogger("silent");
let seq = 0;

function zaloText(user: string, text: string): Incoming {
  return { channel: "zalo", chatId: user, userId: user, chatType: "private", text, updateKey: `zalo:held-${++seq}`, at: new Date() };
}

/** A Zalo stand-in: each reply is one part per paragraph, recorded when accepted. */
function platform(): { channel: RunningChannel; sent: { chatId: string; text: string }[] } {
  const sent: { chatId: string; text: string }[] = [];
  const channel: RunningChannel = {
    name: "zalo",
    send: (chatId: string, replies: Reply[], progress) =>
      sendParts(
        replies.flatMap((r) => r.text.split("\n\n")),
        async (text) => void sent.push({ chatId, text }),
        progress,
      ),
    stop: async () => {},
  };
  return { channel, sent };
}

/** One outbox sender's rounds until nothing is due, on the app's clock (`at`) by default the real one. */
async function sendOutbox(store: Store, channel: RunningChannel, at?: Date): Promise<void> {
  const sender = startOutboxSender({ store, channels: [channel], log, intervalMs: 60_000, clock: () => at ?? new Date() });
  await sender.flush();
  await sender.stop();
}

describe("held replies", () => {
  it("committed with the update and not sent before a kill are sent once after the restart", async () => {
    const t = testApp({ prefix: "held-" });
    const handled = t.app.handleDurably(zaloText("zk", "/start"));
    expect(handled.replies[0]!.text).toContain("Chào đồng chí");
    const row = listOutbox(t.store).find((r) => r.id === handled.heldId)!;
    expect(row).toMatchObject({ chatId: "zk", kind: "reply", status: "pending" });
    // Held by this process: the outbox sender leaves it to the channel.
    const p = platform();
    await sendOutbox(t.store, p.channel, t.clock.now);
    expect(p.sent).toEqual([]);
    // Killed here: the reply was never sent. The next process ends the dead one's leases.
    t.store.close();

    const store = openStore({ dataDir: t.dir });
    expect(releaseAllLeases(store)).toBe(1);
    await sendOutbox(store, p.channel, t.clock.now);
    await sendOutbox(store, p.channel, t.clock.now);
    // Every part once, in order, to the chat.
    expect(new Set(p.sent.map((m) => m.chatId))).toEqual(new Set(["zk"]));
    expect(p.sent.map((m) => m.text).join("\n\n")).toBe(handled.replies.map((r) => r.text).join("\n\n"));
    expect(listOutbox(store).map((r) => r.status)).toEqual(["sent"]);
    expect(verifyAudit(store).ok).toBe(true);
    store.close();
  });

  it("reported sent are marked in the next update's transaction, or by the timer", async () => {
    const t = testApp({ prefix: "held-" });
    const first = t.app.handleDurably(zaloText("zm", "/start"));
    t.app.held.sent(first.heldId!);
    const second = t.app.handleDurably(zaloText("zm", "/help"));
    const status = (id: number | undefined) => listOutbox(t.store).find((r) => r.id === id)?.status;
    expect(status(first.heldId)).toBe("sent");
    expect(status(second.heldId)).toBe("pending");
    t.app.held.sent(second.heldId!);
    await new Promise((r) => setTimeout(r, 100));
    expect(status(second.heldId)).toBe("sent");
    expect(verifyAudit(t.store).ok).toBe(true);
    t.store.close();
  });

  it("that failed part-way go to the outbox sender, which resumes at the first part not accepted", async () => {
    const t = testApp({
      prefix: "held-",
      features: [{ name: "two", commands: [{ name: "hai", run: () => [{ text: "Một\n\nHai" }] }], dialogs: [] }],
    });
    const handled = t.app.handleDurably(zaloText("zp", "/hai"));
    t.app.held.failed(handled.heldId!, { partsSent: 1, final: false, error: "Error 502" });
    expect(listPending(t.store).map((m) => m.partsSent)).toEqual([1]);
    const p = platform();
    await sendOutbox(t.store, p.channel, t.clock.now);
    expect(p.sent.map((m) => m.text)).toEqual(["Hai"]);
    expect(verifyAudit(t.store).ok).toBe(true);
    t.store.close();
  });

  it("refused for good are closed as failed, never retried", async () => {
    const t = testApp({ prefix: "held-" });
    const handled = t.app.handleDurably(zaloText("zr", "/start"));
    t.app.held.failed(handled.heldId!, { partsSent: 0, final: true, error: "ZaloApiError 403" });
    expect(listOutbox(t.store).map((r) => [r.status, r.lastError])).toEqual([["failed", "ZaloApiError 403"]]);
    t.store.close();
  });

  it("a notice claimed by a sender that was killed goes out at the next start, not after the lease", async () => {
    const t = testApp({ prefix: "held-" });
    const now = new Date();
    t.store.tx(() => enqueue(t.store, { channel: "zalo", chatId: "zn", kind: "digest", replies: [{ text: "Tổng hợp" }], at: now }));
    claimDue(t.store, { channels: ["zalo"], owner: "dead", now, leaseUntil: new Date(now.getTime() + 5 * 60_000), limit: 10 });
    const p = platform();
    await sendOutbox(t.store, p.channel);
    expect(p.sent).toEqual([]);
    releaseAllLeases(t.store);
    await sendOutbox(t.store, p.channel);
    expect(p.sent.map((m) => m.text)).toEqual(["Tổng hợp"]);
    t.store.close();
  });
});
