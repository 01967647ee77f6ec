// The three outcomes and the reading API, with questions written for this file (not taken from any
// question file the search was tuned on).
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge/index.js";

const kb = loadKnowledgeBase();
const top = (q: string) => kb.search(q, { k: 3 });

describe("the four kinds of question people ask", () => {
  // Long, first person: the asker's own job, relative and place, none of which the text names.
  it.each([
    ["Tôi làm thanh tra viên ở sở, được phân công thanh tra một doanh nghiệp mà chồng tôi góp vốn. Tôi phải báo cáo ai?", "II.4.3.1"],
    ["Tôi là trưởng đoàn kiểm tra, một đồng chí trong đoàn nhận quà của đơn vị, tôi có phải chịu trách nhiệm không?", "II.4.3.2"],
  ])("a first-person situation: %s → %s", (q, ids) => {
    const r = top(q);
    expect(ids.split("|")).toContain(r.results[0]?.id);
    expect(r.mode).not.toBe("refuse");
  });

  // A staffer going to inspect where a relative heads the unit: the team member's duty (II.4.3.1)
  // and the adviser's (II.4.4, relatives heading the area one follows) both apply, and the
  // committee's own section (II.3) is as close: sections are offered, not one cited.
  it("a first-person situation between roles offers one that applies, without citing one", () => {
    // Working at the committee, with a relative heading a ward: its staff (II.4.4) or the committee (II.3)?
    const r = top("Tôi công tác ở ủy ban kiểm tra quận, dì ruột tôi đang làm bí thư đảng ủy một phường trong quận. Tôi cần làm gì?");
    expect(r.mode).toBe("suggest");
    expect(r.results.slice(0, 3).some((x) => x.id === "II.4.3.1" || x.id === "II.4.4")).toBe(true);
    // About to go and inspect that ward, the asker is on the team: answered from II.4.3.1.
    const onTeam = top(
      "Tôi là cán bộ ủy ban kiểm tra quận, sắp đi kiểm tra một phường mà dì ruột tôi đang làm bí thư đảng ủy phường. Tôi cần làm gì?",
    );
    expect(onTeam.results[0]?.id).toBe("II.4.3.1");
  });

  // Slang for money and gifts, hospitality, interference, career consequences.
  it.each([
    ["đi kiểm tra mà cầm phong bì của đơn vị thì có sao không", "II.4.3.1"],
    ["đoàn thanh tra được đơn vị bao ăn nhậu, karaoke thì có được không", "II.4.3.1"],
    ["đi cửa sau nhờ người quen nói đỡ với đoàn kiểm tra có bị cấm không", "II.5.1"],
    ["sai phạm rồi thì có còn được đề bạt lên chức không", "II.6.1"],
  ])("colloquial words: %s → %s", (q, id) => {
    const r = top(q);
    expect(r.results[0]?.id).toBe(id);
    expect(r.mode).not.toBe("refuse");
  });

  // About the document itself.
  it.each([
    ["Ai ban hành kế hoạch này?", "preamble"],
    ["Kế hoạch được gửi cho những nơi nào?", "recipients"],
    ["Cấp ủy cấp dưới có phải xây dựng kế hoạch riêng không?", "III.1"],
    ["Ai theo dõi, đôn đốc và báo cáo kết quả thực hiện kế hoạch?", "III.2"],
  ])("about the document: %s → %s", (q, id) => {
    const r = top(q);
    expect(r.results[0]?.id).toBe(id);
    expect(r.mode).not.toBe("refuse");
  });

  // Two or three abbreviations in one short question, legal terms and issuing bodies included.
  it.each([
    ["TVĐ có QHGĐ với ĐTKT thì sao", "II.4.3.1"],
    ["UBKT TU phối hợp TTr tỉnh làm gì", "III.2"],
    ["vp tới mức truy cứu TNHS thì xl ntn", "II.6.1"],
  ])("abbreviations: %s → %s", (q, id) => {
    const r = top(q);
    expect(r.results[0]?.id).toBe(id);
    expect(r.mode).not.toBe("refuse");
  });

  // Conditional, about oneself or a third person in a role.
  it.each([
    ["Nếu tôi đã xin thôi chức vụ trước khi bị phát hiện thì có được giảm trách nhiệm không?", "II.6.2"],
    ["Nếu lãnh đạo ủy ban kiểm tra có người thân liên quan đến đối tượng kiểm tra thì phải làm gì?", "II.4.1"],
  ])("conditional: %s → %s", (q, id) => {
    expect(top(q).results[0]?.id).toBe(id);
  });
});

describe("three outcomes", () => {
  it("answers with confidence when one section clearly holds the question", () => {
    const r = kb.respond("Thành viên đoàn có được nhận quà của đối tượng kiểm tra không?");
    expect(r.mode).toBe("answer");
    if (r.mode !== "answer") return;
    expect(r.sectionId).toBe("II.4.3.1");
    expect(r.text).toContain("Không nhận quà vật chất");
    expect(kb.search("Thành viên đoàn có được nhận quà của đối tượng kiểm tra không?").answerable).toBe(true);
  });

  it("suggests the best sections when the question is in the text's territory but no section is certain", () => {
    // II.2.2 (inspectors) and II.3 (inspection committees) print the same rotation rule.
    const q = "giữ một địa bàn lâu thì sao";
    const s = kb.search(q);
    expect(s.mode).toBe("suggest");
    expect(s.answerable).toBe(false);
    const r = kb.respond(q);
    expect(r.mode).toBe("suggest");
    if (r.mode !== "suggest") return;
    expect(r.text).toBe("Có thể đồng chí muốn hỏi:");
    expect(r.suggestions.map((x) => x.id)).toEqual(expect.arrayContaining(["II.2.2", "II.3"]));
    expect(r.suggestions[0]?.label).toMatch(/^Mục II\.\d/);
    // Without buttons, the options are numbered and say how to open one.
    const plain = kb.answer(q);
    expect(plain).toMatch(/^Có thể đồng chí muốn hỏi:\n1\. Mục /);
    expect(plain).toMatch(/Gõ số hiệu mục/);
    // Typing an offered id opens that section in full.
    const opened = kb.respond(r.suggestions[1]?.id ?? "");
    expect(opened.mode === "answer" && opened.sectionId).toBe(r.suggestions[1]?.id);
  });

  it.each([
    ["Quà dưới 300 nghìn thì có phải báo cáo không?"],
    ["Đoàn kiểm tra được làm việc tối đa bao nhiêu ngày?"],
    ["Chủ nhiệm ủy ban kiểm tra có bao nhiêu phó?"],
    ["Thủ tục cấp lại thẻ bảo hiểm y tế"],
  ])("refuses %s: it asks for a number, a time limit or a topic the text never gives", (q) => {
    const r = kb.respond(q);
    expect(r.mode).toBe("refuse");
    expect(r.text).toMatch(/không có trong văn bản/);
    expect(kb.search(q).answerable).toBe(false);
  });

  it("says the text states no such number when a quantity is asked of a section that has none", () => {
    expect(kb.answer("Đoàn kiểm tra được nhận quà tối đa bao nhiêu tiền?")).toMatch(/^Văn bản đang tra cứu không nêu con số/);
    // The plan does state the 2-to-5-year rotation: a "how many years" question is answered.
    const r = kb.respond("Theo dõi một địa bàn bao nhiêu năm thì phải điều động?");
    expect(r.mode).not.toBe("refuse");
  });

  it("says what the text does not define (issue 10: 'thế nào là quan hệ gia đình?')", () => {
    const a = kb.answer("thế nào là quan hệ gia đình?");
    expect(a).toMatch(/^Văn bản không định nghĩa “quan hệ gia đình”/);
    expect(a).toContain("quan hệ gia đình");
    expect(a).toMatch(/📖 Trích Mục II\./);
    // Where it is used, so the reader can look: the team member's, the adviser's and the committee's duties.
    expect(a).toMatch(/chỉ được dùng ở Mục II\.3, Mục II\.4\.3\.1, Mục II\.4\.4/);
    // Said once: the disclaimer at the end already names who interprets officially.
    expect(a.match(/Ủy ban Kiểm tra/g)).toHaveLength(1);
    // A question about duties is not a definition question.
    expect(kb.answer("Trách nhiệm của thành viên đoàn là gì?")).not.toMatch(/không định nghĩa/);
  });
});

describe("reading the text directly", () => {
  it.each([
    ["II.4.3.1", "II.4.3.1"],
    ["Mục II.4.3.1", "II.4.3.1"],
    ["xem mục 4.3.1", "II.4.3.1"],
    ["muc ii 4 3 1", "II.4.3.1"],
    ["mục II.4.3.2.", "II.4.3.2"],
    ["Trưởng đoàn", "II.4.3.2"],
    ["truong doan", "II.4.3.2"],
    ["Nơi nhận", "recipients"],
    ["Đối với cán bộ làm công tác tham mưu", "II.4.4"],
    ["phần III", "III"],
  ])("%s names section %s", (text, id) => {
    expect(kb.sectionRef(text)).toBe(id);
  });

  it.each(["1", "trưởng đoàn chịu trách nhiệm gì", "mục 1", "quà"])("%s is not a section reference", (text) => {
    expect(kb.sectionRef(text)).toBeUndefined();
  });

  it("shows a typed section in full, not a neighbour (issue 10: 'II.4.3.1' used to quote II.4.3.2)", () => {
    for (const typed of ["II.4.3.1", "Mục II.4.3.1", "xem mục 4.3.1"]) {
      const a = kb.answer(typed);
      expect(a).toContain("Mục II.4.3.1 – Thành viên đoàn");
      expect(a).not.toContain("Mục II.4.3.2");
      // All five bullets of the section, not an extract.
      for (const line of (kb.getSection("II.4.3.1")?.text ?? "").split("\n")) expect(a).toContain(line.replace(/^- /, ""));
    }
  });

  it("gives the whole section text, and a part's list of subsections", () => {
    expect(kb.sectionFull("II.6.1")).toContain("nghiêm cấm giữ lại để xử lý hành chính hoặc nội bộ");
    expect(kb.sectionFull("II")).toMatch(/Gồm các mục:\n• Mục II\.1 – /);
    expect(kb.sectionFull("nope")).toBeUndefined();
  });

  it("lists the table of contents in document order with depths", () => {
    const toc = kb.tableOfContents();
    expect(toc[0]).toMatchObject({ id: "preamble", depth: 0 });
    expect(toc.find((e) => e.id === "II.4.3.1")).toEqual({ id: "II.4.3.1", title: "Thành viên đoàn", depth: 3 });
    expect(toc.at(-1)?.id).toBe("recipients");
    expect(toc.map((e) => e.id)).toEqual(kb.sections.map((s) => s.id));
  });
});
