import "dotenv/config";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDay } from "../../core/display.js";
import { vi } from "../../handlers/texts/vi.js";
import { openStore, type Store } from "../../storage/db.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { loadConfigOrExit, type Config } from "../config.js";
import { reviewAdminCommands } from "./admin-review.js";
import { listDecisions } from "../../storage/decisions.js";

// `npm run -s admin -- <subcommand> [options]`: operator tasks on the data directory, outside the
// chat. Each subcommand is one entry of the table below; JSON (when asked) is the only thing on
// stdout, messages go to stderr.

interface AdminEnv {
  config: Config;
  /** Opens the store on first use; closed when the subcommand ends. */
  store(): Store;
  out(text: string): void;
}

interface Subcommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[], env: AdminEnv): number | Promise<number>;
}

const submissions: Subcommand = {
  name: "submissions",
  usage: "submissions [--json]",
  summary: "Các bản khai đã lưu, đã giải mã (--json: mảng JSON).",
  run(args, env) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
    const all = listAllSubmissions(env.store());
    if (values.json) {
      const rows = all.map((s) => ({
        code: s.code,
        kind: s.kind,
        status: s.status,
        // A report's hidden reporter stays hidden here: /danh_tinh (audited) shows a confidential one.
        declarant: s.report && s.report.identity !== "public" ? null : s.declarant || null,
        declarantName: s.report && s.report.identity !== "public" ? null : s.declarantName,
        ...(s.report ? { identity: s.report.identity, audience: s.report.audience, purgedAt: s.report.purgedAt ?? null } : {}),
        createdAt: s.createdAt.toISOString(),
        answers: s.answers,
        decisions: listDecisions(env.store(), s.id).map((d) => ({ by: d.by, decision: d.decision, reason: d.reason, at: d.at.toISOString() })),
      }));
      env.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    if (!all.length) env.out("(không có bản khai)");
    for (const s of all) {
      const status = vi.declarations.statuses[s.status] ?? s.status;
      const who =
        s.report?.identity === "anonymous" ? vi.reports.whoAnonymous
        : s.report?.identity === "confidential" ? vi.reports.whoConfidential
        : `${s.declarant}${s.declarantName ? ` (${s.declarantName})` : ""}`;
      env.out(`${s.code}\t${s.kind}\t${s.status} (${status})\t${formatDay(s.createdAt)}\t${who}`);
    }
    return 0;
  },
};

/** Other engineers add their subcommands here. */
export const subcommands: Subcommand[] = [submissions, ...reviewAdminCommands];

function usage(): string {
  return ["Cách dùng: npm run -s admin -- <lệnh> [tùy chọn]", ...subcommands.map((c) => `  ${c.usage.padEnd(28)} ${c.summary}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const cmd = subcommands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`${name && name !== "help" && name !== "--help" ? `Không có lệnh «${name}».\n` : ""}${usage()}\n`);
    return name && name !== "help" && name !== "--help" ? 2 : 0;
  }
  const config = loadConfigOrExit();
  let store: Store | undefined;
  const env: AdminEnv = {
    config,
    store: () => (store ??= openStore({ dataDir: resolve(config.DATA_DIR), key: config.DATA_KEY })),
    out: (text) => process.stdout.write(`${text}\n`),
  };
  try {
    return await cmd.run(rest, env);
  } finally {
    store?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
