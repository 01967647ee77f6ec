import { afterEach, describe, expect, it } from "vitest";
import { formatAmount, formatVnd } from "../../core/display.js";
import { parseMoney } from "../../handlers/parse/money.js";
import { loadDialog } from "../../storage/dialogs.js";
import { harness, type Harness } from "../dialog/harness.js";

// Amounts that used to be stored as something the person never wrote (issue 11), and what the
// person sees instead: the amount they meant, or a question when the words allow two.

describe("money is read as written, never guessed", () => {
  it.each([
    // "từ" (from) is not "tư" (four): 6.000.000 before.
    ["từ 2 triệu", 2_000_000],
    ["tu 2 trieu", 2_000_000],
    ["tư triệu", 4_000_000],
    ["bốn mươi tư triệu", 44_000_000],
    // A point before a scale word is a decimal point: 1 tỷ and 10 tỷ before.
    ["0.001 tỷ", 1_000_000],
    ["0.010 tỷ", 10_000_000],
    ["0.5 tỷ", 500_000_000],
    ["1.5 triệu", 1_500_000],
    ["1.500 triệu", 1_500_000],
    ["1,255 triệu", 1_255_000],
    ["1.500.000 đồng", 1_500_000],
    // "không trăm" is zero hundreds: 1.100.000 before.
    ["một triệu không trăm", 1_000_000],
    ["một triệu không trăm năm mươi nghìn", 1_050_000],
    ["một trăm linh năm nghìn", 105_000],
    ["một triệu mốt", 1_100_000],
    ["tầm 500k", 500_000],
    ["tám triệu", 8_000_000],
    // "tầm" (about) comes before an amount, never inside it.
    ["hai muoi tam trieu", 28_000_000],
    // Half of a scale; "or so" around an estimate.
    ["nửa triệu", 500_000],
    ["nua ty", 500_000_000],
    ["1tr gì đó", 1_000_000],
    ["khoang 2tr do", 2_000_000],
  ])("%s → %d đồng", (text, value) => {
    expect(parseMoney(text)).toEqual({ ok: true, value });
  });

  it.each([
    // Two amounts typed together: 5.000.000 before.
    ["2 triệu 3 triệu", [2_000_000n, 3_000_000n, 5_000_000n]],
    ["500 nghìn 2 triệu", [500_000n, 2_000_000n, 2_500_000n]],
    // A range: which end?
    ["hai ba triệu", [2_000_000n, 3_000_000n]],
    ["2-3 triệu", [2_000_000n, 3_000_000n]],
    ["từ 2 đến 3 triệu", [2_000_000n, 3_000_000n]],
    // Unaccented "tu" is "four" or "from".
    ["tu 5 trieu", [4_000_000n, 5_000_000n]],
    ["tam muoi trieu", [10_000_000n, 80_000_000n]],
  ])("%s has several readings: the person is asked", (text, candidates) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: "ambiguous", candidates });
  });

  it("1 tỷ tỷ tỷ is a number far too large, not 3 tỷ", () => {
    expect(parseMoney("1 tỷ tỷ tỷ")).toEqual({ ok: false, reason: "tooLarge", understood: 10n ** 27n });
  });

  it.each(["tự 2 triệu", "tâm 500k", "2 triệu triệu", "triệu", "1 2 3 triệu", "hai hai triệu", "năm bốn triệu"])(
    "%s is refused as unreadable",
    (text) => {
      expect(parseMoney(text)).toMatchObject({ ok: false, reason: "unreadable" });
    },
  );

  it.each(["100 đô", "100 USD", "$100", "50 euro", "5 chỉ vàng", "2 cây vàng", "10 nghìn yên"])(
    "%s is not in đồng: the person is asked to convert it, no rate is guessed",
    (text) => {
      expect(parseMoney(text)).toEqual({ ok: false, reason: "notDong" });
    },
  );

  it.each([
    ["trên 1 triệu", 1_000_000n],
    ["duoi 500k", 500_000n],
    ["hơn 2 triệu", 2_000_000n],
  ])("%s is a bound, not an estimate: the person is asked for one", (text, understood) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason: "bound", understood });
  });

  it("«đó» and «gì đó» are no dollars; «đô» typed with its mark is", () => {
    expect(parseMoney("2tr gì đó")).toEqual({ ok: true, value: 2_000_000 });
    expect(parseMoney("100 đô")).toEqual({ ok: false, reason: "notDong" });
  });

  it("«nửa» alone is half a đồng, no amount", () => {
    expect(parseMoney("nửa")).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("a hundred thousand minus signs are a refusal, not a crash", () => {
    expect(parseMoney("-".repeat(100_000))).toEqual({ ok: false, reason: "negative" });
    expect(parseMoney("âm ".repeat(30_000))).toEqual({ ok: false, reason: "negative" });
  });

  it("writes any amount in Vietnamese digits, however large", () => {
    expect(formatVnd(10n ** 27n)).toBe("1.000.000.000.000.000.000.000.000.000 đồng");
    expect(formatAmount(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatAmount(10n ** 400n)).toBe("một số có 401 chữ số");
    expect(formatVnd(10n ** 400n)).toBe("một số tiền có 401 chữ số");
    expect(formatVnd(Number.POSITIVE_INFINITY)).not.toMatch(/Infinity|e\+/);
  });
});

describe("in the gift declaration", () => {
  const TO_VALUE = ["/khaibao_qua", "2", "Công ty Cổ phần Quexaly", "Phó Giám đốc", "1", "2", "Một giỏ quà Tết"];
  let h: Harness;
  afterEach(() => h?.close());
  const atValueStep = () => {
    h = harness();
    for (const t of TO_VALUE) h.say(t);
  };
  const stored = () => (loadDialog(h.app.store, "console:u1")?.state as { answers: Record<string, unknown> }).answers;

  it("asks which amount was meant, keeps the step, then takes the retyped amount", () => {
    atValueStep();
    const reply = h.text(h.say("2 triệu 3 triệu"));
    expect(reply).toContain("Đồng chí muốn ghi 2.000.000, 3.000.000 hay 5.000.000 đồng?");
    expect(reply).toContain("Bước 7/12");
    expect(stored()).not.toHaveProperty("valueVnd");
    expect(h.text(h.say("5 triệu"))).toContain("Bước 8/12");
    expect(stored().valueVnd).toBe(5_000_000);
  });

  it("asks for dollars in đồng and keeps the step", () => {
    atValueStep();
    const reply = h.text(h.say("100 đô"));
    expect(reply).toContain("Giá trị ghi bằng đồng Việt Nam. Đồng chí quy đổi «100 đô» ra đồng");
    expect(reply).toContain("Bước 7/12");
    expect(stored()).not.toHaveProperty("valueVnd");
  });

  it("stores 2.000.000 for «từ 2 triệu»", () => {
    atValueStep();
    h.say("từ 2 triệu");
    expect(stored().valueVnd).toBe(2_000_000);
  });

  it.each([
    ["1 tỷ tỷ tỷ", "1 tỷ tỷ tỷ", "1.000.000.000.000.000.000.000.000.000 đồng"],
    ["1 and 27 zeros", "1" + "0".repeat(27), "1.000.000.000.000.000.000.000.000.000 đồng"],
    ["400 nines", "9".repeat(400), "một số tiền có 400 chữ số"],
  ])("a huge amount (%s) is shown in Vietnamese digits, never 1e+27 or Infinity", (_name, typed, shown) => {
    atValueStep();
    const reply = h.text(h.say(typed));
    expect(reply).toContain(`Bot hiểu là ${shown}, lớn hơn 1.000 tỷ đồng`);
    expect(reply).not.toMatch(/e\+|Infinity|NaN/);
  });
});
