import { isoDayIn } from "../../core/display.js";
import { wordKey } from "../../core/text.js";
import { sanitizeText } from "./sanitize.js";

// Calendar dates as people type them, read in Vietnam time: "05/03/2025", "5/3" (this year),
// "5-3-25", "ngày 5 tháng 3 năm 2025", "2025-03-05", "hôm nay", "tối qua", "hôm kia", "3 ngày
// trước", "thứ sáu tuần trước", "15/10 năm ngoái", with or without a time ("lúc 9h"). A period
// rather than a day ("tuần trước", "tháng 10", "dịp Tết") is not a date: the person is asked for one.

/** Regulation 131-QĐ/TW is dated 27/10/2023: nothing before it is declared under it. */
export const EARLIEST_DATE = "2023-10-27";

const MAX_DATE_CHARS = 100;

export type DateError = "unreadable" | "invalid" | "future" | "tooEarly" | "vague" | "ambiguous";
export type DateResult =
  | { ok: true; value: string }
  /** `candidates` (dd/mm/yyyy) for "ambiguous": the days the words may mean, latest first. */
  | { ok: false; reason: DateError; understood?: string; candidates?: string[] };

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

// "hôm trước" is "the other day" as often as "the day before yesterday": a period, asked about.
const RELATIVE: Record<string, number> = { "hom nay": 0, nay: 0, "hom qua": 1, qua: 1, "hom kia": 2 };

/** Days of the week (Monday 1 … Sunday 7), folded, as typed: "thứ hai", "thứ 2", "t2", "chủ nhật", "cn". */
const WEEKDAYS: Record<string, number> = {
  "thu hai": 1,
  "thu 2": 1,
  t2: 1,
  "thu ba": 2,
  "thu 3": 2,
  t3: 2,
  "thu tu": 3,
  "thu 4": 3,
  t4: 3,
  "thu nam": 4,
  "thu 5": 4,
  t5: 4,
  "thu sau": 5,
  "thu 6": 5,
  t6: 5,
  "thu bay": 6,
  "thu 7": 6,
  t7: 6,
  "chu nhat": 7,
  cn: 7,
};

// A part of the day before "nay", "qua", "hôm qua" ("tối qua": yesterday evening), and a time of
// day anywhere ("lúc 9h", "9 giờ sáng", "14:30"): neither changes the day.
const PART_OF_DAY = /^(?:buoi )?(?:sang|trua|chieu|toi|dem|khuya) (?:ngay )?/;
const TIME_OF_DAY = /(?:^| )(?:luc |vao )?\d{1,2} ?(?:h|gio)(?: ?\d{1,2}(?: phut)?)?(?: (?:sang|trua|chieu|toi|dem))?(?= |$)/g;
/** Words around a day that say nothing more about it. */
const AROUND = /(?:^| )(?:vua roi|vua qua|vua xong|roi|ngay|vao)(?= |$)/g;
/** Periods people name instead of a day: asked for the day, never turned into one. */
const VAGUE =
  /(?:^| )(?:tuan (?:truoc|nay|roi|qua)|thang (?:truoc|nay|roi|qua|\d{1,2})|nam (?:truoc|ngoai|nay)|dau (?:thang|tuan|nam)|giua (?:thang|tuan|nam)|cuoi (?:thang|tuan|nam)|may (?:hom|ngay|tuan) (?:truoc|nay)|gan day|dip|tet|hom no|bua no|bua truoc|hom truoc|khong nho|chua nho)(?= |$)/;

export function parseDate(text: string, now: Date): DateResult {
  const today = isoDayIn(now);
  // Nothing longer is a date; and wordKey() need not fold a 100.000-character message.
  if (text.length > MAX_DATE_CHARS) return { ok: false, reason: "unreadable" };
  const clean = sanitizeText(text);
  // "14:30" before the separators become spaces.
  const w = wordKey(clean.replace(/\b\d{1,2}:\d{2}\b/g, " "))
    .replace(TIME_OF_DAY, " ")
    .replace(/\s+/g, " ")
    .trim();
  const relative = relativeDay(w, today);
  if (relative) return relative;

  let y: number, m: number, d: number;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean.trim());
  // wordKey() turned "/", "-", "." and "tháng", "năm" separators into spaces: "ngay 5 thang 3 nam 2025".
  const bare = w.replace(AROUND, " ").replace(/\s+/g, " ").trim();
  const lastYear = / nam (?:ngoai|truoc)$/.test(bare);
  const day = bare.replace(/ nam (?:nay|ngoai|truoc)$/, "");
  const dmy = /^(?:ngay )?(\d{1,2}) (?:thang )?(\d{1,2})(?: (?:nam )?(\d{2}|\d{4}))?$/.exec(day);
  if (isoMatch) {
    [y, m, d] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  } else if (dmy) {
    d = Number(dmy[1]);
    m = Number(dmy[2]);
    const yy = dmy[3];
    const thisYear = Number(today.slice(0, 4));
    y = yy === undefined ? (lastYear ? thisYear - 1 : thisYear) : yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  } else {
    return { ok: false, reason: VAGUE.test(w) ? "vague" : "unreadable" };
  }
  // What was read, written as the bot writes dates (dd/mm/yyyy) even when it is no date at all.
  const understood = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${String(y).padStart(4, "0")}`;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: "invalid", understood };
  const value = iso(y, m, d);
  if (value > today) return { ok: false, reason: "future", understood };
  if (value < EARLIEST_DATE) return { ok: false, reason: "tooEarly", understood };
  return { ok: true, value };
}

/** "hôm qua", "tối qua", "3 ngày trước", "thứ sáu tuần trước": a day counted back from today. */
function relativeDay(w: string, today: string): DateResult | undefined {
  const k = w
    .replace(PART_OF_DAY, "")
    .replace(/ (?:vua roi|vua qua|roi)$/, "")
    // "hôm thứ sáu", "vào thứ 3", "ngày chủ nhật": the weekday is the day.
    .replace(/^(?:hom|vao|ngay|vao ngay|vao hom) (?=thu |t[2-7]\b|chu nhat|cn\b)/, "");
  const rel = RELATIVE[k];
  if (rel !== undefined) return { ok: true, value: addDays(today, -rel) };
  const ago = /^(?:cach day )?(\d{1,3}) (?:ngay|hom)(?: truoc)?$/.exec(k) ?? /^(\d{1,3}) (?:ngay|hom) truoc$/.exec(k);
  if (ago && (k.startsWith("cach day") || k.endsWith("truoc"))) return dated(addDays(today, -Number(ago[1])), today);
  const wd = /^(thu \w+|t[2-7]|chu nhat|cn)(?: (tuan truoc|tuan roi|tuan nay))?$/.exec(k);
  const weekday = wd ? WEEKDAYS[wd[1]!] : undefined;
  if (!wd || weekday === undefined) return undefined;
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const todayWeekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
  const week = wd[2];
  // This week's Monday, counted back; "tuần trước" is the week before it. Alone, the latest such day.
  const monday = addDays(today, 1 - todayWeekday);
  if (week === "tuan nay") return dated(addDays(monday, weekday - 1), today);
  if (week) return dated(addDays(monday, weekday - 1 - 7), today);
  const back = (todayWeekday - weekday + 7) % 7;
  // Today's own weekday, said alone: today, or a week ago? Asked, never picked.
  if (back === 0) return { ok: false, reason: "ambiguous", candidates: [today, addDays(today, -7)].map(dmy) };
  return dated(addDays(today, -back), today);
}

/** "2026-11-27" → "27/11/2026". */
function dmy(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** A day worked out from words: refused like a typed one when it is after today or too early. */
function dated(value: string, today: string): DateResult {
  const [y, m, d] = value.split("-");
  const understood = `${d}/${m}/${y}`;
  if (value > today) return { ok: false, reason: "future", understood };
  if (value < EARLIEST_DATE) return { ok: false, reason: "tooEarly", understood };
  return { ok: true, value };
}
