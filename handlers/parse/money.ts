import { fold, wordKey } from "../../core/text.js";
import { sanitizeText } from "./sanitize.js";

// Amounts in đồng as people type them: "2.500.000đ", "2tr5", "2,5 triệu", "500k", "1 tỷ",
// "hai triệu rưỡi", "năm trăm nghìn", "nửa triệu", "0.5 tỷ", or "không rõ". The result is a whole number of
// đồng. The parser never guesses: every reading the words allow is worked out, and when they
// disagree ("2 triệu 3 triệu", "1.500 triệu", "tu 5 trieu") the person is asked which they meant.

export const MAX_VND = 1_000_000_000_000; // 1.000 tỷ: anything above is a typo, not a gift
export const MIN_VND = 1_000;

export type MoneyError = "negative" | "zero" | "tooSmall" | "tooLarge" | "unreadable" | "ambiguous" | "notDong" | "bound";
export type MoneyResult =
  | { ok: true; value: number | null }
  /** Two or more readings, smallest first: ask which one was meant. */
  | { ok: false; reason: "ambiguous"; candidates: bigint[] }
  /** A bound ("trên 1 triệu"), `understood` its amount: an estimate is asked for instead. */
  | { ok: false; reason: "bound"; understood: bigint }
  /** `understood`: the amount read (exact, any size), when there is one to show. */
  | { ok: false; reason: Exclude<MoneyError, "ambiguous" | "bound">; understood?: bigint };

// Amounts are worked out exactly, in millionths of a millionth of a đồng, so that "0.001 tỷ" and
// a 40-digit typo are both exact (a float would turn the latter into 1e+39).
const FRAC = 12;
const ONE = 10n ** BigInt(FRAC);

type Meaning =
  | { k: "num"; v: bigint; digits?: string } // digits: a plain integer exactly as typed ("05")
  | { k: "digit"; d: number }
  | { k: "muoi" } // "mười" (10) or "mươi" (× 10), told apart by what precedes it
  | { k: "tram" }
  | { k: "linh" } // "linh", "lẻ": the zero tens of "một trăm linh năm"
  | { k: "ruoi" } // "rưỡi": and a half
  | { k: "scale"; s: bigint }
  | { k: "or" } // "đến", "hay", "-": two amounts, one of which is meant
  | { k: "lead" } // "từ", "tầm": a word that may only come before the amount
  | { k: "filler" };

const UNKNOWN = new Set([
  "khong ro",
  "chua ro",
  "ko ro",
  "k ro",
  "khong biet",
  "chua biet",
  "ko biet",
  "khong xac dinh",
  "chua xac dinh",
  "khong uoc tinh duoc",
  "khong ro gia tri",
  "khong ro gia",
]);
const SCALES: Record<string, bigint> = {
  k: 1_000n,
  nghin: 1_000n,
  ngan: 1_000n,
  tr: 1_000_000n,
  trieu: 1_000_000n,
  cu: 1_000_000n,
  ty: 1_000_000_000n,
  ti: 1_000_000_000n,
};
const TY = 1_000_000_000n;
const DIGITS: Record<string, number> = {
  khong: 0,
  mot: 1,
  mots: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  chin: 9,
};
const FILLERS = new Set([
  "d",
  "dong",
  "vnd",
  "khoang",
  "chung",
  "uoc",
  "tinh",
  "tri",
  "gia",
  "xap",
  "xi",
  "tong",
  "cong",
  "hon",
  "gan",
  "tren",
  "duoi",
  "ngoai",
  "va",
  // "2 triệu gì đó": or so.
  "gi",
  "do",
  "la",
  "muc",
]);
const digit = (d: number): Meaning => ({ k: "digit", d });
const FILLER: Meaning = { k: "filler" };
const LEAD: Meaning = { k: "lead" };
const OR: Meaning = { k: "or" };
/**
 * Words whose meaning hangs on the tone: typed with diacritics, the spelling decides ("từ 2 triệu"
 * is "from 2 million", "tư" is four); typed without, every meaning is tried.
 */
const BY_SPELLING: Record<string, Record<string, Meaning>> = {
  tu: { tư: digit(4), từ: LEAD },
  tam: { tám: digit(8), tầm: LEAD, tạm: LEAD },
  den: { đến: OR },
  toi: { tới: OR },
};
const MAX_TOKENS = 30;
const MAX_READINGS = 256;
const MAX_CANDIDATES = 4;

export function parseMoney(text: string): MoneyResult {
  const clean = sanitizeText(text).normalize("NFC").toLowerCase().trim();
  if (UNKNOWN.has(wordKey(clean))) return { ok: true, value: null };
  const negative = /^(?:-|âm\s|am\s)\s*/.exec(clean);
  if (negative) {
    // Read once, not recursively: "- - - …" a hundred thousand times must not exhaust the stack.
    const rest = readAmount(clean.slice(negative[0].length));
    return rest.ok && rest.value ? { ok: false, reason: "negative", understood: -BigInt(rest.value) } : { ok: false, reason: "negative" };
  }
  if (NOT_DONG_MARKED.test(clean)) return { ok: false, reason: "notDong" };
  const read = readAmount(clean);
  // "trên 1 triệu", "dưới 500k": a bound, not the estimate asked for; stored, it would read as one.
  const bound = BOUND.test(wordKey(clean));
  if (read.ok && read.value !== null && bound) return { ok: false, reason: "bound", understood: BigInt(read.value) };
  // Dollars, gold: the step asks for đồng, and a rate is not the bot's to pick. Checked only once
  // the words failed as an amount in đồng ("2 triệu đồng" is never in question).
  if (!read.ok && read.reason === "unreadable" && (NOT_DONG.test(fold(clean)) || NOT_DONG_MARKED.test(clean)))
    return { ok: false, reason: "notDong" };
  return read;
}

/** Words that make an amount a bound: over, under, more than. */
const BOUND = /(?:^| )(tren|hon|duoi|ngoai)(?= |$)/;

/** Other currencies and gold, as people name them (folded: no tone marks, lower case). */
const NOT_DONG = /(?:\$|€|£|¥|\b(?:usd|do la|dola|dollar|euro|eur|yen|nhan dan te|won|baht|bang anh|vang|sjc|cay vang|chi vang)\b)/u;
/** Those whose letters fold into everyday words ("đô" and "đó", "tệ" and "tế"): only as typed with their marks. */
const NOT_DONG_MARKED = /(?:^|[\s\d])(?:đô|tệ)(?=$|[\s.,!?])/u;

function readAmount(clean: string): MoneyResult {
  const tokens = tokenize(clean);
  if (!tokens) return { ok: false, reason: "unreadable" };

  const values = new Set<bigint>();
  for (const reading of readings(tokens)) for (const v of evaluate(reading) ?? []) values.add(v);
  const found = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (found.length === 0 || found.length > MAX_CANDIDATES) return { ok: false, reason: "unreadable" };
  if (found.length > 1) return { ok: false, reason: "ambiguous", candidates: found };
  const value = found[0]!;
  if (value <= 0n) return { ok: false, reason: "zero" };
  if (value < BigInt(MIN_VND)) return { ok: false, reason: "tooSmall", understood: value };
  if (value > BigInt(MAX_VND)) return { ok: false, reason: "tooLarge", understood: value };
  return { ok: true, value: Number(value) };
}

// ── words → the meanings each may have ──────────────────────────────────────

/** Every token with its possible meanings; undefined when something is not part of an amount. */
function tokenize(clean: string): Meaning[][] | undefined {
  let s = clean.replace(/[~≈:;!?()]/g, " ");
  s = s.replace(/(\d) (?=\d{3}(?!\d))/g, "$1"); // "2 500 000"
  if (/[^\p{L}\p{M}\d.,\s-]/u.test(s)) return undefined;
  const raw: string[] = [];
  for (const m of s.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|-/gu)) {
    if (raw.push(m[0]) > MAX_TOKENS) return undefined;
  }
  const out: Meaning[][] = [];
  let started = false; // a number came already: "từ", "tầm" can no longer be leading words
  for (const [i, tok] of raw.entries()) {
    let meanings = /^\d/.test(tok) ? numeral(tok, scaleFollows(raw, i)) : tok === "-" ? [OR] : word(tok);
    if (started) meanings = meanings.filter((m) => m.k !== "lead");
    if (!meanings.length) return undefined;
    started ||= meanings.every((m) => m.k !== "filler" && m.k !== "lead");
    out.push(meanings);
  }
  return out;
}

function word(tok: string): Meaning[] {
  const f = fold(tok);
  const bySpelling = BY_SPELLING[f];
  if (bySpelling) {
    if (tok === f) return [...new Set(Object.values(bySpelling))];
    const m = bySpelling[tok];
    return m ? [m] : [];
  }
  const scale = SCALES[f];
  if (scale) return [{ k: "scale", s: scale }];
  const d = DIGITS[f];
  if (d !== undefined) return [digit(d)];
  if (f === "muoi") return [{ k: "muoi" }];
  if (f === "tram") return [{ k: "tram" }];
  if (f === "linh" || f === "le") return [{ k: "linh" }];
  if (f === "ruoi") return [{ k: "ruoi" }];
  // "nửa triệu": half of the scale that follows (alone, half a đồng, which is no amount).
  if (f === "nua") return [{ k: "num", v: ONE / 2n }];
  if (f === "hay" || f === "hoac") return [OR];
  if (FILLERS.has(f)) return [FILLER];
  return [];
}

function scaleFollows(raw: readonly string[], i: number): boolean {
  for (const tok of raw.slice(i + 1)) {
    const f = fold(tok);
    if (SCALES[f]) return true;
    if (!FILLERS.has(f)) return false;
  }
  return false;
}

/**
 * "2.500.000" is thousands; "2,5" and "0.001" are decimals. Before a scale word one point or comma
 * is a decimal one ("1.5 triệu", "1,255 triệu", "0.010 tỷ"); elsewhere "2.500" is thousands.
 */
function numeral(tok: string, beforeScale: boolean): Meaning[] {
  if (/^\d+$/.test(tok)) return [{ k: "num", v: BigInt(tok) * ONE, digits: tok }];
  const out: Meaning[] = [];
  const single = /^(\d+)[.,](\d+)$/.exec(tok);
  const thousands = /^[1-9]\d{0,2}(?:(?:\.\d{3})+|(?:,\d{3})+)$/.test(tok) && !(single && beforeScale);
  if (thousands) out.push({ k: "num", v: BigInt(tok.replace(/[.,]/g, "")) * ONE });
  const mixed = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(tok) ?? /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(tok);
  const dec = single ?? mixed;
  if (dec && !thousands && dec[2]!.length <= FRAC) {
    out.push({ k: "num", v: BigInt(dec[1]!.replace(/[.,]/g, "")) * ONE + BigInt(dec[2]!.padEnd(FRAC, "0")) });
  }
  return out;
}

/**
 * Every combination of meanings, fillers dropped; a leading word ("từ", "tầm") only before the
 * first number. None at all when they are too many to try.
 */
function readings(tokens: readonly Meaning[][]): Meaning[][] {
  const count = tokens.reduce((n, t) => n * t.length, 1);
  if (count > MAX_READINGS) return [];
  let acc: Meaning[][] = [[]];
  for (const options of tokens) {
    acc = acc.flatMap((prefix) =>
      options.flatMap((m) => (m.k === "filler" ? [prefix] : m.k !== "lead" ? [[...prefix, m]] : prefix.length ? [] : [prefix])),
    );
  }
  return acc;
}

// ── one reading → the amounts it stands for ──────────────────────────────────

/** The amounts (whole đồng) one reading gives: one, or several when it names several. */
function evaluate(reading: readonly Meaning[]): bigint[] | undefined {
  const cut = reading.findIndex((m) => m.k === "or");
  let values: bigint[];
  if (cut < 0) {
    const a = amounts(reading);
    if (!a) return undefined;
    values = a.kind === "one" ? [a.value] : a.values;
  } else {
    // "2 đến 3 triệu", "2-3 triệu", "2 triệu hay 3 triệu": one of two amounts.
    const a = amounts(reading.slice(0, cut));
    const b = amounts(reading.slice(cut + 1));
    if (a?.kind !== "one" || b?.kind !== "one") return undefined;
    const first = a.top === 0n && b.top && a.value < 1000n * ONE ? a.value * b.top : a.value;
    values = [first, b.value];
  }
  if (values.some((v) => v % ONE !== 0n)) return undefined; // a fraction of a đồng: not an amount
  return values.map((v) => v / ONE);
}

type Amounts = { kind: "one"; value: bigint; top: bigint } | { kind: "many"; values: bigint[] };

interface Group {
  value: bigint;
  end: number;
  /** A plain integer as typed: "5" in "2tr5" is five tenths of a million. */
  digits?: string;
  /** Spoken words ("hai", "năm trăm"), not digits. */
  spoken: boolean;
  /** One digit, spoken or typed: "triệu hai" is 1.200.000. */
  single: boolean;
}

interface Segment {
  total: bigint;
  /** The smallest scale used so far: what comes next must be below it. */
  last: bigint;
  /** The largest scale ("2 triệu 500 nghìn": triệu), 0 for a bare number. */
  top: bigint;
  /** Ended by "rưỡi": nothing of it may follow. */
  closed: boolean;
}

/**
 * Reads "<group> <scale> <group> <scale> … [tail]" with scales going down. A scale that does not
 * go down ("2 triệu 3 triệu") starts a second amount: then the reading names both amounts and
 * their sum, and the person is asked.
 */
function amounts(m: readonly Meaning[]): Amounts | undefined {
  const segments: Segment[] = [];
  let seg: Segment | undefined;
  let pending: Group[] = [];
  let i = 0;
  while (i < m.length) {
    const t = m[i]!;
    if (t.k === "scale") {
      // "nghìn tỷ", "tỷ tỷ": a run of scale words multiplies.
      let s = t.s;
      let prev = t.s;
      let j = i + 1;
      for (let n = m[j]; n?.k === "scale" && (n.s > prev || (n.s === TY && prev === TY)); n = m[++j]) {
        s *= n.s;
        prev = n.s;
      }
      if (pending.length === 2) {
        // "hai ba triệu", "2 3 triệu": from two to three million.
        const [a, b] = pending as [Group, Group];
        if (seg || segments.length || j !== m.length || !a.single || !b.single || b.value <= a.value) return undefined;
        return { kind: "many", values: [a.value * s, b.value * s] };
      }
      if (pending.length !== 1) return undefined;
      const v = pending[0]!.value * s;
      pending = [];
      if (seg && !seg.closed && s < seg.last && v < seg.last * ONE) {
        seg.total += v;
        seg.last = s;
      } else {
        if (seg) segments.push(seg);
        seg = { total: v, last: s, top: s, closed: false };
      }
      i = j;
      continue;
    }
    if (t.k === "ruoi") {
      if (!seg || seg.closed || pending.length) return undefined;
      seg.total += (seg.last * ONE) / 2n;
      seg.closed = true;
      i++;
      continue;
    }
    const g = group(m, i);
    if (!g) return undefined;
    pending.push(g);
    i = g.end;
  }
  if (pending.length > 1) return undefined;
  const tail = pending[0];
  if (tail && !seg) {
    segments.push({ total: tail.value, last: 0n, top: 0n, closed: false });
  } else if (tail && seg) {
    if (seg.closed) return undefined;
    const add = tailValue(tail, seg.last);
    if (add === undefined) return undefined;
    seg.total += add;
  }
  if (seg) segments.push(seg);
  if (segments.length === 1) return { kind: "one", value: segments[0]!.total, top: segments[0]!.top };
  if (segments.length === 2) {
    const [a, b] = segments as [Segment, Segment];
    return { kind: "many", values: [a.total, b.total, a.total + b.total] };
  }
  return undefined;
}

/** A number written after the last scale, without its own: "2tr5", "ba triệu hai", "hai triệu năm trăm". */
function tailValue(g: Group, scale: bigint): bigint | undefined {
  if (g.digits !== undefined && g.digits.length <= 3) return (BigInt(g.digits) * scale * ONE) / 10n ** BigInt(g.digits.length);
  if (!g.spoken) return g.value < scale * ONE ? g.value : undefined; // "2 triệu 500000"
  return g.single ? (g.value * scale) / 10n : (g.value * scale) / 1000n;
}

/**
 * One number below a thousand: typed digits ("500", "2,5"), or spoken ("năm", "mười lăm",
 * "hai mươi mốt", "một trăm linh năm", "hai trăm rưỡi", "5 trăm").
 */
function group(m: readonly Meaning[], i: number): Group | undefined {
  const t = m[i]!;
  if (t.k === "num") {
    if (m[i + 1]?.k === "tram" && t.digits !== undefined && t.v < 10n * ONE) return hundreds(m, i, t.v / ONE);
    return { value: t.v, end: i + 1, digits: t.digits, spoken: false, single: t.digits?.length === 1 };
  }
  if (t.k === "digit" && m[i + 1]?.k === "tram") return hundreds(m, i, BigInt(t.d));
  const tens = tensAndUnits(m, i, false);
  return tens && { value: tens.value * ONE, end: tens.end, spoken: true, single: tens.single };
}

function hundreds(m: readonly Meaning[], i: number, d: bigint): Group {
  let value = d * 100n;
  let end = i + 2;
  if (m[end]?.k === "ruoi") {
    value += 50n;
    end++;
  } else {
    const tens = tensAndUnits(m, end, true);
    if (tens) {
      value += tens.value;
      end = tens.end;
    }
  }
  return { value: value * ONE, end, spoken: true, single: false };
}

/** "năm", "mười lăm", "hai mươi mốt", "linh năm"; right after "trăm", a bare digit is tens ("trăm hai"). */
function tensAndUnits(
  m: readonly Meaning[],
  i: number,
  afterHundred: boolean,
): { value: bigint; end: number; single: boolean } | undefined {
  const t = m[i];
  const unit = (j: number): [bigint, number] => {
    const u = m[j];
    return u?.k === "digit" ? [BigInt(u.d), j + 1] : [0n, j];
  };
  if (t?.k === "linh") {
    const u = m[i + 1];
    return u?.k === "digit" ? { value: BigInt(u.d), end: i + 2, single: false } : undefined;
  }
  if (t?.k === "muoi") {
    const [u, end] = unit(i + 1);
    return { value: 10n + u, end, single: false };
  }
  if (t?.k !== "digit") return undefined;
  if (m[i + 1]?.k === "muoi") {
    const [u, end] = unit(i + 2);
    return { value: BigInt(t.d) * 10n + u, end, single: false };
  }
  return afterHundred ? { value: BigInt(t.d) * 10n, end: i + 1, single: false } : { value: BigInt(t.d), end: i + 1, single: true };
}
