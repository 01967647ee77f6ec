// Loads every feature's dialogs, so answers carry the declaration forms' labels.
import { stringify } from "csv-stringify/sync";
import type { Store } from "../../storage/db.js";
import { listDecisions } from "../../storage/decisions.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { wireFeatures } from "../../handlers/app.js";
import { answerLines } from "../../handlers/dialog/answer-format.js";
import { formatDay, isoDayIn } from "../../core/display.js";
import { vi } from "../../handlers/texts/vi.js";

// Submissions and their decisions as CSV for the committee's files: UTF-8 with a BOM (so Excel
// reads Vietnamese), CRLF rows, every field quoted. One row per decision; a submission without a
// decision has one row with the decision columns empty. Dates are Vietnam calendar days.

const HEADER = [
  "Mã",
  "Loại",
  "Trạng thái",
  "Người khai",
  "Tên người khai",
  "Ngày khai",
  "Nội dung khai",
  "Quyết định",
  "Lý do",
  "Người quyết định",
  "Ngày quyết định",
];

/** A field that Excel would run as a formula (=, +, -, @, or a tab or CR before one) gets an apostrophe in front. */
export function formulaSafe(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * The submissions created in [from, to] (Vietnam calendar days, YYYY-MM-DD) and their decisions,
 * as the text of a CSV file, and how many submissions it holds. Promises: a BOM, CRLF rows, every
 * field quoted, no field that a spreadsheet would run as a formula.
 */
export function exportCsv(store: Store, range: { from: string; to: string }): { csv: string; submissions: number } {
  const { dialogs } = wireFeatures();
  const rows: string[][] = [HEADER];
  let submissions = 0;
  for (const s of listAllSubmissions(store)) {
    const day = isoDayIn(s.createdAt);
    if (day < range.from || day > range.to) continue;
    submissions++;
    const base = [
      s.code,
      vi.review.kinds[s.kind] ?? s.kind,
      vi.review.statuses[s.status] ?? s.status,
      s.declarant,
      s.declarantName ?? "",
      formatDay(s.createdAt),
      answerLines(dialogs.get(s.kind), s.answers).map((l) => l.replace(/^• /, "")).join("\n"),
    ];
    const decisions = listDecisions(store, s.id);
    if (!decisions.length) rows.push([...base, "", "", "", ""]);
    for (const d of decisions) rows.push([...base, vi.review.decisions[d.decision] ?? d.decision, d.reason, d.by, formatDay(d.at)]);
  }
  const csv = stringify(
    rows.map((r) => r.map(formulaSafe)),
    { bom: true, quoted: true, quoted_empty: true, record_delimiter: "\r\n" },
  );
  return { csv, submissions };
}
