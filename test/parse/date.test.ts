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

describe("dates as people say them", () => {
  // Friday 27/11/2026, 11:00 in Hà Nội.
  const now = new Date("2026-11-27T04:00:00Z");

  it.each([
    ["sáng nay", "2026-11-27"],
    ["tối qua", "2026-11-26"],
    ["chiều hôm kia", "2026-11-25"],
    ["3 ngày trước", "2026-11-24"],
    ["cách đây 3 ngày", "2026-11-24"],
    ["2 hôm trước", "2026-11-25"],
    ["thứ hai tuần trước", "2026-11-16"],
    ["thu 2 tuan truoc", "2026-11-16"],
    ["chủ nhật tuần trước", "2026-11-22"],
    ["thứ tư tuần này", "2026-11-25"],
    ["thứ 3 vừa rồi", "2026-11-24"],
    ["t5", "2026-11-26"],
    ["hôm thứ 2", "2026-11-23"],
    ["vào thứ 3", "2026-11-24"],
    ["15/10 vừa rồi", "2026-10-15"],
    ["15/10 năm ngoái", "2025-10-15"],
    ["ngày 15 tháng 10 năm nay", "2026-10-15"],
    ["5/3/2026 lúc 9h", "2026-03-05"],
    ["9h30 sáng 5/3", "2026-03-05"],
    ["5/3 14:30", "2026-03-05"],
  ])("%s is %s", (text, value) => {
    expect(parseDate(text, now)).toEqual({ ok: true, value });
  });

  it.each(["thứ sáu", "hôm thứ 6", "t6"])("%s on a Friday is today or a week ago: asked, never picked", (text) => {
    expect(parseDate(text, now)).toEqual({ ok: false, reason: "ambiguous", candidates: ["27/11/2026", "20/11/2026"] });
  });

  it.each([
    "tuần trước",
    "tháng trước",
    "tháng 10",
    "đầu tháng",
    "hôm nọ",
    "mùng 3 Tết",
    "dịp Tết",
    "mấy hôm trước",
    "hôm trước",
    "không nhớ",
  ])("%s names a period, not a day: the person is asked for the day", (text) => {
    expect(parseDate(text, now)).toEqual({ ok: false, reason: "vague" });
  });

  it("a weekday of this week still to come is in the future", () => {
    expect(parseDate("chủ nhật tuần này", now)).toEqual({ ok: false, reason: "future", understood: "29/11/2026" });
  });

  it("the gift declaration asks for the day when a period is typed, and keeps the step", () => {
    const h = harness({ now });
    try {
      for (const t of ["/khaibao_qua", "2", "Công ty Cổ phần Quexaly", "Phó Giám đốc", "1", "2", "Một giỏ quà Tết", "2tr5"]) h.say(t);
      const reply = h.text(h.say("tuần trước"));
      expect(reply).toContain("«tuần trước» chưa đủ để ghi ngày");
      expect(reply).toContain("Bước 8/12");
      expect(h.text(h.say("thứ sáu tuần trước"))).toContain("Bước 9/12");
    } finally {
      h.close();
    }
  });
});
