import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_DOCS_DIR, loadKnowledgeBase, MAX_KB_REPLY_CHARS } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();

// Our own examples, worded unlike the dev and holdout files.
const outOfScope = [
  "Cách tính thuế thu nhập cá nhân",
  "Đăng ký kết hôn cần giấy tờ gì?",
  "Kiểm tra tốc độ mạng internet",
  "Lãi suất ngân hàng hôm nay",
  "Lịch họp chi bộ tháng này",
  "Cách kiểm tra số dư tài khoản",
  "what is the weather today",
  "Hồ sơ xin việc gồm những gì",
];
const inScope: [string, string][] = [
  ["đoàn kiểm tra có được nhận quà của đơn vị không", "II.4.3.1"],
  ["chồng tôi làm ở đơn vị bị kiểm tra thì tôi có được tham gia đoàn không", "II.4.3.1"],
  ["người tố cáo sai thì bị xử lý thế nào", "II.5.1"],
  ["lanh dao co quan thanh tra phai lam gi", "II.4.2"],
  ["khi nào được miễn trách nhiệm", "II.6.2"],
  ["cơ quan báo chí có trách nhiệm gì", "II.5.4"],
  ["mục đích của kế hoạch", "I.1"],
  ["trach nhiem cua dang vien", "II.5.3"],
];

describe("search and abstention", () => {
  it.each(outOfScope)("refuses %s", (q) => {
    expect(kb.search(q).answerable).toBe(false);
    // A reason may come first ("Văn bản … không nêu …" for a calculation or a file's papers).
    expect(kb.answer(q)).toMatch(/^(?:Văn bản đang tra cứu không (?:nêu|có) [^\n]*\n)?Nội dung này không có trong văn bản/);
    expect(kb.answer(q)).toContain("/help");
  });

  it.each(inScope)("answers %s from %s", (q, id) => {
    const r = kb.search(q);
    expect(r.answerable).toBe(true);
    expect(r.results[0]?.id).toBe(id);
  });

  it("returns at most k results, best first, with excerpts from the section", () => {
    const r = kb.search("thành viên đoàn không nhận quà", { k: 2 });
    expect(r.results).toHaveLength(2);
    expect(r.results[0]?.score).toBeGreaterThanOrEqual(r.results[1]?.score ?? 0);
    expect(kb.getSection(r.results[0]?.id ?? "")?.text.replace(/\n[-+] /g, " ")).toContain(
      r.results[0]?.excerpt.split(" … ")[0]?.replace(/…$/, "") ?? "?",
    );
  });
});

describe("answer text", () => {
  it("quotes the matching bullet, cites the section and says it is an extract", () => {
    const a = kb.answer("Thành viên đoàn có được nhận quà không?");
    expect(a).toContain("Mục II.4.3.1 – Thành viên đoàn");
    expect(a).toContain("Không nhận quà vật chất");
    // Only the bullets that answer, not the whole section.
    expect(a).not.toContain("Chấp hành nghiêm chủ trương");
    expect(a).toContain("Ủy ban Kiểm tra");
    expect(a).toMatch(/trích/i);
    expect(a.indexOf("Không nhận quà")).toBeLessThan(a.indexOf("Mục II.4.3.1"));
    expect(a).toMatch(/Xem thêm: Mục /);
  });

  it("fits one Telegram message and never throws, whatever is typed", () => {
    const inputs = ["", "   ", "?", "🙂🙂", "x".repeat(20000), "trách nhiệm ".repeat(400), "\u0000\u0301", "Nơi nhận"];
    for (const q of inputs) {
      const a = kb.answer(q);
      expect(a.length).toBeGreaterThan(0);
      expect(a.length).toBeLessThanOrEqual(MAX_KB_REPLY_CHARS);
    }
    const cited: Record<string, string> = { preamble: "Trích phần mở đầu", recipients: "Trích phần Nơi nhận" };
    for (const s of kb.sections) {
      if (!s.text) continue;
      const a = kb.answer(s.text);
      expect(a.length).toBeLessThanOrEqual(MAX_KB_REPLY_CHARS);
      // A section's own text is cited from it, or, where another section prints the same sentence
      // (II.5.1 and II.5.3), offered among the suggestions.
      if (a.startsWith("Có thể đồng chí muốn hỏi:")) expect(a).toMatch(new RegExp(`\\d\\. Mục ${s.id.replace(/\./g, "\\.")} – `));
      else expect(a).toContain(cited[s.id] ?? `Trích Mục ${s.id} – `);
    }
  });

  it("names the unnumbered parts as a reader would, keeping their ids in search results", () => {
    const q = "Nơi nhận của kế hoạch gồm những ai?";
    const a = kb.answer(q);
    expect(a).toContain("📖 Trích phần Nơi nhận, Kế hoạch");
    expect(a).not.toMatch(/Mục (recipients|preamble)/);
    // Asked about by its heading, the short list is quoted whole: all seven recipients.
    for (const line of (kb.getSection("recipients")?.text ?? "").split("\n").filter(Boolean)) {
      expect(a).toContain(line.replace(/^- /, ""));
    }
    expect(kb.search(q).results[0]?.id).toBe("recipients");
    expect(kb.answer("Thực hiện Quy định 131 ngày 27/10/2023 Ban Thường vụ Tỉnh ủy xây dựng kế hoạch")).toContain("Trích phần mở đầu,");
  });
});

describe("adding a document", () => {
  it("gets prefixed ids, is searchable, and leaves the plan's ids unchanged", () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    copyFileSync(join(DEFAULT_DOCS_DIR, "ke-hoach-131.md"), join(dir, "ke-hoach-131.md"));
    writeFileSync(
      join(dir, "huong-dan.md"),
      "---\nid: hd02\nlabel: Hướng dẫn số 02\n---\n# HƯỚNG DẪN\n\nHướng dẫn kê khai tài sản, thu nhập.\n\n## I- NỘI DUNG\n\n### 1. Thời hạn kê khai tài sản\n\nViệc kê khai tài sản, thu nhập hằng năm hoàn thành trước ngày 31 tháng 12.\n",
    );
    const two = loadKnowledgeBase(dir);
    expect(two.sections.filter((s) => s.docId === "kh131").map((s) => s.id)).toEqual(kb.sections.map((s) => s.id));
    expect(two.getSection("hd02:I.1")?.title).toBe("Thời hạn kê khai tài sản");
    expect(two.getSection("hd02:preamble")?.text).toContain("kê khai tài sản");
    const r = two.search("hạn kê khai tài sản thu nhập hằng năm");
    expect(r.answerable).toBe(true);
    expect(r.results[0]?.id).toBe("hd02:I.1");
    expect(two.answer("thời hạn kê khai tài sản")).toContain("Mục hd02:I.1");
    expect(kb.search("thời hạn kê khai tài sản").answerable).toBe(false);
  });

  it("refuses two documents that would claim the same ids", () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    const plan = readFileSync(join(DEFAULT_DOCS_DIR, "ke-hoach-131.md"), "utf8");
    writeFileSync(join(dir, "a.md"), plan);
    writeFileSync(join(dir, "b.md"), plan);
    expect(() => loadKnowledgeBase(dir)).toThrow(/duplicate section id/);
  });

  it("never reads ../shared at run time", () => {
    const sources = ["index.ts", "markdown.ts", "search.ts", "query.ts"].map((f) =>
      readFileSync(fileURLToPath(new URL(`../../knowledge/${f}`, import.meta.url)), "utf8"),
    );
    for (const s of sources) expect(s).not.toMatch(/shared\//);
  });
});
