import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { loadDialog } from "../../storage/dialogs.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { buttons, harness, type Harness } from "../dialog/harness.js";

// Issue 10, the declarant's side: what a newcomer trips over, each as they would notice it. The
// clock is 10/03/2026 10:00 in Hà Nội.

let h: Harness;
afterEach(() => h?.close());

const run = (inputs: string[]) => inputs.map((t) => h.say(t)).at(-1)!;
const draft = () => loadDialog(h.app.store, "console:u1");
const answers = () => (draft()?.state as { answers: Record<string, unknown> } | undefined)?.answers ?? {};

const GIFT_TO_DESCRIPTION = ["/khaibao_qua", "1", "Trần Văn Quyxel", "Chủ tịch UBND xã B", "1", "2"];
const GIFT_TO_SUMMARY = [...GIFT_TO_DESCRIPTION, "Một giỏ quà Tết", "không rõ", "05/03/2026", "từ chối", "bỏ qua"];

describe("questions inside a declaration", () => {
  it("a question without «?» at a free-text step is answered and the same step asked again, not saved as the answer", () => {
    h = harness();
    run(["/khaibao_qua", "1"]);
    const r = h.say("sau bao nhiêu năm thì phải luân chuyển");
    expect(r[0]!.text).toMatch(/Mục [IV]+\./);
    expect(r.at(-1)!.text).toContain("Bước 2/12");
    expect(answers()).not.toHaveProperty("giver");
  });

  it("the same question at a choice step is answered instead of «Bot chưa hiểu … là mục nào»", () => {
    h = harness();
    run(GIFT_TO_DESCRIPTION.slice(0, 4));
    const r = h.say("sau bao nhiêu năm thì phải luân chuyển");
    expect(h.text(r)).not.toContain("là mục nào");
    expect(r[0]!.text).toMatch(/Mục [IV]+\./);
    expect(r.at(-1)!.text).toContain("Bước 4/12");
  });

  it.each(["thành viên đoàn có được nhận quà không", "quà dưới 500 nghìn có phải khai ko", "người nhà tôi làm ở đó thì sao"])(
    "«%s» is read as a question at a free-text step",
    (q) => {
      h = harness();
      run(["/khaibao_qua", "1"]);
      expect(h.say(q).at(-1)!.text).toContain("Bước 2/12");
      expect(answers()).not.toHaveProperty("giver");
    },
  );

  it("a reported question can be given as the description: the bot asks once, and «Đây là câu trả lời» keeps it", () => {
    h = harness();
    run(GIFT_TO_DESCRIPTION);
    const typed = "Anh ta hỏi: thành viên đoàn có được nhận quà không?";
    const ask = h.say(typed);
    expect(ask.at(-1)!.text).toContain("câu trả lời của đồng chí cho bước này, hay là câu hỏi");
    expect(ask.at(-1)!.choices!.map((c) => c.label)).toEqual([vi.dialog.itIsMyAnswerLabel, vi.dialog.itIsAQuestionLabel]);
    // Typed as on Zalo or in the terminal: the number of the option.
    expect(h.text(h.say("1"))).toContain("Bước 7/12");
    expect(answers()).toMatchObject({ description: typed });
  });

  it("the same message taken as a question is answered and the step asked again", () => {
    h = harness();
    run(GIFT_TO_DESCRIPTION);
    h.say("Anh ta hỏi: thành viên đoàn có được nhận quà không?");
    const r = h.press("dialog:asQuestion");
    expect(r[0]!.text).toContain("Mục II.4.3.1");
    expect(r.at(-1)!.text).toContain("Bước 6/12");
    expect(answers()).not.toHaveProperty("description");
  });

  it("asked once: typing something else answers the step as usual", () => {
    h = harness();
    run(GIFT_TO_DESCRIPTION);
    h.say("Anh ta hỏi: thành viên đoàn có được nhận quà không?");
    expect(h.text(h.say("Một giỏ quà Tết"))).toContain("Bước 7/12");
    expect(answers()).toMatchObject({ description: "Một giỏ quà Tết" });
  });

  it("«Hủy» typed as a name does not cancel silently: asked once, it can be the name", () => {
    h = harness();
    run(["/khaibao_qua", "1"]);
    const ask = h.say("Hủy");
    expect(ask.at(-1)!.text).toContain("muốn dừng khai báo, hay «Hủy» là câu trả lời");
    expect(draft()).toBeDefined();
    expect(h.text(h.say("đó là câu trả lời"))).toContain("Bước 3/12");
    expect(answers()).toMatchObject({ giver: "Hủy" });
  });

  it("«Huy» (a common name) asked the same way; choosing to stop cancels", () => {
    h = harness();
    run(["/khaibao_qua", "1"]);
    h.say("Huy");
    expect(h.text(h.press("dialog:asCancel"))).toContain("Đã hủy bản khai quà tặng");
    expect(draft()).toBeUndefined();
  });
});

describe("outside a declaration", () => {
  it("a question about declaring is answered, not started, and the declaration is offered as a button", () => {
    h = harness();
    const r = h.say("tôi phải khai báo quà trong bao nhiêu ngày");
    expect(draft()).toBeUndefined();
    expect(r[0]!.text).not.toContain("Bước");
    expect(buttons(r)).toEqual(["/khaibao_qua"]);
    // Picked by its number where there are no buttons.
    expect(h.text(h.say("1"))).toContain("Bước 1/12");
  });

  it.each(["xin chào", "chào bot", "Cảm ơn!", "ok", "cảm ơn ạ", "đồng ý", "dong y", "uh", "👍"])(
    "«%s» gets a short friendly reply, not a refusal",
    (typed) => {
      h = harness();
      const r = h.text(h.say(typed));
      expect(r).not.toContain("không có trong văn bản");
      expect(r).not.toContain("Mục");
      expect(r.length).toBeLessThan(200);
    },
  );

  it("a gift told as a statement starts the declaration with what it settles filled in, as the question does", () => {
    h = harness();
    const r = h.text(h.say("tôi được doanh nghiệp biếu phong bì"));
    expect(r).toContain("Bot đã điền sẵn theo điều đồng chí vừa kể");
    expect(r).toContain("Loại quà, lợi ích: Vật chất: tiền");
    expect(r).toContain("Người mời, biếu là: Tổ chức");
    expect(r).toContain("Bước 2/12. Tên tổ chức đã mời, biếu?");
    // The kind it settled is not asked again on the way (it is checked at the summary).
    for (const t of ["Công ty ABC", "bỏ qua"]) h.say(t);
    expect(h.text(h.say("1"))).toContain("Bước 6/12");
  });

  it("«/khaibao» names the two declarations it could mean", () => {
    h = harness();
    expect(h.text(h.say("/khaibao"))).toBe("Bot chưa hiểu lệnh này. Có phải đồng chí muốn gõ /khaibao_xungdot hoặc /khaibao_qua?");
    expect(h.text(h.say("/xyz"))).toBe(vi.common.unknownCommand);
  });

  it("words people use for a giver, a gift and going back are understood", () => {
    h = harness();
    expect(h.text(h.say("/khaibao_qua"))).toContain("Bước 1/12");
    expect(h.text(h.say("cty"))).toContain("Bước 2/12");
    expect(h.text(h.say("lùi"))).toContain("Bước 1/12");
    for (const t of ["DN", "Công ty TNHH Quexaly", "bỏ qua", "1"]) h.say(t);
    expect(h.text(h.say("giỏ quà Tết"))).toContain("Bước 6/12");
  });

  it("«hủy» with nothing in progress is /huy, not a quote of the text", () => {
    h = harness();
    expect(h.text(h.say("hủy"))).toBe(vi.common.nothingToCancel);
  });

  it("/id shows the person's own channel:id", () => {
    h = harness();
    expect(h.text(h.say("/id"))).toContain("console:u1");
  });
});

describe("drafts", () => {
  it("/start and /cua_toi mention a draft left half-way, with «Tiếp tục» and «Hủy bản đang làm»", () => {
    h = harness();
    run(["/khaibao_qua", "1", "Trần Văn Quyxel"]);
    const start = h.say("/start");
    expect(start.at(-1)!.text).toContain("đang làm dở bản khai quà tặng");
    expect(buttons(start)).toEqual(["dialog:continue", "dialog:cancel"]);
    expect(h.text(h.say("tiếp tục"))).toContain("Bước 3/12");
    const mine = h.say("/cua_toi");
    expect(mine[0]!.text).toContain("chưa có bản khai nào");
    expect(buttons(mine)).toEqual(["dialog:continue", "dialog:cancel"]);
    expect(h.text(h.press("dialog:cancel"))).toContain("Đã hủy");
    expect(draft()).toBeUndefined();
  });

  it("cancelling a draft to start another declaration starts the one asked for", () => {
    h = harness();
    run(["/khaibao_xungdot", "1", "Đoàn kiểm tra 12"]);
    expect(h.text(h.say("/khaibao_qua"))).toContain("Nếu hủy, bot bắt đầu bản khai quà tặng");
    const r = h.press("dialog:cancel");
    expect(r[0]!.text).toContain("Đã hủy bản khai xung đột lợi ích");
    expect(h.text(r)).toContain("Bước 1/12");
    expect(draft()?.dialogId).toBe("gift");
  });

  it("«quay lại» shows the answer given before, and «giữ nguyên» keeps it", () => {
    h = harness();
    run(["/khaibao_qua", "1", "Trần Văn Quyxel"]);
    const back = h.text(h.say("quay lại"));
    expect(back).toContain("Bước 2/12");
    expect(back).toContain("Câu trả lời trước: Trần Văn Quyxel");
    expect(h.text(h.say("giữ nguyên"))).toContain("Bước 3/12");
    expect(answers()).toMatchObject({ giver: "Trần Văn Quyxel" });
  });
});

describe("the summary", () => {
  it("numbers its fields; «sửa 7» and «sửa giá trị» open that field; a bare field number does not confirm", () => {
    h = harness();
    const summary = h.text(run(GIFT_TO_SUMMARY));
    expect(summary).toContain("[7] Giá trị ước tính: Không rõ");
    const bare = h.say("7");
    expect(bare[0]!.text).toContain("gõ «sửa 7»");
    expect(listAllSubmissions(h.app.store)).toHaveLength(0);
    const edit = h.text(h.say("sửa 7"));
    expect(edit).toContain("Giá trị ước tính bằng đồng");
    expect(edit).toContain("Câu trả lời trước: Không rõ");
    expect(h.text(h.say("500k"))).toContain("[7] Giá trị ước tính: 500.000 đồng");
    expect(h.text(h.say("sửa giá trị"))).toContain("Giá trị ước tính bằng đồng");
    h.say("quay lại");
    expect(h.text(h.say("sửa mục [1]"))).toContain("cá nhân hay tổ chức");
  });
});

describe("steps follow earlier choices", () => {
  it("the withdraw question is asked only of someone on the team, without a double negative", () => {
    h = harness();
    const staff = h.text(run(["/khaibao_xungdot", "Cán bộ tham mưu", "Giám sát 2026", "Chi bộ A", "cổ phần", "Vợ góp 5% vốn công ty C"]));
    expect(staff).toContain("Bước 6/6. Đồng chí có ghi chú thêm");
    expect(staff).not.toContain("rút khỏi đoàn");
    h.say("/huy");
    const member = h.text(run(["/khaibao_xungdot", "1", "Giám sát 2026", "Chi bộ A", "cổ phần", "Vợ góp 5% vốn công ty C"]));
    expect(member).toContain("đề nghị được rút khỏi đoàn");
    expect(member).not.toMatch(/có xin không .* không\?/);
  });

  it("examples fit the kind: an item after «hiện vật», no «với tổ chức» after «Cá nhân»", () => {
    h = harness();
    const position = h.text(run(["/khaibao_qua", "1", "Trần Văn Quyxel"]));
    expect(position).not.toContain("tổ chức");
    const description = h.text(run(["Chủ tịch UBND xã B", "1", "hiện vật"]));
    expect(description).toContain("Ví dụ: Một giỏ quà");
    expect(description).not.toContain("phong bì");
  });

  it("«Đã nộp» asks when (not before the gift) and to whom", () => {
    h = harness();
    run([...GIFT_TO_SUMMARY.slice(0, -2)]);
    expect(h.text(h.say("đã nộp"))).toContain("Đồng chí nộp ngày nào?");
    const early = h.say("01/03/2026");
    expect(early[0]!.text).toContain("trước ngày được mời, biếu (05/03/2026)");
    expect(h.text(h.say("06/03/2026"))).toContain("nộp cho cơ quan, đơn vị nào");
    const summary = h.text(run(["Văn phòng Ủy ban Kiểm tra huyện", "bỏ qua"]));
    expect(summary).toContain("Ngày trả lại, nộp: 06/03/2026");
    expect(summary).toContain("Trả lại, nộp cho: Văn phòng Ủy ban Kiểm tra huyện");
  });
});

describe("wording", () => {
  it("a refused date shows one example, with this year", () => {
    h = harness();
    run([...GIFT_TO_DESCRIPTION, "Một giỏ quà", "500k"]);
    const r = h.text(h.say("tuần trước"));
    expect(r.match(/\d{2}\/\d{2}\/\d{4}/g)).toEqual(["09/03/2026"]);
  });

  it("both declaration intros cite their source the same way and speak of «bản khai»", () => {
    h = harness();
    const conflict = h.say("/khaibao_xungdot")[0]!.text;
    h.say("/huy");
    const gift = h.say("/khaibao_qua")[0]!.text;
    for (const intro of [conflict, gift]) {
      expect(intro).toMatch(/^Căn cứ: Kế hoạch thực hiện Quy định 131-QĐ\/TW, mục /m);
      expect(intro).toContain("qua cuộc trò chuyện này");
    }
  });

  it("no text tells the person to «bấm nút» (there are none in the terminal), and none says «bản khai báo»", () => {
    const source = readFileSync(new URL("../../handlers/texts/vi.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/bấm nút|Bấm nút|bấm một nút/);
    expect(source).not.toContain("bản khai báo");
  });
});
