import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const Response = z.strictObject({
  query: z.string(),
  mode: z.enum(["answer", "suggest", "refuse"]),
  answerable: z.boolean(),
  results: z.array(z.strictObject({ id: z.string(), title: z.string(), score: z.number(), excerpt: z.string() })),
});
const ErrorLine = z.object({ error: z.string() });

function kb(args: string[], input?: string) {
  const r = spawnSync("npx", ["tsx", "knowledge/cli.ts", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("kb CLI", () => {
  it("--json prints exactly one response object with up to k results", () => {
    const r = kb(["search", "--json", "--k", "3", "Trưởng đoàn chịu trách nhiệm trước ai?"]);
    expect(r.code).toBe(0);
    const body = Response.parse(JSON.parse(r.stdout));
    expect(body.query).toBe("Trưởng đoàn chịu trách nhiệm trước ai?");
    expect(body.answerable).toBe(true);
    expect(body.mode).toBe("answer");
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results[0]?.id).toBe("II.4.3.2");
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("--jsonl answers line by line, in order, and reports bad lines without stopping", () => {
    const input = ['{"q": "Giá xăng hôm nay bao nhiêu"}', "not json", '{"question": "x"}', '{"q": "TV đoàn có đc nhận lì xì ko"}', ""].join(
      "\n",
    );
    const r = kb(["search", "--jsonl", "--k", "2"], input);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toHaveLength(4);
    const first = Response.parse(lines[0]);
    expect(first.answerable).toBe(false);
    expect(first.mode).toBe("refuse");
    expect(first.results.length).toBeLessThanOrEqual(2);
    ErrorLine.parse(lines[1]);
    ErrorLine.parse(lines[2]);
    const last = Response.parse(lines[3]);
    expect(last.answerable).toBe(true);
    expect(last.results[0]?.id).toBe("II.4.3.1");
  });

  it("prints the answer as text by default", () => {
    const r = kb(["search", "xin không làm thành viên đoàn khi nào"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Mục II.4.3.1 – Thành viên đoàn");
  });

  it("explain says when a message is a section reference rather than a question", () => {
    const r = kb(["explain", "muc ii 4 3 1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^section reference: II\.4\.3\.1/);
  });
});

describe("bench:kb", () => {
  it("runs in a clone without ../shared: it uses the project's own held-out file and says so", () => {
    const r = spawnSync("npx", ["tsx", "knowledge/bench.ts", "--passes", "1"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, KB_SHARED_EVAL: "/nonexistent/shared/eval/qa-dev.jsonl" },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Question file: .*test\/knowledge\/qa-people-heldout1\.jsonl \(\d+ questions\)/);
    expect(r.stdout).toMatch(/in-scope a\/s\/r/);
    expect(r.stdout).toContain("this project");
  }, 130_000);
});
