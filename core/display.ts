// How the bot writes numbers, amounts and dates (voice.md): 2.500.000 đồng, dd/mm/yyyy, in
// Vietnam time. The one place that knows the time zone; every room formats through it.

/** Every calendar day the bot reads or writes is a day in Vietnam. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** 2500000 → "2.500.000" (Vietnamese thousands separator). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 2500000 → "2.500.000 đồng". */
export function formatVnd(value: number): string {
  return `${formatCount(Math.trunc(value))} đồng`;
}

const parts = (d: Date, timeZone: string) => {
  const p = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(d);
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
