import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/ports.js";
import { TEST_TOKEN } from "../support/telegram-emulator.js";

// The bot process pointed at a Telegram API root where nothing answers: it used to wait in
// silence (grammY retries getMe forever without a word, even at LOG_LEVEL=debug).

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("starting with an unreachable TELEGRAM_API_ROOT", () => {
  it("logs the failure at once and retries; a SIGTERM during the wait stops it cleanly; no token in the logs", async () => {
    const proc = spawn(process.execPath, ["--import", "tsx", "bot/main.ts"], {
      env: {
        ...process.env,
        DATA_DIR: mkdtempSync(join(tmpdir(), "unreachable-")),
        TELEGRAM_BOT_TOKEN: TEST_TOKEN,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${await freePort()}`,
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
    try {
      const end = Date.now() + 15_000;
      while (!stderr.includes("Telegram API not reachable")) {
        if (Date.now() > end || proc.exitCode !== null) throw new Error(`no log line about the unreachable API:\n${stderr}`);
        await sleep(50);
      }
      const line = JSON.parse(stderr.split("\n").find((l) => l.includes("Telegram API not reachable"))!) as {
        level: number;
        retryInMs: number;
        err: { cause: string };
      };
      expect(line.level).toBe(40);
      expect(line.retryInMs).toBeGreaterThan(0);
      expect(line.err.cause).toContain("ECONNREFUSED");
      proc.kill("SIGTERM");
      expect(await Promise.race([exited, sleep(5000).then(() => "still running")])).toBe(0);
      expect(stderr).not.toContain(TEST_TOKEN.split(":")[1]!);
    } finally {
      if (proc.exitCode === null) proc.kill("SIGKILL");
    }
  }, 30_000);
});
