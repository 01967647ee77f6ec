import { describe, expect, it } from "vitest";
import { createCommitGate } from "../../bot/channels/telegram-polling.js";

// The runner asks for the next batch of updates (confirming the last to Telegram) as soon as it
// has handed a batch over. The gate holds that call until every update of the batch is committed,
// so a crash can no longer lose an update Telegram has already forgotten.

type Prev = Parameters<ReturnType<typeof createCommitGate>["transformer"]>[0];

function fakePrev(batches: { update_id: number }[][]): { prev: Prev; calls: string[] } {
  const calls: string[] = [];
  const prev = (async (method: string) => {
    calls.push(method);
    return { ok: true, result: method === "getUpdates" ? (batches.shift() ?? []) : true };
  }) as unknown as Prev;
  return { prev, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe("the commit gate on getUpdates", () => {
  it("holds the next getUpdates until each update of the last batch is committed; other calls pass", async () => {
    const gate = createCommitGate(() => {});
    const { prev, calls } = fakePrev([[{ update_id: 1 }, { update_id: 2 }], []]);
    const call = (method: string) => gate.transformer(prev, method as "getUpdates", {} as never, undefined);
    await call("getUpdates");
    let second = false;
    void call("getUpdates").then(() => (second = true));
    await call("sendMessage");
    await tick();
    expect(second).toBe(false);
    gate.settle(1);
    await tick();
    expect(second).toBe(false);
    gate.settle(2);
    await tick();
    expect(second).toBe(true);
    expect(calls).toEqual(["getUpdates", "sendMessage", "getUpdates"]);
  });

  it("gives up waiting after its bound (and says so), and a stop (abort) is not held", async () => {
    const slow: number[] = [];
    const gate = createCommitGate((ms) => slow.push(ms), 50);
    const { prev } = fakePrev([[{ update_id: 7 }], [], []]);
    await gate.transformer(prev, "getUpdates", {} as never, undefined);
    await gate.transformer(prev, "getUpdates", {} as never, undefined);
    expect(slow).toHaveLength(1);

    const gate2 = createCommitGate(() => {}, 60_000);
    const p2 = fakePrev([[{ update_id: 8 }], []]);
    await gate2.transformer(p2.prev, "getUpdates", {} as never, undefined);
    const ac = new AbortController();
    // grammY types its signal with the abort-controller package's class; the standard one behaves alike.
    const held = gate2.transformer(p2.prev, "getUpdates", {} as never, ac.signal as never);
    ac.abort();
    await expect(held).resolves.toBeDefined();
  });
});
