import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateSchema } from "../../handlers/declarations/schemas.js";
import { isoDayIn } from "../../core/display.js";
import { EARLIEST_DATE, parseDate } from "../../handlers/parse/date.js";
import { fold, wordKey } from "../../core/text.js";
import { foldTokens, tokenize } from "../../knowledge/normalize.js";
import { anyText } from "./arbitraries.js";

// The date parser and the Vietnamese normalizer over anything typed; dates back from the forms
// the README lists ("dd/mm/yyyy", "d/m", and the ISO day).

const now = new Date("2026-03-10T20:00:00Z"); // already 11/03/2026 in Hà Nội
const today = isoDayIn(now);
const DAY_MS = 86_400_000;
const span = Math.round((Date.parse(today) - Date.parse(EARLIEST_DATE)) / DAY_MS);

describe("date parser properties", () => {
  it("every day from 27/10/2023 to today, in every form, parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), (offset) => {
        const iso = new Date(Date.parse(EARLIEST_DATE) + offset * DAY_MS).toISOString().slice(0, 10);
        const [y, m, d] = iso.split("-");
        const [dn, mn] = [Number(d), Number(m)];
        const texts = [
          `${d}/${m}/${y}`,
          `${dn}/${mn}/${y}`,
          iso,
          `${dn}-${mn}-${y!.slice(2)}`,
          `${dn}.${mn}.${y}`,
          `ngày ${dn} tháng ${mn} năm ${y}`,
        ];
        if (y === today.slice(0, 4)) texts.push(`${dn}/${mn}`);
        for (const text of texts) expect([text, parseDate(text, now)]).toEqual([text, { ok: true, value: iso }]);
      }),
      { numRuns: 120 },
    );
  });

  it("anything typed gives a well-formed result, and a refusal shows dates as dd/mm/yyyy", () => {
    const schema = dateSchema({ now, answers: {}, context: {} });
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99_999)).map(([d, m, y]) => `${d}/${m}/${y}`),
        ),
        (text) => {
          const r = parseDate(text, now);
          if (r.ok) {
            expect(r.value >= EARLIEST_DATE && r.value <= today).toBe(true);
          } else {
            expect(["unreadable", "invalid", "future", "tooEarly"]).toContain(r.reason);
            if (r.understood !== undefined) expect(r.understood).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
          }
          const parsed = schema.safeParse(text);
          if (!parsed.success) {
            const message = parsed.error.issues[0]!.message;
            expect(message.length).toBeLessThan(400);
            // Outside the «quoted» excerpt of what was typed, every date is the bot's own.
            const own = message.replace(/«[^»]*»/g, "");
            for (const date of own.match(/\d+\/\d+\/\d+/g) ?? []) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("normalizer properties", () => {
  it("folding never throws, is stable, and leaves no diacritics, capitals or runs of spaces", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const f = fold(text);
        expect(fold(f)).toBe(f);
        expect(f).not.toMatch(/[\u0300-\u036fđĐA-Z]|\s\s|^\s|\s$/);
        expect(wordKey(text)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 200 },
    );
  });

  it("tokens are the words of the text, each with a folded and a toned key", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        expect(tokens.filter((t) => t.fold.length === 0 || !/[0-5]$/.test(t.toned))).toEqual([]);
        expect(foldTokens(text).join(" ")).toBe(tokens.map((t) => t.fold).join(" "));
      }),
      { numRuns: 200 },
    );
  });
});
