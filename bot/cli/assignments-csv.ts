import { PERSON_ID } from "../../core/types.js";
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { Assignment } from "../../storage/assignments.js";
import { cliTexts } from "./texts.js";

// Parses the rotation roster: UTF-8 CSV (an Excel BOM is fine), header `person,area,since`,
// separated by commas or, as Excel writes it in a Vietnamese locale, by semicolons; dates
// dd/mm/yyyy or YYYY-MM-DD, stored as YYYY-MM-DD. Every bad row is reported by line number and
// reason; one bad row rejects the file.

const t = cliTexts.assignments;

/** The rows to store, or every problem found (one per line of text). */
export type ParseResult = { ok: true; rows: Assignment[] } | { ok: false; errors: string[] };

/** A syntax error (an unclosed quote…), with the line it was found on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

// What csv-parse returns with `info: true` (its types do not follow the option).
const recordsSchema = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

/**
 * RFC 4180 records (csv-parse): quoted fields, "" inside quotes, CRLF or LF; each with the line it
 * starts on; blank lines skipped. Throws CsvSyntaxError.
 */
export function parseCsv(text: string, delimiter: "," | ";" = ","): { line: number; fields: string[] }[] {
  // One line ending throughout: csv-parse takes the first one it meets as the only one.
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let records: z.infer<typeof recordsSchema>;
  try {
    records = recordsSchema.parse(
      parse(src, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
    );
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = typeof err.lines === "number" ? err.lines : 1;
    throw new CsvSyntaxError(line, err.code === "CSV_QUOTE_NOT_CLOSED" ? t.unclosedQuote : t.unreadable(err.code));
  }
  // info.lines is where a record ends; a quoted field's line breaks are the lines it spans.
  return records.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0),
    fields: record,
  }));
}

/** What Excel wrote: semicolons when the header line has more of them than commas. */
export function detectDelimiter(text: string): "," | ";" {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => first.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

const realDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

/** "15/01/2021", "5/1/2021", "15-01-2021", "15.01.2021" or "2021-01-15" → "2021-01-15". */
const dateSchema = z.string().transform((s, ctx) => {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  if (iso === undefined) {
    ctx.addIssue({ code: "custom", message: t.dateFormat });
    return z.NEVER;
  }
  if (!realDay(iso)) {
    ctx.addIssue({ code: "custom", message: t.dateUnreal });
    return z.NEVER;
  }
  return iso;
});

const CHANNEL_ID = /^(telegram|zalo|console):/i;
// A Telegram user id is a number; Zalo's an opaque token of letters and digits; the terminal's a word.

/**
 * The person column holds a name as written in the roster, or a person id (`kênh:mã`). What reads
 * as an id must be a well-formed one: "telegram:@nguyenvana" (a username) or "zalo:Lê An" would
 * never match the person the committee means.
 */
function personProblem(person: string): string | undefined {
  if (person.startsWith("@") || (CHANNEL_ID.test(person) && !PERSON_ID.test(person))) return t.badPerson(person);
  return undefined;
}

/** The roster in `text` as rows to store, or every problem found, each naming its line. `today` is YYYY-MM-DD. */
export function parseAssignmentsCsv(text: string, today: string): ParseResult {
  let rows: { line: number; fields: string[] }[];
  try {
    rows = parseCsv(text, detectDelimiter(text));
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { ok: false, errors: [t.line(err.line, err.message)] };
    throw err;
  }
  const errors: string[] = [];
  const header = rows[0];
  if (!header || header.fields.map((f) => f.trim().toLowerCase()).join(",") !== "person,area,since") {
    return { ok: false, errors: [t.line(1, t.header)] };
  }
  const seen = new Map<string, number>();
  const out: Assignment[] = [];
  for (const r of rows.slice(1)) {
    const problem = (message: string) => errors.push(t.line(r.line, message));
    if (r.fields.length !== 3) {
      problem(t.columns(r.fields.length));
      continue;
    }
    const [person, area, sinceText] = r.fields.map((f) => f.trim()) as [string, string, string];
    if (!person) problem(t.missing("person"));
    else {
      const p = personProblem(person);
      if (p) problem(p);
    }
    if (!area) problem(t.missing("area"));
    const d = dateSchema.safeParse(sinceText);
    const since = d.success ? d.data : sinceText;
    if (!d.success) problem(t.badDate(sinceText, d.error.issues[0]!.message));
    else if (since > today) problem(t.badDateFuture(sinceText));
    if (person && area) {
      const key = `${person}\u0000${area}`;
      const first = seen.get(key);
      if (first) problem(t.duplicate(first, person, area));
      else seen.set(key, r.line);
    }
    out.push({ person, area, since });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, rows: out };
}
