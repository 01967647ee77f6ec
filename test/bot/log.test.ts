import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { redact } from "../../bot/log.js";

describe("log redaction", () => {
  it("replaces every occurrence of a secret", () => {
    expect(redact("GET https://api/bot123:SECRET/getMe failed for 123:SECRET", ["123:SECRET"])).toBe(
      "GET https://api/bot[redacted]/getMe failed for [redacted]",
    );
  });

  it("keeps tokens out of what the logger writes, in messages, objects and errors", () => {
    const script = `
      import { createLogger } from "./bot/log";
      const log = createLogger("info", ["999:TOPSECRET"]);
      const err = new Error("request to https://x/bot999:TOPSECRET/sendMessage failed");
      log.error({ err, url: "https://x/bot999:TOPSECRET/getUpdates", nested: { deep: ["999:TOPSECRET"] } }, "call failed 999:TOPSECRET");
      log.warn("plain 999:TOPSECRET");
    `;
    const r = spawnSync("npx", ["tsx", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toContain("call failed");
    expect(r.stderr).toContain("[redacted]");
    expect(r.stderr).not.toContain("TOPSECRET");
  });
});
