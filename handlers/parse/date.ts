import { isoDayIn } from "../../core/display.js";
import { wordKey } from "../../core/text.js";
import { sanitizeText } from "./sanitize.js";

// Calendar dates as people type them, read in Vietnam time: "05/03/2025", "5/3" (this year),
// "5-3-25", "ngày 5 tháng 3 năm 2025", "2025-03-05", "hôm nay", "hôm qua", "hôm kia".

/** Regulation 131-QĐ/TW is dated 27/10/2023: nothing before it is declared under it. */
export const EARLIEST_DATE = "2023-10-27";

const MAX_DATE_CHARS = 100;

export type DateError = "unreadable" | "invalid" | "future" | "tooEarly";
export type DateResult = { ok: true; value: string } | { ok: false; reason: DateError; understood?: string };

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const RELATIVE: Record<string, number> = { "hom nay": 0, nay: 0, "hom qua": 1, qua: 1, "hom kia": 2, "hom truoc": 2 };

export function parseDate(text: string, now: Date): DateResult {
  const today = isoDayIn(now);
  // Nothing longer is a date; and wordKey() need not fold a 100.000-character message.
  if (text.length > MAX_DATE_CHARS) return { ok: false, reason: "unreadable" };
  const clean = sanitizeText(text);
  const w = wordKey(clean);
  const rel = RELATIVE[w];
  if (rel !== undefined) return { ok: true, value: addDays(today, -rel) };

  let y: number, m: number, d: number;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean.trim());
  // wordKey() turned "/", "-", "." and "tháng", "năm" separators into spaces: "ngay 5 thang 3 nam 2025".
  const dmy = /^(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2})(?: (?:nam )?(\d{2}|\d{4}))?$/.exec(w);
  if (isoMatch) {
    [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  } else if (dmy) {
    d = Number(dmy[1]);
    m = Number(dmy[2]);
    const yy = dmy[3];
    y = yy === undefined ? Number(today.slice(0, 4)) : yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  } else {
    return { ok: false, reason: "unreadable" };
  }
  // What was read, written as the bot writes dates (dd/mm/yyyy) even when it is no date at all.
  const understood = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${String(y).padStart(4, "0")}`;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: "invalid", understood };
  const value = iso(y, m, d);
  if (value > today) return { ok: false, reason: "future", understood };
  if (value < EARLIEST_DATE) return { ok: false, reason: "tooEarly", understood };
  return { ok: true, value };
}
