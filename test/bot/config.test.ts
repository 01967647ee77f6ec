import { describe, expect, it } from "vitest";
import { loadConfig, secretsOf } from "../../bot/config.js";

describe("configuration", () => {
  it("runs with nothing set: terminal chat defaults", () => {
    const c = loadConfig({});
    expect(c.DATA_DIR).toBe("./data");
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.ADMIN_IDS).toEqual([]);
    expect(c.DIGEST_CRON).toBe("30 7 * * 1-5");
    expect(c.REVIEW_DUE_DAYS).toBe(5);
  });

  it("treats empty lines copied from .env.example as unset", () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: "", WEBHOOK_URL: "", DATA_KEY: "", ADMIN_IDS: "" });
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.WEBHOOK_URL).toBeUndefined();
  });

  it("stops with one line naming a malformed setting", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ WEBHOOK_URL: "not a url" })).toThrow(/WEBHOOK_URL/);
    expect(() => loadConfig({ ADMIN_IDS: "telegram:1,bob" })).toThrow(/ADMIN_IDS/);
    expect(() => loadConfig({ DATA_KEY: "short" })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: "nonsense" })).toThrow(/TELEGRAM_BOT_TOKEN/);
    expect(() => loadConfig({ DIGEST_CRON: "every morning" })).toThrow(/DIGEST_CRON/);
  });

  it("does not echo a malformed secret back in the error", () => {
    try {
      loadConfig({ TELEGRAM_BOT_TOKEN: "oops-secret-value" });
      expect.unreachable();
    } catch (err) {
      expect(String(err)).not.toContain("oops-secret-value");
    }
  });

  it("parses admins and lists secrets for redaction", () => {
    const c = loadConfig({ ADMIN_IDS: "telegram:123, zalo:abc,console:admin", TELEGRAM_BOT_TOKEN: "123:ABC_def" });
    expect(c.ADMIN_IDS).toEqual(["telegram:123", "zalo:abc", "console:admin"]);
    expect(secretsOf(c)).toContain("123:ABC_def");
  });
});

describe("starting with a bad setting", () => {
  it("stops with exit code 2 and one line naming the setting, no stack", async () => {
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, ["--import", "tsx", "bot/main.ts"], {
      env: { ...process.env, WEBHOOK_URL: "nope", DATA_DIR: "/nonexistent-should-not-be-created" },
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("WEBHOOK_URL");
  });
});
