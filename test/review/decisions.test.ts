import { describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { verifyAudit } from "../../storage/audit.js";
import { listDecisions } from "../../storage/decisions.js";
import { listPending } from "../../storage/outbox.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { harness } from "./helpers.js";

const notices = (h: ReturnType<typeof harness>, chatId: string) =>
  listPending(h.store, "console")
    .filter((m) => m.chatId === chatId)
    .flatMap((m) => m.replies.map((r) => r.text));

describe("decisions", () => {
  const cases = [
    { word: "chap_nhan", kind: "gift", status: "accepted", decision: "accept", extra: vi.review.noticeAccept },
    { word: "khong_tham_gia", kind: "conflict", status: "recusal_required", decision: "recuse", extra: vi.review.noticeRecuse },
    { word: "chuyen", kind: "conflict", status: "escalated", decision: "escalate", extra: vi.review.noticeEscalate },
    { word: "dong", kind: "gift", status: "closed", decision: "close", extra: vi.review.noticeClose },
  ] as const;

  for (const c of cases) {
    it(`${c.word}: records the decision, moves the submission to ${c.status} and queues the declarant's notice`, () => {
      const h = harness();
      const s = h.declare("alice", c.kind);
      const reason = `Lý do cho ${c.word}: đã đối chiếu hồ sơ.`;
      const reply = h.text("admin", `/quyet_dinh ${s.code} ${c.word} ${reason}`);
      expect(reply).toBe(vi.review.decided(s.code, vi.review.decisions[c.decision]!, vi.review.statuses[c.status]!));
      expect(getSubmissionByCode(h.store, s.code)!.status).toBe(c.status);
      expect(listDecisions(h.store, s.id).map((d) => [d.decision, d.by, d.reason])).toEqual([[c.decision, "console:admin", reason]]);
      const [notice] = notices(h, "alice");
      expect(notice).toContain(s.code);
      // The declarant's words for the decision (issue 10: "Quyết định: Đóng." told them nothing).
      expect(notice).toContain(`Quyết định: ${vi.declarations.decisions[c.decision]!}.`);
      expect(notice).toContain(reason);
      expect(notice).toContain(c.extra);
      // The reason is stored encrypted, like the declaration.
      const raw = h.store.db.prepare("SELECT reason_enc FROM decisions").get() as { reason_enc: string };
      expect(raw.reason_enc).not.toContain("đối chiếu");
      expect(verifyAudit(h.store).ok).toBe(true);
      h.close();
    });
  }

  it("refuses an invalid transition with the reason, and changes nothing", () => {
    const h = harness();
    const s = h.declare("alice", "gift");
    h.say("admin", `/quyet_dinh ${s.code} dong Trùng bản khai khác`);
    const r = h.text("admin", `/quyet_dinh ${s.code} chap_nhan Muốn chấp nhận lại`);
    expect(r).toBe(vi.review.invalidTransition(s.code, vi.review.statuses.closed!, vi.review.decisions.accept!, vi.review.allowedList([])));
    // Recusal is for conflicts of interest only.
    const g = h.declare("alice", "gift");
    expect(h.text("admin", `/quyet_dinh ${g.code} khong_tham_gia x`)).toContain(vi.review.recuseConflictOnly);
    expect(listDecisions(h.store, s.id)).toHaveLength(1);
    expect(getSubmissionByCode(h.store, g.code)!.status).toBe("submitted");
    // Accepted can only be closed.
    const a = h.declare("alice", "conflict");
    h.say("admin", `/quyet_dinh ${a.code} chap_nhan ok`);
    expect(h.text("admin", `/quyet_dinh ${a.code} chuyen x`)).toContain(vi.review.allowedList([vi.review.decisions.close!]));
    h.close();
  });

  it("a reviewer cannot decide on their own declaration", () => {
    const h = harness();
    const own = h.declare("admin", "gift");
    expect(h.text("admin", `/quyet_dinh ${own.code} chap_nhan ok`)).toBe(vi.review.ownSubmission);
    const view = h.say("admin", `/xem ${own.code}`);
    expect(view.at(-1)!.text).toBe(vi.review.viewNoDecisionOwn);
    expect(view.some((r) => r.choices?.length)).toBe(false);
    expect(getSubmissionByCode(h.store, own.code)!.status).toBe("submitted");
    h.close();
  });

  it("button flow: /xem offers the allowed decisions, a press asks for the reason, the typed reason is recorded", () => {
    const h = harness();
    const s = h.declare("alice", "conflict", { relation: "anh trai" });
    const view = h.say("admin", `/xem ${s.code}`);
    expect(view[0]!.text).toContain("anh trai");
    const choices = view.at(-1)!.choices!;
    expect(choices.map((c) => c.label)).toEqual([
      vi.review.decisions.accept,
      vi.review.decisions.recuse,
      vi.review.decisions.request_info,
      vi.review.decisions.escalate,
      vi.review.decisions.close,
    ]);
    const ask = h.text("admin", { choice: choices[1]!.id });
    expect(ask).toContain(vi.review.askReason(s.code, vi.review.decisions.recuse!));
    expect(h.text("admin", "Anh trai là giám đốc đơn vị được kiểm tra.")).toContain(vi.review.statuses.recusal_required);
    expect(getSubmissionByCode(h.store, s.code)!.status).toBe("recusal_required");
    // The view now lists the decision and offers only closing.
    const after = h.say("admin", `/xem ${s.code}`);
    expect(after[0]!.text).toContain("Anh trai là giám đốc");
    expect(after.at(-1)!.choices!.map((c) => c.label)).toEqual([vi.review.decisions.close]);
    h.close();
  });

  it("/cho_duyet lists pending submissions oldest first, paged by 10", () => {
    const h = harness();
    const day = 86_400_000;
    const codes: string[] = [];
    for (let i = 0; i < 12; i++)
      codes.push(h.declare("alice", i % 2 ? "gift" : "conflict", {}, new Date(h.now.value.getTime() - (20 - i) * day)).code);
    h.say("admin", `/quyet_dinh ${codes[0]} chap_nhan ok`);
    const p1 = h.text("admin", "/cho_duyet");
    expect(p1).toContain(vi.review.queueHeader(11, 1, 2));
    expect(p1.indexOf(codes[1]!)).toBeLessThan(p1.indexOf(codes[2]!));
    expect(p1).not.toContain(codes[0]!);
    expect(p1).toContain("19 ngày");
    expect(p1).toContain(vi.review.queueMore(2));
    const p2 = h.text("admin", "/cho_duyet 2");
    expect(p2).toContain(codes[11]!);
    expect(p2).not.toContain(codes[10]!);
    // Not a page number: said so, not page 1 shown as if asked for (found by a reviewer's run).
    expect(h.text("admin", "/cho_duyet abc")).toBe("«abc» không phải số trang. Gõ /cho_duyet để xem trang đầu, /cho_duyet 2 cho trang 2.");
    expect(h.text("admin", "/cho_duyet -1")).toContain("không phải số trang");
    h.close();
  });
});
