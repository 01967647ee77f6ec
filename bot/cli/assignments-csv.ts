import { z } from "zod";
import type { Assignment } from "../../storage/assignments.js";

// Parses the rotation roster: UTF-8 CSV (an Excel BOM is fine), header `person,area,since`, dates
// YYYY-MM-DD. Every bad row is reported by line number and reason; one bad row rejects the file.

export type ParseResult = { ok: true; rows: Assignment[] } | { ok: false; errors: string[] };

/** RFC 4180 fields: commas, double quotes ("" inside quotes), CRLF or LF; line numbers kept. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      fields.push(field);
      out.push({ line: rowLine, fields });
      fields = [];
      field = "";
      line++;
      rowLine = line;
    } else field += c;
  }
  if (field !== "" || fields.length) {
    fields.push(field);
    out.push({ line: rowLine, fields });
  }
  // Blank lines carry nothing.
  return out.filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ""));
}

const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải theo dạng YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "ngày không có thật");

export function parseAssignmentsCsv(text: string, today: string): ParseResult {
  const rows = parseCsv(text);
  const errors: string[] = [];
  const header = rows[0];
  if (!header || header.fields.map((f) => f.trim().toLowerCase()).join(",") !== "person,area,since") {
    return { ok: false, errors: [`dòng 1: tiêu đề phải là person,area,since`] };
  }
  const seen = new Map<string, number>();
  const out: Assignment[] = [];
  for (const r of rows.slice(1)) {
    if (r.fields.length !== 3) {
      errors.push(`dòng ${r.line}: cần 3 cột (person,area,since), có ${r.fields.length}`);
      continue;
    }
    const [person, area, since] = r.fields.map((f) => f.trim()) as [string, string, string];
    if (!person) errors.push(`dòng ${r.line}: thiếu person`);
    if (!area) errors.push(`dòng ${r.line}: thiếu area`);
    const d = dateSchema.safeParse(since);
    if (!d.success) errors.push(`dòng ${r.line}: since «${since}»: ${d.error.issues[0]!.message}`);
    else if (since > today) errors.push(`dòng ${r.line}: since «${since}» ở tương lai`);
    if (person && area) {
      const key = `${person}\u0000${area}`;
      const first = seen.get(key);
      if (first) errors.push(`dòng ${r.line}: trùng với dòng ${first} (${person}, ${area})`);
      else seen.set(key, r.line);
    }
    out.push({ person, area, since });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, rows: out };
}
