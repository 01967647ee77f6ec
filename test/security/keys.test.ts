import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateKey } from "../../storage/crypto.js";
import { KEY_FILE, openStore, StoreOpenError } from "../../storage/db.js";
import { harness } from "../review/helpers.js";

// The key and the files: a lost or swapped key stops the start with one line and writes nothing;
// the data directory and the database files are private to the bot's user.

const tmp = () => mkdtempSync(join(tmpdir(), "keys-"));

function withData(): string {
  const h = harness();
  h.declare("alice", "gift");
  h.close();
  return h.dir;
}

/** Every file of the data directory and its bytes, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of ["bot.db", "bot.db-wal", KEY_FILE]) {
    if (existsSync(join(dir, f))) out[f] = readFileSync(join(dir, f)).toString("base64");
  }
  return out;
}

const admin = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "bot/cli/admin.ts", ...args], {
    env: { ...process.env, DATA_KEY: "", ...env },
    encoding: "utf8",
    timeout: 15_000,
  });

function expectOneLineExit2(r: ReturnType<typeof admin>, ...mentions: string[]) {
  expect(r.status, r.stderr).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  for (const m of mentions) expect(r.stderr).toContain(m);
}

describe("a missing or different key stops the start", () => {
  it("a missing key file is not replaced by a new key: one line naming the file and the backup, exit 2, nothing written", () => {
    const dir = withData();
    rmSync(join(dir, KEY_FILE));
    const before = snapshot(dir);
    const r = admin({ DATA_DIR: dir }, "submissions");
    expectOneLineExit2(r, join(dir, KEY_FILE), "sao lưu");
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
  }, 20_000);

  it("a key file swapped for another key, or a DATA_KEY that is not this database's, is refused before anything is written", () => {
    const dir = withData();
    const original = readFileSync(join(dir, KEY_FILE), "utf8");
    writeFileSync(join(dir, KEY_FILE), generateKey().toString("hex") + "\n");
    const before = snapshot(dir);
    expect(() => openStore({ dataDir: dir })).toThrow(StoreOpenError);
    expect(snapshot(dir)).toEqual(before);

    writeFileSync(join(dir, KEY_FILE), original);
    try {
      openStore({ dataDir: dir, key: generateKey().toString("hex") });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(StoreOpenError);
      expect((err as StoreOpenError).problem).toMatchObject({ kind: "key-mismatch", source: { setting: "DATA_KEY" } });
    }
    // With the right key back, everything reads again.
    const s = openStore({ dataDir: dir });
    expect(s.db.prepare("SELECT COUNT(*) AS n FROM submissions").get()).toEqual({ n: 1 });
    s.close();
  });

  it("`npm start` (bot/main.ts) with the key file missing stops the same way before opening any chat", () => {
    const dir = withData();
    rmSync(join(dir, KEY_FILE));
    const before = snapshot(dir);
    const r = spawnSync(process.execPath, ["--import", "tsx", "bot/main.ts"], {
      env: { ...process.env, DATA_DIR: dir, DATA_KEY: "", TELEGRAM_BOT_TOKEN: "", ZALO_BOT_TOKEN: "" },
      input: "",
      encoding: "utf8",
    });
    expectOneLineExit2(r, join(dir, KEY_FILE), "sao lưu");
    expect(r.stdout).toBe("");
    expect(snapshot(dir)).toEqual(before);
  }, 20_000);

  it("a key check value removed from the database is not silently recreated", () => {
    const dir = withData();
    const s = openStore({ dataDir: dir });
    s.db.prepare("DELETE FROM keyring").run();
    s.close();
    expect(() => openStore({ dataDir: dir })).toThrow(/keyring-damaged/);
  });

  it("the wrong DATA_KEY through the CLI: one line naming DATA_KEY, exit 2", () => {
    const dir = withData();
    const r = admin({ DATA_DIR: dir, DATA_KEY: generateKey().toString("hex") }, "submissions");
    expectOneLineExit2(r, "DATA_KEY", "sao lưu");
  }, 20_000);

  it("a key file holding garbage: one line naming the file, exit 2, nothing written", () => {
    const dir = withData();
    writeFileSync(join(dir, KEY_FILE), "not a key at all\n");
    const before = snapshot(dir);
    const r = admin({ DATA_DIR: dir }, "submissions");
    expectOneLineExit2(r, join(dir, KEY_FILE));
    expect(snapshot(dir)).toEqual(before);
  }, 20_000);

  it("a mistyped DATA_DIR in a tool: one line, exit 2, and no database or key is made there", () => {
    const dir = join(tmp(), "typo");
    for (const args of [["audit", "verify"], ["submissions"], ["grant", "console:bob"]]) {
      const r = admin({ DATA_DIR: dir }, ...args);
      expectOneLineExit2(r, "Không tìm thấy cơ sở dữ liệu", join(dir, "bot.db"), "DATA_DIR");
    }
    expect(existsSync(dir)).toBe(false);
  }, 30_000);

  it("DATA_DIR pointing at a file or at /dev/null: one line naming DATA_DIR, exit 2", () => {
    const file = join(tmp(), "a-file");
    writeFileSync(file, "x");
    // /proc: where mkdirSync's recursive mode never returns on Node 20.
    for (const dataDir of [file, "/dev/null", "/dev/null/data", ...(existsSync("/proc") ? ["/proc/bot-data"] : [])]) {
      const r = admin({ DATA_DIR: dataDir }, "audit", "verify");
      expectOneLineExit2(r, "DATA_DIR");
    }
  }, 30_000);
});

describe("file permissions", () => {
  it("creates the data directory 0700 and bot.db, -wal, -shm 0600", () => {
    const dir = join(tmp(), "data");
    const s = openStore({ dataDir: dir });
    s.db.prepare("INSERT INTO counters (name, value) VALUES ('x', 1)").run();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of ["bot.db", "bot.db-wal", "bot.db-shm", KEY_FILE]) {
      expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    }
    s.close();
  });

  it("narrows an existing world-readable database to 0600 when it is opened", () => {
    const dir = tmp();
    openStore({ dataDir: dir }).close();
    chmodSync(join(dir, "bot.db"), 0o644);
    const s = openStore({ dataDir: dir });
    expect(statSync(join(dir, "bot.db")).mode & 0o777).toBe(0o600);
    s.close();
  });

  it("`export --out` writes 0600, also over an existing world-readable file", () => {
    const dir = withData();
    const out = join(tmp(), "bao-cao.csv");
    writeFileSync(out, "old", { mode: 0o644 });
    chmodSync(out, 0o644);
    const r = admin({ DATA_DIR: dir }, "export", "--from", "2026-01-01", "--to", "2026-12-31", "--out", out);
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, "utf8")).toContain("Mã");
  }, 20_000);
});
