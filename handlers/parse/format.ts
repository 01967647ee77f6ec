import { TIME_ZONE, isoDayIn } from "./date.js";

// How the bot writes numbers and dates (voice.md): 2.500.000 đồng, dd/mm/yyyy.

export function formatVnd(value: number): string {
  return `${String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} đồng`;
}

/** "2025-03-05" → "05/03/2025". */
export function formatIsoDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** An instant as its day in Vietnam, dd/mm/yyyy. */
export function formatDay(at: Date): string {
  return formatIsoDay(isoDayIn(at, TIME_ZONE));
}

export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
