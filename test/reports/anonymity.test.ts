import { afterEach, describe, expect, it } from "vitest";
import { consoleIncoming, consoleTurn } from "../../bot/channels/console.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { listAllSubmissions } from "../../storage/submissions.js";
import { ADMIN, bed, receiptOf, type Bed } from "./helpers.js";

// The three ways a reporter can be known, end to end in-process, and the promise of the third:
// once an anonymous report is sent, nothing in the database files (nor any outbox row, audit entry
// or remembered offer) holds the reporter's user id, chat id or name.

const WHAT = "Trưởng đoàn kiểm tra nhận phong bì của đối tượng kiểm tra sau buổi làm việc";

let b: Bed;
afterEach(() => b.close());

const found = (haystack: Buffer, needle: string) => haystack.includes(Buffer.from(needle, "utf8"));
const count = (table: string) => (b.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("an anonymous report", () => {
  it("leaves no user id, chat id or name in the database file, its log, the outbox or the audit trail", async () => {
    b = bed();
    // Distinctive values, so that a match could only come from this person.
    const anon = { userId: "anon7731904uid", chatId: "chat5519023cid", name: "Trần Thị Nặc Danh" };
    const receipt = b.report(anon, { what: WHAT, identity: "ẩn danh" });
    const { code, passphrase } = receiptOf(receipt);
    expect(code).toMatch(/^PA-2026-\d{6}$/);
    expect(passphrase.replace(/\s/g, "")).toHaveLength(20);
    expect(receipt).toContain("chép mã và cụm mật khẩu");

    // The follow-up, from the same account: it is traceless too.
    b.text(anon, `/theo_doi ${code}`);
    expect(b.text(anon, passphrase)).toContain("Trạng thái: Đã gửi, chờ Ủy ban xem xét");

    const bytes = b.files();
    expect(bytes.length).toBeGreaterThan(0);
    for (const needle of [anon.userId, anon.chatId, anon.name]) expect(found(bytes, needle), needle).toBe(false);
    expect(count("people")).toBe(0);
    expect(count("dialogs")).toBe(0);
    expect(count("outbox")).toBe(0);
    expect(count("offered_choices")).toBe(0);
    expect(listAudit(b.store).map((e) => e.actor)).toEqual(["anonymous"]);
    // Nor any part of the passphrase: only its scrypt hash, inside the encrypted record.
    expect(found(bytes, passphrase.split(" ")[2]!)).toBe(false);

    const [s] = listAllSubmissions(b.store);
    expect(s).toMatchObject({ code, kind: "report", declarant: "", declarantName: null, channel: "", chatId: "" });
    expect(s!.report).toMatchObject({ identity: "anonymous", audience: "committee" });
    expect(s!.report!.secretHash).toMatch(/^scrypt\$/);
    expect(s!.answers).toEqual({ what: WHAT, who: null, when: null, where: null, evidence: null });
    expect(verifyAudit(b.store).ok).toBe(true);
  });

  it("in the terminal chat, where each turn is one transaction, the log is emptied right after the turn", async () => {
    b = bed();
    const user = "term8812345uid";
    const turn = (text: string) =>
      consoleTurn(b.app, consoleIncoming(user, "Nguyễn Văn Gõ Phím", { text }))
        .map((r) => r.text)
        .join("\n");
    turn("/phan_anh");
    turn(WHAT);
    for (let i = 0; i < 4; i++) turn("bỏ qua");
    turn("ẩn danh");
    turn("1");
    expect(turn("xác nhận gửi")).toContain("Cụm mật khẩu:");
    await new Promise((resolve) => setImmediate(resolve));
    expect(found(b.files(), user)).toBe(false);
    expect(found(b.files(), "Nguyễn Văn Gõ Phím")).toBe(false);
  });

  it("a receipt that could not be sent now is not queued for the reporter's chat (a normal reply would be)", () => {
    b = bed();
    const anon = { userId: "late6600112uid" };
    b.text(anon, "/phan_anh");
    b.text(anon, WHAT);
    for (let i = 0; i < 4; i++) b.text(anon, "bỏ qua");
    b.text(anon, "ẩn danh");
    b.text(anon, "1");
    const confirm = {
      channel: "console" as const,
      chatId: anon.userId,
      userId: anon.userId,
      chatType: "private" as const,
      text: "xác nhận gửi",
      updateKey: "late:1",
      at: b.now.value,
    };
    const receipt = b.app.handle(confirm);
    expect(receipt[0]!.text).toContain("Cụm mật khẩu:");
    // The channel failed to send it and hands it back for later delivery.
    b.app.deliverLater(confirm, receipt);
    expect(count("outbox")).toBe(0);
    const question = { ...confirm, text: "/start", updateKey: "late:2" };
    b.app.deliverLater(question, b.app.handle(question));
    expect(count("outbox")).toBe(1);
  });

  it("the same search finds a public reporter, so the search itself can fail", () => {
    b = bed();
    const named = { userId: "pub4418820uid", chatId: "chat9930217cid", name: "Lê Văn Công Khai" };
    const receipt = b.report(named, { what: WHAT, identity: "công khai" });
    expect(receipt).toContain("Các thành viên Ủy ban Kiểm tra xử lý phản ánh thấy tên đồng chí");
    const bytes = b.files();
    expect(found(bytes, named.userId)).toBe(true);
    expect(found(bytes, named.chatId)).toBe(true);
    expect(listAudit(b.store).map((e) => e.actor)).toEqual([`console:${named.userId}`]);
  });

  it("a confidential report keeps the reporter only inside the encrypted record", () => {
    b = bed();
    const hidden = { userId: "conf2208113uid", chatId: "chat6610934cid", name: "Phạm Thị Bảo Mật" };
    const receipt = b.report(hidden, { what: WHAT, identity: "bảo mật danh tính" });
    expect(receipt).toContain("chỉ lãnh đạo Ủy ban xem được");
    const bytes = b.files();
    for (const needle of [hidden.userId, hidden.chatId, hidden.name]) expect(found(bytes, needle), needle).toBe(false);
    const [s] = listAllSubmissions(b.store);
    expect(s!.declarant).toBe("");
    expect(s!.report!.reporter).toEqual({
      person: `console:${hidden.userId}`,
      name: hidden.name,
      channel: "console",
      chatId: hidden.chatId,
    });
    expect(listAudit(b.store).map((e) => e.actor)).toEqual(["reporter"]);
  });

  it("a reporter who used the bot before keeps their last-seen time from before the report: no moment ties them to it", () => {
    b = bed();
    const known = { userId: "known3300221uid", name: "Người Quen" };
    b.text(known, "/start");
    const seen = () => b.store.db.prepare("SELECT updated_at FROM people WHERE user_id = ?").pluck().get(known.userId);
    const before = seen();
    b.now.value = new Date(b.now.value.getTime() + 3 * 3600 * 1000);
    const { code } = receiptOf(b.report(known, { what: WHAT, identity: "ẩn danh" }));
    expect(seen()).toBe(before);
    const created = b.store.db.prepare("SELECT created_at FROM submissions WHERE code = ?").pluck().get(code);
    expect(created).not.toBe(before);
  });

  it("a report abandoned half-way is deleted with its draft, and the person is still not recorded", () => {
    b = bed();
    const anon = { userId: "half5550001uid", name: "Người Bỏ Dở" };
    b.text(anon, "/phan_anh");
    b.text(anon, WHAT);
    expect(b.text(anon, "/huy")).toContain("Đã hủy bản phản ánh sai phạm");
    expect(count("dialogs")).toBe(0);
    expect(count("people")).toBe(0);
    expect(found(b.files(), anon.userId)).toBe(false);
    // Anything else they do afterwards is recorded as usual.
    b.text(anon, "/start");
    expect(count("people")).toBe(1);
    void ADMIN;
  });
});
