import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge/index.js";
import { parseMarkdown } from "../../knowledge/markdown.js";

const kb = loadKnowledgeBase();
const SOURCE = fileURLToPath(new URL("../../../shared/corpus/ke-hoach-thuc-hien-quy-dinh-131.txt", import.meta.url));

const words = (text: string): string[] => [...text.normalize("NFC").matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);

describe("parser of the 131 plan", () => {
  it("gives every numbered section its printed id", () => {
    const ids = kb.sections.map((s) => s.id);
    const expected = [
      "preamble",
      "I.1",
      "I.2",
      "II.1",
      "II.2.1",
      "II.2.2",
      "II.2.3",
      "II.2.4",
      "II.3",
      "II.4.1",
      "II.4.2",
      "II.4.3.1",
      "II.4.3.2",
      "II.4.4",
      "II.5.1",
      "II.5.2",
      "II.5.3",
      "II.5.4",
      "II.6.1",
      "II.6.2",
      "III.1",
      "III.2",
      "recipients",
    ];
    for (const id of expected) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the heading text as title and links parents", () => {
    expect(kb.getSection("II.4.3.1")?.title).toBe("Thành viên đoàn");
    expect(kb.getSection("II.4.3.1")?.parentId).toBe("II.4.3");
    expect(kb.getSection("II.4.3")?.title).toBe("Đối với đoàn kiểm tra, giám sát, thi hành kỷ luật đảng, thanh tra");
    expect(kb.getSection("II.4.3.2")?.title).toBe("Trưởng đoàn");
    expect(kb.getSection("II.2.1")?.title).toBe("Đối với cấp ủy");
    expect(kb.getSection("I.1")?.title).toBe("Mục đích");
    expect(kb.getSection("recipients")?.title).toBe("Nơi nhận");
    expect(kb.getSection("preamble")?.title).toMatch(/^KẾ HOẠCH thực hiện Quy định 131-QĐ\/TW/);
    expect(kb.getSection("III.2")?.text).toMatch(/^Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì/);
    expect(kb.getSection("II.4.3.1")?.text).toContain("Không nhận quà vật chất");
    expect(kb.getSection("II.4.3.1")?.docId).toBe("kh131");
  });

  it("rejoins the paragraphs a page break split", () => {
    expect(kb.getSection("II.6.2")?.text).toContain("kịp thời thay thế, bố trí công tác khác");
    expect(kb.getSection("I.2")?.text).toContain("xem đây là giải pháp cơ bản đề phòng, chống tham nhũng");
  });

  it("keeps the source's own typos", () => {
    expect(kb.getSection("recipients")?.text).toContain("trương đương");
    expect(kb.getSection("II.6.1")?.text).toContain("chuyên công tác");
  });

  it.skipIf(!existsSync(SOURCE))("keeps every word of the source text", () => {
    // Printed numbering ("I-", "2.1.") becomes the ids; every other word must survive, once.
    const source = readFileSync(SOURCE, "utf8")
      .split("\n")
      .map((l) => l.replace(/^\s*(?:[IVX]+-|\d+(?:\.\d+)*\.)\s*/, ""))
      .join("\n");
    const kept = kb.sections.map((s) => (s.text.startsWith(s.title.replace(/…$/, "")) ? s.text : `${s.title}\n${s.text}`)).join("\n");
    expect(words(kept).sort()).toEqual(words(source).sort());
  });

  it("parses front matter, headings without a part and headingless numbered paragraphs", () => {
    const doc = parseMarkdown(
      "---\nid: hd\nlabel: Hướng dẫn\n---\n# HƯỚNG DẪN\n\nMở đầu.\n\n## 1. Phạm vi\n\nNội dung một.\n\n### 1.1. Chi tiết\n\n- Gạch đầu dòng\n- Thứ hai\n\n## II- PHẦN HAI\n\n1. Đoạn có số đầu tiên; phần sau.\n\n2. Đoạn thứ hai.\n",
    );
    expect(doc.meta).toEqual({ id: "hd", label: "Hướng dẫn" });
    expect(doc.sections.map((s) => s.id)).toEqual(["preamble", "1", "1.1", "II", "II.1", "II.2"]);
    expect(doc.sections.find((s) => s.id === "1.1")?.text).toBe("- Gạch đầu dòng\n- Thứ hai");
    expect(doc.sections.find((s) => s.id === "II.1")?.title).toBe("Đoạn có số đầu tiên");
  });
});
