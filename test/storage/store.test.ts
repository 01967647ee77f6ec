import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCipher, generateKey } from "../../storage/crypto.js";
import { KEY_FILE, openStore } from "../../storage/db.js";
import { claimUpdate } from "../../storage/updates.js";

const tmp = () => mkdtempSync(join(tmpdir(), "store-"));

describe("store", () => {
  it("creates a private key file once and reuses it, so data stays readable across restarts", () => {
    const dir = tmp();
    const a = openStore({ dataDir: dir });
    const blob = a.cipher.encrypt({ name: "Nguyễn Văn A" });
    a.close();
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const b = openStore({ dataDir: dir });
    expect(b.cipher.decrypt(blob)).toEqual({ name: "Nguyễn Văn A" });
    b.close();
  });

  it("uses WAL, foreign keys and applies migrations once", () => {
    const dir = tmp();
    const s = openStore({ dataDir: dir });
    expect(s.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(s.db.pragma("foreign_keys", { simple: true })).toBe(1);
    const n = (s.db.prepare("SELECT COUNT(*) AS n FROM schema_migrations").get() as { n: number }).n;
    s.close();
    const again = openStore({ dataDir: dir });
    expect((again.db.prepare("SELECT COUNT(*) AS n FROM schema_migrations").get() as { n: number }).n).toBe(n);
    again.close();
  });

  it("detects a tampered ciphertext and refuses a wrong key", () => {
    const c = createCipher(generateKey());
    const blob = c.encrypt({ a: 1 });
    const parts = blob.split(".");
    const body = Buffer.from(parts[3]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => c.decrypt(parts.join("."))).toThrow();
    expect(() => createCipher(generateKey()).decrypt(blob)).toThrow();
  });

  it("gives every encryption an IV of its own, across refills of the IV pool", () => {
    const key = generateKey();
    const c = createCipher(key);
    const blobs = Array.from({ length: 1000 }, (_, i) => c.encrypt({ i }));
    expect(new Set(blobs.map((b) => b.split(".")[1])).size).toBe(1000);
    expect(blobs.map((b) => c.decrypt(b))).toEqual(blobs.map((_, i) => ({ i })));
    // Another cipher (another store) draws from the same pool and still never repeats one.
    const other = createCipher(generateKey());
    const more = Array.from({ length: 300 }, () => other.encrypt("x"));
    expect(new Set([...blobs, ...more].map((b) => b.split(".")[1])).size).toBe(1300);
  });

  it("claims an update key once", () => {
    const s = openStore({ dataDir: tmp() });
    expect(claimUpdate(s, "telegram:1", new Date())).toBe(true);
    expect(claimUpdate(s, "telegram:1", new Date())).toBe(false);
    s.close();
  });

  it("keeps the key out of the database file", () => {
    const dir = tmp();
    const s = openStore({ dataDir: dir });
    s.db.prepare("INSERT INTO counters (name, value) VALUES ('x', 1)").run();
    s.close();
    const key = readFileSync(join(dir, KEY_FILE), "utf8").trim();
    expect(readFileSync(join(dir, "bot.db")).toString("latin1")).not.toContain(key);
  });
});
