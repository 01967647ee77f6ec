import { closeSync, existsSync, fchmodSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { userInfo } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { checkPersonId } from "../../handlers/review/roles.js";
import { formatIsoDay, fullYears, isoDayIn } from "../../core/display.js";
import { listAssignments, replaceAssignments } from "../../storage/assignments.js";
import { auditHead, formatHead, parseHead, verifyAudit } from "../../storage/audit.js";
import { checkReportRows } from "../../storage/reports.js";
import type { Store } from "../../storage/db.js";
import { changeCommitteeRole } from "../../handlers/review/role-change.js";
import { parseAssignmentsCsv } from "./assignments-csv.js";
import { auditReason } from "./audit-reasons.js";
import { exportCsv } from "./export-csv.js";
import { cliTexts } from "./texts.js";

// Review subcommands of `npm run -s admin --`: grant|revoke <person> [committee], assignments
// import FILE.csv | list, audit verify, export --from --to [--out]. Each returns its exit code;
// results go to `out` (stdout), problems to `err` (stderr). bot/cli/admin.ts lists them in its table.

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

/** One row of the admin CLI's table: its name, usage, one-line summary, and what it runs. */
export interface AdminSubcommand {
  name: string;
  usage: string;
  summary: string;
  /** What `<name> --help` prints; default the usage line and the summary. */
  help?: string;
  run(args: string[], env: AdminEnv): number;
}

type Run = (args: string[], env: Env) => number;

// The only role there is; still accepted as the last word, as older notes and scripts write it.
const ROLE_NAMES = new Set(["committee"]);
const tr = cliTexts.roles;

function roleChange(grant: boolean): Run {
  return (args, env) => {
    const [typed, role, ...extra] = args;
    if (!typed || (role !== undefined && !ROLE_NAMES.has(role)) || extra.length) {
      env.err(tr.usage(grant ? "grant" : "revoke"));
      return 2;
    }
    // The same id check as /cap_quyen (handlers/review/roles.ts).
    const checked = checkPersonId(typed);
    if (!checked.ok) {
      env.err(checked.message);
      return 2;
    }
    const person = checked.person;
    // The same change as /cap_quyen and /thu_quyen in the chat: audited, and the person is told.
    const changed = env.store.tx(() => changeCommitteeRole(env.store, { person, grant, by: env.actor, at: env.now() }));
    env.out(grant ? (changed ? tr.granted(person) : tr.alreadyHas(person)) : changed ? tr.revoked(person) : tr.hadNone(person));
    return 0;
  };
}

const ta = cliTexts.assignments;

const assignments: Run = (args, env) => {
  const [sub, file, ...extra] = args;
  if (sub === "list" && file === undefined) return assignmentsList(env);
  if (sub !== "import" || !file || extra.length) {
    env.err(ta.usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(file), "utf8");
  } catch {
    env.err(cliTexts.common.cannotRead(file));
    return 1;
  }
  const parsed = parseAssignmentsCsv(text, isoDayIn(env.now()));
  if (!parsed.ok) {
    for (const e of parsed.errors) env.err(e);
    env.err(ta.rejected(parsed.errors.length));
    return 1;
  }
  // The roster is the complete current list: say so before it replaces the stored one.
  env.err(ta.replacing(listAssignments(env.store).length, parsed.rows.length));
  replaceAssignments(env.store, parsed.rows, { actor: env.actor, at: env.now() });
  env.out(ta.imported(parsed.rows.length));
  return 0;
};

function assignmentsList(env: Env): number {
  const rows = listAssignments(env.store);
  if (!rows.length) {
    env.out(ta.empty);
    return 0;
  }
  const today = isoDayIn(env.now());
  env.out(ta.listHeader(rows.length));
  for (const a of rows) env.out(ta.listLine(a.person, a.area, formatIsoDay(a.since), fullYears(a.since, today)));
  return 0;
}

const auditVerify: Run = (args, env) => {
  let heads: { seq: number; hash: string }[];
  try {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { head: { type: "string", multiple: true } } });
    if (positionals.join(" ") !== "verify") throw new Error("usage");
    heads = (values.head ?? []).map((h) => {
      const head = parseHead(h);
      if (!head) throw new Error("usage");
      return head;
    });
  } catch {
    env.err(cliTexts.audit.usage);
    return 2;
  }
  const r = verifyAudit(env.store, { heads });
  if (!r.ok) {
    env.out(cliTexts.audit.broken(r.seq ? cliTexts.audit.entry(r.seq) : cliTexts.audit.noEntry, r.subject, auditReason(r.reason)));
    return 1;
  }
  // Who may see a report is kept in clear for the queries; it must agree with the audited record.
  const reports = checkReportRows(env.store);
  if (!reports.ok) {
    env.out(cliTexts.audit.broken(cliTexts.audit.noEntry, reports.subject, auditReason(reports.reason)));
    return 1;
  }
  env.out(cliTexts.audit.ok(r.count, heads.map(formatHead), formatHead(auditHead(env.store))));
  return 0;
};

const exportCmd: Run = (args, env) => {
  let values: { from?: string; to?: string; out?: string; leadership?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { from: { type: "string" }, to: { type: "string" }, out: { type: "string" }, leadership: { type: "boolean" } },
    }));
  } catch {
    values = {};
  }
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!values.from || !values.to || !day.test(values.from) || !day.test(values.to)) {
    env.err(cliTexts.export.usage);
    return 2;
  }
  // 2026-02-31 is no day: refused as the roster import refuses it, not read as a range's edge.
  const notADay = [values.from, values.to].find((d) => !isCalendarDay(d));
  if (notADay) {
    env.err(cliTexts.export.notADay(notADay));
    return 2;
  }
  if (values.from > values.to) {
    env.err(cliTexts.export.reversed(values.from, values.to));
    return 2;
  }
  const folder = values.out ? dirname(resolve(values.out)) : undefined;
  if (folder && !(existsSync(folder) && statSync(folder).isDirectory())) {
    env.err(cliTexts.export.noFolder(folder));
    return 1;
  }
  const range = { from: values.from, to: values.to, includeLeadership: values.leadership === true };
  const { csv, submissions, leftOut } = exportCsv(env.store, range);
  if (values.out) {
    writePrivateFile(resolve(values.out), csv);
    env.err(cliTexts.export.done(submissions, values.out));
  } else process.stdout.write(csv);
  // Said even when writing to stdout (this goes to stderr): the file is not the whole register.
  if (leftOut) env.err(cliTexts.export.leadershipLeftOut(leftOut));
  return 0;
};

/** Writes a file only its owner can read, also when it already existed with a wider mode. */
function writePrivateFile(path: string, text: string): void {
  const fd = openSync(path, "w", 0o600);
  try {
    // Narrowed before a byte is written: an existing file keeps its mode through open("w").
    fchmodSync(fd, 0o600);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Who runs the CLI, for the audit log: `cli:<os user>`, or `cli:admin` when the OS cannot say. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return "cli:admin";
  }
}

function adapt(name: string, usage: string, summary: string, run: Run, help?: string): AdminSubcommand {
  return {
    name,
    usage,
    summary,
    help,
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

/**
 * The review rows of bot/cli/admin.ts's subcommand table. Each `run` returns the exit code (0 done,
 * 1 refused or failed, 2 wrong usage) and changes nothing when it refuses; every change it makes is
 * audited in the same transaction.
 */
export const reviewAdminCommands: AdminSubcommand[] = [
  adapt("grant", "grant <kênh:mã>", tr.grantSummary, roleChange(true), tr.usage("grant")),
  adapt("revoke", "revoke <kênh:mã>", tr.revokeSummary, roleChange(false), tr.usage("revoke")),
  adapt("assignments", "assignments import FILE.csv | list", ta.summary, assignments, ta.usage),
  adapt("audit", "audit verify [--head N:HASH]", cliTexts.audit.summary, auditVerify, cliTexts.audit.usage),
  adapt("export", "export --from D --to D [--out F]", cliTexts.export.summary, exportCmd, cliTexts.export.usage),
];

/** True for a YYYY-MM-DD that is on the calendar. */
function isCalendarDay(d: string): boolean {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, day));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === day;
}
