import { afterEach, describe, expect, it } from "vitest";
import { excerpt, isBlank, sanitizeText } from "../../handlers/parse/sanitize.js";
import { loadDialog } from "../../storage/dialogs.js";
import { getPerson } from "../../storage/people.js";
import { harness, type Harness } from "../dialog/harness.js";

// Text nobody can see, and text too long to quote: what the person gets back (issue 11).

const answers = (h: Harness) => (loadDialog(h.app.store, "console:u1")?.state as { answers: Record<string, unknown> }).answers;

describe("invisible characters", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it.each([
    ["zero-width characters", "\u200B\u200C\u200D\u2060\uFEFF"],
    ["bidi controls", "\u202E\u202D\u2066\u200F"],
    ["Hangul fillers and spaces", " \u3164 \u115F\u00A0"],
    ["tag characters and variation selectors", "\u{E0041}\u{E0042}\u{E0100}\uFE0F"],
  ])("an answer made only of %s is empty: refused, and the step is asked again", (_name, typed) => {
    h = harness();
    h.say("/khaibao_qua");
    h.say("2");
    const reply = h.text(h.say(typed));
    expect(reply).toContain("Câu trả lời đang để trống");
    expect(reply).toContain("Bước 2/12");
    expect(answers(h)).not.toHaveProperty("giver");
  });

  it("bidi override characters are removed from what is stored", () => {
    h = harness();
    h.say("/khaibao_qua");
    h.say("2");
    h.say("Công ty \u202EABC\u202C Quexaly");
    expect(answers(h).giver).toBe("Công ty ABC Quexaly");
  });

  it("a display name is stored without bidi overrides, so reviewers read it as it is kept", () => {
    h = harness();
    h.say("/start", { displayName: "Nguyễn \u202EVăn\u202C An" });
    expect(getPerson(h.app.store, "console:u1")?.displayName).toBe("Nguyễn Văn An");
  });

  it("a message of only invisible characters gets the empty-message reply outside a dialog", () => {
    h = harness();
    expect(h.text(h.say("\u200B\u202E"))).toBe("Xin đồng chí gõ nội dung cần hỏi.");
  });

  it("keeps what is visible: emoji built with joiners, Vietnamese, line breaks", () => {
    expect(sanitizeText("Gia đình 👨\u200D👩\u200D👧\r\nhai dòng")).toBe("Gia đình 👨\u200D👩\u200D👧\nhai dòng");
    expect(sanitizeText("a\uD800b\uDC00c")).toBe("a\uFFFDb\uFFFDc");
    expect(isBlank("\u2800\uFE0F")).toBe(true);
    expect(isBlank("\u200Bx")).toBe(false);
  });
});

describe("long messages", () => {
  let h: Harness;
  afterEach(() => h?.close());

  it("/hoi obeys the same 4,000-character limit as a plain question", () => {
    h = harness();
    const question = "thành viên đoàn có được nhận quà không ".repeat(110);
    expect(h.text(h.say(question))).toContain("tối đa 4.000 ký tự");
    const reply = h.text(h.say(`/hoi ${question}`));
    expect(reply).toContain("tối đa 4.000 ký tự");
    expect(reply).not.toContain("nhận quà");
  });

  it("a command's arguments are never echoed beyond a short excerpt", () => {
    h = harness();
    const code = "QT-2026-" + "9".repeat(3000);
    const reply = h.text(h.say(`/bo_sung ${code}`));
    expect(reply).toContain("QT-2026-999");
    expect(reply).toContain("…");
    expect(reply.length).toBeLessThan(200);
  });

  it("an excerpt is one line of at most 40 characters and never cuts an emoji in half", () => {
    expect(excerpt("ngắn")).toBe("ngắn");
    const cut = excerpt("😀".repeat(100));
    expect(Array.from(cut)).toHaveLength(40);
    expect(cut.endsWith("😀…")).toBe(true);
    expect(excerpt("dòng một\ndòng hai")).toBe("dòng một dòng hai");
    expect(excerpt("x".repeat(100_000)).length).toBe(40);
  });
});
