import { afterEach, describe, expect, it } from "vitest";
import { queueScheduledDigest } from "../../handlers/digest/send.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { takePendingForChat } from "../../storage/outbox.js";
import { ADMIN, MEMBER, bed, receiptOf, type Bed } from "./helpers.js";

// The committee's side: reports in the queue as kind "report" with their PA- code, the decisions
// with the reporter told where the mode allows, a confidential reporter seen only by an admin (and
// that written down), and leadership-only reports that other members never meet.

const WHAT = "Phó trưởng đoàn gợi ý đối tượng kiểm tra 'hỗ trợ' chi phí đoàn";

let b: Bed;
afterEach(() => b.close());

function setup(): void {
  b = bed();
  b.text(ADMIN, "/start");
  b.text(MEMBER, "/start");
  b.text(ADMIN, `/cap_quyen console:${MEMBER.userId}`);
}

const codeIn = (text: string) => /PA-\d{4}-\d{6}/.exec(text)![0];

const inbox = (chatId: string) =>
  b.store
    .tx(() => takePendingForChat(b.store, "console", chatId, b.now.value))
    .flatMap((m) => m.replies)
    .map((r) => r.text)
    .join("\n");

describe("reports in the committee's queue", () => {
  it("are listed as reports with their code, and the sender shown only when public", () => {
    setup();
    const pub = codeIn(b.report({ userId: "pub", name: "Đỗ Văn Công" }, { what: WHAT, identity: "1" }));
    const conf = codeIn(b.report({ userId: "conf", name: "Hồ Thị Kín" }, { what: WHAT, identity: "2" }));
    const anon = receiptOf(b.report({ userId: "anon", name: "Ai Đó" }, { what: WHAT, identity: "3" })).code;
    const queue = b.text(MEMBER, "/cho_duyet");
    expect(queue).toContain(`${pub} · Phản ánh · 02/03/2026 · hôm nay · Đỗ Văn Công`);
    expect(queue).toContain(`${conf} · Phản ánh · 02/03/2026 · hôm nay · bảo mật danh tính`);
    expect(queue).toContain(`${anon} · Phản ánh · 02/03/2026 · hôm nay · ẩn danh`);
    expect(queue).not.toContain("Hồ Thị Kín");
    expect(queue).not.toContain("Ai Đó");

    const view = b.text(MEMBER, `/xem ${conf}`);
    expect(view).toContain("Người phản ánh: bảo mật danh tính");
    expect(view).toContain(`Sự việc: ${WHAT}`);
    expect(view).not.toContain("Hồ Thị Kín");
    expect(view).not.toContain("console:conf");
    expect(view).not.toContain("Xem danh tính");
    const choices = b
      .send(MEMBER, `/xem ${conf}`)
      .at(-1)!
      .choices!.map((c) => c.label);
    expect(choices).toEqual(["Chấp nhận xử lý", "Yêu cầu bổ sung thông tin", "Chuyển cơ quan có thẩm quyền", "Đóng"]);
  });

  it("a confidential reporter is shown to an admin on request, and every showing is audited; never to a member", () => {
    setup();
    const code = codeIn(b.report({ userId: "conf", name: "Hồ Thị Kín" }, { what: WHAT, identity: "bảo mật" }));
    const adminView = b.send(ADMIN, `/xem ${code}`);
    expect(adminView.map((r) => r.text).join("\n")).not.toContain("Hồ Thị Kín");
    expect(adminView.at(-1)!.choices!.map((c) => c.id)).toContain(`/danh_tinh ${code}`);

    expect(b.text(MEMBER, `/danh_tinh ${code}`)).toBe("Lệnh này chỉ dành cho quản trị viên (người cấp, thu quyền Ủy ban).");
    expect(b.text({ userId: "stranger" }, `/danh_tinh ${code}`)).toContain("chỉ dành cho Ủy ban Kiểm tra");
    expect(listAudit(b.store).filter((e) => e.action === "report.identity.view")).toHaveLength(0);

    const shown = b.text(ADMIN, `/danh_tinh ${code}`);
    expect(shown).toContain("Hồ Thị Kín (console:conf)");
    expect(shown).toContain("đã được ghi vào nhật ký");
    const views = listAudit(b.store).filter((e) => e.action === "report.identity.view");
    expect(views.map((e) => [e.actor, e.subject])).toEqual([["console:admin", `submission:${code}`]]);
    expect(verifyAudit(b.store).ok).toBe(true);
  });

  it("decisions reach identified reporters in their chat in report words; the confidential one cannot decide on their own report", () => {
    setup();
    const pub = codeIn(b.report({ userId: "pub", name: "Đỗ Văn Công" }, { what: WHAT, identity: "1" }));
    // A committee member reporting confidentially is still recognised as the sender.
    const own = codeIn(b.report(MEMBER, { what: WHAT, identity: "2" }));
    expect(b.text(MEMBER, `/quyet_dinh ${own} dong Không có gì`)).toContain("Đây là phản ánh của chính đồng chí");

    expect(b.text(MEMBER, `/quyet_dinh ${pub} chap_nhan Giao đoàn kiểm tra xác minh`)).toContain("Chấp nhận xử lý");
    const told = inbox("pub");
    expect(told).toContain(`Ủy ban Kiểm tra đã xem xét phản ánh ${pub}.\nQuyết định: Chấp nhận xử lý.\nLý do: Giao đoàn kiểm tra xác minh`);

    b.text(ADMIN, `/quyet_dinh ${own} bo_sung Đồng chí có biên bản buổi làm việc không?`);
    expect(inbox(MEMBER.userId)).toContain("Ủy ban Kiểm tra đề nghị đồng chí bổ sung thông tin cho phản ánh");
    // The confidential reporter answers with /bo_sung like a declarant.
    expect(b.text(MEMBER, `/bo_sung ${own} Có, tôi giữ bản chụp`)).toContain(`Đã gửi nội dung bổ sung cho phản ánh ${own}`);
    // …and is named in no clear column or audit entry for it.
    const ownEntries = listAudit(b.store).filter((e) => e.subject === `submission:${own}`);
    expect(ownEntries.map((e) => e.actor)).toEqual(["reporter", "console:admin", "reporter"]);
    expect(b.store.db.prepare("SELECT replied_by FROM info_requests").pluck().all()).toEqual(["reporter"]);
  });
});

describe("a leadership-only report", () => {
  it("is invisible to other members in the queue, the view, decisions and digests; admins see and count it", () => {
    setup();
    const hidden = codeIn(b.report({ userId: "w1" }, { what: WHAT, identity: "1", audience: "chỉ lãnh đạo" }));
    const open = codeIn(b.report({ userId: "w2" }, { what: WHAT, identity: "3", audience: "1" }));

    const memberQueue = b.text(MEMBER, "/cho_duyet");
    expect(memberQueue).toContain(open);
    expect(memberQueue).not.toContain(hidden);
    // The same words as for a code that does not exist.
    expect(b.text(MEMBER, `/xem ${hidden}`)).toBe(b.text(MEMBER, "/xem PA-2026-123456").replace("PA-2026-123456", hidden));
    expect(b.text(MEMBER, `/quyet_dinh ${hidden} dong Tự đóng`)).toContain(`Không tìm thấy bản khai ${hidden}`);

    const adminQueue = b.text(ADMIN, "/cho_duyet");
    expect(adminQueue).toContain(hidden);
    expect(b.text(ADMIN, `/xem ${hidden}`)).toContain("Chỉ lãnh đạo Ủy ban xem");

    const memberDigest = b.text(MEMBER, "/bao_cao");
    expect(memberDigest).toContain("• Phản ánh: 1 (Chờ xem xét: 1)");
    expect(memberDigest).not.toContain(hidden);
    expect(b.text(ADMIN, "/bao_cao")).toContain("• Phản ánh: 2 (Chờ xem xét: 2)");

    // The scheduled digest: each reader gets their own version.
    b.text(ADMIN, `/quyet_dinh ${hidden} chuyen Chuyển Ủy ban Kiểm tra cấp trên`);
    expect(queueScheduledDigest(b.store, b.app.config, b.now.value)).toEqual({ recipients: 2 });
    const toMember = inbox(MEMBER.userId);
    const toAdmin = inbox(ADMIN.userId);
    expect(toMember).toContain("Bản khai mới: 1");
    expect(toMember).not.toContain(hidden);
    expect(toAdmin).toContain("Bản khai mới: 2");
    expect(toAdmin).toContain(`${hidden} · Chuyển cơ quan có thẩm quyền`);
    // Reports are counted, never their senders.
    expect(toAdmin).not.toContain("w1");
  });
});
