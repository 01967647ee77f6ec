import { TIME_ZONE, isoDayIn } from "./date.js";

// How the bot writes numbers and dates (voice.md): 2.500.000 đồng, dd/mm/yyyy.

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
