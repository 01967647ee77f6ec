// How the bot writes numbers, amounts and dates (voice.md): 2.500.000 đồng, dd/mm/yyyy, in
// Vietnam time. The one place that knows the time zone; every room formats through it.

/** Every calendar day the bot reads or writes is a day in Vietnam. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** 2500000 → "2.500.000" (Vietnamese thousands separator). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Longest amount written out in digits; a longer one is named by its number of digits. */
const MAX_SHOWN_DIGITS = 30;

/**
 * 2500000 → "2.500.000". Exact for any size (a bigint, or a number as JavaScript holds it): never
 * "1e+27" or "Infinity"; an absurdly long amount reads "một số có 400 chữ số".
 */
export function formatAmount(value: bigint | number): string {
  const n = toBigInt(value);
  if (n === undefined) return "một số quá lớn";
  const sign = n < 0n ? "âm " : "";
  const digits = (n < 0n ? -n : n).toString();
  if (digits.length > MAX_SHOWN_DIGITS) return `${sign}một số có ${formatCount(digits.length)} chữ số`;
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** "2.500.000 đồng"; an absurdly long amount: "một số tiền có 400 chữ số". */
export function formatVnd(value: bigint | number): string {
  const n = toBigInt(value);
  const digits = n === undefined ? Infinity : (n < 0n ? -n : n).toString().length;
  if (digits > MAX_SHOWN_DIGITS) return `một số tiền có ${digits === Infinity ? "quá nhiều" : formatCount(digits)} chữ số`;
  return `${formatAmount(value)} đồng`;
}

function toBigInt(value: bigint | number): bigint | undefined {
  if (typeof value === "bigint") return value;
  return Number.isFinite(value) ? BigInt(Math.trunc(value)) : undefined;
}

// Building a formatter costs far more than using one: one per time zone, kept.
const formats = new Map<string, Intl.DateTimeFormat>();

const parts = (d: Date, timeZone: string) => {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  const p = format.formatToParts(d);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? "";
  return { y: get("year"), m: get("month"), d: get("day"), hh: get("hour"), mm: get("minute") };
};

/** The calendar day (YYYY-MM-DD) of an instant in Vietnam. */
export function isoDayIn(at: Date, timeZone = TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.y}-${p.m}-${p.d}`;
}

/** "2025-03-05" → "05/03/2025". */
export function formatIsoDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** An instant as its day in Vietnam, dd/mm/yyyy. */
export function formatDay(at: Date, timeZone = TIME_ZONE): string {
  return formatIsoDay(isoDayIn(at, timeZone));
}

/** An instant as "HH:MM dd/mm/yyyy" in Vietnam. */
export function formatDateTime(d: Date, timeZone = TIME_ZONE): string {
  const p = parts(d, timeZone);
  return `${p.hh}:${p.mm} ${p.d}/${p.m}/${p.y}`;
}

/** Whole days from `from` to `now`, never negative. */
export function ageDays(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / 86_400_000));
}

/** Whole years from `since` to `today`, both YYYY-MM-DD. */
export function fullYears(since: string, today: string): number {
  const [sy, sm, sd] = since.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - sy - (tm < sm || (tm === sm && td < sd) ? 1 : 0);
}
