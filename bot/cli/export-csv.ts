// Loads every feature's dialogs, so answers carry the declaration forms' labels.
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

/** Quoted; a field that Excel would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
export function csvField(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

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
  return { csv: "\uFEFF" + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n", submissions };
}
