import { describe, expect, it } from "vitest";
import { reviewAdminCommands } from "../../bot/cli/admin-review.js";
import { exportCsv } from "../../bot/cli/export-csv.js";
import { checkPersonId } from "../../handlers/review/roles.js";
import { vi } from "../../handlers/texts/vi.js";
import { hasRole } from "../../storage/roles.js";
import { runAdmin } from "../support/chat-process.js";
import { harness } from "./helpers.js";

// Issue 10, the committee's side and the declarant's own view of a decided declaration.

const GIFT = {
  giverType: "individual",
  giver: "Trần Văn Quyxel",
  giverPosition: "Chủ tịch UBND xã B",
  giverLink: "inspected_subject",
  giftKind: "goods",
  description: "Một giỏ quà Tết",
  valueVnd: null,
  date: "2026-02-20",
  action: "refused",
  remarks: null,
};

describe("«không rõ» and the committee's wording", () => {
  it("a value typed as «không rõ» reads «Không rõ» in /xem and in the CSV; the declarant's action reads «Người khai đã xử lý»", () => {
    const h = harness();
    const s = h.declare("alice", "gift", GIFT);
    const view = h.text("admin", `/xem ${s.code}`);
    expect(view).toContain("Giá trị ước tính: Không rõ");
    expect(view).toContain("Ghi chú: (không có)");
    expect(view).toContain("Người khai đã xử lý: Từ chối");
    expect(view).not.toContain("Đồng chí đã xử lý");
    expect(view).toContain("(hôm nay)");
    const { csv } = exportCsv(h.store, { from: "2026-01-01", to: "2026-12-31" });
    // The CSV has a column per answer, headed by the committee's label.
    const [header, row] = csv
      .slice(1)
      .split("\r\n")
      .map((l) => l.slice(1, -1).split('","'));
    const col = (name: string) => row![header!.indexOf(name)];
    expect(col("Quà tặng: Giá trị ước tính (đồng)")).toBe("Không rõ");
    expect(col("Quà tặng: Người khai đã xử lý")).toBe("Từ chối");
    expect(csv).not.toContain("Đồng chí đã xử lý");
    h.close();
  });

  it("/cho_duyet says «hôm nay» for a declaration sent today, not «0 ngày»", () => {
    const h = harness();
    const s = h.declare("alice", "gift", GIFT);
    const queue = h.text("admin", "/cho_duyet");
    expect(queue).toContain(`${s.code} · Quà tặng`);
    expect(queue).toContain("· hôm nay ·");
    expect(queue).not.toContain("0 ngày");
    h.close();
  });

  it("the digest says a declaration sent today waits since today, not «lâu nhất 0 ngày»", () => {
    const h = harness();
    const s = h.declare("alice", "gift", GIFT);
    const digest = h.text("admin", "/bao_cao");
    expect(digest).toContain(`tất cả gửi hôm nay (${s.code})`);
    expect(digest).not.toContain("0 ngày");
    h.close();
  });

  it("submissions waiting for the declarant or passed on stay visible in /cho_duyet, in their own groups", () => {
    const h = harness();
    const waiting = h.declare("alice", "gift", GIFT);
    const passed = h.declare("bob", "conflict");
    const open = h.declare("carol", "gift", GIFT);
    h.say("admin", `/quyet_dinh ${waiting.code} bo_sung Giỏ quà gồm những gì?`);
    h.say("admin", `/quyet_dinh ${passed.code} chuyen Cần xác minh thêm`);
    const queue = h.text("admin", "/cho_duyet");
    expect(queue).toContain(vi.review.queueHeader(1, 1, 1));
    expect(queue).toContain(open.code);
    const [, waitingPart] = queue.split(vi.review.queueWaitingHeader(1));
    expect(waitingPart).toContain(waiting.code);
    expect(queue).toContain(vi.review.queueEscalatedHeader(1));
    expect(queue.slice(queue.indexOf(vi.review.queueEscalatedHeader(1)))).toContain(passed.code);
    // Nothing pending, yet the others are still listed.
    h.say("admin", `/quyet_dinh ${open.code} chap_nhan Đã từ chối, đúng quy định`);
    const rest = h.text("admin", "/cho_duyet");
    expect(rest).toContain(vi.review.queueEmpty);
    expect(rest).toContain(waiting.code);
    expect(rest).toContain(passed.code);
    h.close();
  });

  it("a recusal decision is not repeated as «Trạng thái mới»; closing tells the declarant what it means", () => {
    const h = harness();
    const c = h.declare("alice", "conflict");
    const reply = h.text("admin", `/quyet_dinh ${c.code} khong_tham_gia Có quan hệ gia đình với đối tượng`);
    expect(reply).not.toContain("Trạng thái mới");
    expect(reply.match(/Yêu cầu không tham gia đoàn/g)).toHaveLength(1);
    const g = h.declare("bob", "gift", GIFT);
    h.say("admin", `/quyet_dinh ${g.code} dong Không cần xử lý`);
    const notice = h.text("bob", "/help");
    expect(notice).not.toContain("Quyết định: Đóng.");
    expect(notice).toContain("Quyết định: Kết thúc xem xét.");
    expect(notice).toContain("không cần làm gì thêm");
    h.close();
  });
});

describe("admin submissions --json", () => {
  it('keeps valueVnd null for «không rõ» and says why with "valueUnknown": true', async () => {
    const h = harness();
    h.declare("alice", "gift", GIFT);
    h.declare("bob", "gift", { ...GIFT, valueVnd: 300_000 });
    h.close();
    const rows = JSON.parse((await runAdmin(h.dir, ["submissions", "--json"])).stdout) as { answers: Record<string, unknown> }[];
    expect(rows.map((r) => [r.answers.valueVnd, r.answers.valueUnknown])).toEqual([
      [null, true],
      [300_000, undefined],
    ]);
  }, 30_000);
});

describe("/cua_toi <mã>", () => {
  it("after a decision shows the declarant their whole declaration, its status and the decision with its reason", () => {
    const h = harness();
    const s = h.declare("alice", "gift", GIFT);
    h.say("admin", `/quyet_dinh ${s.code} chap_nhan Đã từ chối đúng quy định, không cần xử lý thêm.`);
    h.say("alice", "/help"); // the notice, shown once
    const mine = h.text("alice", `/cua_toi ${s.code.toLowerCase()}`);
    expect(mine).toContain(`Bản khai ${s.code} · Quà tặng`);
    expect(mine).toContain("Trạng thái: Đã xem xét, chấp nhận");
    expect(mine).toContain("Đồng chí đã xử lý: Từ chối");
    expect(mine).toContain("Giá trị ước tính: Không rõ");
    expect(mine).toContain("Chấp nhận (không cần xử lý thêm). Lý do: Đã từ chối đúng quy định, không cần xử lý thêm.");
    // Nobody else can read it; their answer is the one for a code that does not exist.
    expect(h.text("mallory", `/cua_toi ${s.code}`)).toBe(vi.declarations.mineNotFound(s.code));
    expect(h.text("mallory", "/cua_toi QT-2026-999999")).toBe(vi.declarations.mineNotFound("QT-2026-999999"));
    h.close();
  });

  it("the list says how to open one; a committee member sees their own declaration as a declarant does", () => {
    const h = harness();
    const s = h.declare("admin", "gift", GIFT);
    expect(h.text("admin", "/cua_toi")).toContain(vi.declarations.mineOpen);
    const own = h.text("admin", `/cua_toi ${s.code}`);
    expect(own).toContain("Đồng chí đã xử lý: Từ chối");
    expect(own).toContain(vi.declarations.receiptNoDecision);
    expect(own).not.toContain(vi.review.viewChoose);
    h.close();
  });
});

describe("person ids", () => {
  it.each(["telegram:@nguyenvana", "Lê An", "telegram:12ab", "facebook:123"])(
    "/cap_quyen refuses «%s» with an example of a right id",
    (typed) => {
      const h = harness();
      const r = h.text("admin", `/cap_quyen ${typed}`);
      expect(r).toContain("telegram:123456789");
      expect(r).toContain("/id");
      expect(r).not.toContain("Đã cấp");
      h.close();
    },
  );

  it("accepts well-formed ids of each channel", () => {
    for (const id of ["telegram:123456789", "zalo:8a1f2c3d-e4", "console:an"]) expect(checkPersonId(id)).toEqual({ ok: true, person: id });
  });

  it("`admin grant` uses the same check and grants nothing for a malformed id", () => {
    const h = harness();
    const grant = reviewAdminCommands.find((c) => c.name === "grant")!;
    const err: string[] = [];
    const code = grant.run(["telegram:@nguyenvana", "committee"], { store: () => h.store, out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("telegram:123456789");
    expect(hasRole(h.store, "telegram:@nguyenvana", "committee")).toBe(false);
    h.close();
  });
});
