// Loads every feature's dialogs, so answers carry the declaration forms' labels.
import { stringify } from "csv-stringify/sync";
import type { Store } from "../../storage/db.js";
import { listDecisions } from "../../storage/decisions.js";
import { listAllSubmissions, type Submission, type SubmissionKind } from "../../storage/submissions.js";
import { wireFeatures } from "../../handlers/app.js";
import { formatAnswer, labelFor } from "../../handlers/dialog/answer-format.js";
import type { Answers, DialogDefinition, DialogStep } from "../../handlers/dialog/types.js";
import { decisionLabel, statusLabel } from "../../handlers/review/labels.js";
import { describePerson } from "../../handlers/review/roles.js";
import { formatDay, isoDayIn } from "../../core/display.js";
import { vi } from "../../handlers/texts/vi.js";

// Submissions as CSV for the committee's files: UTF-8 with a BOM (so Excel reads Vietnamese), CRLF
// rows, every field quoted. Dates are Vietnam calendar days.
//
// Layout: ONE file, ONE row per submission. First the columns every row has (code, kind, status,
// declarant, date, the number of decisions and the latest one with its reason), then each kind's
// answers, one column per step, headed "<kind>: <step label>" (the committee's label), blank where
// the row is of another kind or the step did not apply. One file rather than one per kind: the
// clerk opens a single file, sorts or filters on "Loại", and the fixed columns sit in the same
// place on every row; the kind in each answer header says whose columns they are.
//
// Reports (kind "report") are exported as the committee's view shows them: a hidden reporter is
// never named (like `admin submissions`), their identity mode and audience are columns, and a
// purged report says so instead of its contents. Leadership-only reports are left out unless
// asked for (`includeLeadership`): the committee's lists do not show them to other members.

/** The submission kinds, in column order. */
const KINDS: readonly SubmissionKind[] = ["conflict", "gift", "report"];

const FIXED = [
  "Mã",
  "Loại",
  "Trạng thái",
  "Người khai",
  "Tên người khai",
  "Ngày khai",
  "Số quyết định",
  "Quyết định gần nhất",
  "Lý do",
  "Người quyết định",
  "Ngày quyết định",
];
/** Answers under keys the dialog no longer knows (an older version's fields), and notes such as a purge. */
const OTHER = "Nội dung khác";

/** A field that Excel would run as a formula (=, +, -, @, or a tab or CR before one) gets an apostrophe in front. */
export function formulaSafe(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

interface Column {
  kind: SubmissionKind;
  step: DialogStep;
}

/** A step's header: the committee's label, the kind in front; an amount (key "…Vnd") says its unit. */
function header(c: Column): string {
  const unit = /Vnd$/.test(c.step.key) ? " (đồng)" : "";
  return `${vi.review.kinds[c.kind] ?? c.kind}: ${labelFor(c.step, "committee")}${unit}`;
}

/**
 * One answer cell: a number as plain digits (a number cell in Excel, not "2.500.000 đồng"),
 * everything else as the committee's view reads it (so "không rõ" is "Không rõ").
 */
function cell(step: DialogStep, value: unknown): string {
  return typeof value === "number" ? String(value) : formatAnswer(step, value);
}

/** The answers a row shows: a report's identity mode and audience come from its record. */
function shownAnswers(s: Submission): Answers {
  if (!s.report) return s.answers;
  return { ...s.answers, identity: s.report.identity, audience: s.report.audience };
}

/** The declarant columns: a hidden reporter is never named, not even by id. */
function who(s: Submission): [string, string] {
  if (s.report?.identity === "anonymous") return [vi.reports.whoAnonymous, ""];
  if (s.report?.identity === "confidential") return [vi.reports.whoConfidential, ""];
  return [s.declarant, s.declarantName ?? ""];
}

/**
 * The submissions created in [from, to] (Vietnam calendar days, YYYY-MM-DD) as the text of a CSV
 * file, how many it holds, and how many leadership-only reports were left out. Promises: a BOM,
 * CRLF rows, every field quoted, no field that a spreadsheet would run as a formula.
 */
export function exportCsv(
  store: Store,
  range: { from: string; to: string; includeLeadership?: boolean },
): { csv: string; submissions: number; leftOut: number } {
  const { dialogs } = wireFeatures();
  const defs = new Map<SubmissionKind, DialogDefinition | undefined>(KINDS.map((k) => [k, dialogs.get(k)]));
  const columns: Column[] = KINDS.flatMap((kind) => (defs.get(kind)?.steps ?? []).map((step) => ({ kind, step })));
  const rows: string[][] = [[...FIXED, ...columns.map(header), OTHER]];
  let submissions = 0;
  let leftOut = 0;
  for (const s of listAllSubmissions(store)) {
    const day = isoDayIn(s.createdAt);
    if (day < range.from || day > range.to) continue;
    if (s.report?.audience === "leadership" && !range.includeLeadership) {
      leftOut++;
      continue;
    }
    submissions++;
    const decisions = listDecisions(store, s.id);
    const last = decisions.at(-1);
    const answers = shownAnswers(s);
    const known = new Set((defs.get(s.kind)?.steps ?? []).map((st) => st.key));
    const other = Object.keys(s.answers)
      .filter((k) => !known.has(k))
      .map((k) => `${k}: ${formatAnswer(undefined, s.answers[k])}`);
    if (s.report?.purgedAt) other.push(vi.reports.viewPurged(formatDay(new Date(s.report.purgedAt))));
    rows.push([
      s.code,
      vi.review.kinds[s.kind] ?? s.kind,
      statusLabel(s.kind, s.status),
      ...who(s),
      formatDay(s.createdAt),
      String(decisions.length),
      last ? decisionLabel(s.kind, last.decision) : "",
      last?.reason ?? "",
      last ? describePerson(store, last.by) : "",
      last ? formatDay(last.at) : "",
      ...columns.map((c) => (c.kind === s.kind && c.step.key in answers ? cell(c.step, answers[c.step.key]) : "")),
      other.join("\n"),
    ]);
  }
  const csv = stringify(
    rows.map((r) => r.map(formulaSafe)),
    { bom: true, quoted: true, quoted_empty: true, record_delimiter: "\r\n" },
  );
  return { csv, submissions, leftOut };
}
