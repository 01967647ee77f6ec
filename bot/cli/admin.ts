import "dotenv/config";
import { parseArgs } from "node:util";
import { formatDay } from "../../core/display.js";
import { vi } from "../../handlers/texts/vi.js";
import type { Store } from "../../storage/db.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { loadConfigOrExit, type Config } from "../config.js";
import { openStoreOrExit } from "../open-store.js";
import { backupDatabase } from "./admin-backup.js";
import { reviewAdminCommands } from "./admin-review.js";
import { wireFeatures } from "../../handlers/app.js";
import { answersWithFlags } from "../../handlers/dialog/answer-format.js";
import { listDecisions } from "../../storage/decisions.js";
import { cliTexts } from "./texts.js";

// `npm run -s admin -- <subcommand> [options]` (built: `node dist/bot/cli/admin.js …`): operator
// tasks on the data directory, outside the chat. Each subcommand is one entry of the table below;
// `<subcommand> --help` prints its usage. JSON (when asked) is the only thing on stdout, messages
// go to stderr; everything the operator reads is Vietnamese (./texts.ts).

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
  /** What `<name> --help` prints; default the usage line and the summary. */
  help?: string;
  /** Returns the process exit code. */
  run(args: string[], env: AdminEnv): number | Promise<number>;
}

const submissions: Subcommand = {
  name: "submissions",
  usage: "submissions [--json]",
  summary: cliTexts.admin.submissionsSummary,
  run(args, env) {
    const { values } = parseArgs({ args, options: { json: { type: "boolean" } } });
    const all = listAllSubmissions(env.store());
    if (values.json) {
      const { dialogs } = wireFeatures();
      const rows = all.map((s) => ({
        code: s.code,
        kind: s.kind,
        status: s.status,
        // A report's hidden reporter stays hidden here: /danh_tinh (audited) shows a confidential one.
        declarant: s.report && s.report.identity !== "public" ? null : s.declarant || null,
        declarantName: s.report && s.report.identity !== "public" ? null : s.declarantName,
        ...(s.report ? { identity: s.report.identity, audience: s.report.audience, purgedAt: s.report.purgedAt ?? null } : {}),
        createdAt: s.createdAt.toISOString(),
        // null with a flag beside it ("valueUnknown": true) when the person typed "không rõ".
        answers: answersWithFlags(dialogs.get(s.kind), s.answers),
        decisions: listDecisions(env.store(), s.id).map((d) => ({
          by: d.by,
          decision: d.decision,
          reason: d.reason,
          at: d.at.toISOString(),
        })),
      }));
      env.out(JSON.stringify(rows, null, 2));
      return 0;
    }
    if (!all.length) env.out(cliTexts.admin.noSubmissions);
    for (const s of all) {
      // For the operator's eyes: kind and status in words (--json keeps the keys); never a hidden reporter.
      const kind = vi.review.kinds[s.kind] ?? s.kind;
      const status = vi.review.statuses[s.status] ?? s.status;
      const who =
        s.report?.identity === "anonymous"
          ? vi.reports.whoAnonymous
          : s.report?.identity === "confidential"
            ? vi.reports.whoConfidential
            : `${s.declarant}${s.declarantName ? ` (${s.declarantName})` : ""}`;
      env.out(`${s.code}\t${kind}\t${status}\t${formatDay(s.createdAt)}\t${who}`);
    }
    return 0;
  },
};

const backup: Subcommand = {
  name: "backup",
  usage: "backup FILE.db",
  summary: cliTexts.admin.backupSummary,
  help: cliTexts.admin.backupUsage,
  async run(args, env) {
    const t = cliTexts.admin;
    if (args.length !== 1 || args[0]!.startsWith("-")) {
      process.stderr.write(`${t.backupUsage}\n`);
      return 2;
    }
    const r = await backupDatabase(env.store(), args[0]!, { dataDir: env.config.DATA_DIR, key: env.config.DATA_KEY });
    if (r.ok) {
      env.out(t.backupDone(r.file, r.submissions, r.keyFile));
      return 0;
    }
    const why =
      r.problem === "unreadable" ? t.backupFailed(r.reason) : r.problem === "exists" ? t.backupExists(r.path) : t.backupNoFolder(r.path);
    process.stderr.write(`${why}\n`);
    return 1;
  },
};

/** Other engineers add their subcommands here. */
export const subcommands: Subcommand[] = [submissions, ...reviewAdminCommands, backup];

function usage(): string {
  return [cliTexts.admin.usageHeader, ...subcommands.map((c) => `  ${c.usage.padEnd(36)} ${c.summary}`)].join("\n");
}

const HELP = new Set(["help", "--help", "-h"]);

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP.has(name)) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const cmd = subcommands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`${cliTexts.common.unknownCommand(name)}\n${usage()}\n`);
    return 2;
  }
  // Answered before the configuration is read or the data directory opened.
  if (rest.some((a) => a === "--help" || a === "-h")) {
    process.stdout.write(`${cmd.help ?? `Cách dùng: ${cmd.usage}`}\n${cmd.summary}\n`);
    return 0;
  }
  const config = loadConfigOrExit();
  let store: Store | undefined;
  const env: AdminEnv = {
    config,
    store: () => (store ??= openStoreOrExit(config, { create: false })),
    out: (text) => process.stdout.write(`${text}\n`),
  };
  try {
    return await cmd.run(rest, env);
  } catch (err) {
    // node:util parseArgs refuses an unknown option in English; the operator gets one line in Vietnamese.
    if (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${cliTexts.common.unknownOption(rest.join(" "))}\n${cmd.help ?? `Cách dùng: ${cmd.usage}`}\n`);
      return 2;
    }
    throw err;
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
