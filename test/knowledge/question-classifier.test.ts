// The question model orders the search's closest sections by what people asked before; it must
// never find a section on its own, push down a document it has no questions for, or be used stale.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DOCS_DIR, loadKnowledgeBase } from "../../knowledge/index.js";
import { decideMode, type Signals } from "../../knowledge/decide.js";
import { loadDocuments, NOT_ANSWERED } from "../../knowledge/load.js";
import {
  classifierOf,
  questionFeatures,
  rerank,
  trainModel,
  type ModelData,
  type QuestionClassifier,
} from "../../knowledge/question-classifier.js";
import { loadClassifier, MODEL_FILE, writeModel } from "../../knowledge/question-model.js";

const classifierFrom = (data: ModelData): QuestionClassifier => {
  const c = classifierOf(data);
  if (!c) throw new Error("the model does not hold together");
  return c;
};
const toy = classifierFrom(
  trainModel([
    { sectionId: "A", q: "đoàn viên nhận phong bì" },
    { sectionId: "A", q: "nhận phong bì của đơn vị" },
    { sectionId: "A", q: "phong bì tết" },
    { sectionId: "B", q: "trưởng đoàn chịu trách nhiệm" },
    { sectionId: "B", q: "trưởng đoàn điều hành" },
    { sectionId: "C", q: "báo chí đưa tin" },
    { sectionId: "C", q: "báo chí phản ánh" },
  ]),
);
const candidates = (...ids: string[]) => ids.map((sectionId, i) => ({ sectionId, score: 10 - i }));

describe("reordering the closest sections by people's questions", () => {
  it("puts the section people asked in these words first among the closest three", () => {
    const out = rerank(candidates("B", "C", "A"), questionFeatures("nhận phong bì có sao không"), toy);
    expect(out[0]?.sectionId).toBe("A");
  });

  it("leaves the order alone when the words say nothing either way", () => {
    expect(rerank(candidates("B", "C", "A"), questionFeatures("xin chào"), toy).map((c) => c.sectionId)).toEqual(["B", "C", "A"]);
  });

  it("never brings up a section the search ranked below the first three", () => {
    const out = rerank(candidates("B", "C", "D", "A"), questionFeatures("nhận phong bì phong bì tết"), toy);
    expect(out.slice(0, 3).map((c) => c.sectionId)).not.toContain("A");
    expect(out).toHaveLength(4);
  });

  it("keeps a section it has no questions for (a document the committee added) in its place", () => {
    const out = rerank(candidates("hd02:I.1", "B", "A"), questionFeatures("nhận phong bì"), toy);
    expect(out.map((c) => c.sectionId)).toEqual(["hd02:I.1", "A", "B"]);
  });

  it("does not count a typed word that is an object's own property name", () => {
    const features = questionFeatures("constructor __proto__ toString hasOwnProperty");
    expect(Number.isFinite(toy.logJoint("A", features))).toBe(true);
    expect(toy.logJoint("A", features)).toBe(toy.logJoint("A", []));
  });
});

describe("the model kept beside the documents", () => {
  const docs = loadDocuments(DEFAULT_DOCS_DIR);

  it("was trained on the documents' questions as they are now (run `npm run -s kb -- train` after editing them)", () => {
    expect(loadClassifier(DEFAULT_DOCS_DIR, docs.examples, docs.questions).fromFile).toBe(true);
  });

  it("scores as a model trained now would", () => {
    const kept = loadClassifier(DEFAULT_DOCS_DIR, docs.examples, docs.questions).classifier;
    const fresh = classifierFrom(trainModel([...docs.examples, ...docs.questions.read()]));
    const features = questionFeatures("Tôi là thành viên đoàn, đơn vị được kiểm tra biếu phong bì thì phải làm gì");
    for (const id of ["II.4.3.1", "II.4.4", "II.6.1", "recipients"])
      expect(kept.logJoint(id, features)).toBeCloseTo(fresh.logJoint(id, features), 9);
  });

  const copyDocs = (): string => {
    const dir = mkdtempSync(join(tmpdir(), "kb-model-"));
    cpSync(DEFAULT_DOCS_DIR, dir, { recursive: true });
    return dir;
  };

  it("is not used once a question file changed: the model is trained at load instead", () => {
    const dir = copyDocs();
    const file = join(dir, "ke-hoach-131.questions.jsonl");
    writeFileSync(file, `${readFileSync(file, "utf8")}{"id":"II.5.4","q":"phóng viên viết bài về đoàn kiểm tra"}\n`);
    const d = loadDocuments(dir);
    expect(loadClassifier(dir, d.examples, d.questions).fromFile).toBe(false);
    writeModel(dir, d.examples, d.questions);
    expect(loadClassifier(dir, d.examples, d.questions).fromFile).toBe(true);
  });

  it.each([
    ["not JSON", "{ not json"],
    ["counts changed", (m: string) => m.replace(/"pairs":"(.)(.)/, (_, a: string, b: string) => `"pairs":"${b}${a}`)],
    ["counts cut short", (m: string) => m.replace(/"pairs":"(.{8})/, '"pairs":"')],
    ["counts that are not base64", (m: string) => m.replace(/"pairs":"/, '"pairs":"#!')],
    ["features out of order", (m: string) => m.replace(/"words":"([^ "]+) ([^ "]+) /, '"words":"$2 $1 ')],
    ["a count added to a section's total", (m: string) => m.replace(/"total":\[(\d+)/, (_, n: string) => `"total":[${Number(n) + 1}`)],
    ["no checksum", (m: string) => m.replace(/"checksum":"[0-9a-f]+",/, "")],
  ])("an edited model file (%s) is not trusted: the model is trained from the questions", (_, edit) => {
    const dir = copyDocs();
    const path = join(dir, MODEL_FILE);
    const before = readFileSync(path, "utf8");
    const after = typeof edit === "string" ? edit : edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    const d = loadDocuments(dir);
    expect(loadClassifier(dir, d.examples, d.questions).fromFile).toBe(false);
    expect(loadKnowledgeBase(dir).search("thành viên đoàn có được nhận quà không").results[0]?.id).toBe("II.4.3.1");
  });

  it("a document folder without any questions or model still loads and answers", () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-bare-"));
    copyFileSync(join(DEFAULT_DOCS_DIR, "ke-hoach-131.md"), join(dir, "ke-hoach-131.md"));
    expect(loadKnowledgeBase(dir).search("trưởng đoàn chịu trách nhiệm gì").results[0]?.id).toBe("II.4.3.2");
  });
});

describe("people's questions decide between close sections (questions of our own)", () => {
  const kb = loadKnowledgeBase();
  // The search alone put the advisers' section (II.4.4) first: "chuyên viên giúp việc" is an
  // adviser's word, but a report a team member drafts is II.4.3.1's ("tính chính xác … báo cáo").
  it("a helper on a team asked to bend the draft report is told the team member's duty", () => {
    const r = kb.search("mình là chuyên viên giúp việc cho đoàn, soạn dự thảo báo cáo thì có được sửa theo ý đơn vị được kiểm tra không");
    expect(r.results[0]?.id).toBe("II.4.3.1");
  });
});

describe("a question every rule refused, in words people used for the plan's matters (questions of our own)", () => {
  const kb = loadKnowledgeBase();
  it.each([
    ["đoàn về làm việc mà ông chủ tịch xã cứ nhắn tin xin xỏ trưởng đoàn thì có sao không", "II.5.1"],
    ["xã tui bị đoàn về kiểm tra mà cứ gây khó dễ đủ đường, tui làm gì được", "II.5.1"],
  ])("is offered as a suggestion, not refused: %s", (q, id) => {
    const r = kb.search(q);
    expect(r.mode).toBe("suggest");
    expect(r.results.map((x) => x.id)).toContain(id);
  });

  it.each([
    "Cách nấu phở bò ngon",
    "giá vàng hôm nay bao nhiêu",
    "lịch nghỉ tết năm nay của cơ quan nhà nước",
    "tôi là đảng viên công ty tư nhân, muốn hỏi mức đóng đảng phí hàng tháng là bao nhiêu",
    "thủ tục chuyển sinh hoạt đảng khi đổi chỗ làm",
  ])("while other matters stay refused: %s", (q) => {
    expect(kb.search(q).mode).toBe("refuse");
  });

  /** Signals no rule of the search answers from; each test sets what it is about. */
  const signals = (s: Partial<Signals>): Signals => ({
    coverage: 0.2,
    textCoverage: 0.2,
    margin: 0.1,
    coverageGap: 0,
    known: 0.2,
    missingQuantity: false,
    missingFact: false,
    roleMatch: false,
    conduct: false,
    units: 5,
    inScopeOdds: undefined,
    ...s,
  });

  it("never for a number or a fact the plan does not state, nor for a few words or little coverage", () => {
    const base = signals({ inScopeOdds: 30 });
    expect(decideMode(base)).toBe("suggest");
    expect(decideMode({ ...base, inScopeOdds: 10 })).toBe("refuse");
    expect(decideMode({ ...base, inScopeOdds: undefined })).toBe("refuse");
    expect(decideMode({ ...base, missingQuantity: true })).toBe("refuse");
    expect(decideMode({ ...base, missingFact: true })).toBe("refuse");
    expect(decideMode({ ...base, units: 2 })).toBe("refuse");
    expect(decideMode({ ...base, coverage: 0.1 })).toBe("refuse");
  });

  it("refuses what the rules would only suggest when people's questions in these words were ones the plan does not answer", () => {
    const suggested = signals({ coverage: 0.35, textCoverage: 0.35, margin: 0.05, known: 0.5, units: 4 });
    expect(decideMode(suggested)).toBe("suggest");
    expect(decideMode({ ...suggested, inScopeOdds: -5 })).toBe("suggest");
    expect(decideMode({ ...suggested, inScopeOdds: -20 })).toBe("refuse");
    // A confident answer of the rules stands, whatever the model says.
    const answered: Signals = { ...suggested, coverage: 0.8, textCoverage: 0.8, margin: 0.5, inScopeOdds: -50 };
    expect(decideMode(answered)).toBe("answer");
  });

  it("never offers 'no section' itself as a section", () => {
    for (const q of ["giá vàng hôm nay", "đoàn về làm việc mà ông chủ tịch xã cứ nhắn tin xin xỏ trưởng đoàn thì có sao không"])
      expect(kb.search(q, { k: 10 }).results.map((r) => r.id)).not.toContain(NOT_ANSWERED);
  });
});
