import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyAudit } from "../../storage/audit.js";
import { openStore, type Store } from "../../storage/db.js";
import { claimDue, enqueue, listOutbox, markSent, pruneDeliveredOutbox } from "../../storage/outbox.js";

// Delivered messages do not pile up forever: the daily clean-up drops those older than the keep
// period, never one still waiting, never the newest row; the audit check still passes.

const day = (d: number) => new Date(Date.UTC(2026, 0, d, 3));

function queue(store: Store, chat: string, d: number): number {
  return store.tx(() =>
    enqueue(store, { personId: `zalo:${chat}`, channel: "zalo", chatId: chat, kind: "reply", replies: [{ text: `tin ${d}` }], at: day(d) }),
  );
}

function deliverAll(store: Store, d: number): void {
  for (;;) {
    const due = store.tx(() => claimDue(store, { channels: ["zalo"], owner: `o${d}`, now: day(d), leaseUntil: day(d + 1), limit: 10 }));
    if (!due.length) return;
    for (const m of due) store.tx(() => markSent(store, m.id, `o${d}`, day(d)));
  }
}

describe("outbox clean-up", () => {
  it("drops messages delivered before the cut-off, keeps one still waiting", () => {
    const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), "prune-")) });
    const old = [queue(store, "a", 1), queue(store, "b", 1)];
    deliverAll(store, 1);
    const waiting = queue(store, "c", 10);
    expect(store.tx(() => pruneDeliveredOutbox(store, day(5)))).toBe(2);
    const left = listOutbox(store).map((r) => r.id);
    expect(left).toEqual([waiting]);
    expect(left).not.toContain(old[0]);
    expect(verifyAudit(store).ok).toBe(true);
    store.close();
  });

  it("never drops the newest row, so its id is never handed out again", () => {
    const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), "prune-")) });
    queue(store, "a", 1);
    const newest = queue(store, "b", 1);
    deliverAll(store, 1);
    expect(store.tx(() => pruneDeliveredOutbox(store, day(5)))).toBe(1);
    expect(listOutbox(store).map((r) => r.id)).toEqual([newest]);
    store.close();
  });
});
