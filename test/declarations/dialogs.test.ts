import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../../handlers/app.js";
import { openStore } from "../../storage/db.js";
import { loadDialog } from "../../storage/dialogs.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { buttons, harness, realKb, type Harness } from "../dialog/harness.js";

// The two declarations through app.handle() with a real temp store and the real knowledge base.
// The clock is 10/03/2026 10:00 in Hà Nội.

let h: Harness;
afterEach(() => h?.close());

const GIFT_TO_VALUE = ["/khaibao_qua", "2", "Công ty Cổ phần Quexaly", "Phó Giám đốc", "1", "2", "Một giỏ quà Tết"];
const CONFLICT_FAMILY = [
  "/khaibao_xungdot",
  "1",
  "Đoàn kiểm tra 12-QĐ/UBKT",
  "Đảng ủy xã A",
  "1",
  "vo/chong",
  "Lê Thị Zentrava, kế toán xã A",
  "có",
  "bỏ qua",
];

function run(inputs: string[]) {
  let last = h.say(inputs[0]!);
  for (const t of inputs.slice(1)) last = h.say(t);
  return last;
}
const stored = () => listAllSubmissions(h.app.store);
const draft = () => loadDialog(h.app.store, "console:u1");

describe("gift declaration", () => {
  it("takes every step, shows a formatted summary, and stores stable English ids on confirm", () => {
    h = harness({ name: "Nguyễn Văn Test" });
    const intro = h.say("/khaibao_qua");
    expect(intro[0]!.text).toContain("Ủy ban Kiểm tra");
    expect(intro[1]!.text).toContain("Bước 1/12");
    expect(buttons(intro)).toEqual(["giverType:individual", "giverType:organization"]);
    run(GIFT_TO_VALUE.slice(1));
    expect(h.text(h.say("2tr5"))).toContain("Bước 8/12");
    expect(h.text(h.say("hôm qua"))).toContain("Bước 9/12");
    h.press("action:returned");
    expect(h.text(h.say("hôm nay"))).toContain("Bước 11/12");
    h.say("Gửi trả ông D qua bưu điện");
    const summary = h.text(h.say("Đã trả lại qua bưu điện"));
    expect(summary).toContain("Giá trị ước tính: 2.500.000 đồng");
    expect(summary).toContain("Ngày mời, biếu: 09/03/2026");
    expect(summary).toContain("Đồng chí đã xử lý: Đã nhận và đã trả lại");
    expect(summary).toContain("Ngày trả lại, nộp: 10/03/2026");
    const receipt = h.text(h.say("xác nhận"));
    expect(receipt).toMatch(/QT-2026-000001/);
    expect(receipt).toContain("/cua_toi");
    const [s] = stored();
    expect(s).toMatchObject({
      code: "QT-2026-000001",
      kind: "gift",
      status: "submitted",
      declarant: "console:u1",
      declarantName: "Nguyễn Văn Test",
      chatId: "u1",
    });
    expect(s!.answers).toEqual({
      giverType: "organization",
      giver: "Công ty Cổ phần Quexaly",
      giverPosition: "Phó Giám đốc",
      giverLink: "inspected_subject",
      giftKind: "goods",
      description: "Một giỏ quà Tết",
      valueVnd: 2_500_000,
      date: "2026-03-09",
      action: "returned",
      handledOn: "2026-03-10",
      handledTo: "Gửi trả ông D qua bưu điện",
      remarks: "Đã trả lại qua bưu điện",
    });
    expect(draft()).toBeUndefined();
  });

  it.each([
    ["500k", 500_000],
    ["2,5 triệu", 2_500_000],
    ["2.500.000đ", 2_500_000],
    ["2.500.000 đồng", 2_500_000],
    ["2500000", 2_500_000],
    ["1 tỷ", 1_000_000_000],
    ["hai triệu", 2_000_000],
    ["năm trăm nghìn", 500_000],
    ["hai triệu rưỡi", 2_500_000],
    ["không rõ", null],
  ])("value %s is stored as %s", (typed, value) => {
    h = harness();
    run(GIFT_TO_VALUE);
    expect(h.text(h.say(typed))).toContain("Bước 8/12");
    expect(draft()!.state).toMatchObject({ answers: { valueVnd: value } });
  });

  it.each([
    ["-500k", "số âm"],
    ["0", "lớn hơn 0"],
    ["2000 tỷ", "2.000.000.000.000 đồng, lớn hơn 1.000 tỷ"],
    ["chừng vài củ", "chưa đọc được «chừng vài củ»"],
    ["500", "Bot hiểu là 500 đồng"],
  ])("value %s is refused with the reason, an example, and the same step again", (typed, reason) => {
    h = harness();
    run(GIFT_TO_VALUE);
    const r = h.say(typed);
    expect(r[0]!.text).toContain(reason);
    expect(r[0]!.text).toContain("Ví dụ: 2.500.000 hoặc 2tr5");
    expect(r[1]!.text).toContain("Bước 7/12");
    expect(draft()!.state).not.toHaveProperty("answers.valueVnd");
  });

  it("takes the handling said in a sentence, and asks again when it is denied", () => {
    h = harness();
    run([...GIFT_TO_VALUE, "500k", "hôm qua"]);
    expect(h.text(h.say("không trả lại"))).toContain("Bot chưa hiểu «không trả lại» là mục nào");
    expect(h.text(h.say("đã trả lại cho họ rồi"))).toContain("Đồng chí trả lại ngày nào?");
    expect(draft()!.state).toMatchObject({ answers: { action: "returned" } });
  });

  it.each([
    ["31/02/2026", "Ngày 31/02/2026 không có trên lịch"],
    ["12/3", "sau hôm nay (10/03/2026)"],
    ["01/01/2027", "sau hôm nay"],
    ["26/10/2023", "trước ngày 27/10/2023"],
    ["tuần trước", "chưa đủ để ghi ngày"],
  ])("date %s is refused (%s) and asked again", (typed, reason) => {
    h = harness();
    run([...GIFT_TO_VALUE, "500k"]);
    const r = h.say(typed);
    expect(r[0]!.text).toContain(reason);
    expect(r[1]!.text).toContain("Bước 8/12");
  });

  it.each([
    ["05/03/2026", "2026-03-05"],
    ["5/3", "2026-03-05"],
    ["hôm nay", "2026-03-10"],
    ["hôm kia", "2026-03-08"],
    ["27/10/2023", "2023-10-27"],
  ])("date %s is stored as %s", (typed, iso) => {
    h = harness();
    run([...GIFT_TO_VALUE, "500k"]);
    expect(h.text(h.say(typed))).toContain("Bước 9/12");
    expect(draft()!.state).toMatchObject({ answers: { date: iso } });
  });
});

describe("conflict-of-interest declaration", () => {
  it("asks the family steps for a family link and stores the answers", () => {
    h = harness();
    const summary = h.text(run(CONFLICT_FAMILY));
    // Numbered fields (issue 10: "sửa 7" edits field [7]); was "• Quan hệ: …".
    expect(summary).toContain("[5] Quan hệ: Vợ/chồng");
    expect(summary).toContain("[7] Đề nghị rút khỏi đoàn: Có, đề nghị rút khỏi đoàn");
    expect(summary).toContain("[8] Ghi chú: (không có)");
    expect(h.text(h.press("conflict:confirm"))).toContain("XD-2026-000001");
    expect(stored()[0]!.answers).toEqual({
      role: "team_member",
      inspection: "Đoàn kiểm tra 12-QĐ/UBKT",
      subject: "Đảng ủy xã A",
      linkType: "family_subject",
      relation: "spouse",
      relatedPerson: "Lê Thị Zentrava, kế toán xã A",
      askToWithdraw: true,
      remarks: null,
    });
  });

  it("counts only the steps that apply: 8 for a family link, 7 for an interest", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 4));
    expect(h.text(h.press("linkType:family_team"))).toContain("Bước 5/8");
    h.say("quay lại");
    expect(h.text(h.press("linkType:shares"))).toContain("Bước 5/7");
  });

  it("editing the link type from the summary asks the newly applicable step and drops the old ones", () => {
    h = harness();
    run(CONFLICT_FAMILY);
    expect(buttons(h.say("sửa"))).toContain("conflict:edit:linkType");
    const linkStep = h.press("conflict:edit:linkType");
    expect(h.text(linkStep)).toContain("quay lại» để về bản tóm tắt");
    expect(h.text(h.say("cổ phần"))).toContain("quyền, lợi ích liên quan");
    const summary = h.text(h.say("Vợ góp 10% vốn Công ty C"));
    expect(summary).toContain("Loại quan hệ, lợi ích: Cổ phần, vốn góp");
    expect(summary).not.toContain("Vợ/chồng");
    h.say("xác nhận");
    const answers = stored()[0]!.answers;
    expect(answers).toMatchObject({ linkType: "shares", interest: "Vợ góp 10% vốn Công ty C" });
    expect(answers).not.toHaveProperty("relation");
    expect(answers).not.toHaveProperty("relatedPerson");
  });

  it("editing a field that changes nothing returns straight to the summary", () => {
    h = harness();
    run(CONFLICT_FAMILY);
    h.say("sửa 3");
    const back = h.text(h.say("Đảng ủy phường B"));
    expect(back).toContain("[3] Đối tượng kiểm tra: Đảng ủy phường B");
    expect(back).toContain("Xác nhận gửi");
  });

  it("reads choices typed with or without diacritics, by number or keyword", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 4));
    h.say("gia đình với đối tượng kiểm tra");
    h.say("ruot");
    expect(draft()!.state).toMatchObject({ answers: { linkType: "family_subject", relation: "sibling" } });
    h.say("quay lại");
    const r = h.say("anh chị");
    expect(r[0]!.text).toContain("khớp với nhiều mục");
    expect(r[1]!.text).toContain("Bước 5/8");
  });
});

describe("what a newcomer types (found by a newcomer's run)", () => {
  const GIFT_SUMMARY = [...GIFT_TO_VALUE, "2tr5", "hôm qua", "từ chối"];

  it.each(["đừng gửi", "dung gui", "gửi sau", "đừng gửi vội", "ok để mai gửi"])("«%s» at the summary sends nothing", (typed) => {
    h = harness();
    run(GIFT_SUMMARY);
    expect(h.text(h.say("bỏ qua"))).toContain("Xác nhận gửi");
    const r = h.text(h.say(typed));
    expect(r).not.toContain("Đã nhận bản khai");
    expect(stored()).toHaveLength(0);
    expect(h.text(h.say("xác nhận"))).toContain("Đã nhận bản khai");
    expect(stored()).toHaveLength(1);
  });

  it.each(["đừng", "dừng", "không", "khoan"])(
    "«%s» alone at the summary neither sends nor drops the draft (found by a second run)",
    (typed) => {
      h = harness();
      run([...GIFT_SUMMARY, "bỏ qua"]);
      const r = h.text(h.say(typed));
      expect(r).not.toContain("Đã nhận bản khai");
      expect(r).not.toContain("Đã hủy");
      expect(stored()).toHaveLength(0);
      expect(draft()).toBeDefined();
      expect(h.text(h.say("đúng rồi"))).toContain("Đã nhận bản khai");
    },
  );

  it("«có» and English fragments pick no option; an English id still does", () => {
    h = harness();
    run(GIFT_TO_VALUE.slice(0, 5));
    for (const typed of ["có", "co", "mea", "serv", "oppo"]) expect(h.text(h.say(typed))).toContain(`Bot chưa hiểu «${typed}» là mục nào`);
    expect(h.text(h.say("money"))).toContain("Bước 6/12");
  });

  it("«giữ nguyên» keeps an option answered before, as the prompt offers", () => {
    h = harness();
    run(["/khaibao_qua", "1"]);
    const back = h.text(h.say("quay lại"));
    expect(back).toContain("giữ nguyên");
    expect(h.text(h.say("giữ nguyên"))).toContain("Bước 2/12");
    expect(draft()!.state).toMatchObject({ answers: { giverType: "individual" } });
  });

  it("the field menu says how many fields there are, takes «sửa 9» again, and «xác nhận» leads back to the summary", () => {
    h = harness();
    run([...GIFT_SUMMARY, "bỏ qua"]);
    expect(h.text(h.say("sửa 12"))).toContain("Bản tóm tắt không có mục 12: chỉ có 10 mục");
    expect(h.text(h.say("xác nhận"))).toContain("Xác nhận gửi");
    expect(stored()).toHaveLength(0);
    h.say("sửa");
    expect(h.text(h.say("sửa 9"))).toContain("Đồng chí đã xử lý thế nào?");
  });

  it.each(["...", "👍", "???"])("«%s» is no name: asked again", (typed) => {
    h = harness();
    run(["/khaibao_qua", "1"]);
    const r = h.text(h.say(typed));
    expect(r).toContain("chưa có chữ nào");
    expect(r).toContain("Bước 2/12");
  });

  it("«bỏ qua» is no answer to a step that needs one, and skips the one that says «nếu biết»", () => {
    h = harness();
    run(["/khaibao_qua", "2", "Công ty Cổ phần Quexaly"]);
    expect(h.text(h.say("bỏ qua"))).toContain("Bước 4/12");
    expect(draft()!.state).toMatchObject({ answers: { giverPosition: null } });
    run(["1", "2"]);
    const r = h.text(h.say("bo qua"));
    expect(r).toContain("không bỏ qua được");
    expect(r).toContain("Bước 6/12");
  });
});

describe("moving around and stopping", () => {
  it("goes back one step with «quay lại», «quay lai», /quaylai or back, and says so at the first step", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 4));
    expect(h.text(h.say("quay lại"))).toContain("Bước 3/8");
    expect(h.text(h.say("quay lai"))).toContain("Bước 2/8");
    expect(h.text(h.say("/quaylai"))).toContain("Bước 1/8");
    const first = h.say("back");
    expect(first[0]!.text).toBe("Đây đã là bước đầu tiên.");
    expect(first[1]!.text).toContain("Bước 1/8");
  });

  it("cancels with «hủy» or «huy» at any step and at the summary; /huy drops the draft", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    expect(h.text(h.say("hủy"))).toContain("Đã hủy bản khai xung đột lợi ích");
    expect(draft()).toBeUndefined();
    run(CONFLICT_FAMILY);
    expect(h.text(h.press("conflict:cancel"))).toContain("Đã hủy");
    expect(stored()).toHaveLength(0);
    h.say("/khaibao_qua");
    h.say("huy");
    expect(draft()).toBeUndefined();
    h.say("/khaibao_qua");
    expect(h.text(h.say("/huy"))).toContain("Đã hủy bản khai quà tặng");
    expect(draft()).toBeUndefined();
    expect(h.text(h.say("/huy"))).toContain("Hiện không có việc gì");
    expect(h.text(h.say("1"))).not.toContain("Bước");
  });

  it("answers a question mid-dialog from the knowledge base and asks the same step again", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    const r = h.say("thế nào là quan hệ gia đình?");
    expect(r[0]!.text).toMatch(/Mục II\./);
    expect(r[1]!.text).toContain("Bước 3/8");
    expect(draft()!.state).not.toHaveProperty("answers.subject");
    // A choice step: a question without "?" is still a question when it is not an option.
    h.say("Đảng ủy xã A");
    const q = h.say("cổ phần của vợ có tính không");
    expect(q[0]!.text).toMatch(/Mục|không có trong văn bản/);
    expect(q[1]!.text).toContain("Bước 4/8");
  });

  it("takes a free-text answer that merely contains a question word as an answer", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    expect(h.text(h.say("Công ty TNHH Sao Mai, đơn vị thế nào cũng phải kiểm tra"))).toContain("Bước 4/8");
  });

  it("refuses a stale button and asks the current step again without acting on it", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    const r = h.press("role:team_leader");
    expect(r[0]!.text).toMatch(/^Nút này đã cũ/);
    expect(r[1]!.text).toContain("Bước 3/8");
    expect(draft()!.state).toMatchObject({ answers: { role: "team_member" } });
    expect(h.text(h.press("giverType:individual"))).toMatch(/^Nút này đã cũ/);
  });

  it("with no dialog, an old button gets only the polite line", () => {
    h = harness();
    const r = h.press("relation:spouse");
    expect(r).toEqual([{ text: expect.stringMatching(/^Nút này đã cũ/) }]);
  });

  it("refuses a sticker, an empty answer and a 5,000-character answer, naming the limit", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 2));
    const sticker = h.send({ nonText: true });
    expect(sticker[0]!.text).toContain("gõ chữ");
    expect(sticker[1]!.text).toContain("Bước 2/8");
    const blank = h.say("   \n ");
    expect(blank[0]!.text).toContain("để trống");
    expect(blank[1]!.text).toContain("Bước 2/8");
    const long = h.say("x".repeat(5000));
    expect(long[0]!.text).toContain("5.000 ký tự, vượt giới hạn 1.000 ký tự");
    expect(long[1]!.text).toContain("Bước 2/8");
    expect(draft()!.state).not.toHaveProperty("answers.inspection");
  });

  it("stores HTML-looking input as the plain text typed", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 2));
    h.say("<b>Đoàn 12</b> & <script>x</script>");
    expect(draft()!.state).toMatchObject({ answers: { inspection: "<b>Đoàn 12</b> & <script>x</script>" } });
  });

  it("starting a declaration while another is in progress offers to continue or cancel it", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    const offer = h.say("/khaibao_qua");
    expect(offer[0]!.text).toContain("đang làm dở bản khai xung đột lợi ích (Bước 3/8)");
    expect(buttons(offer)).toEqual(["dialog:continue", "dialog:cancel"]);
    expect(h.text(h.say("1"))).toContain("Bước 3/8");
    h.say("/khaibao_qua");
    expect(h.text(h.press("dialog:cancel"))).toContain("Đã hủy");
    expect(h.text(h.say("/khaibao_qua"))).toContain("Bước 1/12");
  });

  it("an unfinished draft is dropped after 7 days with a notice, and that message is handled normally", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    h.clock.now = new Date(h.clock.now.getTime() + 6 * 86_400_000);
    expect(h.text(h.say("Đảng ủy xã A"))).toContain("Bước 4/8");
    h.clock.now = new Date(h.clock.now.getTime() + 7 * 86_400_000 + 60_000);
    const r = h.say("/cua_toi");
    expect(r[0]!.text).toContain("quá 7 ngày");
    expect(r[1]!.text).toContain("chưa có bản khai nào");
    expect(draft()).toBeUndefined();
  });

  it("a restart of the app in the middle resumes at the same step (state is in SQLite)", () => {
    h = harness();
    run(CONFLICT_FAMILY.slice(0, 3));
    h.app.store.close();
    const store = openStore({ dataDir: h.dataDir });
    const app = createApp({ store, kb: realKb(), config: { adminIds: [], reviewDueDays: 5 }, clock: () => h.clock.now });
    const next = app.handle({
      channel: "console",
      chatId: "u1",
      userId: "u1",
      chatType: "private",
      text: "Đảng ủy xã A",
      updateKey: "after-restart",
      at: h.clock.now,
    });
    expect(next.map((r) => r.text).join("\n")).toContain("Bước 4/8");
    expect(loadDialog(store, "console:u1")!.state).toMatchObject({ answers: { role: "team_member", subject: "Đảng ủy xã A" } });
    h = { ...h, close: () => store.close() };
  });
});

describe("intents, /cua_toi and privacy", () => {
  it("a typed wish to declare starts the right dialog; a question about gifts goes to the knowledge base", () => {
    h = harness();
    expect(h.text(h.say("tôi muốn khai báo xung đột lợi ích"))).toContain("Khai báo xung đột lợi ích");
    h.say("hủy");
    expect(h.text(h.say("có người biếu quà"))).toContain("Khai báo quà tặng");
    h.say("hủy");
    const q = h.text(h.say("thành viên đoàn có được nhận quà không?"));
    expect(q).toContain("Mục II.4.3.1");
    expect(q).not.toContain("/khaibao_qua");
    expect(draft()).toBeUndefined();
  });

  it("a question about how to declare is answered and points to the right command", () => {
    h = harness();
    const gift = h.say("khai báo quà tặng như thế nào?");
    expect(gift).toHaveLength(2);
    expect(gift[1]!.text).toContain("/khaibao_qua");
    expect(gift[1]!.text).not.toContain("/khaibao_xungdot");
    expect(h.say("can khai bao xung dot loi ich khi nao?")[1]!.text).toContain("/khaibao_xungdot");
    expect(draft()).toBeUndefined();
  });

  it("declarations are refused in a group", () => {
    h = harness();
    expect(h.text(h.say("/khaibao_qua", { chatId: "g1", chatType: "group" }))).toContain("tin nhắn riêng");
    expect(draft()).toBeUndefined();
  });

  it("/cua_toi lists only the person's own submissions with code, kind, date and status in Vietnamese", () => {
    h = harness();
    run(CONFLICT_FAMILY);
    h.say("xác nhận");
    h.say("/khaibao_qua", { userId: "u2", chatId: "u2" });
    const mine = h.text(h.say("/cua_toi"));
    expect(mine).toContain("XD-2026-000001 · Xung đột lợi ích · 10/03/2026 · Đã gửi, chờ xem xét");
    expect(h.text(h.say("/cua_toi", { userId: "u3", chatId: "u3" }))).toContain("chưa có bản khai nào");
  });

  it("the database file and its WAL never hold the answers in clear text", () => {
    h = harness();
    run(CONFLICT_FAMILY);
    h.say("xác nhận");
    run([...GIFT_TO_VALUE.slice(0, 3)]); // a draft in progress holding "Quexaly"
    const files = ["bot.db", "bot.db-wal"].map((f) => join(h.dataDir, f)).filter(existsSync);
    expect(files.length).toBeGreaterThan(0);
    const raw = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(raw.includes(Buffer.from("XD-2026-000001"))).toBe(true); // the reading works: codes are clear
    for (const secret of ["Zentrava", "Quexaly", "Đoàn kiểm tra 12-QĐ/UBKT", "family_subject"]) {
      expect(raw.includes(Buffer.from(secret, "utf8")), secret).toBe(false);
    }
  });
});
