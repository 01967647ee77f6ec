import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneySchema } from "../../handlers/declarations/schemas.js";
import { formatAmount } from "../../core/display.js";
import { MAX_VND, MIN_VND, parseMoney } from "../../handlers/parse/money.js";
import { fold } from "../../core/text.js";
import { anyText } from "./arbitraries.js";

// The money parser over anything typed, and back from every form the README lists: "2.500.000",
// "2.500.000đ", "2tr5", "2,5 triệu", "500k", "1 tỷ", "hai triệu", "hai triệu rưỡi", "năm trăm nghìn".

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** 0–999 as said aloud; `inner` for a group after a larger one ("không trăm linh năm"). */
function spellGroup(g: number, inner: boolean): string[] {
  const [h, t, u] = [Math.floor(g / 100), Math.floor(g / 10) % 10, g % 10];
  const out: string[] = [];
  if (h > 0 || inner) out.push(DIGITS[h]!, "trăm");
  if (t === 0) {
    if (u > 0) out.push(...(out.length ? ["linh"] : []), DIGITS[u]!);
  } else {
    out.push(...(t === 1 ? ["mười"] : [DIGITS[t]!, "mươi"]));
    if (u === 5) out.push("lăm");
    else if (u === 1 && t > 1) out.push("mốt");
    else if (u === 4 && t > 1) out.push("tư");
    else if (u > 0) out.push(DIGITS[u]!);
  }
  return out;
}

/** An amount in words, as a careful person writes it: "một triệu không trăm nghìn không trăm linh năm". */
function spell(n: number): string {
  if (n === 1e12) return "một nghìn tỷ";
  const groups: [number, string][] = [
    [Math.floor(n / 1e9), "tỷ"],
    [Math.floor(n / 1e6) % 1000, "triệu"],
    [Math.floor(n / 1e3) % 1000, "nghìn"],
    [n % 1000, ""],
  ];
  const first = groups.findIndex(([g]) => g > 0);
  const last = groups.length - 1 - [...groups].reverse().findIndex(([g]) => g > 0);
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(...spellGroup(groups[i]![0], i > first), groups[i]![1]);
  return out.filter(Boolean).join(" ");
}

/** "2,5" from 2.500.000 and 1e6: the amount in that unit with a decimal comma. */
function inUnit(n: number, unit: number): string {
  const frac = String(n % unit)
    .padStart(Math.log10(unit), "0")
    .replace(/0+$/, "");
  return frac ? `${Math.floor(n / unit)},${frac}` : String(Math.floor(n / unit));
}

/** Every README form that can write n exactly. */
function forms(n: number): string[] {
  const out = [
    String(n),
    formatAmount(n),
    `${formatAmount(n)}đ`,
    `${formatAmount(n)} đồng`,
    `${formatAmount(n)} VND`,
    formatAmount(n).replace(/\./g, " "),
  ];
  out.push(spell(n), `khoảng ${spell(n)}`, `tầm ${formatAmount(n)}`);
  // Without diacritics, a leading "tam" is also "tầm" (about): "tam muoi trieu" is rightly asked about.
  if (!fold(spell(n)).startsWith("tam ")) out.push(fold(spell(n)));
  if (n % 1000 === 0) out.push(`${n / 1000}k`, `${inUnit(n, 1e3)} nghìn`);
  if (n >= 1e6) out.push(`${inUnit(n, 1e6)} triệu`, `${inUnit(n, 1e6).replace(",", ".")} triệu`);
  if (n >= 1e9) out.push(`${inUnit(n, 1e9)} tỷ`);
  if (n >= 1e6 && n % 1000 === 0) {
    const rest = String((n % 1e6) / 1000)
      .padStart(3, "0")
      .replace(/0+$/, "");
    out.push(`${Math.floor(n / 1e6)}tr${rest}`);
  }
  if (n % 1000 === 0 && n < 1e12) {
    const parts = [
      [Math.floor(n / 1e9), "tỷ"],
      [Math.floor(n / 1e6) % 1000, "triệu"],
      [Math.floor(n / 1e3) % 1000, "nghìn"],
    ] as const;
    out.push(
      parts
        .filter(([g]) => g > 0)
        .map(([g, w]) => `${g} ${w}`)
        .join(" "),
    );
  }
  for (const [unit, word] of [
    [1e3, "nghìn"],
    [1e6, "triệu"],
    [1e9, "tỷ"],
  ] as const) {
    const k = (n - unit / 2) / unit;
    if (Number.isInteger(k) && k >= 1 && k < 1000) out.push(`${spellGroup(k, false).join(" ")} ${word} rưỡi`);
  }
  return out;
}

const amount = fc.oneof(
  fc.integer({ min: MIN_VND, max: MAX_VND }),
  fc.integer({ min: 1, max: 1_000_000 }).map((k) => k * 1000),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1e3, 1e6, 1e9), fc.integer({ min: 0, max: 999 }))
    .map(([k, unit, r]) => k * unit + r * (unit / 1000)),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1e3, 1e6, 1e9)).map(([k, unit]) => k * unit + unit / 2),
  fc.constantFrom(MIN_VND, MAX_VND, 1_000_005, 1_000_000_005, 2_050_000, 15_000_000, 21_000_000, 24_000_000),
);

describe("money parser properties", () => {
  it("every amount written in the README's forms parses back to itself", () => {
    fc.assert(
      fc.property(amount, (n) => {
        for (const text of forms(n)) expect([text, parseMoney(text)]).toEqual([text, { ok: true, value: n }]);
      }),
      { numRuns: 200 },
    );
  });

  it("anything typed gives a well-formed result, never an exception", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseMoney(text);
        if (r.ok) {
          if (r.value !== null) expect(Number.isInteger(r.value) && r.value >= MIN_VND && r.value <= MAX_VND).toBe(true);
        } else if (r.reason === "ambiguous") {
          expect(r.candidates.length).toBeGreaterThanOrEqual(2);
          expect(r.candidates.length).toBeLessThanOrEqual(4);
          expect([...r.candidates].sort((a, b) => (a < b ? -1 : 1))).toEqual(r.candidates);
        } else {
          expect(["negative", "zero", "tooSmall", "tooLarge", "unreadable", "notDong", "bound"]).toContain(r.reason);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a refusal writes amounts in Vietnamese digits and quotes only a short excerpt", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.bigInt({ min: 0n, max: 10n ** 60n }).map(String),
          fc.bigInt({ min: 0n, max: 10n ** 60n }).map((b) => `${b} tỷ`),
        ),
        (text) => {
          const r = moneySchema.safeParse(text);
          if (r.success) return;
          const message = r.error.issues[0]!.message;
          expect(message).not.toMatch(/e\+|Infinity|NaN|undefined|\[object/);
          expect(message.length).toBeLessThan(400);
        },
      ),
      { numRuns: 300 },
    );
  });
});
