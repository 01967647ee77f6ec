// Dates as committee staff read them: dd/mm/yyyy in Vietnam time, ages in whole days.

export const DISPLAY_TZ = "Asia/Ho_Chi_Minh";

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

export function formatDate(d: Date, timeZone = DISPLAY_TZ): string {
  const p = parts(d, timeZone);
  return `${p.d}/${p.m}/${p.y}`;
}

export function formatDateTime(d: Date, timeZone = DISPLAY_TZ): string {
  const p = parts(d, timeZone);
  return `${p.hh}:${p.mm} ${p.d}/${p.m}/${p.y}`;
}

/** YYYY-MM-DD of the calendar day in that time zone. */
export function localIsoDate(d: Date, timeZone = DISPLAY_TZ): string {
  const p = parts(d, timeZone);
  return `${p.y}-${p.m}-${p.d}`;
}

export function ageDays(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / 86_400_000));
}

/** Whole years from `since` to `today`, both YYYY-MM-DD. */
export function fullYears(since: string, today: string): number {
  const [sy, sm, sd] = since.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - sy - (tm < sm || (tm === sm && td < sd) ? 1 : 0);
}

/** "dd/mm/yyyy" from "YYYY-MM-DD". */
export function isoToDisplay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
