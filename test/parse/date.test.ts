import { afterEach, describe, expect, it } from "vitest";
import { parseDate } from "../../handlers/parse/date.js";
import { harness, type Harness } from "../dialog/harness.js";

// A date that cannot be is still written back as dd/mm/yyyy (issue 11: "00/00/0" before).

describe("dates written back", () => {
  let h: Harness;
  afterEach(() => h?.close());
  const now = new Date("2026-03-10T03:00:00Z");

  it("an impossible ISO date is understood as dd/mm/yyyy", () => {
    expect(parseDate("0000-00-00", now)).toEqual({ ok: false, reason: "invalid", understood: "00/00/0000" });
    expect(parseDate("0099-02-30", now)).toEqual({ ok: false, reason: "invalid", understood: "30/02/0099" });
  });

  it("the gift declaration says so in dd/mm/yyyy", () => {
    h = harness();
    for (const t of ["/khaibao_qua", "2", "Công ty Cổ phần Quexaly", "Phó Giám đốc", "1", "2", "Một giỏ quà Tết", "2tr5"]) h.say(t);
    const reply = h.text(h.say("0000-00-00"));
    expect(reply).toContain("Ngày 00/00/0000 không có trên lịch");
    expect(reply).not.toMatch(/\/0\b/);
  });

  it("invisible characters around a date do not hide it", () => {
    expect(parseDate("05/03/2026\u200B", now)).toEqual({ ok: true, value: "2026-03-05" });
  });
});
