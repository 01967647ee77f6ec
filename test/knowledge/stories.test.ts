// Round 7: questions told as a story, colloquial plurals, and what decides between suggesting and
// refusing. Questions written for this file, not taken from any question file the search is measured on.
import { describe, expect, it } from "vitest";
import { askedQuantity, asksConduct } from "../../knowledge/asks.js";
import { decideMode } from "../../knowledge/decide.js";
import { loadKnowledgeBase } from "../../knowledge/index.js";
import { questionRole } from "../../knowledge/query.js";

const kb = loadKnowledgeBase();
const mode = (q: string): string => kb.search(q, { k: 3 }).mode;
const top3 = (q: string): string[] => kb.search(q, { k: 3 }).results.map((r) => r.id);
const content = (q: string): string[] =>
  kb
    .explain(q)
    .terms.filter((t) => !t.stop)
    .map((t) => t.fold);

describe("a story told before the sentence that asks", () => {
  it("is context: its words unknown to the text do not make an in-scope question a refusal", () => {
    const q =
      "Anh rể tôi làm ở Thanh tra huyện, tuần trước đi thanh tra xưởng gỗ Phú Hưng. Chủ xưởng biếu anh ấy một bộ bàn ghế gỗ hương. Thành viên đoàn nhận quà như vậy có được không?";
    expect(mode(q)).not.toBe("refuse");
    expect(top3(q)[0]).toBe("II.4.3.1");
  });

  it("still refuses a story that asks for something the text never states", () => {
    expect(mode("Tôi mới chuyển về phòng tổ chức huyện. Lương khởi điểm của chuyên viên là bao nhiêu?")).toBe("refuse");
    expect(mode("Hôm qua tôi đi họp chi bộ về muộn. Mai thời tiết ở huyện có mưa không?")).toBe("refuse");
  });
});

describe("colloquial words that are not what is asked", () => {
  it("'mấy ông', 'mấy bà' are people in the plural, not a count asked for", () => {
    expect(askedQuantity("mấy ông bên đơn vị hay mời đoàn đi ăn, đoàn có được đi không")).toBeUndefined();
    expect(askedQuantity("mấy anh trong đoàn có phải báo cáo không")).toBeUndefined();
    expect(askedQuantity("đoàn kiểm tra có mấy người")).toBe("nguoi");
  });

  it("a pronoun for a person of the story ('anh ấy', 'ông ta', 'chị ấy') is who, not what", () => {
    const terms = kb.explain("chị ấy nhận quà của đơn vị được kiểm tra thì có sao không").terms;
    expect(terms.filter((t) => !t.stop).map((t) => t.fold)).not.toContain("ay");
    expect(terms.filter((t) => !t.stop).map((t) => t.fold)).not.toContain("chi");
  });

  it("'không' closing a clause or before 'hay' only makes it a question", () => {
    const terms = kb.explain("quyết định kỷ luật sai có bị thu hồi không, hay vẫn giữ nguyên").terms;
    expect(terms.find((t) => t.fold === "khong")?.stop).toBe(true);
  });

  it("two syllables typed without the space between them are split where the text prints the pair", () => {
    const terms = kb.explain("thanhvien doan co duoc di an cung don vi ko").terms;
    expect(terms.slice(0, 2).map((t) => t.fold)).toEqual(["thanh", "vien"]);
    expect(kb.explain("thanhtoan tien dien online").mode).toBe("refuse");
  });

  it("a one-word rewrite does not split a word the text prints ('đòi hỏi' stays 'đòi hỏi')", () => {
    const terms = kb.explain("đoàn đòi hỏi đơn vị cung cấp tài liệu ngoài nội dung kiểm tra").terms;
    const i = terms.findIndex((t) => t.fold === "doi");
    expect(terms[i]?.group).toBeUndefined();
    expect(terms[i + 1]?.fold).toBe("hoi");
  });
});

describe("a question of the kind the plan answers (what one may, must or must not do)", () => {
  it("is recognised from how it asks, not from its topic", () => {
    expect(asksConduct("bên được kiểm tra biếu ít cân chè thì đoàn có được cầm về không")).toBe(true);
    expect(asksConduct("trưởng phòng làm vậy có đúng quy định không ạ")).toBe(true);
    expect(asksConduct("gặp trường hợp đó thì đơn vị phải làm gì")).toBe(true);
    expect(asksConduct("cán bộ kiểm tra nhận tiền thì xử lý thế nào")).toBe(true);
    // Where, when, which form or list, how much: facts, not conduct.
    expect(asksConduct("đơn tố cáo nộp ở đâu")).toBe(false);
    expect(asksConduct("có mẫu báo cáo sẵn không")).toBe(false);
    expect(asksConduct("quà dưới bao nhiêu tiền thì có được nhận không")).toBe(false);
    expect(asksConduct("lịch họp chi bộ tháng này")).toBe(false);
    // "mấy ông" is people, not "how many".
    expect(asksConduct("mấy ông bên đơn vị hay mời đoàn đi nhậu, kế hoạch có cấm không")).toBe(true);
  });

  it("is suggested rather than refused when told in words the text does not use", () => {
    const q = "kết luận của đoàn làm qua loa, sai cả đối tượng lẫn thẩm quyền thì có bị hủy không";
    expect(mode(q)).toBe("suggest");
    expect(top3(q)).toContain("II.6.1");
  });

  it("is still refused when it is about something the text does not cover", () => {
    expect(mode("Đảng viên có được kinh doanh, mở công ty riêng không?")).toBe("refuse");
    expect(mode("Nghỉ ốm quá 3 ngày có bị trừ lương không")).toBe("refuse");
    // "muộn" is unknown, "kỷ luật" the text's: at most the sections on discipline are offered.
    expect(mode("Đi làm muộn có bị kỷ luật không")).not.toBe("answer");
    expect(mode("dang vien co duoc sinh con thu ba khong")).toBe("refuse");
  });
});

describe("what a question asks outweighs the story it tells", () => {
  it("asked what happens to someone, the consequences come first, not the rule they broke", () => {
    expect(top3("cán bộ kiểm tra ăn tiền của cơ sở thì có bị cách chức không")[0]).toBe("II.6.1");
    expect(top3("người đi thanh tra vòi tiền cơ sở thì bị kỷ luật thế nào")[0]).toBe("II.6.1");
  });

  it("what happens to a false accuser is with the inspected party's duties, not under 'Xử lý vi phạm'", () => {
    expect(top3("tố cáo nhầm người thì người tố có bị xử lý gì không")[0]).toBe("II.5.1");
  });

  it("naming only the state's inspection (thanh tra) favours the sections headed by it", () => {
    // The same bullet on moving staff after 2 to 5 years stands in II.2.2 (thanh tra) and II.3 (ủy ban kiểm tra).
    expect(top3("cán bộ thanh tra theo dõi một địa bàn mấy năm thì phải đổi")[0]).toBe("II.2.2");
    expect(top3("cán bộ ủy ban kiểm tra theo dõi một địa bàn lâu năm thì có phải bị điều động không")[0]).toBe("II.3");
  });
});

describe("round 10: conduct asked in more ways", () => {
  it("'… nhận được không' without 'có', and a clause asking conduct beside one asking a procedure", () => {
    expect(asksConduct("đơn vị biếu thùng hoa quả thì đoàn nhận được không")).toBe(true);
    expect(asksConduct("tôi có nên rút khỏi đoàn không, thủ tục thế nào")).toBe(true);
    // A procedure or a place asked alone is still a fact.
    expect(asksConduct("thủ tục xin rút khỏi đoàn gồm những gì")).toBe(false);
    expect(asksConduct("nộp đơn ở đâu thì được nhận")).toBe(false);
  });

  it("answers from the role's own section before merely suggesting a conduct question", () => {
    const signals = {
      coverage: 0.5,
      textCoverage: 0.5,
      margin: 0.6,
      coverageGap: 0.1,
      known: 0.4,
      missingQuantity: false,
      missingFact: false,
      roleMatch: true,
      conduct: true,
      units: 6,
      inScopeOdds: undefined,
    };
    expect(decideMode(signals)).toBe("answer");
    expect(decideMode({ ...signals, roleMatch: false })).toBe("suggest");
    // Held only by the section's example questions, not its text: offered, never cited.
    expect(decideMode({ ...signals, textCoverage: 0.1 })).toBe("suggest");
  });
});

describe("round 11: the asker's story typed without diacritics", () => {
  it("reads 'toi la …', 'tui lam …' as the asker describing themself, with their role", () => {
    expect(questionRole("toi la truong doan giam sat, co duoc di an voi don vi khong")).toMatchObject({
      heading: "truong doan",
      own: true,
    });
    expect(questionRole("tui la dang vien o co so, nghe noi doan nhan tien thi lam gi")).toMatchObject({ own: true });
  });

  it("reads chat ways of reporting up or looking away ('báo lên trên', 'làm lơ', 'ngó lơ')", () => {
    expect(content("thấy sai thì báo lên trên hay làm lơ")).toEqual(expect.arrayContaining(["bao", "cao", "che"]));
  });
});

describe("round 11: a last sentence that only asks to confirm", () => {
  it("asks what the sentence before it said ('… thì không bị xử lý nữa. Có đúng vậy không?')", async () => {
    const { askingSentence, asksConsequence } = await import("../../knowledge/asks.js");
    const q =
      "Chú tôi từng làm thanh tra huyện, giờ chuyển ngành rồi. Nghe nói chuyển ngành thì chuyện cũ không ai xử lý nữa. Có đúng vậy không?";
    expect(askingSentence(q)).toContain("không ai xử lý nữa");
    expect(top3(q)).toContain("II.6.1");
    expect(asksConsequence("Ông ấy nghỉ hưu rồi nên không bị kỷ luật nữa. Phải không ạ?")).toBe("act");
    expect(askingSentence("Đoàn về làm việc ba ngày. Trưởng đoàn có phải báo cáo không?")).toBe("Trưởng đoàn có phải báo cáo không?");
  });
});
