import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PERSON_RE } from "../../handlers/review/roles.js";
import { isoDayIn } from "../../core/display.js";
import { replaceAssignments } from "../../storage/assignments.js";
import { verifyAudit } from "../../storage/audit.js";
import { checkReportRows } from "../../storage/reports.js";
import type { Store } from "../../storage/db.js";
import { changeCommitteeRole } from "../../handlers/review/role-change.js";
import { parseAssignmentsCsv } from "./assignments-csv.js";
import { exportCsv } from "./export-csv.js";

// Review subcommands of `npm run -s admin --`: grant|revoke <person> committee, assignments import
// FILE.csv, audit verify, export --from --to [--out]. Each returns its exit code; results go to
// `out` (stdout), problems to `err` (stderr). bot/cli/admin.ts lists them in its table.

/** What bot/cli/admin.ts hands every subcommand (structurally), plus optional test hooks. */
export interface AdminEnv {
  store(): Store;
  out(text: string): void;
  /** Problems and notes for the operator; default stderr. */
  err?(text: string): void;
  now?(): Date;
  /** Who runs the CLI, for the audit log; default cli:<os user>. */
  actor?: string;
}

interface Env {
  store: Store;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  actor: string;
}

export interface AdminSubcommand {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], env: AdminEnv): number;
}

type Run = (args: string[], env: Env) => number;

const ROLE_NAMES = new Set(["committee"]);

function roleChange(grant: boolean): Run {
  return (args, env) => {
    const [person, role] = args;
    if (!person || !PERSON_RE.test(person) || !role || !ROLE_NAMES.has(role)) {
      env.err(`Cách dùng: ${grant ? "grant" : "revoke"} <kênh:mã người dùng> committee (ví dụ telegram:123456789)`);
      return 2;
    }
    // The same change as /cap_quyen and /thu_quyen in the chat: audited, and the person is told.
    const changed = env.store.tx(() => changeCommitteeRole(env.store, { person, grant, by: env.actor, at: env.now() }));
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

const assignmentsImport: Run = (args, env) => {
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
  const parsed = parseAssignmentsCsv(text, isoDayIn(env.now()));
  if (!parsed.ok) {
    for (const e of parsed.errors) env.err(e);
    env.err(`Tệp có ${parsed.errors.length} lỗi; không nhập dòng nào.`);
    return 1;
  }
  replaceAssignments(env.store, parsed.rows, { actor: env.actor, at: env.now() });
  env.out(`Đã nhập ${parsed.rows.length} phân công (thay danh sách trước).`);
  return 0;
};

const auditVerify: Run = (args, env) => {
  if (args[0] !== "verify") {
    env.err("Cách dùng: audit verify");
    return 2;
  }
  const r = verifyAudit(env.store);
  if (!r.ok) {
    env.out(`LỖI: ${r.seq ? `mục #${r.seq}` : "không có mục"}${r.subject ? ` (${r.subject})` : ""}: ${r.reason}`);
    return 1;
  }
  // Who may see a report is kept in clear for the queries; it must agree with the audited record.
  const reports = checkReportRows(env.store);
  if (!reports.ok) {
    env.out(`LỖI: ${reports.subject}: ${reports.reason}`);
    return 1;
  }
  env.out(`OK: ${r.count} mục nhật ký, chuỗi và dữ liệu khớp.`);
  return 0;
};

const exportCmd: Run = (args, env) => {
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

export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli:admin";
  }
}

function adapt(name: string, usage: string, summary: string, run: Run): AdminSubcommand {
  return {
    name,
    usage,
    summary,
    run: (args, env) =>
      run(args, {
        store: env.store(),
        out: (l) => env.out(l),
        err: env.err ?? ((l) => process.stderr.write(l + "\n")),
        now: env.now ?? (() => new Date()),
        actor: env.actor ?? cliActor(),
      }),
  };
}

/** The review rows of bot/cli/admin.ts's subcommand table. */
export const reviewAdminCommands: AdminSubcommand[] = [
  adapt("grant", "grant <kênh:mã> committee", "Cấp quyền Ủy ban Kiểm tra (ghi nhật ký).", roleChange(true)),
  adapt("revoke", "revoke <kênh:mã> committee", "Thu hồi quyền Ủy ban Kiểm tra (ghi nhật ký).", roleChange(false)),
  adapt("assignments", "assignments import FILE.csv", "Nhập phân công (person,area,since) để cảnh báo luân chuyển.", assignmentsImport),
  adapt("audit", "audit verify", "Kiểm tra chuỗi nhật ký và dữ liệu đã lưu.", auditVerify),
  adapt("export", "export --from D --to D [--out F]", "Xuất bản khai và quyết định ra CSV (UTF-8 có BOM).", exportCmd),
];
