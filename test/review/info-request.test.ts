import { describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { listAudit, verifyAudit } from "../../storage/audit.js";
import { listInfoRequests } from "../../storage/decisions.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { harness } from "./helpers.js";

describe("information request round trip", () => {
  it("the declarant answers through the «Trả lời» button; the reply is attached, audited and the reviewer told", () => {
    const h = harness();
    h.say("admin", "/start");
    const s = h.declare("alice", "gift");
    const question = "Giá trị ước tính của món quà là bao nhiêu?";
    h.say("admin", `/quyet_dinh ${s.code} bo_sung ${question}`);
    expect(getSubmissionByCode(h.store, s.code)!.status).toBe("info_requested");

    // Alice's next message starts with the question and its button.
    const first = h.say("alice", "xin chào");
    expect(first[0]!.text).toBe(vi.review.noticeInfoRequest(s.code, question));
    const button = first[0]!.choices![0]!;
    expect(button.label).toBe(vi.review.replyButton);
    expect(h.text("alice", { choice: button.id })).toContain(vi.review.replyAsk(s.code, question));
    // A reply that ends with "?" is still the reply, not a question for the bot.
    const answer = "Hộp trà, khoảng 300.000 đồng, tôi đã trả lại?";
    expect(h.text("alice", answer)).toBe(vi.review.replyDone(s.code));

    const sub = getSubmissionByCode(h.store, s.code)!;
    expect(sub.status).toBe("info_provided");
    expect(listInfoRequests(h.store, s.id).map((r) => [r.question, r.reply, r.repliedBy])).toEqual([[question, answer, "console:alice"]]);
    const raw = h.store.db.prepare("SELECT reply_enc FROM info_requests").get() as { reply_enc: string };
    expect(raw.reply_enc).not.toContain("300.000");
    expect(listAudit(h.store, { subject: `submission:${s.code}` }).map((e) => e.action)).toEqual([
      "submission.create",
      "info.request",
      "info.reply",
    ]);
    expect(verifyAudit(h.store).ok).toBe(true);

    // The reviewer who asked sees the reply at the start of their next message, and it is back in the queue.
    const back = h.say("admin", "/cho_duyet");
    expect(back[0]!.text).toBe(vi.review.noticeReply(s.code, answer));
    expect(back[1]!.text).toContain(s.code);
    h.close();
  });

  it("/bo_sung <mã> <nội dung> answers in one line; nobody else can answer and nothing leaks", () => {
    const h = harness();
    const s = h.declare("alice", "conflict");
    h.say("admin", `/quyet_dinh ${s.code} bo_sung Quan hệ cụ thể là gì?`);
    // Someone else, a wrong code, a code without a request: one same answer shape.
    expect(h.text("mallory", `/bo_sung ${s.code} tôi trả lời thay`)).toBe(vi.review.replyNoRequest(s.code));
    expect(h.text("mallory", "/bo_sung XD-2026-999999 x")).toBe(vi.review.replyNoRequest("XD-2026-999999"));
    h.say("alice", "hi");
    expect(h.text("alice", `/bo_sung ${s.code} Anh ruột của tôi.`)).toBe(vi.review.replyDone(s.code));
    expect(h.text("alice", `/bo_sung ${s.code} Thêm nữa`)).toBe(vi.review.replyNoRequest(s.code));
    expect(getSubmissionByCode(h.store, s.code)!.status).toBe("info_provided");
    // Back in review: the reviewer may now accept.
    expect(h.text("admin", `/quyet_dinh ${s.code} chap_nhan Đã rõ`)).toContain(vi.review.statuses.accepted);
    h.close();
  });
});
