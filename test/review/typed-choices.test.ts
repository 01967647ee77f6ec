import { describe, expect, it } from "vitest";
import { vi } from "../../handlers/texts/vi.js";
import { getSubmissionByCode } from "../../storage/submissions.js";
import { harness } from "./helpers.js";

// Zalo and the terminal have no buttons: the decisions offered by /xem are numbered lines, and the
// reviewer types the number or the label.
describe("choices typed where there are no buttons", () => {
  it("a typed number after /xem picks that decision and asks for the reason", () => {
    const h = harness();
    const s = h.declare("alice", "conflict");
    h.say("admin", `/xem ${s.code}`);
    const ask = h.text("admin", "2");
    expect(ask).toContain(vi.review.askReason(s.code, vi.review.decisions.recuse!));
    // One question: no "Bước 1/1", no "quay lại".
    expect(ask).not.toContain("Bước");
    expect(ask).not.toContain("quay lại");
    h.text("admin", "Có quan hệ gia đình với đối tượng kiểm tra.");
    expect(getSubmissionByCode(h.store, s.code)!.status).toBe("recusal_required");
    h.close();
  });

  it("the label typed without diacritics works too, and the offer is forgotten once the talk moves on", () => {
    const h = harness();
    const s = h.declare("alice", "gift");
    h.say("admin", `/xem ${s.code}`);
    expect(h.text("admin", "chap nhan")).toContain(vi.review.askReason(s.code, vi.review.decisions.accept!));
    h.text("admin", "/huy");
    // "1" now is not a decision any more: it goes to the knowledge base, which refuses it.
    expect(h.text("admin", "1")).not.toContain(s.code);
    expect(getSubmissionByCode(h.store, s.code)!.status).toBe("submitted");
    h.close();
  });
});

describe("an information request answered by typing", () => {
  it("the declarant types 1 for «Trả lời» even after saying something else first", () => {
    const h = harness();
    h.say("admin", "/start");
    const s = h.declare("alice", "gift");
    h.say("admin", `/quyet_dinh ${s.code} bo_sung Quà là gì?`);
    expect(h.text("alice", "xin chào")).toContain(s.code);
    expect(h.text("alice", "1")).toContain(vi.review.replyAsk(s.code, "Quà là gì?"));
    expect(h.text("alice", "Một hộp trà, đã trả lại.")).toBe(vi.review.replyDone(s.code));
    // Used once: another "1" is not a second reply.
    expect(h.text("alice", "1")).not.toContain(s.code);
    h.close();
  });
});
