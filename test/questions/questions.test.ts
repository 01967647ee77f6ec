import { afterEach, describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { harness, type Harness } from "../review/helpers.js";

// Questions in the terminal: the three outcomes, the whole section behind an answer, the table of
// contents, a typed section id, and the declaration a question about one's own situation leads to.

let h: Harness;
afterEach(() => h?.close());

const texts = (r: { text: string }[]) => r.map((x) => x.text).join("\n");

describe("questions, answered three ways", () => {
  it("a confident answer cites its section and offers the whole section, opened by its number", () => {
    h = harness();
    const r = h.say("an", "thành viên đoàn có được nhận quà không?");
    expect(r.at(-1)!.choices).toEqual([{ id: "/muc II.4.3.1", label: vi.questions.fullSection }]);
    const full = texts(h.say("an", "1"));
    expect(full).toContain("II.4.3.1");
    expect(full.length).toBeGreaterThan(texts(r).length / 2);
  });

  it("a vague question gets 'Có thể đồng chí muốn hỏi' with sections to pick; a number opens the passage", () => {
    h = harness();
    const r = h.say("an", "trách nhiệm");
    expect(texts(r)).toContain("Có thể đồng chí muốn hỏi");
    const offered = r.at(-1)!.choices!.map((c) => c.id);
    expect(offered.length).toBeGreaterThanOrEqual(2);
    const second = offered[1]!.replace("/muc ", "");
    expect(texts(h.say("an", "2"))).toContain(second);
  });

  it("a question the text does not cover is refused, with nothing to pick", () => {
    h = harness();
    const r = h.say("an", "thời tiết hôm nay thế nào");
    expect(r.at(-1)!.choices ?? []).toEqual([]);
    expect(texts(r)).not.toContain("Có thể đồng chí muốn hỏi");
  });
});

describe("reading the regulation directly", () => {
  it("a typed section id shows that section, with or without 'Mục'", () => {
    h = harness();
    for (const typed of ["II.4.3.1", "Mục II.4.3.1", "xem mục 4.3.1"]) {
      const shown = texts(h.say("an", typed));
      expect(shown).toContain("II.4.3.1");
      expect(shown).not.toContain("II.4.3.2 –");
    }
  });

  it("/muc_luc lists the sections; a number opens one in full", () => {
    h = harness();
    const toc = h.say("an", "/muc_luc");
    const ids = toc.at(-1)!.choices!.map((c) => c.id);
    expect(ids).toContain("/muc II.4.3.1");
    const n = ids.indexOf("/muc II.4.3.1") + 1;
    expect(texts(h.say("an", String(n)))).toContain("II.4.3.1");
    expect(texts(h.say("an", "/muc IX.9"))).toBe(vi.questions.sectionUnknown("IX.9"));
  });
});

describe("the next step, offered", () => {
  it("a relative at the inspected company: the conflict declaration, with what was said filled in", () => {
    h = harness();
    const r = h.say("an", "vợ tôi làm kế toán ở công ty mà đoàn sắp kiểm tra, tôi có phải báo không");
    const offer = r.at(-1)!.choices![0]!;
    expect(offer.id).toBe("/khaibao_xungdot family_subject spouse");
    const started = texts(h.say("an", "1"));
    expect(started).toContain("Bot đã điền sẵn");
    expect(started).toContain("Vợ/chồng");
    // The relation is not asked again: the summary shows it for confirmation at the end.
    expect(started).not.toContain(vi.declarations.conflict.relation.prompt);
  });

  it("a gift offered to me: the gift declaration, prefilled with the kind of gift and an organization", () => {
    h = harness();
    const r = h.say("an", "tôi được doanh nghiệp biếu phong bì 2 triệu, tôi phải làm gì");
    // The amount is part of the story, not what is asked: the rules on gifts are offered, not refused.
    expect(r.at(-1)!.choices!.map((c) => c.id)).toContain("/muc II.4.4");
    expect(r.at(-1)!.choices![0]!.id).toBe("/khaibao_qua money organization");
    const started = texts(h.say("an", "1"));
    expect(started).toContain("Tổ chức");
    expect(started).toContain("Vật chất: tiền");
  });

  it("a question about the rules in general offers nothing to declare", () => {
    h = harness();
    const r = h.say("an", "thành viên đoàn có được nhận quà không?");
    expect(r.at(-1)!.choices!.map((c) => c.id)).toEqual(["/muc II.4.3.1"]);
  });
});
