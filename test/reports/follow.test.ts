import { afterEach, describe, expect, it } from "vitest";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { listInfoRequests } from "../../storage/decisions.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { takePendingForChat } from "../../storage/outbox.js";
import { ADMIN, bed, receiptOf, type Bed } from "./helpers.js";

// /theo_doi: the anonymous reporter's way back, with the passphrase, from any account; wrong
// passphrases are limited per code, and a code that does not exist is refused the same way.

const WHAT = "Cán bộ thẩm tra nhận tiền để bỏ qua sai phạm ở Đảng ủy xã B";
const WRONG = "Mã hoặc cụm mật khẩu không đúng";
const LIMITED = "Đã thử sai quá nhiều lần với mã này";

let b: Bed;
afterEach(() => b.close());

const anon = { userId: "anon1", name: "Người gửi" };
const elsewhere = { userId: "phone2", name: "Máy khác" };

function follow(who: { userId: string }, code: string, passphrase: string): string {
  const ask = b.text(who, `/theo_doi ${code}`);
  if (!ask.includes("gõ cụm mật khẩu")) return ask;
  return b.text(who, passphrase);
}

describe("following an anonymous report", () => {
  it("shows the status from another account with the right passphrase, typed loosely; refuses a wrong one", () => {
    b = bed();
    const { code, passphrase } = receiptOf(b.report(anon, { what: WHAT, identity: "3" }));
    const loose = passphrase.toLowerCase().replace(/ /g, "-");
    const view = follow(elsewhere, code.toLowerCase(), loose);
    expect(view).toContain(`Phản ánh ${code} · gửi ngày 02/03/2026`);
    expect(view).toContain("Trạng thái: Đã gửi, chờ Ủy ban xem xét");

    expect(follow(elsewhere, code, "AAAA BBBB CCCC DDDD EEEE")).toContain(WRONG);
    // A declaration's code or a code that does not exist: the same words.
    expect(follow(elsewhere, "PA-2026-999999", passphrase)).toBe(follow(elsewhere, code, "AAAA BBBB CCCC DDDD EEEE"));
    expect(b.text(elsewhere, "/theo_doi")).toContain("Gõ mã phản ánh sau lệnh");
    // Code and passphrase in one message work too.
    expect(b.text(elsewhere, `/theo_doi ${code} ${passphrase}`)).toContain("Trạng thái: Đã gửi");
    const oneOff = passphrase.slice(0, -1) + (passphrase.endsWith("X") ? "Y" : "X");
    expect(b.text(elsewhere, `/theo_doi ${code} ${oneOff}`)).toContain(WRONG);
  });

  it("allows five wrong passphrases an hour per code, then refuses even the right one, for any code alike", () => {
    b = bed();
    const { code, passphrase } = receiptOf(b.report(anon, { what: WHAT, identity: "ẩn danh" }));
    const missing = "PA-2026-000777";
    for (let i = 0; i < 5; i++) {
      expect(follow(elsewhere, code, `sai ${i}`)).toContain(WRONG);
      expect(follow(elsewhere, missing, `sai ${i}`)).toContain(WRONG);
    }
    const locked = follow(elsewhere, code, passphrase);
    expect(locked).toContain(LIMITED);
    expect(locked).not.toContain("Trạng thái");
    // The code that does not exist is locked in the same words.
    expect(follow(elsewhere, missing, "x")).toBe(locked);
    // Another report's code is not affected.
    const other = receiptOf(b.report({ userId: "anon3" }, { what: WHAT, identity: "ẩn danh" }));
    expect(follow(elsewhere, other.code, other.passphrase)).toContain("Trạng thái");

    b.now.value = new Date(b.now.value.getTime() + 61 * 60 * 1000);
    expect(follow(elsewhere, code, passphrase)).toContain("Trạng thái");
  });

  it("the committee's question reaches the anonymous reporter through /theo_doi, and the answer reaches the committee", () => {
    b = bed();
    const { code, passphrase } = receiptOf(b.report(anon, { what: WHAT, identity: "ẩn danh" }));
    b.text(ADMIN, "/start");
    const decided = b.text(ADMIN, `/quyet_dinh ${code} bo_sung Đồng chí cho biết thời gian cụ thể và ai chứng kiến?`);
    expect(decided).toContain("Người phản ánh ẩn danh sẽ thấy khi tra cứu bằng /theo_doi");
    // Nobody to notify: no outbox row for an anonymous reporter.
    expect((b.store.db.prepare("SELECT COUNT(*) AS n FROM outbox").get() as { n: number }).n).toBe(0);

    const view = follow(elsewhere, code, passphrase);
    expect(view).toContain("Trạng thái: Ủy ban đề nghị bổ sung thông tin");
    expect(view).toContain("Ủy ban hỏi: Đồng chí cho biết thời gian cụ thể và ai chứng kiến?");
    expect(view).toContain("Đồng chí gõ nội dung trả lời");

    const done = b.text(elsewhere, "Sáng 05/3/2026, có đồng chí thủ quỹ chứng kiến");
    expect(done).toContain(`Đã gửi câu trả lời cho Ủy ban về phản ánh ${code}`);
    const s = getSubmissionByCode(b.store, code)!;
    expect(s.status).toBe("info_provided");
    const [req] = listInfoRequests(b.store, s.id);
    expect(req).toMatchObject({ reply: "Sáng 05/3/2026, có đồng chí thủ quỹ chứng kiến", repliedBy: "anonymous" });
    expect(listAudit(b.store).map((e) => [e.action, e.actor])).toEqual([
      ["submission.create", "anonymous"],
      ["info.request", "console:admin"],
      ["info.reply", "anonymous"],
    ]);
    expect(verifyAudit(b.store).ok).toBe(true);
    // The reviewer who asked is told, in their own chat.
    const notices = b.store.tx(() => takePendingForChat(b.store, "console", ADMIN.userId, b.now.value));
    expect(
      notices
        .flatMap((m) => m.replies)
        .map((r) => r.text)
        .join("\n"),
    ).toContain("Người phản ánh ẩn danh đã trả lời");

    // The answer shows in the next look, and nothing more is asked.
    const again = follow(elsewhere, code, passphrase);
    expect(again).toContain("Đồng chí đã trả lời: Sáng 05/3/2026");
    expect(again).not.toContain("Đồng chí gõ nội dung trả lời");
    expect((b.store.db.prepare("SELECT COUNT(*) AS n FROM people WHERE id LIKE '%phone2%'").get() as { n: number }).n).toBe(0);
  });

  it("the decision and its reason are shown to the anonymous reporter", () => {
    b = bed();
    const { code, passphrase } = receiptOf(b.report(anon, { what: WHAT, identity: "ẩn danh" }));
    b.text(ADMIN, `/quyet_dinh ${code} chuyen Đã chuyển Thanh tra tỉnh theo thẩm quyền`);
    const view = follow(elsewhere, code, passphrase);
    expect(view).toContain("Trạng thái: Đã chuyển cơ quan có thẩm quyền");
    expect(view).toContain("Chuyển cơ quan có thẩm quyền. Ủy ban ghi: Đã chuyển Thanh tra tỉnh theo thẩm quyền");
  });
});
