// Questions that ask for a kind of fact the plan does not print, and words typed without diacritics
// that only look like the plan's: written for this file, not taken from any measured question file.
import { describe, expect, it } from "vitest";
import { askedFact, statesFact } from "../../knowledge/asks.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();
const mode = (q: string) => kb.search(q).mode;

describe("facts the plan does not print", () => {
  it("knows the kind of fact asked for", () => {
    expect(askedFact("văn bản này có số hiệu là gì")).toBe("own number");
    expect(askedFact("Kế hoạch ký ngày mấy")).toBe("own number");
    // The date of Quy định 131 is printed: not the plan's own.
    expect(askedFact("Quy định 131 ban hành ngày nào")).toBeUndefined();
    expect(askedFact("quy định này bãi bỏ quyết định nào")).toBe("replaced");
    expect(askedFact("trưởng ban tổ chức tỉnh hiện nay là ai")).toBe("person");
    expect(askedFact("Ai là đầu mối thực hiện kế hoạch?")).toBeUndefined();
    expect(askedFact("giám đốc sở tư pháp hiện giờ là đồng chí nào")).toBe("person");
    expect(askedFact("phó chủ nhiệm thường trực hiện nay là đồng chí nào ạ")).toBe("person");
    // Which role answers is what the plan says, not a name.
    expect(askedFact("đồng chí nào phải chịu trách nhiệm chính khi đoàn sai phạm")).toBeUndefined();
    expect(askedFact("Điều 3 của quy định gồm những nội dung gì")).toBe("article");
  });

  it("looks for it in the section's own words, not in its citations", () => {
    const preamble = kb.getSection("preamble")?.text ?? "";
    expect(statesFact(preamble, "own number")).toBe(false);
    expect(statesFact("Kế hoạch số 12-KH/TU ngày 1/2/2024", "own number")).toBe(true);
    expect(statesFact(preamble, "article")).toBe(false);
  });

  it("refuses rather than cite a section that cannot hold it", () => {
    expect(mode("văn bản này có số hiệu là gì, ký ngày mấy")).toBe("refuse");
    expect(mode("Quy định 131 thay thế cho văn bản nào")).toBe("refuse");
    expect(mode("chánh thanh tra tỉnh hiện nay là ai")).toBe("refuse");
    expect(kb.respond("văn bản này có số hiệu là gì").text).toContain("không nêu thông tin này");
  });
});

describe("a lone syllable typed without diacritics", () => {
  it("is not a plan word that the plan prints only inside its compounds", () => {
    // "noi", "mua" are "nội" (nội dung) and "mua" (mua chuộc) in the plan, but here "nói", "mưa".
    expect(mode("chieu nay o da nang co mua to khong")).toBe("refuse");
    // Beside the neighbour the plan prints it with, it still is the plan's word.
    expect(mode("mua chuoc doan kiem tra co bi cam khong")).not.toBe("refuse");
  });
});

describe("round 11: who holds a post now, and what another law says", () => {
  it("refuses 'ai đang là …' (a name) and a question on a named law, decree or circular", () => {
    expect(askedFact("Ai đang là trưởng ban tổ chức tỉnh ủy?")).toBe("person");
    expect(askedFact("Theo Luật Cán bộ, công chức thì cán bộ được nghỉ phép mấy ngày?")).toBe("law");
    expect(askedFact("Nghị định nào quy định xử phạt vi phạm hành chính?")).toBe("law");
    expect(askedFact("xử lý kỷ luật cán bộ vi phạm thế nào")).toBeUndefined();
    expect(askedFact("pháp luật về thanh tra nói gì về chống tiêu cực")).toBeUndefined();
    expect(kb.search("Theo Luật Thanh tra thì thanh tra viên phải chuyển vị trí công tác sau mấy năm?").mode).toBe("refuse");
  });
});

describe("round 11: 'ai đang là …' as whoever, not a name", () => {
  it("is no name asked when a condition or a duty follows", () => {
    expect(askedFact("ai đang làm trưởng đoàn mà nhận quà thì bị xử lý thế nào")).toBeUndefined();
    expect(askedFact("ai đang là thành viên đoàn thì phải khai báo người thân không")).toBeUndefined();
  });
});

describe("round 11: 'ai đang là bí thư …' is still a name", () => {
  it("does not read 'bí thư' or 'thi hành' as a condition or a duty", () => {
    expect(askedFact("Ai đang là bí thư tỉnh ủy hiện nay?")).toBe("person");
    expect(askedFact("ai hiện là chủ nhiệm ủy ban kiểm tra thi hành kỷ luật đảng")).toBe("person");
    expect(kb.search("Ai đang là bí thư tỉnh ủy hiện nay?").mode).toBe("refuse");
  });
});

describe("round 12: the date of what the plan carries out", () => {
  it("asks the preamble for the date of the regulation it is based on, which it prints", () => {
    const q = "Kế hoạch này căn cứ vào văn bản nào, ngày mấy?";
    expect(askedFact(q)).toBeUndefined();
    expect(mode(q)).not.toBe("refuse");
    expect(kb.search(q).results[0]?.id).toBe("preamble");
    // The plan's own number and date are still a fact it does not print.
    expect(askedFact("kế hoạch này số mấy, ký ngày nào")).toBe("own number");
  });
});

describe("round 12b: the central text the plan carries out", () => {
  it("is asked about, with its date, without the plan's own number being asked", () => {
    const q = "kế hoạch này để thực hiện văn bản nào của trung ương, ký ngày nào";
    expect(askedFact(q)).toBeUndefined();
    expect(kb.search(q).results[0]?.id).toBe("preamble");
  });
});
