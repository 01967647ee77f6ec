import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appendAudit } from "../../storage/audit.js";
import { openStore } from "../../storage/db.js";
import { claimUpdate } from "../../storage/updates.js";

// Which commits wait for the disk (storage/db.ts): every commit survives a crash of the process
// (WAL, synchronous = NORMAL); an audited change (a declaration confirmed, a decision) must also
// survive a power loss, so its commit syncs the WAL before the transaction returns.

vi.mock("node:fs", async (original) => {
  const real = await original<typeof fs>();
  return { ...real, fsyncSync: vi.fn(real.fsyncSync) };
});

afterEach(() => vi.mocked(fs.fsyncSync).mockClear());

function store() {
  return openStore({ dataDir: fs.mkdtempSync(join(tmpdir(), "durable-")) });
}

describe("commits", () => {
  it("of ordinary updates do not wait for the disk", () => {
    const s = store();
    vi.mocked(fs.fsyncSync).mockClear();
    s.tx(() => claimUpdate(s, "telegram:1", new Date()));
    expect(fs.fsyncSync).not.toHaveBeenCalled();
    expect(s.db.pragma("synchronous", { simple: true })).toBe(1); // NORMAL
  });

  it("of an audited change sync the WAL once, also when it is a savepoint of a batch", () => {
    const s = store();
    vi.mocked(fs.fsyncSync).mockClear();
    const audited = () => appendAudit(s, { at: new Date(), actor: "t", action: "test", subject: "x", contentHash: "0".repeat(64) });
    s.tx(audited);
    expect(fs.fsyncSync).toHaveBeenCalledTimes(1);
    s.tx(() => {
      s.tx(() => claimUpdate(s, "telegram:2", new Date()));
      s.tx(audited);
      s.tx(() => claimUpdate(s, "telegram:3", new Date()));
    });
    expect(fs.fsyncSync).toHaveBeenCalledTimes(2);
    // Rolled back: nothing to sync, and the next ordinary commit does not sync either.
    expect(() =>
      s.tx(() => {
        audited();
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    s.tx(() => claimUpdate(s, "telegram:4", new Date()));
    expect(fs.fsyncSync).toHaveBeenCalledTimes(2);
  });
});
