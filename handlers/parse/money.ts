import { fold } from "../../core/text.js";
import { wordKey } from "../../core/text.js";

// Amounts in đồng as people type them: "2.500.000đ", "2tr5", "2,5 triệu", "500k", "1 tỷ",
// "hai triệu rưỡi", "năm trăm nghìn", or "không rõ". The result is a whole number of đồng.

export const MAX_VND = 1_000_000_000_000; // 1.000 tỷ: anything above is a typo, not a gift
export const MIN_VND = 1_000;

export type MoneyError = "negative" | "zero" | "tooSmall" | "tooLarge" | "unreadable";
export type MoneyResult = { ok: true; value: number | null } | { ok: false; reason: MoneyError; understood?: number };

const UNKNOWN = new Set([
  "khong ro", "chua ro", "ko ro", "k ro", "khong biet", "chua biet", "ko biet", "khong xac dinh",
  "chua xac dinh", "khong uoc tinh duoc", "khong ro gia tri", "khong ro gia",
]);

const SCALES: Record<string, number> = {
  k: 1e3, nghin: 1e3, ngan: 1e3,
  tr: 1e6, trieu: 1e6, cu: 1e6,
  ty: 1e9, ti: 1e9,
};
const DIGITS: Record<string, number> = {
  khong: 0, mot: 1, mots: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};
const FILLERS = new Set(["linh", "le", "va", "dong", "vnd", "khoang", "chung", "uoc", "tinh", "tri", "gia", "xap", "xi", "tong", "cong", "hon", "gan", "tren"]);

function parseNumeral(s: string): { value: number; plainDigits: string | undefined } | undefined {
  if (/^\d+$/.test(s)) return { value: Number(s), plainDigits: s };
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return { value: Number(s.replace(/[.,]/g, "")), plainDigits: undefined };
  if (/^\d+[.,]\d{1,2}$/.test(s)) return { value: Number(s.replace(",", ".")), plainDigits: undefined };
  return undefined;
}

export function parseMoney(text: string): MoneyResult {
  const w = wordKey(text);
  if (UNKNOWN.has(w)) return { ok: true, value: null };
  let s = fold(text);
  if (/^(-|âm\b|am\s)/.test(s)) {
    const rest = parseMoney(s.replace(/^(-|am)\s*/, ""));
    return rest.ok && rest.value ? { ok: false, reason: "negative", understood: -rest.value } : { ok: false, reason: "negative" };
  }
  // "tầm 500k" (about): drop it only before a number, since "tám" (eight) folds to the same word.
  s = s.replace(/^tam\s+(?=\d)/, "");
  s = s.replace(/(\d)\s*(d|vnd)\b/g, "$1 ");
  s = s.replace(/(\d) (?=\d{3}\b)/g, "$1"); // "2 500 000"
  if (/[^a-z0-9.,\s/]/.test(s.replace(/[~≈:;!]/g, " "))) return { ok: false, reason: "unreadable" };

  const tokens = s.match(/\d+(?:[.,]\d+)*|[a-z]+/g) ?? [];
  let total = 0;
  let group = 0;
  let lastScale = 0;
  let lastDigitWord: number | undefined;
  let lastWasHundred = false;
  let trailingDigits: string | undefined; // a plain number written after a scale: "2tr5"
  let sawNumber = false;

  for (const tok of tokens) {
    const numeral = /^\d/.test(tok) ? parseNumeral(tok) : undefined;
    if (/^\d/.test(tok)) {
      if (!numeral) return { ok: false, reason: "unreadable" };
      group += numeral.value;
      trailingDigits = lastScale && numeral.plainDigits && numeral.plainDigits.length <= 3 ? numeral.plainDigits : undefined;
      sawNumber = true;
      lastDigitWord = undefined;
      lastWasHundred = false;
      continue;
    }
    const scale = SCALES[tok];
    if (scale) {
      if (!sawNumber) return { ok: false, reason: "unreadable" };
      if (lastScale && scale > lastScale) total = (total + group) * scale;
      else total += (group || 1) * scale;
      group = 0;
      lastScale = scale;
      trailingDigits = undefined;
      lastDigitWord = undefined;
      lastWasHundred = false;
      continue;
    }
    if (tok in DIGITS) {
      const d = DIGITS[tok]!;
      group += d;
      lastDigitWord = d;
      lastWasHundred = false;
      sawNumber = true;
      trailingDigits = undefined;
      continue;
    }
    if (tok === "muoi") {
      group += lastDigitWord !== undefined ? lastDigitWord * 9 : 10;
      lastDigitWord = undefined;
      sawNumber = true;
      continue;
    }
    if (tok === "tram") {
      if (!sawNumber) return { ok: false, reason: "unreadable" };
      const hundreds = group % 1000 || 1;
      group = group - (group % 1000) + hundreds * 100;
      lastDigitWord = undefined;
      lastWasHundred = true;
      continue;
    }
    if (tok === "ruoi") {
      if (lastWasHundred) group += 50;
      else if (lastScale) total += lastScale / 2;
      else return { ok: false, reason: "unreadable" };
      lastWasHundred = false;
      continue;
    }
    if (FILLERS.has(tok)) continue;
    return { ok: false, reason: "unreadable" };
  }
  if (!sawNumber) return { ok: false, reason: "unreadable" };

  if (group && lastScale >= 1000) {
    // After a scale, a short plain number or one spoken digit is the decimals of that scale ("2tr5",
    // "ba triệu hai" = 3.200.000) and a longer spoken group is the next lower scale
    // ("hai triệu năm trăm" = 2.500.000).
    if (trailingDigits !== undefined) total += (Number(trailingDigits) / 10 ** trailingDigits.length) * lastScale;
    else total += group < 10 ? (group / 10) * lastScale : group * (lastScale / 1000);
  } else {
    total += group;
  }
  // "2,5" with no unit: neither đồng nor a guess at the unit.
  if (!Number.isInteger(total) && !lastScale) return { ok: false, reason: "unreadable" };
  const value = Math.round(total);
  if (value <= 0) return { ok: false, reason: "zero" };
  if (value < MIN_VND) return { ok: false, reason: "tooSmall", understood: value };
  if (value > MAX_VND) return { ok: false, reason: "tooLarge", understood: value };
  return { ok: true, value };
}
