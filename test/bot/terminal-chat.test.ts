import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm start` with no token: a chat in the terminal over the same handlers, data in DATA_DIR.
function runStart(input: string, dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.TELEGRAM_BOT_TOKEN;
    delete env.ZALO_BOT_TOKEN;
    const p = spawn(process.execPath, ["--import", "tsx", "bot/main.ts"], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    p.on("exit", (code) => resolve({ code, stdout, stderr }));
    p.stdin.end(input);
  });
}

describe("terminal chat (npm start without a token)", () => {
  it("greets, answers a question typed without diacritics with its section, refuses what the text does not cover", async () => {
    const dir = mkdtempSync(join(tmpdir(), "term-"));
    const r = await runStart("thanh vien doan co duoc nhan qua khong\ngia vang hom nay bao nhieu\n", dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Chào đồng chí");
    expect(r.stdout).toMatch(/Mục II\.4\.3\.1/);
    expect(r.stdout).toContain("dưới mọi hình thức");
    expect(r.stdout).toContain("không có trong văn bản");
    expect(existsSync(join(dir, "bot.db"))).toBe(true);
  }, 30_000);

  it("walks a declaration with numbered choices typed as numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "term-"));
    const r = await runStart("/khaibao_qua\n2\n", dir);
    expect(r.stdout).toContain("Bước 1/12");
    expect(r.stdout).toMatch(/1\. Cá nhân\s+2\. Tổ chức/);
    expect(r.stdout).toContain("Bước 2/12");
  }, 30_000);
});
