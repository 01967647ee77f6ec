import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/chat-process.js";

// The production build: `npm run build` compiles to dist/ and copies what the code reads at run
// time (the knowledge base's Markdown, the SQL migrations); plain `node dist/bot/main.js`, with
// no TypeScript loader, then runs the same bot. Built once; one terminal chat on it.

const DIST_MAIN = join(REPO_ROOT, "dist", "bot", "main.js");

/** The environment without any loader a test runner may have put in NODE_OPTIONS. */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.ZALO_BOT_TOKEN;
  delete env.DATA_KEY;
  return env;
}

beforeAll(() => {
  // --no-check: the same emitted JavaScript in a third of the time; the type check is its own step.
  const r = spawnSync(process.execPath, ["scripts/build.mjs", "--no-check"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}, 120_000);

describe("the built bot (node dist/bot/main.js)", () => {
  it("has its run-time files beside the compiled modules", () => {
    expect(existsSync(DIST_MAIN)).toBe(true);
    expect(existsSync(join(REPO_ROOT, "dist", "knowledge", "docs", "ke-hoach-131.md"))).toBe(true);
    expect(existsSync(join(REPO_ROOT, "dist", "storage", "migrations", "001_core.sql"))).toBe(true);
    expect(existsSync(join(REPO_ROOT, "dist", "test"))).toBe(false);
  });

  it("runs the terminal chat without a TypeScript loader: greets, answers with the section, stores its data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dist-"));
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [DIST_MAIN], { cwd: REPO_ROOT, env: plainEnv({ DATA_DIR: dir }), stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      p.on("exit", (code) => resolve({ code, stdout, stderr }));
      p.stdin.end("thanh vien doan co duoc nhan qua khong\n/khaibao_qua\n2\n");
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Chào đồng chí");
    expect(r.stdout).toMatch(/Mục II\.4\.3\.1/);
    expect(r.stdout).toContain("Bước 2/12");
    expect(existsSync(join(dir, "bot.db"))).toBe(true);
  }, 30_000);

  it("ships the CLIs too: node dist/bot/cli/admin.js and chat.js answer --help", () => {
    for (const cli of ["admin", "chat"]) {
      const r = spawnSync(process.execPath, [join(REPO_ROOT, "dist", "bot", "cli", `${cli}.js`), "--help"], {
        cwd: REPO_ROOT,
        env: plainEnv({}),
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`npm run -s ${cli} --`);
    }
  });
});
