// Spelling correction must not turn everyday words into the plan's: two unknown words "correcting"
// each other into a pair the plan prints is a coincidence. Questions written for this file, not taken
// from any question file the search is measured on.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readQuestions } from "../../knowledge/evaluate.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();
const mode = (q: string): string => kb.search(q, { k: 3 }).mode;
/** Corrections read with confidence (more than a guess). */
const corrected = (q: string): string[] =>
  kb
    .explain(q)
    .terms.filter((t) => t.origin === "corrected" && t.strength > 0.5)
    .map((t) => t.fold);

describe("two unknown neighbours", () => {
  it("typed with diacritics, do not confirm each other's correction ('nấu canh' is not 'đầu lãnh')", () => {
    expect(corrected("cách nấu canh chua ngon")).toEqual([]);
    expect(mode("cách nấu canh chua ngon")).toBe("refuse");
    // "tố cáo" is the plan's word: offered at most, never answered as "dẫn dắt" ("lấn đất").
    expect(corrected("tôi muốn tố cáo hàng xóm lấn đất")).toEqual([]);
    expect(mode("tôi muốn tố cáo hàng xóm lấn đất")).not.toBe("answer");
    // "vắc xin": "xin" is the plan's word, and "và xin" its pair: a confirmed reading, but no answer.
    for (const q of ["lịch tiêm vắc xin cho trẻ"]) {
      expect(corrected(q), q).not.toContain("diem");
      expect(mode(q), q).toBe("refuse");
    }
  });

  it("typed without diacritics, are at most a guess when only their own corrections agree", () => {
    const q = "tiem vac xin o dau";
    expect(mode(q)).not.toBe("answer");
    expect(kb.explain(q).terms.find((t) => t.fold === "diem")?.strength ?? 0).toBeLessThanOrEqual(0.5);
  });

  it("still read a typo whose neighbour the plan prints as typed", () => {
    expect(kb.explain("trahc nhiem cua truong doan").terms.find((t) => t.fold === "trach")?.strength).toBe(0.9);
    expect(kb.search("trahc nhiem cua truong doan").results[0]?.id).toBe("II.4.3.2");
    expect(kb.search("thanhf vieen doan co dduowcj nhaajn quaf khong").results[0]?.id).toBe("II.4.3.1");
  });
});

describe("everyday questions about something else (oos-everyday.jsonl, 70 written for this check)", () => {
  it("are refused or at most offered, and hardly ever answered from the plan", () => {
    const file = fileURLToPath(new URL("./oos-everyday.jsonl", import.meta.url));
    const modes = readQuestions(file).map((q) => ({ q: q.q, mode: mode(q.q) }));
    const answered = modes.filter((m) => m.mode === "answer").map((m) => m.q);
    // Three are answered today: short questions whose every word the plan also uses in another sense
    // ("hồ sơ vay vốn", "khai sinh" read as "công khai, minh bạch", "giay phep xay dung").
    expect(answered.length, answered.join("\n")).toBeLessThanOrEqual(3);
    expect(modes.filter((m) => m.mode === "refuse").length).toBeGreaterThanOrEqual(63);
  });
});
