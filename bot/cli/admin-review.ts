import "dotenv/config";
import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { PERSON_RE } from "../../handlers/review/roles";
import { localIsoDate } from "../../handlers/review/format";
import { replaceAssignments } from "../../storage/assignments";
import { verifyAudit } from "../../storage/audit";
import { openStore, type Store } from "../../storage/db";
import { grantRole, revokeRole } from "../../storage/roles";
import { loadConfig } from "../config";
import { parseAssignmentsCsv } from "./assignments-csv";
import { exportCsv } from "./export-csv";

// Review subcommands of `npm run -s admin --`: grant|revoke <person> committee, assignments import
// FILE.csv, audit verify, export --from --to [--out]. Each returns its exit code; output for the
// operator goes to `out`, problems to `err`. Usable from bot/cli/admin.ts's table or directly
// (`tsx bot/cli/admin-review.ts audit verify`).

export interface AdminEnv {
  store: Store;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  /** Who runs the CLI, for the audit log. */
  actor: string;
}

export interface AdminSubcommand {
  name: string;
  usage: string;
  run(args: string[], env: AdminEnv): number;
}

const ROLE_NAMES = new Set(["committee"]);

function roleChange(grant: boolean): AdminSubcommand["run"] {
  return (args, env) => {
    const [person, role] = args;
    if (!person || !PERSON_RE.test(person) || !role || !ROLE_NAMES.has(role)) {
      env.err(`Cách dùng: ${grant ? "grant" : "revoke"} <kênh:mã người dùng> committee (ví dụ telegram:123456789)`);
      return 2;
    }
    const change = { person, role: "committee" as const, by: env.actor, at: env.now() };
    const changed = env.store.tx(() => (grant ? grantRole(env.store, change) : revokeRole(env.store, change)));
    env.out(
      grant
        ? changed
          ? `Đã cấp quyền committee cho ${person}.`
          : `${person} đã có quyền committee.`
        : changed
          ? `Đã thu hồi quyền committee của ${person}.`
          : `${person} không có quyền committee được cấp.`,
    );
    return 0;
  };
}

const assignmentsImport: AdminSubcommand["run"] = (args, env) => {
  const [sub, file] = args;
  if (sub !== "import" || !file) {
    env.err("Cách dùng: assignments import FILE.csv (cột person,area,since; ngày YYYY-MM-DD)");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(file), "utf8");
  } catch {
    env.err(`Không đọc được tệp ${file}.`);
    return 1;
  }
  const parsed = parseAssignmentsCsv(text, localIsoDate(env.now()));
  if (!parsed.ok) {
    for (const e of parsed.errors) env.err(e);
    env.err(`Tệp có ${parsed.errors.length} lỗi; không nhập dòng nào.`);
    return 1;
  }
  replaceAssignments(env.store, parsed.rows, { actor: env.actor, at: env.now() });
  env.out(`Đã nhập ${parsed.rows.length} phân công (thay danh sách trước).`);
  return 0;
};

const auditVerify: AdminSubcommand["run"] = (args, env) => {
  if (args[0] !== "verify") {
    env.err("Cách dùng: audit verify");
    return 2;
  }
  const r = verifyAudit(env.store);
  if (r.ok) {
    env.out(`OK: ${r.count} mục nhật ký, chuỗi và dữ liệu khớp.`);
    return 0;
  }
  env.out(`LỖI: ${r.seq ? `mục #${r.seq}` : "không có mục"}${r.subject ? ` (${r.subject})` : ""}: ${r.reason}`);
  return 1;
};

const exportCmd: AdminSubcommand["run"] = (args, env) => {
  let values: { from?: string; to?: string; out?: string };
  try {
    ({ values } = parseArgs({ args, options: { from: { type: "string" }, to: { type: "string" }, out: { type: "string" } } }));
  } catch {
    values = {};
  }
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!values.from || !values.to || !day.test(values.from) || !day.test(values.to) || values.from > values.to) {
    env.err("Cách dùng: export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE.csv]");
    return 2;
  }
  const { csv, submissions } = exportCsv(env.store, { from: values.from, to: values.to });
  if (values.out) {
    writeFileSync(resolve(values.out), csv, { mode: 0o600 });
    env.err(`Đã xuất ${submissions} bản khai vào ${values.out}.`);
  } else process.stdout.write(csv);
  return 0;
};

export const reviewAdminCommands: AdminSubcommand[] = [
  { name: "grant", usage: "grant <kênh:mã> committee", run: roleChange(true) },
  { name: "revoke", usage: "revoke <kênh:mã> committee", run: roleChange(false) },
  { name: "assignments", usage: "assignments import FILE.csv", run: assignmentsImport },
  { name: "audit", usage: "audit verify", run: auditVerify },
  { name: "export", usage: "export --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE.csv]", run: exportCmd },
];

export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli:admin";
  }
}

/** Runs one review subcommand against the configured data directory; undefined if not ours. */
export function runReviewAdmin(argv: string[]): number | undefined {
  const [name, ...rest] = argv;
  const cmd = reviewAdminCommands.find((c) => c.name === name);
  if (!cmd) return undefined;
  const config = loadConfig();
  const store = openStore({ dataDir: resolve(config.DATA_DIR), key: config.DATA_KEY });
  try {
    return cmd.run(rest, {
      store,
      out: (l) => process.stdout.write(l + "\n"),
      err: (l) => process.stderr.write(l + "\n"),
      now: () => new Date(),
      actor: cliActor(),
    });
  } finally {
    store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = runReviewAdmin(process.argv.slice(2));
  if (code === undefined) {
    process.stderr.write(`Lệnh: ${reviewAdminCommands.map((c) => c.usage).join(" | ")}\n`);
    process.exit(2);
  }
  process.exit(code);
}
